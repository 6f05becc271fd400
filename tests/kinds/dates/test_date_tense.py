"""The ``date-tense`` kind, one throw-away rule per parameter (published 10 May 2024)."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_tense_past_and_future(make_rule):
    past, future = make_rule("date-tense", tense="past"), make_rule("date-tense", tense="future")
    assert fired(past, "The bill was signed into law on June 14, 2024.") == ["hit"]
    assert fired(future, "The bill was signed into law on June 14, 2024.") == []
    assert fired(future, "The new tariff will take effect on March 1, 2024.") == ["hit"]
    assert fired(past, "The new tariff will take effect on March 1, 2024.") == []


def test_preps_choose_the_words_that_introduce_a_checked_date(make_rule):
    text = "The plant closed during 2025."
    assert fired(make_rule("date-tense", tense="past"), text) == ["hit"]
    assert fired(make_rule("date-tense", tense="past", preps=["on", "in"]), text) == []


def test_granularities(make_rule):
    text = "The bill was signed into law in 2025."
    assert fired(make_rule("date-tense", tense="past"), text) == ["hit"]
    assert fired(make_rule("date-tense", tense="past", granularities=["day", "month"]), text) == []
    with pytest.raises(RuleError, match="unknown granularity 'week'"):
        make_rule("date-tense", tense="past", granularities=["week"])


def test_tolerance_days(make_rule):
    text = "The bill was signed into law on May 12, 2024."
    assert fired(make_rule("date-tense", tense="past"), text) == ["hit"]
    assert fired(make_rule("date-tense", tense="past", tolerance_days=3), text) == []


def test_skip_quotes(make_rule):
    text = '"We signed it on June 14, 2024," the mayor said.'
    assert fired(make_rule("date-tense", tense="past"), text) == []
    assert fired(make_rule("date-tense", tense="past", skip_quotes=False), text) == ["hit"]
