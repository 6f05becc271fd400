"""The ``organisation-word`` kind on short invented sentences: a corporate or institutional word mistyped after a
name is reported; surnames, derivatives, foreign spellings and real words are not."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError

MESSAGE = "{written} -> {correct}"


def rule(make_rule, **params):
    return make_rule("organisation-word", message=MESSAGE, **params)


def test_letters_dropped_added_or_swapped(make_rule):
    assert fired(rule(make_rule), "Shares of Harbor Bancorpartion fell.") == ["Bancorpartion -> Bancorporation"]
    assert fired(rule(make_rule), "The Budget Commitee met on Monday.") == ["Commitee -> Committee"]
    assert fired(rule(make_rule), "He chairs the Steering Commmittee now.") == ["Commmittee -> Committee"]
    assert fired(rule(make_rule), "Ridge Global Enterprses Limited was sold.") == ["Enterprses -> Enterprises"]


def test_a_letter_replaced_is_another_name(make_rule):
    assert fired(rule(make_rule), "The Gramm-Rudman Hollings law passed.") == []
    assert fired(rule(make_rule), "Many Tea Partiers were angry.") == []


def test_the_right_word_a_derivative_or_a_short_word(make_rule):
    assert fired(rule(make_rule), "Shares of Harbor Bancorporation fell.") == []
    assert fired(rule(make_rule), "The Acme Financials index rose. Ivy Leaguers came.") == []
    assert fired(rule(make_rule), "Defence minister Florence Parly spoke.") == []


def test_foreign_spellings_and_phrases(make_rule):
    assert fired(rule(make_rule), "She works at the Karolinska Institutet in Stockholm.") == []
    assert fired(rule(make_rule), "Airbus Industrie and Janssen Pharmaceutica grew.") == []
    assert fired(rule(make_rule), "The Centre de Prospective Sociales said so.") == []


def test_after_a_function_word_only_and_in_quotes(make_rule):
    assert fired(rule(make_rule), "The Commitee met.") == []
    text = '"The Budget Commitee is wrong," he said.'
    assert fired(rule(make_rule), text) == []
    assert fired(rule(make_rule, skip_quotes=False), text) == ["Commitee -> Committee"]


def test_extra_words(make_rule):
    assert fired(rule(make_rule), "The Harbor Cooperatve voted.") == []
    assert fired(rule(make_rule, extra=["Cooperative"]), "The Harbor Cooperatve voted.") == [
        "Cooperatve -> Cooperative"]
    with pytest.raises(RuleError, match="extra lists capitalised words"):
        make_rule("organisation-word", extra=["co"])


def test_one_rule_judges_each_article_by_its_own_places(make_rule):
    """The rule keeps a word's verdict from article to article; where the word stands is judged afresh."""
    r = rule(make_rule)
    assert fired(r, '"The Budget Commitee is wrong," he said.') == []
    assert fired(r, "The Budget Commitee met on Monday.") == ["Commitee -> Committee"]
    assert fired(r, "The Partido de la Budget Commitee met.") == []
    assert fired(r, "The Budget Commitee met again.") == ["Commitee -> Committee"]


def test_the_kept_verdicts_are_emptied_when_full(make_rule, monkeypatch):
    import factlint.kinds.text.org_word as org_word

    monkeypatch.setattr(org_word, "_MAX_VERDICTS", 2)
    r = rule(make_rule)
    for text in ("Shares of Harbor Bancorpartion fell.", "The Budget Commitee met.", "Ridge Global Enterprses rose.",
                 "Shares of Harbor Bancorpartion fell."):
        assert len(fired(r, text)) == 1
    assert len(r.check._verdicts) <= 2
