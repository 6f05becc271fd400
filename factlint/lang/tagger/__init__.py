"""factlint's shared linguistic layer: tokens with offsets, Penn Treebank / UPOS tags, and governing verbs.

    from factlint.lang.tagger import tag_text, governing_verb
    toks = tag_text("President Obama said on Tuesday ...")     # [TaggedToken(text, start, end, tag, upos), ...]
    governing_verb([t.text for t in toks], [t.tag for t in toks], 1).label   # 'past'

Importing this package is cheap (no model); the model (about 0.5 MB, see docs/tagger.md) is read on the first
call that needs it and kept for the process (and, as plain data, in the sealed cache). Run the tagger only on the sentences that hold a candidate: it tags
some tens of thousands of tokens a second, far below the linter's overall throughput budget.
"""

from __future__ import annotations

from collections.abc import Sequence
import os
from typing import NamedTuple

from .clauses import VerbGroup, governing_verb, verb_groups
from .tokenize import Token, sentences, tokenize

__all__ = ["TaggedToken", "Token", "VerbGroup", "get_tagger", "governing_verb", "sentences", "tag", "tag_text",
           "tokenize", "verb_groups"]

MODEL = "en_ewt_ptb.model.gz"
_tagger = None

# Typographic forms mapped to the treebank's ASCII ones before tagging (the tokens keep the original text).
_ASCII = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "--"})


class TaggedToken(NamedTuple):
    text: str
    start: int
    end: int
    tag: str   # Penn Treebank (EWT XPOS): NNP, VBD, VBN, VBZ, VBP, VB, MD, ...
    upos: str  # Universal POS: PROPN, VERB, AUX, ...

    @property
    def lower(self) -> str:
        return self.text.lower()


def get_tagger():
    """The shipped model, loaded once per process."""
    global _tagger
    if _tagger is None:
        _tagger = _load(os.path.join(os.path.dirname(__file__), MODEL))
    return _tagger


def _load(path: str):
    """The model at ``path``, from the sealed cache when it holds this file's parts (about a third of the time
    gunzipping the file and rebuilding its feature index takes), else from the file (and then cached)."""
    from factlint import __version__
    from factlint.support.cache import files_stamp, read_cached, write_cached

    from .perceptron import PerceptronTagger

    try:
        stamp: str | None = files_stamp([path], __version__)
    except OSError:
        stamp = None
    parts = read_cached("tagger", path, stamp) if stamp else None
    if parts is not None:
        try:
            return PerceptronTagger.from_parts(parts)
        except (TypeError, ValueError):  # not what this version stores: read the file
            pass
    with open(path, "rb") as f:
        tagger = PerceptronTagger.from_bytes(f.read())
    if stamp:
        write_cached("tagger", path, stamp, tagger.to_parts())
    return tagger


def tag(words: Sequence[str]) -> list[str]:
    """Penn Treebank tags for one sentence given as words (as ``tokenize`` splits them)."""
    return get_tagger().tag([w.translate(_ASCII) for w in words])


def tag_text(text: str, start: int = 0, end: int | None = None) -> list[TaggedToken]:
    """Tokenize and tag ``text[start:end]`` (best one sentence, or a few), with offsets into ``text``."""
    tokens = tokenize(text, start, end)
    words = [t.text.translate(_ASCII) for t in tokens]
    tagger = get_tagger()
    tags = tagger.tag(words)
    return [TaggedToken(t.text, t.start, t.end, x, u) for t, x, u in zip(tokens, tags, tagger.upos(words, tags))]
