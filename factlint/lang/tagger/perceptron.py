"""An averaged-perceptron part-of-speech tagger (Honnibal's design, as in NLTK and TextBlob), written for factlint.

It tags Penn Treebank tags (the XPOS column of UD English-EWT: VBD, VBN, VBZ, VBP, VB, MD, NNP, ...), which is what
the tense decisions need, and derives UPOS from them with a small table learnt from the same treebank.

The model is a gzip'd file read with the standard library only (json and array; never pickle): a JSON header
(``classes``, the tag list; ``tagdict``, word -> tag index for frequent words that are nearly always one tag;
the XPOS -> UPOS tables) followed by the feature names (newline-separated), a count of weights per feature, the
class of each weight (bytes) and the integer weights (int16, little-endian).
"""

from __future__ import annotations

import sys
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import accumulate

START = ("-START-", "-START2-")
END = ("-END-", "-END2-")
FORMAT = 1
MAGIC = b"FLTAGGER"


def normalize(word: str) -> str:
    """The form used in word features: lower case, with numbers folded into classes."""
    if word[:1].isdigit():
        if len(word) == 4 and word.isdigit():
            return "!YEAR"
        return "!DIGITS"
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    return word.lower()


def shape(word: str) -> str:
    """A coarse shape: 'Xx' (title case), 'X' (all caps), 'x', 'd' (digits), 'p' (punctuation), mixtures."""
    if word.istitle():
        return "Xx"
    if word.isupper():
        return "X"
    if word.islower():
        return "x"
    if word.isdigit():
        return "d"
    if not any(c.isalnum() for c in word):
        return "p"
    return "m"


def features(i: int, word: str, context: Sequence[str], prev: str, prev2: str, raw: Sequence[str]) -> list[str]:
    """The feature strings of token ``i`` (``context`` is padded by two on each side, so ``context[i + 2]``
    is the token itself); ``raw`` holds the unnormalised tokens, unpadded."""
    i += 2
    w = context[i]
    return [
        "b",
        "s " + word[-3:].lower(),
        "s2 " + word[-2:].lower(),
        "p " + word[:1],
        "h " + shape(word),
        "t1 " + prev,
        "t2 " + prev2,
        "tt " + prev + " " + prev2,
        "w " + w,
        "tw " + prev + " " + w,
        "w-1 " + context[i - 1],
        "s-1 " + context[i - 1][-3:],
        "w-2 " + context[i - 2],
        "w+1 " + context[i + 1],
        "s+1 " + context[i + 1][-3:],
        "h+1 " + (shape(raw[i - 1]) if i - 1 < len(raw) else "E"),
        "w+2 " + context[i + 2],
    ]


class PerceptronTagger:
    """Tags a sentence given as a list of word strings; ``tag(words) -> list of PTB tags``.

    Weights are held flat: feature ``f`` has pairs ``cls[k], wts[k]`` for ``k`` in ``off[index[f]]`` up to
    ``off[index[f] + 1]``, which loads from the model file without building a Python object per weight.
    """

    def __init__(self, classes: list[str], tagdict: dict[str, int], index: dict[str, int], off: Sequence[int],
                 cls: Sequence[int], wts: Sequence[int], upos: dict[str, str] | None = None,
                 upos_words: dict[str, str] | None = None) -> None:
        self.classes = classes
        self.tagdict = tagdict
        self.index, self.off, self.cls, self.wts = index, off, cls, wts
        self.upos_table = upos or {}
        self.upos_words = upos_words or {}

    @classmethod
    def from_weights(cls, classes, tagdict, weights: dict[str, list[int]], upos=None, upos_words=None):
        """From ``{feature: [class, weight, class, weight, ...]}``."""
        index, off, c, w = {}, array("I", [0]), array("B"), array("h")
        for i, (f, flat) in enumerate(weights.items()):
            index[f] = i
            c.extend(flat[0::2])
            w.extend(flat[1::2])
            off.append(len(c))
        return cls(classes, tagdict, index, off, c, w, upos, upos_words)

    def weights(self) -> dict[str, list[int]]:
        out = {}
        for f, i in self.index.items():
            flat: list[int] = []
            for k in range(self.off[i], self.off[i + 1]):
                flat += (self.cls[k], self.wts[k])
            out[f] = flat
        return out

    # -- prediction ---------------------------------------------------------------------------------------------
    def tag(self, words: Sequence[str]) -> list[str]:
        classes, tagdict, index, off, cls, wts = self.classes, self.tagdict, self.index, self.off, self.cls, self.wts
        n = len(classes)
        context = [*START, *(normalize(w) for w in words), *END]
        prev, prev2 = START
        out: list[str] = []
        for i, word in enumerate(words):
            c = tagdict.get(word)
            if c is None:
                scores = [0] * n
                for f in features(i, word, context, prev, prev2, words):
                    j = index.get(f)
                    if j is not None:
                        for k in range(off[j], off[j + 1]):
                            scores[cls[k]] += wts[k]
                c = max(range(n), key=scores.__getitem__)
            tag = classes[c]
            out.append(tag)
            prev2, prev = prev, tag
        return out

    def upos(self, words: Sequence[str], xpos: Sequence[str]) -> list[str]:
        """UPOS from PTB tags: the treebank's most frequent UPOS for (word, tag), else for the tag; be/have/do
        are AUX when a verb follows within three tokens (skipping adverbs, pronouns and names), VERB otherwise."""
        out = []
        for i, (w, t) in enumerate(zip(words, xpos)):
            lw = w.lower()
            u = self.upos_words.get(lw + " " + t) or self.upos_table.get(t, "X")
            if u in ("AUX", "VERB") and lw in _AUXABLE:
                nxt = [x for x in xpos[i + 1:i + 4] if x not in ("RB", "PRP", "NNP", "DT")][:1]
                u = "AUX" if nxt and nxt[0] in _VERBISH else "VERB"
            out.append(u)
        return out

    # -- persistence: a gzip'd file of a JSON header followed by the flat arrays, little-endian ------------------
    @classmethod
    def from_bytes(cls, data: bytes) -> PerceptronTagger:
        import gzip  # only a run without the model in the sealed cache reads the file
        import json

        raw = gzip.decompress(data)
        magic, hlen = raw[:8], int.from_bytes(raw[8:12], "little")
        if magic != MAGIC:
            raise ValueError("not a factlint tagger model")
        head = json.loads(raw[12:12 + hlen])
        if head.get("format") != FORMAT:
            raise ValueError(f"tagger model format {head.get('format')!r}, expected {FORMAT}")
        pos = 12 + hlen
        names = raw[pos:pos + head["names"]].decode().split("\n")
        pos += head["names"]
        counts = array("B", raw[pos:pos + len(names)])
        pos += len(names)
        c = array("B", raw[pos:pos + head["pairs"]])
        pos += head["pairs"]
        w = array("h")
        w.frombytes(raw[pos:pos + 2 * head["pairs"]])
        if sys.byteorder == "big":
            w.byteswap()
        off = array("I", [0])
        off.extend(accumulate(counts))
        return cls(head["classes"], head["tagdict"], dict(zip(names, range(len(names)))), off, c, w,
                   head.get("upos"), head.get("upos_words"))

    # -- the plain-data form kept in factlint's sealed cache (no classes, so the cache's unpickler needs none) -----
    def to_parts(self) -> tuple:
        """The model as plain values (the arrays as their bytes, in this machine's order): quicker to read back
        than the model file, which is gunzipped and has its feature index rebuilt on every load."""
        return (self.classes, self.tagdict, self.index, array("I", self.off).tobytes(), array("B", self.cls).tobytes(),
                array("h", self.wts).tobytes(), self.upos_table, self.upos_words)

    @classmethod
    def from_parts(cls, parts: tuple) -> PerceptronTagger:
        """The model ``to_parts`` gave; ValueError when ``parts`` is not that shape."""
        if not (isinstance(parts, tuple) and len(parts) == 8 and all(isinstance(p, bytes) for p in parts[3:6])):
            raise ValueError("not a tagger model's parts")
        off, c, w = array("I"), array("B"), array("h")
        off.frombytes(parts[3])
        c.frombytes(parts[4])
        w.frombytes(parts[5])
        if len(c) != len(w) or not off or off[-1] != len(c):
            raise ValueError("tagger model parts do not agree")
        return cls(parts[0], parts[1], parts[2], off, c, w, parts[6], parts[7])

    def to_bytes(self, meta: dict | None = None) -> bytes:
        import gzip  # writing a model file is training's business, not a linting run's
        import json

        names = sorted(self.index)
        counts, c, w = array("B"), array("B"), array("h")
        for f in names:
            i = self.index[f]
            lo, hi = self.off[i], self.off[i + 1]
            counts.append(hi - lo)
            c.extend(self.cls[lo:hi])
            w.extend(self.wts[lo:hi])
        if sys.byteorder == "big":
            w.byteswap()
        blob = "\n".join(names).encode()
        head = json.dumps({"format": FORMAT, "meta": meta or {}, "classes": self.classes, "tagdict": self.tagdict,
                           "upos": self.upos_table, "upos_words": self.upos_words, "names": len(blob),
                           "pairs": len(c)}, separators=(",", ":"), ensure_ascii=False).encode()
        raw = MAGIC + len(head).to_bytes(4, "little") + head + blob + counts.tobytes() + c.tobytes() + w.tobytes()
        return gzip.compress(raw, 9, mtime=0)


_AUXABLE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m", "have", "has",
                      "had", "having", "'ve", "'d", "do", "does", "did"})
_VERBISH = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


# -- training (used by tools/train_tagger.py; not on the linting path) ------------------------------------------
def train(sentences: list[tuple[list[str], list[str]]], iterations: int = 6, seed: int = 1,
          min_weight: float = 0.0, scale: float = 1.0, log=None) -> PerceptronTagger:
    """Train on ``(words, tags)`` pairs; weights are averaged, multiplied by ``scale``, rounded to integers, and
    those whose magnitude is below ``min_weight`` (after scaling) are dropped."""
    classes = sorted({t for _, tags in sentences for t in tags})
    index = {t: k for k, t in enumerate(classes)}
    tagdict = {w: index[t] for w, t in _make_tagdict(sentences).items()}
    weights: dict[str, dict[int, float]] = defaultdict(dict)
    totals: dict[tuple[str, int], float] = defaultdict(float)
    stamps: dict[tuple[str, int], int] = defaultdict(int)
    instances = 0
    sentences = list(sentences)
    import random  # training only: tagging runs need not import it

    rng = random.Random(seed)
    for it in range(iterations):
        correct = total = 0
        for words, tags in sentences:
            context = [*START, *(normalize(w) for w in words), *END]
            prev, prev2 = START
            for i, word in enumerate(words):
                truth = index[tags[i]]
                guess = tagdict.get(word)
                if guess is None:
                    feats = features(i, word, context, prev, prev2, words)
                    scores = defaultdict(float)
                    for f in feats:
                        for k, v in weights.get(f, {}).items():
                            scores[k] += v
                    guess = max(range(len(classes)), key=lambda k: (scores[k], -k))
                    instances += 1
                    if guess != truth:
                        for f in feats:
                            w = weights[f]
                            for k, delta in ((truth, 1.0), (guess, -1.0)):
                                key = (f, k)
                                old = w.get(k, 0.0)
                                totals[key] += (instances - stamps[key]) * old
                                stamps[key] = instances
                                w[k] = old + delta
                prev2, prev = prev, classes[guess]
                correct += guess == truth
                total += 1
        rng.shuffle(sentences)
        if log:
            log(f"iteration {it + 1}: {correct / total:.4f} on train")
    packed: dict[str, list[int]] = {}
    for f, w in weights.items():
        flat: list[int] = []
        for k, v in sorted(w.items()):
            key = (f, k)
            avg = (totals[key] + (instances - stamps[key]) * v) / instances
            q = round(avg * scale)
            if q and abs(q) >= min_weight:
                flat += (k, q)
        if flat:
            packed[f] = flat
    return PerceptronTagger.from_weights(classes, tagdict, packed)


def _make_tagdict(sentences: Iterable[tuple[list[str], list[str]]], freq: int = 20, ambiguity: float = 0.97):
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for words, tags in sentences:
        for w, t in zip(words, tags):
            counts[w][t] += 1
    out = {}
    for w, tc in counts.items():
        tag, mode = max(tc.items(), key=lambda x: x[1])
        n = sum(tc.values())
        if n >= freq and mode / n >= ambiguity:
            out[w] = tag
    return out
