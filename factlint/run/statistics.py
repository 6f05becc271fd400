"""``--statistics``: how many findings each rule and each category made, after the findings (as flake8 does).

When tuning a configuration for an archive, the counts say which rule is worth a look (or is crying wolf)
faster than reading thousands of findings.
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from factlint.findings import FileResult


def write_statistics(results: list[FileResult], stream: TextIO) -> None:
    """Counts per rule (most frequent first, with category and an example message), then per category."""
    by_rule: Counter[str] = Counter()
    category: dict[str, str] = {}
    example: dict[str, str] = {}
    for result in results:
        for f in result.findings:
            by_rule[f.rule] += 1
            category.setdefault(f.rule, f.category)
            example.setdefault(f.rule, f.message)
    by_category: Counter[str] = Counter()
    for rule, n in by_rule.items():
        by_category[category[rule]] += n
    total = sum(by_rule.values())
    width = len(str(total)) if total else 1
    stream.write("\nFindings per rule:\n")
    if not by_rule:
        stream.write("  none\n")
    rule_width = max((len(r) for r in by_rule), default=0)
    for rule, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        stream.write(f"  {n:>{width}}  {rule:<{rule_width}}  ({category[rule]})  e.g. {example[rule]}\n")
    if by_category:
        stream.write("Findings per category:\n")
        for cat, n in sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0])):
            stream.write(f"  {n:>{width}}  {cat}\n")
    stream.write(f"  {total:>{width}}  total\n")
