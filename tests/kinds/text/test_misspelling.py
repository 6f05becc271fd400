"""The known-misspelling kind: well-known proper names as reporters commonly misspell them."""

from __future__ import annotations

import pytest

from conftest import fired, suggested
from factlint.engine.loader import RuleError


@pytest.fixture
def rule(make_rule):
    return make_rule("known-misspelling", "{written} -> {correct}")


def test_a_listed_misspelling_is_reported_with_its_spelling(rule):
    assert fired(rule, "Flights to the Phillipines resumed.") == ["Phillipines -> Philippines"]
    assert suggested(rule, "Flights to the Phillipines resumed.") == [[("Phillipines", "Philippines")]]


def test_plurals_hyphens_and_two_word_names(rule):
    assert fired(rule, "Two Ukranians and a Ukranian-born coach.") == ["Ukranians -> Ukrainians",
                                                                       "Ukranian -> Ukrainian"]
    assert fired(rule, "Shares fell in Sao Paolo and São Paolo.") == ["Sao Paolo -> Sao Paulo",
                                                                       "São Paolo -> São Paulo"]


def test_correct_spellings_and_other_words_are_left_alone(rule):
    assert fired(rule, "Flights to the Philippines, Sao Paulo and Paolo Rossi resumed.") == []
    assert fired(rule, "A tuscon-style lybian pun.") == []  # case-sensitive, whole words only


def test_a_newsroom_adds_its_own(make_rule):
    rule = make_rule("known-misspelling", "{written} -> {correct}", shipped=False, extra={"Freedona": "Freedonia"})
    assert fired(rule, "Freedona and the Carribean.") == ["Freedona -> Freedonia"]


def test_extra_must_map_text_to_text(make_rule):
    with pytest.raises(RuleError, match="extra maps misspellings"):
        make_rule("known-misspelling", "{written}", extra={"Freedona": 3})
    with pytest.raises(RuleError, match="no misspellings"):
        make_rule("known-misspelling", "{written}", shipped=False)
