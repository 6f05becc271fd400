"""The ``broken-figure`` kind, one throw-away rule per parameter."""

import pytest

from conftest import fired

WORDS = ["two", "three", "four", "nine", "ten"]


def test_groups(make_rule):
    rule = make_rule("broken-figure", message="{figure}")
    assert fired(rule, "He was paid up to £135,00 for the work.") == ["£135,00"]
    assert fired(rule, "He was paid up to £135,000 for the work.") == []
    assert fired(rule, "A coffee costs 3,50 euros there.") == []
    assert fired(rule, "Prices were $1.00 to $2.50.") == []


def test_doubled_numbers(make_rule):
    rule = make_rule("broken-figure", message="{figure}", check="doubled", numbers=WORDS)
    assert fired(rule, "They lost eight of their nine 10 games.") == ["nine 10"]
    assert fired(rule, "He scored just three four times.") == ["three four"]
    assert fired(rule, "He hit two three-pointers late on.") == []
    assert fired(rule, "The two 2018 cables were leaked.") == []
    assert fired(make_rule("broken-figure", check="doubled", numbers=["two"]), "He scored just three four times.") == []
    with pytest.raises(Exception, match="numbers"):
        make_rule("broken-figure", check="doubled")


def test_after_words(make_rule):
    text = "She finished in the top three four times."
    assert fired(make_rule("broken-figure", check="doubled", numbers=WORDS), text) == ["hit"]
    assert fired(make_rule("broken-figure", check="doubled", numbers=WORDS, after_words=["top"]), text) == []


def test_a_repeated_number_word_is_left_to_repeated_word():
    """'two two rounds' is one doubled word: repeated-word reports it, and doubled-count does not say it again."""
    from factlint.document import load_text
    from factlint.config import Settings
    from factlint.engine.runner import check_document, rules_for

    doc = load_text("The league has gone through two two rounds of talks. It lost nine 10 games.")
    findings, _, _ = check_document(doc, Settings(), rules_for(Settings()))
    rules = sorted((f.rule, f.column) for f in findings)
    assert [r for r, _ in rules].count("repeated-word") == 1
    assert [r for r, _ in rules].count("doubled-count") == 1
