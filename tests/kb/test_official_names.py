"""The shipped official names (rules/data/official-names.yaml): each sourced from a reference the KB accepts,
each one name only once, none a near miss of another (the check would then call a real body a slip), and the
file's format enforced."""

import pytest

from factlint.kb.lint import unlisted_source
from factlint.kinds.text.name_index import NameIndex, word_key
from factlint.kinds.text.official_name import _near, _Tok
from factlint.lang.official_names import load_official_names


def test_every_name_and_form_is_sourced_from_an_accepted_reference():
    data = load_official_names()
    sources = [b.source for b in data.bodies] + [f.source for c in data.companies for f in c.forms]
    assert sources and all(s.startswith("https://") and unlisted_source(s) is None for s in sources)


def test_each_name_once_and_no_name_a_near_miss_of_another():
    data = load_official_names()
    names = [n for b in data.bodies for n in (b.name, *b.also)]
    keys = [tuple(word_key(w) for w in n.split()) for n in names]
    assert len(set(keys)) == len(keys)
    bodies = [(n, b.name) for b in data.bodies for n in (b.name, *b.also)]
    for name, body in bodies:
        others = NameIndex()
        for n, b in bodies:
            if b != body:
                others.add(n, "test", b, small_words=True)
        toks = [_Tok(w, 0, 0) for w in name.split()]
        assert _near(others, toks, tuple(word_key(w) for w in name.split())) is None, name


def test_a_bad_entry_is_refused(tmp_path):
    bad = tmp_path / "names.yaml"
    bad.write_text("bodies:\n  - name: Acme\n    source: https://en.wikipedia.org/wiki/Acme\n")
    with pytest.raises(ValueError, match="one word"):
        load_official_names(str(bad))
    bad.write_text("companies:\n  - base: Acme\n    forms: [{form: GmbH, source: x}]\n")
    with pytest.raises(ValueError, match="each form is one of"):
        load_official_names(str(bad))
