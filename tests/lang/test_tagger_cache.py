"""The tagger model read back from the sealed cache tags exactly as the model file does."""

from __future__ import annotations

import os

import pytest

from factlint.lang import tagger
from factlint.lang.tagger.perceptron import PerceptronTagger

MODEL = os.path.join(os.path.dirname(tagger.__file__), tagger.MODEL)
SENTENCE = "The minister said on Tuesday that prices had risen 4 % since May .".split()


def test_the_model_from_the_cache_tags_as_the_file_does(tmp_path, monkeypatch):
    from factlint.support.cache import cache_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from_file = tagger._load(MODEL)
    assert any(p.name.startswith("tagger-") for p in cache_dir().iterdir())
    from_cache = tagger._load(MODEL)
    assert from_cache is not from_file
    assert from_cache.tag(SENTENCE) == from_file.tag(SENTENCE)
    assert from_cache.index == from_file.index and list(from_cache.wts) == list(from_file.wts)


def test_parts_that_do_not_agree_are_refused():
    with open(MODEL, "rb") as f:
        parts = PerceptronTagger.from_bytes(f.read()).to_parts()
    assert PerceptronTagger.from_parts(parts).tag(SENTENCE)
    with pytest.raises(ValueError):
        PerceptronTagger.from_parts(parts[:3] + (parts[3], parts[4][:-1], parts[5]) + parts[6:])
    with pytest.raises(ValueError):
        PerceptronTagger.from_parts(("not", "a", "model"))
