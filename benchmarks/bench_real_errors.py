"""Recall on errors that were really published: ``../shared/corpus/real-errors.yaml`` against factlint's findings.

Run: ``.venv/bin/python benchmarks/bench_real_errors.py [corpus-dir]``.

The list names 79 errors found by a careful reading of 200 articles (the ``read`` list). An error counts as caught
when factlint has a finding on its line (or the line before or after: a sentence may wrap). The script prints, per
category, how many listed errors were caught, and how many other findings factlint made on the 200 articles
(each one either an error the reading missed or a false positive: read them). Exits quietly without the corpus.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter, defaultdict

import yaml

from corpus import find_corpus, run_factlint


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each error, caught or missed")
    args = parser.parse_args()
    corpus = find_corpus(args.corpus)
    if corpus is None or not (corpus / "real-errors.yaml").is_file():
        print("corpus or real-errors.yaml not found: nothing to measure")
        return
    data = yaml.safe_load((corpus / "real-errors.yaml").read_text(encoding="utf-8"))
    errors = data["errors"]
    read = data["read"]
    findings, _ = run_factlint([str(corpus / f) for f in read])
    lines: dict[str, set[int]] = defaultdict(set)
    real = os.path.realpath(corpus)
    for x in findings:
        lines[os.path.relpath(os.path.realpath(x["path"]), real)].add(x["line"])
    caught = [e for e in errors if lines[e["file"]] & {e["line"] - 1, e["line"], e["line"] + 1}]
    listed = {(e["file"], ln) for e in errors for ln in (e["line"] - 1, e["line"], e["line"] + 1)}
    others = [x for x in findings if (os.path.relpath(os.path.realpath(x["path"]), real), x["line"]) not in listed]
    by_cat = Counter(e["category"] for e in errors)
    got = Counter(e["category"] for e in caught)
    print(f"caught {len(caught)} of {len(errors)} listed errors ({len(caught) / len(errors):.0%})")
    for cat, n in by_cat.most_common():
        print(f"  {cat:12} {got[cat]:3d} / {n:3d}")
    core = ("names", "arithmetic", "currency", "magnitude")
    cn, cg = sum(by_cat[c] for c in core), sum(got[c] for c in core)
    print(f"  names+arithmetic+currency+magnitude: {cg} / {cn} ({cg / cn:.0%})")
    print(f"other findings on the {len(read)} articles: {len(others)}")
    for rule, n in Counter(x["rule"] for x in others).most_common():
        print(f"  {rule:38} {n:4d}")
    if args.verbose:
        hit = {id(e) for e in caught}
        for e in errors:
            mark = "caught" if id(e) in hit else "missed"
            print(f"{mark}  {e['file']}:{e['line']}  [{e['category']}] {str(e.get('locate', ''))[:60]}")
        for x in others:
            print(f"other  {os.path.relpath(x['path'], real)}:{x['line']}  [{x['rule']}] {x['message'][:100]}")


if __name__ == "__main__":
    main()
