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


@pytest.mark.parametrize("text", [
    "The plan would cost $60 billion if implemented in 2025, an aide said.",
    "The hope is that if a couple dozen of them ran for office in the southern counties in 2025, it would be a shift.",
    "Even if the party won back the majority in 2025, the two members wouldn't become chairmen.",
    "He was asked what he would do if a court vacancy arose in 2025.",
    "Members weigh whether corporate money is still allowed in 2025.",
    "She has explicitly ruled out a run for president in 2025.",
    "The senator is frequently linked to a presidential run in 2025.",
    "Cities that have released data on 2025 premiums show a fall.",
    "This will reduce the number of hours worked by two million people in 2025.",
    "A version of this article appeared in print on May 11, 2024, on page D5.",
    "This article was amended on 11 May 2024 to correct a name.",
])
def test_conditional_noun_phrase_and_note_dates_are_not_past_events(make_rule, text):
    assert fired(make_rule("date-tense", tense="past"), text) == []


def test_a_past_event_after_publication_in_a_plain_clause_is_still_reported(make_rule):
    rule = make_rule("date-tense", tense="past")
    assert fired(rule, "If talks fail, nothing changes. The company halted all payments in March 2025.") == ["hit"]
    assert fired(rule, "Republicans won back the majority in 2025.") == ["hit"]


def test_tolerance_days_accepts_a_next_day_print_date(make_rule):
    text = "The regulator approved the merger on May 11, 2024."
    assert fired(make_rule("date-tense", tense="past"), text) == ["hit"]
    assert fired(make_rule("date-tense", tense="past", tolerance_days=1), text) == []


def test_captions_are_not_judged_against_the_publication_date(make_rule):
    text = "Officials met.\nPhotos: The outbreak Health workers buried a body on October 20, 2025. Hide Caption 3 of 9\n"
    assert fired(make_rule("date-tense", tense="past"), text) == []


@pytest.mark.parametrize("text", [
    "It will be a test for the senator, whose runs for president in 1988 and 2008 crashed.",
    "You'll recall the director falsely assured Congress in 2013 that no data was collected.",
])
def test_a_future_matrix_does_not_make_its_complement_future(make_rule, text):
    assert fired(make_rule("date-tense", tense="future"), text) == []
