"""Throughput of the date extractor on the shared news corpus (MB/s and words/s), skipped when it is absent.

Run: ``python benchmarks/bench_dates.py [corpus_dir]``.  Documents are parsed first (not timed), then
``extract_dates`` runs over every article; the figure is prose bytes (UTF-8) per second of extraction.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from factlint.document import load_document, read_source
from factlint.extractors.dates import extract_dates

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    if not root.is_dir():
        print(f"bench_dates: no corpus at {root}; skipped")
        return 0
    files = sorted(p for p in root.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md")
    docs = [load_document(str(p), read_source(str(p))) for p in files]
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    words = sum(len(d.text.split()) for d in docs)
    best = float("inf")
    mentions = 0
    for _ in range(3):
        t0 = time.perf_counter()
        mentions = sum(len(extract_dates(d)) for d in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"bench_dates: {len(docs)} articles, {size / 1e6:.2f} MB prose, {words} words, {mentions} date mentions")
    print(f"bench_dates: {best:.3f} s  ->  {size / 1e6 / best:.2f} MB/s, {words / best / 1e3:.0f} k words/s (best of 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
