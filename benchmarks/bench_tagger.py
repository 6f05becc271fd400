"""The part-of-speech tagger's accuracy, speed and load cost (the figures in docs/tagger.md).

Run: .venv/bin/python benchmarks/bench_tagger.py [--treebank DIR] [--spacy-python PATH] [--runs N]
DIR holds UD English-EWT's en_ewt-ud-{train,dev,test}.conllu (also read from $FACTLINT_UD_EWT); without it the
accuracy figures are skipped and only speed on the example articles and load times are printed. The train
split is used only for the lexicon baseline (most frequent tag per word, suffix rules for unknown words).
--spacy-python: a Python with spaCy and en_core_web_sm installed, to measure it on the same data.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

from timing import median_run  # noqa: E402
from train_tagger import read_conllu  # noqa: E402

from factlint.lang import tagger as api  # noqa: E402

VERB_TAGS = ["VBD", "VBN", "VBZ", "VBP", "VB", "VBG", "MD"]


class LexiconBaseline:
    """Most frequent tag per word form (then per lower-case form) from train; unknown words by suffix and shape."""

    SUFFIXES = [("ing", "VBG"), ("ed", "VBD"), ("ly", "RB"), ("s", "NNS"), ("tion", "NN"), ("able", "JJ"),
                ("ous", "JJ"), ("ive", "JJ"), ("al", "JJ"), ("est", "JJS"), ("er", "NN")]

    def __init__(self, sents):
        exact, lower = defaultdict(Counter), defaultdict(Counter)
        for s in sents:
            for form, _, xpos in s:
                exact[form][xpos] += 1
                lower[form.lower()][xpos] += 1
        self.exact = {w: c.most_common(1)[0][0] for w, c in exact.items()}
        self.lower = {w: c.most_common(1)[0][0] for w, c in lower.items()}

    def tag(self, words):
        out = []
        for w in words:
            t = self.exact.get(w) or self.lower.get(w.lower())
            if t is None:
                if w[:1].isdigit():
                    t = "CD"
                elif w[:1].isupper():
                    t = "NNP"
                else:
                    t = next((t for suf, t in self.SUFFIXES if w.lower().endswith(suf)), "NN")
            out.append(t)
        return out


def score(gold_sents, predicted):
    """Token accuracy and per-tag (precision, recall) for VERB_TAGS and for VBZ|VBP merged as present."""
    ok = n = 0
    tp, fp, fn = Counter(), Counter(), Counter()
    for s, pred in zip(gold_sents, predicted):
        for (_, _, g), p in zip(s, pred):
            n += 1
            ok += g == p
            for tag, gg, pp in [(t, g, p) for t in VERB_TAGS] + [("VBZ|VBP", g in ("VBZ", "VBP"), p in ("VBZ", "VBP"))]:
                gm = gg == tag if tag != "VBZ|VBP" else gg
                pm = pp == tag if tag != "VBZ|VBP" else pp
                tp[tag] += gm and pm
                fp[tag] += pm and not gm
                fn[tag] += gm and not pm
    pr = {t: (tp[t] / max(1, tp[t] + fp[t]), tp[t] / max(1, tp[t] + fn[t])) for t in VERB_TAGS + ["VBZ|VBP"]}
    return ok / n, n, pr


def upos_accuracy(gold_sents, xpos_pred, tagger):
    ok = n = 0
    for s, x in zip(gold_sents, xpos_pred):
        u = tagger.upos([f for f, _, _ in s], x)
        ok += sum(a == b for a, (_, b, _) in zip(u, s))
        n += len(s)
    return ok / n


def report(name, acc, n, pr, extra=""):
    print(f"  {name:<22} XPOS {acc * 100:5.2f}% of {n} tokens{extra}")
    print("    " + "  ".join(f"{t} P{p * 100:.1f}/R{r * 100:.1f}" for t, (p, r) in pr.items()))


SPACY_SCRIPT = r"""
import json, sys, time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
name = next(m for m in ["en_core_web_sm", *sorted(spacy.util.get_installed_models())] if m.startswith("en_core_web_sm") and spacy.util.is_package(m))
nlp = spacy.load(name, disable=["parser", "ner", "lemmatizer"])
t2 = time.perf_counter()
from spacy.tokens import Doc
sents = json.load(sys.stdin)
out, tokens = [], 0
t3 = time.perf_counter()
for words in sents:
    doc = nlp(Doc(nlp.vocab, words=words))
    out.append([[t.tag_, t.pos_] for t in doc])
    tokens += len(words)
t4 = time.perf_counter()
json.dump({"import": t1 - t0, "load": t2 - t1, "tokens_per_s": tokens / (t4 - t3), "tags": out,
           "version": spacy.__version__, "model": nlp.meta.get("version")}, sys.stdout)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--treebank", type=Path, default=os.environ.get("FACTLINT_UD_EWT"))
    ap.add_argument("--spacy-python")
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args()

    model = REPO / "factlint" / "lang" / "tagger" / api.MODEL
    from factlint.lang.tagger.perceptron import PerceptronTagger

    data = model.read_bytes()
    loads = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        PerceptronTagger.from_bytes(data)
        loads.append(time.perf_counter() - t0)
    tagger = api.get_tagger()
    print(f"model: {model.name}, {len(data) / 1024:.0f} KiB, {len(tagger.index)} features, {len(tagger.classes)} tags")
    print(f"model load in-process: {sorted(loads)[len(loads) // 2] * 1000:.1f} ms (median of {args.runs})")
    py = median_run([sys.executable, "-c", "pass"], args.runs)
    imp = median_run([sys.executable, "-c", "import factlint.lang.tagger"], args.runs, env={"PYTHONPATH": str(REPO)})
    full = median_run([sys.executable, "-c", "import factlint.lang.tagger as t; t.get_tagger()"], args.runs,
                      env={"PYTHONPATH": str(REPO)})
    print(f"process: python -c pass {py * 1000:.1f} ms; + import factlint.lang.tagger {(imp - py) * 1000:+.1f} ms; "
          f"+ import and load the model {(full - py) * 1000:+.1f} ms (medians of {args.runs})")

    from bench_startup import one_article

    article = one_article()
    if article is not None:
        text = article.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        ntok = 0
        for s, e in api.sentences(text):
            ntok += len(api.tag_text(text, s, e))
        dt = time.perf_counter() - t0
        print(f"tokenize + tag every sentence of {article.name} ({len(text.split())} words, {len(text.encode()) / 1024:.1f}"
              f" KiB): {dt * 1000:.1f} ms, {ntok / dt:,.0f} tokens/s, {len(text.encode()) / dt / 1e6:.2f} MB/s")

    if not args.treebank or not (Path(args.treebank) / "en_ewt-ud-test.conllu").is_file():
        print("accuracy: skipped (give --treebank DIR with en_ewt-ud-{train,dev,test}.conllu, or set FACTLINT_UD_EWT)")
        return
    tb = Path(args.treebank)
    train = read_conllu(tb / "en_ewt-ud-train.conllu") if (tb / "en_ewt-ud-train.conllu").is_file() else None
    baseline = LexiconBaseline(train) if train else None
    for split in ("dev", "test"):
        gold = read_conllu(tb / f"en_ewt-ud-{split}.conllu")
        words = [[f for f, _, _ in s] for s in gold]
        print(f"EWT {split}:")
        t0 = time.perf_counter()
        pred = [tagger.tag(w) for w in words]
        dt = time.perf_counter() - t0
        acc, n, pr = score(gold, pred)
        report("perceptron", acc, n, pr, f"; UPOS {upos_accuracy(gold, pred, tagger) * 100:.2f}%; {n / dt:,.0f} tokens/s")
        if baseline:
            t0 = time.perf_counter()
            bpred = [baseline.tag(w) for w in words]
            dt = time.perf_counter() - t0
            acc, n, pr = score(gold, bpred)
            report("lexicon baseline", acc, n, pr, f"; {n / dt:,.0f} tokens/s")
        if args.spacy_python:
            r = subprocess.run([args.spacy_python, "-c", SPACY_SCRIPT], input=json.dumps(words), capture_output=True,
                               text=True)
            if r.returncode:
                print(f"  spaCy: failed: {r.stderr.strip()[-300:]}")
                continue
            res = json.loads(r.stdout)
            acc, n, pr = score(gold, [[x for x, _ in s] for s in res["tags"]])
            uacc = sum(u == g for s, p in zip(gold, res["tags"]) for (_, g, _), (_, u) in zip(s, p)) / n
            report(f"spaCy {res['version']} sm {res['model']}", acc, n, pr,
                   f"; UPOS {uacc * 100:.2f}%; {res['tokens_per_s']:,.0f} tokens/s (tagger only, one Doc a sentence);"
                   f" import {res['import']:.2f} s, load {res['load']:.2f} s")


if __name__ == "__main__":
    main()
