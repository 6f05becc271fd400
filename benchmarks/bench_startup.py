"""Whole-process timings: start plus one article, and a directory of articles (median of repeated runs).

The one-article figures are CPU time (the machine may be shared; CPU time barely moves with its load) against
the budgets of issue 13: 0.08 s with warm caches, 0.15 s with an empty cache folder.

Run: .venv/bin/python benchmarks/bench_startup.py [--runs N]
Uses ../shared/corpus when it exists (skipped cleanly otherwise) and the example articles in fixtures/.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from timing import median_cpu, median_run

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
FACTLINT = [sys.executable, "-m", "factlint"]


def one_article() -> Path:
    """A ~1,000-word article: a real one from the corpus if present, else the longest example."""
    if CORPUS.is_dir():
        candidates = sorted(CORPUS.glob("zyte_aeb/*.md"), key=lambda p: abs(len(p.read_text(encoding="utf-8").split()) - 1000))
        if candidates:
            return candidates[0]
    return max((REPO / "fixtures" / "examples").glob("*.md"), key=lambda p: p.stat().st_size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-corpus", action="store_true", help="only the one-article figures")
    args = parser.parse_args()
    python = median_run([sys.executable, "-c", "pass"], args.runs)
    print(f"python -c pass:                       {python * 1000:7.1f} ms (median of {args.runs})")
    article = one_article()
    words = len(article.read_text(encoding="utf-8").split())
    t = median_run(FACTLINT + ["check", "-q", str(article)], args.runs)
    print(f"factlint check, one article ({words} words): {t * 1000:7.1f} ms (median of {args.runs})")
    base = median_cpu([sys.executable, "-c", "pass"], args.runs)
    warm = median_cpu(FACTLINT + ["check", "-q", str(article)], args.runs)
    cold = median_cpu(FACTLINT + ["check", "-q", str(article)], max(3, args.runs // 3), empty_cache=True)
    print(f"CPU time: python -c pass {base * 1000:6.1f} ms; one article, warm caches {warm * 1000:6.1f} ms "
          f"(budget 80), empty cache folder {cold * 1000:6.1f} ms (budget 150)")
    if args.no_corpus:
        return
    if CORPUS.is_dir():
        files = [p for p in CORPUS.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md"]
        size = sum(p.stat().st_size for p in files)
        runs = max(3, args.runs // 5)
        t = median_run(FACTLINT + ["check", "-q", "--format", "json", str(CORPUS)], runs)
        print(f"factlint check, corpus ({len(files)} files, {size / 1e6:.2f} MB): {t:6.2f} s "
              f"= {size / 1e6 / t:.2f} MB/s on {os.cpu_count()} cores (median of {runs})")
    else:
        print(f"corpus not found at {CORPUS}: directory benchmark skipped")


if __name__ == "__main__":
    main()
