"""Throughput of the number side of factlint: quantity extraction plus every default `numbers` rule.

Run: ``.venv/bin/python benchmarks/bench_numbers.py [corpus-dir]``.  Documents are loaded (and dates
extracted, when that extractor is present) before the clock starts, so the figure is the number checks'
own cost.  Prints MB/s and words/s over the corpus; exits quietly when the corpus is absent.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from factlint.config import Settings
from factlint.document import load_document, read_source
from factlint.kinds.analysis import Analysis
from factlint.engine.runner import rules_for

REPO = Path(__file__).resolve().parent.parent
CANDIDATES = [REPO.parent / "shared" / "corpus", REPO.parent.parent / "shared" / "corpus"]


def _corpus(argv: list[str]) -> Path | None:
    if len(argv) > 1:
        return Path(argv[1])
    return next((p for p in CANDIDATES if p.is_dir()), None)


def main(argv: list[str]) -> int:
    corpus = _corpus(argv)
    if corpus is None or not corpus.is_dir():
        print("bench_numbers: no corpus found (looked for ../shared/corpus); skipped")
        return 0
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md")
    settings = Settings()
    rules = [r for r in rules_for(settings) if r.category == "numbers" and r.enabled]
    analyses = []
    size = words = 0
    for path in files:
        doc = load_document(str(path), read_source(str(path)))
        analysis = Analysis(doc, settings)
        try:
            analysis.dates  # computed outside the timing: not the number checks' cost
        except ImportError:
            analysis.__dict__["dates"] = []
        analyses.append(analysis)
        size += len(doc.text.encode("utf-8"))
        words += len(doc.text.split())
    findings = 0
    t0 = time.process_time()  # CPU time: other processes on the machine do not count against us
    for analysis in analyses:
        for rule in rules:
            findings += sum(1 for _ in rule.check.check(analysis))
    elapsed = time.process_time() - t0
    quantities = sum(len(a.quantities) for a in analyses)
    mb = size / 1e6
    print(f"bench_numbers: {len(analyses)} articles, {mb:.2f} MB of prose, {words:,} words, {quantities:,} quantities")
    print(f"  extraction + {len(rules)} number rules: {elapsed:.2f} s, {mb / elapsed:.2f} MB/s, "
          f"{words / elapsed:,.0f} words/s, {findings} findings")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
