"""Document pipeline speed on real text, and sentence-splitter accuracy on hand-written hard cases.

Run: .venv/bin/python benchmarks/bench_document.py
Prints MB/s of reading + prose extraction + paragraphs + sentences + quotes over ../shared/corpus (skipped
cleanly when absent), the number of sentences found, and how many of the built-in tricky texts split exactly.
"""

from __future__ import annotations

import time
from pathlib import Path

from factlint.document import load_document, load_text

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

# (text, expected sentences) written for this benchmark: abbreviations, initials, decimals, quotes.
CASES = [
    ("Mr. Smith arrived. He sat down.", 2),
    ("Gen. Mark Milley and Prof. Ann Lee spoke at No. 10 on Jan. 5.", 1),
    ("The U.S. economy grew 3.5 per cent. Exports rose.", 2),
    ("He lives in the U.S. The rest of his family does not.", 2),
    ("It ended at 9 p.m. on Friday.", 1),
    ("It ended at 9 p.m. The crowd left.", 2),
    ("John F. Kennedy was shot in 1963. Lee H. Oswald was arrested.", 2),
    ('"We will win," she said. "Nobody doubts it."', 2),
    ("Is it over? Nobody knows! Wait and see.", 3),
    ("Shares in Acme Inc. rose 2.5%. Rivals fell.", 2),
    ("The St. Louis team won 3-1 at Mt. Vernon.", 1),
    ("Sales hit $4.2bn. That beat forecasts of $3.9bn.", 2),
    ("Dr. No is a film. It came out in 1962.", 2),
    ("They met on Sept. 11 and again on Oct. 3.", 1),
    ("The vote (held on Monday.) passed. Then it rained.", 2),
    ("He said: “It is done.” Then he left.", 2),
    ("The firm, Smith & Co. Ltd., was sold.", 1),
    ("Temperatures reached 40.5C. Roads melted.", 2),
    ("Rep. Jane Doe (D-Calif.) voted no. Sen. Roe voted yes.", 2),
    ("The E.U. and the U.K. agreed. Talks end today.", 2),
]


def main() -> None:
    exact = 0
    for text, n in CASES:
        doc = load_text(text)
        exact += len(doc.sentences) == n
    print(f"sentence splitter: {exact}/{len(CASES)} hand-written hard cases split exactly")
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: throughput skipped")
        return
    files = [(p, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.rglob("*")) if p.suffix in (".md", ".txt") and p.name != "README.md"]
    size = sum(len(t.encode("utf-8")) for _, t in files)
    start = time.perf_counter()
    docs = [load_document(str(path), text) for path, text in files]
    elapsed = time.perf_counter() - start
    sentences = [d.text[s.start:s.end] for d in docs for s in d.sentences]
    print(f"document pipeline: {len(files)} files, {size / 1e6:.2f} MB, {len(sentences)} sentences in {elapsed:.2f} s "
          f"= {size / 1e6 / elapsed:.2f} MB/s (one core)")
    # Symptoms on real text, with no labels needed: a sentence opening in lower case was probably cut too early;
    # a very long one probably swallowed a boundary.
    lower = [t for t in sentences if t.lstrip("\"'“‘([")[:1].islower()]
    long = [t for t in sentences if len(t.split()) > 80]
    print(f"  sentences opening in lower case (likely false splits): {len(lower)} ({len(lower) / len(sentences):.2%})")
    print(f"  sentences over 80 words (likely missed splits): {len(long)} ({len(long) / len(sentences):.2%})")
    for t in lower[:5]:
        print(f"    e.g. {t[:90]!r}")


if __name__ == "__main__":
    main()
