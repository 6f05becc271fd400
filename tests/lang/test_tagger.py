"""The shared tagger and the governing-verb heuristic on sentences of the kind the extractors meet."""

from __future__ import annotations

import gzip

import pytest

from factlint.lang.tagger import get_tagger, governing_verb, sentences, tag, tag_text, tokenize, verb_groups
from factlint.lang.tagger.perceptron import PerceptronTagger


def tagged(text: str) -> dict[str, str]:
    return {t.text: t.tag for t in tag_text(text)}


def verb_of(text: str, word: str):
    toks = tag_text(text)
    words, tags = [t.text for t in toks], [t.tag for t in toks]
    return governing_verb(words, tags, words.index(word))


def test_tokens_carry_offsets_and_split_as_the_treebank_does():
    text = "Mr. Obama's deputies can't pay $60,000 for the U.S. plan."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Mr.", "Obama", "'s", "deputies", "ca", "n't", "pay", "$", "60,000", "for",
                                      "the", "U.S.", "plan", "."]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert toks[1].lower == "obama"


def test_sentence_spans_do_not_break_after_abbreviations_or_initials():
    text = "President George W. Bush met Dr. Rice. She said it was fine."
    assert [text[s:e] for s, e in sentences(text)] == ["President George W. Bush met Dr. Rice.",
                                                        "She said it was fine."]


def test_said_is_past_and_says_is_present():
    assert tagged("President Obama said on Tuesday that he would veto it.")["said"] == "VBD"
    assert tagged("President Obama says the bill is dead.")["says"] == "VBZ"


def test_finite_verb_and_reduced_relative_participle_are_told_apart():
    assert tagged("The deputies conducted reviews of the program.")["conducted"] == "VBD"
    assert tagged("The reviews conducted by President Barack Obama's deputies found nothing.")["conducted"] == "VBN"


def test_modals_and_names():
    t = tagged("The plan would cost $60 billion, Senator Warren said.")
    assert (t["would"], t["cost"], t["Warren"]) == ("MD", "VB", "NNP")
    assert tag(["She", "might", "run", "again", "in", "2024", "."])[1:3] == ["MD", "VB"]


def test_typographic_apostrophes_are_tagged_like_ascii_ones():
    assert tagged("Obama’s deputies didn’t say.")["’s"] == "POS"


def test_upos_is_derived_from_the_ptb_tags():
    toks = tag_text("The senator has said she will not run.")
    upos = {t.text: t.upos for t in toks}
    assert (upos["has"], upos["said"], upos["will"], upos["senator"]) == ("AUX", "VERB", "AUX", "NOUN")


@pytest.mark.parametrize("text, word, words, label", [
    ("President Obama said on Tuesday that the plan was dead.", "Obama", "said", "past"),
    ("President Obama says the plan is dead.", "Obama", "says", "present"),
    ("The security reviews conducted by President Barack Obama's deputies found no problems.", "President",
     "conducted", "participle"),
    ("The plan would cost $60 billion if implemented in 2019, Senator Warren said.", "$", "would cost",
     "conditional"),
    ("The plan would cost $60 billion if implemented in 2019, Senator Warren said.", "Warren", "said", "past"),
    ("Governor Smith might run again in 2024.", "Smith", "might run", "modal"),
    ("The tax is expected to be cut next year.", "tax", "is expected to be cut", "infinitive"),
    ("Mr. Obama, who left office in 2017, has said little about it.", "Obama", "has said", "present"),
    ("Prime Minister Johnson will visit Paris next week.", "Johnson", "will visit", "future"),
    ("Senator Jones was going to run for governor.", "Jones", "was going to run", "future"),
    ('"We will win," said President Biden.', "Biden", "said", "past"),
    ("The agency grew under President Reagan.", "Reagan", "grew", "past"),
    ("The man who met Chancellor Merkel resigned.", "Merkel", "met", "past"),
])
def test_governing_verb(text, word, words, label):
    g = verb_of(text, word)
    assert g is not None
    assert (" ".join(g.words), g.label) == (words, label)


def test_verb_group_details():
    g = verb_of("Mr. Obama, who left office in 2017, has said little.", "Obama")
    assert (g.tense, g.aspect, g.voice, g.irrealis) == ("present", "perfect", "active", False)
    g = verb_of("The tax is expected to be cut next year.", "tax")
    assert (g.tense, g.voice, g.irrealis) == ("present", "passive", True)
    g = verb_of("Senator Jones was going to run.", "Jones")
    assert (g.label, g.tense) == ("future", "past")  # future-in-past
    g = verb_of("He said the deal would be signed by President Putin.", "Putin")
    assert (g.label, g.modal, g.voice) == ("conditional", "would", "passive")


def test_no_verb_means_no_governing_verb():
    words, tags = ["President", "Obama", "."], ["NNP", "NNP", "."]
    assert verb_groups(words, tags) == []
    assert governing_verb(words, tags, 1) is None


def test_model_round_trips_and_rejects_other_files():
    tagger = get_tagger()
    again = PerceptronTagger.from_bytes(tagger.to_bytes())
    words = "Officials said the rule was issued in 2019 .".split()
    assert again.tag(words) == tagger.tag(words)
    with pytest.raises(ValueError):
        PerceptronTagger.from_bytes(gzip.compress(b'{"format": 1}'))
