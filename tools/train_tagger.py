"""Train factlint's part-of-speech tagger on a UD English treebank (CoNLL-U) and write the package's model file.

    python tools/train_tagger.py TRAIN.conllu [MORE.conllu ...] [--out factlint/lang/tagger/en_ewt_ptb.model.gz]

The tagger learns the XPOS column (Penn Treebank tags in UD English-EWT). The shipped model was trained on
UD_English-EWT's train split (CC BY-SA 4.0; see docs/tagger.md). The treebank is not part of this repository:
give its path. EWT's repository ships en_ewt-ud-train.conllu, or the same sentences as per-document files under
not-to-release/sources listed in not-to-release/file-lists/files.train; concatenated in that order they make
the train split.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factlint.lang.tagger.perceptron import train  # noqa: E402

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "factlint" / "lang" / "tagger" / "en_ewt_ptb.model.gz"


def read_conllu(path: Path) -> list[list[tuple[str, str, str]]]:
    """Sentences as lists of (form, upos, xpos); multiword-token ranges and empty nodes are skipped."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if cur:
                sents.append(cur)
                cur = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5 or not cols[0].isdigit():
            continue
        cur.append((cols[1], cols[3], cols[4]))
    if cur:
        sents.append(cur)
    return sents


def upos_tables(sents) -> tuple[dict[str, str], dict[str, str]]:
    """The most frequent UPOS per XPOS, and per (lower-case word, XPOS) where that differs (seen at least twice)."""
    by_tag: dict[str, Counter] = defaultdict(Counter)
    by_word: dict[str, Counter] = defaultdict(Counter)
    for s in sents:
        for form, upos, xpos in s:
            by_tag[xpos][upos] += 1
            by_word[form.lower() + " " + xpos][upos] += 1
    table = {t: c.most_common(1)[0][0] for t, c in by_tag.items()}
    words = {}
    for key, c in by_word.items():
        u, n = c.most_common(1)[0]
        if u != table[key.rsplit(" ", 1)[1]] and n >= 2:
            words[key] = u
    return table, words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("train", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--iterations", type=int, default=6)
    ap.add_argument("--scale", type=float, default=4.0, help="averaged weights are multiplied by this, then rounded")
    ap.add_argument("--min-weight", type=float, default=2, help="drop scaled weights below this magnitude")
    ap.add_argument("--dev", type=Path, help="a CoNLL-U file to report accuracy on after training")
    args = ap.parse_args()

    sents = [s for p in args.train for s in read_conllu(p)]
    print(f"{len(sents)} sentences, {sum(map(len, sents))} tokens", file=sys.stderr)
    t0 = time.perf_counter()
    tagger = train([([f for f, _, _ in s], [x for _, _, x in s]) for s in sents], args.iterations,
                   min_weight=args.min_weight, scale=args.scale, log=lambda m: print(m, file=sys.stderr))
    tagger.upos_table, tagger.upos_words = upos_tables(sents)
    print(f"trained in {time.perf_counter() - t0:.1f} s; {len(tagger.index)} features kept", file=sys.stderr)
    meta = {"data": "UD_English-EWT train split (CC BY-SA 4.0)", "sentences": len(sents),
            "iterations": args.iterations, "scale": args.scale, "min_weight": args.min_weight}
    data = tagger.to_bytes(meta)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1024:.0f} KiB)", file=sys.stderr)
    if args.dev:
        dev = read_conllu(args.dev)
        ok = n = 0
        for s in dev:
            pred = tagger.tag([f for f, _, _ in s])
            ok += sum(p == x for p, (_, _, x) in zip(pred, s))
            n += len(s)
        print(f"XPOS accuracy on {args.dev.name}: {ok / n:.4f}", file=sys.stderr)


if __name__ == "__main__":
    main()
