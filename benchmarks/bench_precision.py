"""Precision on real news: findings per 10,000 words, per rule and per corpus folder, and files checked per second.

Run: ``.venv/bin/python benchmarks/bench_precision.py [corpus-dir] [-j N]``.

Every finding on ``../shared/corpus`` is a candidate false positive (the articles were published as they are);
the precision bar is at most 0.10 findings outside ``style`` per 10,000 words in each folder. Exits quietly when
the corpus is absent.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter, defaultdict
from pathlib import Path

from corpus import body_words, find_corpus, run_factlint

ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".htm", ".markdown")


def folder_of(corpus: Path, path: str) -> str:
    """The corpus folder a file belongs to: ``bbc``, ``modern/abp``, …"""
    parts = Path(os.path.relpath(os.path.realpath(path), os.path.realpath(corpus))).parts
    return "/".join(parts[:2]) if parts[0] == "modern" and len(parts) > 2 else parts[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    corpus = find_corpus(args.corpus)
    if corpus is None:
        print("corpus not found (../shared/corpus): nothing to measure")
        return
    files = sorted(p for p in corpus.glob("*/**/*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES)  # not README.md
    words: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for p in files:
        f = folder_of(corpus, str(p))
        words[f] += body_words(p)
        count[f] += 1
    findings, seconds = run_factlint([str(p) for p in files], jobs=args.jobs)
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for x in findings:
        per[folder_of(corpus, x["path"])][x["rule"]] += 1
    styles = {x["rule"] for x in findings if x["category"] == "style"}
    outside = sum(1 for x in findings if x["category"] != "style")
    print(f"{len(files)} files, {sum(words.values()):,} words, {len(findings)} findings ({outside} outside style)")
    print(f"checked in {seconds:.1f} s with -j {args.jobs}: {len(files) / seconds:.0f} files/s")
    print()
    print(f"{'folder':24} {'files':>6} {'words':>10} {'non-style':>9} {'per 10k':>8} {'style':>6}")
    for folder in sorted(words):
        rules = per.get(folder, Counter())
        ns = sum(n for r, n in rules.items() if r not in styles)
        st = sum(n for r, n in rules.items() if r in styles)
        rate = ns / words[folder] * 10_000 if words[folder] else 0.0
        flag = "  over 0.10" if rate > 0.10 else ""
        print(f"{folder:24} {count[folder]:6d} {words[folder]:10,d} {ns:9d} {rate:8.3f} {st:6d}{flag}")
    modern = [f for f in words if f.startswith("modern")]
    mw = sum(words[f] for f in modern)
    mn = sum(n for f in modern for r, n in per.get(f, Counter()).items() if r not in styles)
    if mw:
        print(f"{'modern (all)':24} {sum(count[f] for f in modern):6d} {mw:10,d} {mn:9d} {mn / mw * 10_000:8.3f}")
    print()
    print("per rule (findings per 10,000 words over the whole corpus; count)")
    total_words = sum(words.values())
    by_rule = Counter(x["rule"] for x in findings)
    for rule, n in by_rule.most_common():
        cat = "style" if rule in styles else ""
        print(f"  {rule:38} {n / total_words * 10_000:7.3f} {n:6d} {cat}")


if __name__ == "__main__":
    main()
