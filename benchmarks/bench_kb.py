"""Print what the knowledge base costs: start + one article with the KB loaded, and KB load cold vs cached.

Usage: python benchmarks/bench_kb.py [ARTICLE] [--runs N] [--kb FILE ...]

* whole-process runs of ``factlint check`` on one article (median of N), with every default rule, and with the
  people and entity rules switched off, so the KB's share of a pre-commit run is visible;
* in-process: KB load from YAML (cold, no cache) vs from the compiled cache, and the mention finder on the
  article, medians of N.

Each process gets a private cache directory, warmed by one unmeasured run, as a user's would be after the first
check.  Figures depend on the machine's load: compare them on one machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from timing import median_run

ROOT = Path(__file__).resolve().parent.parent
# The shared folder stands beside the repository (or beside the folder of worktrees).
DEFAULT_ARTICLE = next((p for p in (ROOT.parent / "shared" / "seed" / "000_104712a9dbac1dd9.txt",
                                    ROOT.parent.parent / "shared" / "seed" / "000_104712a9dbac1dd9.txt")
                        if p.exists()), ROOT.parent / "shared" / "seed" / "000_104712a9dbac1dd9.txt")


def whole_process(article: str, extra: list[str], runs: int, env: dict[str, str]) -> float:
    """Median seconds of ``factlint check`` on ``article`` as a separate process (caches warmed first)."""
    return median_run([sys.executable, "-m", "factlint", "check", "-q", *extra, article], runs, env)


def in_process(article: str, kb_files: list[str], runs: int) -> tuple[float, float, float, int, int, float]:
    from factlint.document import load_document, read_source
    from factlint.extractors.people import find_mentions
    from factlint.kb import loader

    cold, cached, mentions = [], [], []
    for _ in range(runs):
        loader._memo.clear()
        t = time.perf_counter()
        kb = loader.load_kb(kb_files, cache=False)
        cold.append(time.perf_counter() - t)
        loader._memo.clear()
        loader.load_kb(kb_files)  # writes the cache
        loader._memo.clear()
        t = time.perf_counter()
        kb = loader.load_kb(kb_files)
        cached.append(time.perf_counter() - t)
    doc = load_document(article, read_source(article))
    for _ in range(runs):
        t = time.perf_counter()
        found = find_mentions(doc, kb)
        mentions.append(time.perf_counter() - t)
    names = [n for p in kb.people.values() for n in p.names] or ["nobody"]
    t = time.perf_counter()
    for n in names * 20:
        kb.find_person(n)
    lookups = len(names) * 20 / (time.perf_counter() - t)
    return (statistics.median(cold), statistics.median(cached), statistics.median(mentions), len(kb.people),
            len(found), lookups)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article", nargs="?", default=str(DEFAULT_ARTICLE))
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--kb", nargs="*", default=[], help="extra KB files (as a newsroom's .factlint.yaml would add)")
    args = ap.parse_args()
    if not Path(args.article).exists():
        sys.exit(f"no article at {args.article}")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_CACHE_HOME=tmp)
        os.environ["XDG_CACHE_HOME"] = tmp
        extra: list[str] = []
        if args.kb:
            cfg = Path(tmp) / ".factlint.yaml"
            cfg.write_text("kb:\n" + "".join(f"  - {Path(f).resolve()}\n" for f in args.kb))
            extra = ["--config", str(cfg)]
        bare = median_run([sys.executable, "-c", "pass"], args.runs, env)
        full = whole_process(args.article, extra, args.runs, env)
        without = whole_process(args.article, extra + ["--ignore", "people,entities,name-spelling-consistency"],
                                args.runs, env)
        cold, cached, mentions, people, found, lookups = in_process(args.article, args.kb, args.runs)
    print(f"article: {args.article}")
    print(f"python start alone:                           {bare * 1000:6.1f} ms")
    print(f"start + one article, all default rules:       {full * 1000:6.1f} ms (median of {args.runs})")
    print(f"start + one article, people/entities off:     {without * 1000:6.1f} ms")
    print(f"KB ({people} people) load from YAML (cold):      {cold * 1000:6.1f} ms")
    print(f"KB load from the compiled cache:              {cached * 1000:6.1f} ms")
    print(f"mention finder on the article ({found} mentions): {mentions * 1000:6.1f} ms ")
    print(f"name lookups (find_person):                   {lookups:,.0f} per second")


if __name__ == "__main__":
    main()
