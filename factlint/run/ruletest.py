"""Rule tests: annotated fixture articles and each rule's documented examples, run like a test suite.

A fixture line ending in ``<!-- expect: rule-id -->`` (or preceded by ``<!-- expect-next-line: rule-id -->``)
must produce that finding; every other finding of the pack's rules in a fixture is a failure, so near misses
written into fixtures are tested too.  Each rule's ``examples`` are checked alone: ``fires: true`` must give a
finding of that rule, ``fires: false`` none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

from factlint.config import Settings
from factlint.run.discover import iter_files
from factlint.document import load_text
from factlint.engine.loader import load_rules
from factlint.kinds.rule import Example, Rule
from factlint.engine.runner import check_document, check_file
from factlint.support.resources import default_pack, rules_dir

_FIXTURE_GLOBS = ("*.md", "*.txt", "*.html")


def default_fixtures() -> Path:
    """The fixtures of the default pack (present in a source checkout, not in the wheel)."""
    return rules_dir().parent / "fixtures" / "default"


def run_rule_tests(packs: list[str], fixture_dirs: list[str]) -> tuple[list[str], str]:
    """Run fixtures and examples for ``packs`` (default pack when empty); return failure lines and a summary."""
    default = str(default_pack())
    packs = packs or [default]
    all_packs = [default] + [p for p in packs if Path(p).resolve() != Path(default).resolve()]
    rules = load_rules(all_packs)
    tested = {str(Path(p).resolve()) for p in packs}
    under_test = [r for r in rules if any(str(Path(r.path).resolve()).startswith(t) for t in tested)]
    ids = {r.id for r in under_test}
    if not fixture_dirs:
        fixture_dirs = [str(default_fixtures()) if p == default else str(Path(p) / "fixtures") for p in packs]
    failures: list[str] = []
    passed = failed = 0
    settings = Settings()
    cases = [
        (lambda path=path: _check_fixture(path, settings, rules, ids))
        for folder in fixture_dirs if Path(folder).is_dir()
        for path in iter_files([folder], _FIXTURE_GLOBS, ())
    ]
    cases += [(lambda rule=rule, ex=ex: _check_example(rule, ex, settings)) for rule in under_test for ex in rule.examples]
    for case in cases:
        problems = case()
        failures.extend(problems)
        passed += not problems
        failed += bool(problems)
    return failures, f"{passed} passed, {failed} failed"


def _check_fixture(path: str, settings: Settings, rules: list[Rule], ids: set[str]) -> list[str]:
    result = check_file(path, settings, rules)
    if result.errors:
        return [f"{e}" for e in result.errors]
    doc = result.document
    expected: Counter[tuple[int, str]] = Counter()
    for d in doc.directives:
        if d.action in ("expect", "expect-next-line"):
            line = d.line + (1 if d.action == "expect-next-line" else 0)
            for rule_id in d.rules:
                expected[(line, rule_id)] += 1
    got: Counter[tuple[int, str]] = Counter()
    messages: dict[tuple[int, str], str] = {}
    for f in result.findings:
        if f.rule in ids or (f.line, f.rule) in expected:
            got[(f.line, f.rule)] += 1
            messages.setdefault((f.line, f.rule), f.message)
    problems = []
    for key in sorted((expected - got).elements()):
        problems.append(f"{path}:{key[0]}: missed: expected a '{key[1]}' finding here")
    for key in sorted((got - expected).elements()):
        problems.append(f"{path}:{key[0]}: unexpected: [{key[1]}] {messages[key]}")
    return problems


def _check_example(rule: Rule, ex: Example, settings: Settings) -> list[str]:
    pub = date.fromisoformat(ex.date) if ex.date else None
    doc = load_text(ex.text, path=f"{rule.id} example", pub_date=pub)
    findings, errors, _ = check_document(doc, replace(settings, select=(rule.id,)), [rule])
    if errors:
        return errors
    fired = any(f.rule == rule.id for f in findings)
    if fired != ex.fires:
        what = "fired on" if fired else "did not fire on"
        return [f"{rule.path}:{rule.line}: rule '{rule.id}' {what} its example: {ex.text!r}"]
    return []
