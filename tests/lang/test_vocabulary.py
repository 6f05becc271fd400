"""The shared word lists: every name maps to its number, and every verb of change is known to every reader."""

from __future__ import annotations

import regex

from factlint.lang.change_words import CHANGE_WORDS, FALL_WORDS, RISE_WORDS, change_alternation
from factlint.lang.vocabulary import MONTH_NUMBER, MONTHS, WEEKDAY_NUMBER, WEEKDAYS


def test_month_and_weekday_numbers():
    assert [MONTH_NUMBER[m.lower()] for m in MONTHS] == list(range(1, 13))
    assert MONTH_NUMBER["sept"] == MONTH_NUMBER["sep"] == 9
    assert [WEEKDAY_NUMBER[w.lower()] for w in WEEKDAYS] == list(range(7))
    assert WEEKDAY_NUMBER["thurs"] == 3


def test_change_directions_do_not_overlap():
    assert not set(RISE_WORDS) & set(FALL_WORDS)
    assert {"rose", "fell", "doubled", "halved", "lost"} <= CHANGE_WORDS


def test_change_alternation_takes_whole_words_and_extras():
    pattern = regex.compile(rf"\b(?:{change_alternation(frozenset({'from'}))})\b")
    assert pattern.fullmatch("plummeted") and pattern.fullmatch("from")
    assert not pattern.fullmatch("risenx")
    assert pattern.search("sales rose sharply").group() == "rose"
