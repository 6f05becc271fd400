"""The news forms other projects' date suites test, as factlint reads them: quarters, centuries, decades in words
and two digits, offsets from yesterday/today/tomorrow, last/this/next with abbreviated or lower-case names, a
weekday with its day, the n-th weekday of a month, lower-case months, and what stays without a value.

Every sentence is written for these tests; every expected day is worked out by hand from the publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from factlint.document import load_text
from factlint.extractors.dates import extract_dates

PUB = date(2024, 5, 10)  # a Friday, in the second quarter


def read(text: str, pub: date = PUB) -> dict[str, tuple[str, date | None, date | None]]:
    return {x.text: (x.kind, x.lo, x.hi) for x in extract_dates(load_text(text, pub_date=pub))}


@pytest.mark.parametrize("text, span, lo, hi", [
    ("Profits rose in Q3 2023, the company said.", "Q3 2023", date(2023, 7, 1), date(2023, 9, 30)),
    ("Output fell in Q1 of 2022.", "Q1 of 2022", date(2022, 1, 1), date(2022, 3, 31)),
    ("The 2021 Q4 figures were revised.", "2021 Q4", date(2021, 10, 1), date(2021, 12, 31)),
    ("Growth slowed in the first quarter of 2022.", "the first quarter of 2022", date(2022, 1, 1), date(2022, 3, 31)),
    ("Shipments start in Q2 this year.", "Q2 this year", date(2024, 4, 1), date(2024, 6, 30)),
    ("Prices rose in the last quarter of 2004.", "the last quarter of 2004", date(2004, 10, 1), date(2004, 12, 31)),
    ("Prices rose in the final quarter of 2004.", "the final quarter of 2004", date(2004, 10, 1), date(2004, 12, 31)),
])
def test_a_quarter_with_its_year_is_its_three_months(text, span, lo, hi):
    assert read(text)[span] == ("quarter", lo, hi)


@pytest.mark.parametrize("text, span", [
    ("Shipments start during Q3.", "Q3"),  # this year's or next year's
    ("Revenue for fiscal Q3 2023 beat forecasts.", "Q3 2023"),  # the company's year, not the calendar's
])
def test_a_quarter_without_a_certain_year_has_no_value(text, span):
    assert read(text)[span] == ("quarter", None, None)


def test_a_q_code_after_a_name_is_a_model_or_a_companys_quarter():
    assert "quarter" not in {v[0] for v in read("The Audi Q3 2016 model sold well.").values()}


def test_a_games_quarter_is_no_date():
    assert read("They scored twice in the third quarter.") == {}
    assert read("They led in the last quarter of the game.")["last quarter"][1:] == (None, None)


def test_last_and_next_quarter_are_the_calendar_quarters_around_publication():
    found = read("Sales fell last quarter and should recover next quarter.")
    assert found["last quarter"] == ("relative", date(2024, 1, 1), date(2024, 3, 31))
    assert found["next quarter"] == ("relative", date(2024, 7, 1), date(2024, 9, 30))


@pytest.mark.parametrize("text, span, lo, hi", [
    ("The chapel was built in the 15th century.", "15th century", date(1400, 1, 1), date(1499, 12, 31)),
    ("It is a twenty-first-century problem.", "twenty-first-century", date(2000, 1, 1), date(2099, 12, 31)),
])
def test_a_century_is_its_hundred_years(text, span, lo, hi):
    assert read(text)[span] == ("century", lo, hi)


def test_a_century_before_christ_has_no_value():
    assert read("The wall dates from the 5th century BC.")["5th century"] == ("century", None, None)


@pytest.mark.parametrize("text, span, lo, hi", [
    ("The band formed in the seventies.", "the seventies", date(1970, 1, 1), date(1979, 12, 31)),
    ("It peaked in the nineteen-eighties.", "the nineteen-eighties", date(1980, 1, 1), date(1989, 12, 31)),
    ("In the 70s, the band toured widely.", "the 70s", date(1970, 1, 1), date(1979, 12, 31)),
    ("The mill closed in the late 70's.", "the late 70's", date(1975, 1, 1), date(1979, 12, 31)),
    ("The town grew in the 1800s.", "1800s", date(1800, 1, 1), date(1899, 12, 31)),  # century or first decade
    ("The town grew in the 1990s.", "1990s", date(1990, 1, 1), date(1999, 12, 31)),
])
def test_decades_in_words_and_digits(text, span, lo, hi):
    assert read(text)[span] == ("decade", lo, hi)


@pytest.mark.parametrize("text", [
    "She is now in her seventies.",  # an age
    "Highs will be in the 70s on Sunday.",  # a temperature
    "Both candidates polled in the 40s.",  # a score
])
def test_two_digit_decades_that_are_ages_temperatures_or_scores_are_left_alone(text):
    assert not [k for k, v in read(text).items() if v[0] == "decade"]


@pytest.mark.parametrize("text, span, day", [
    ("He arrived the day before yesterday.", "the day before yesterday", date(2024, 5, 8)),
    ("The vote is the day after tomorrow.", "the day after tomorrow", date(2024, 5, 12)),
    ("The trial opens a week from tomorrow.", "a week from tomorrow", date(2024, 5, 18)),
    ("She left two days before yesterday.", "two days before yesterday", date(2024, 5, 7)),
])
def test_an_offset_from_a_relative_day_is_counted_from_it(text, span, day):
    assert read(text)[span] == ("relative", day, day)


def test_a_hedged_offset_from_today_is_a_period_without_a_value():
    assert read("It will be ready within two weeks from today.")["within two weeks from today"][1:] == (None, None)


@pytest.mark.parametrize("text, span, lo, hi", [
    ("The fair returns this Sept.", "this Sept", date(2024, 9, 1), date(2024, 9, 30)),
    ("The fair was held last sept.", "last sept", date(2023, 9, 1), date(2023, 9, 30)),
    ("We will meet in the coming week.", "coming week", PUB, date(2024, 5, 19)),
])
def test_last_this_next_take_abbreviated_and_lower_case_names(text, span, lo, hi):
    assert read(text)[span] == ("relative", lo, hi)


def test_this_weekday_follows_the_tense():
    wednesday = date(2024, 5, 8)
    assert read("We will meet this Friday.", wednesday)["this Friday"][1:] == (date(2024, 5, 10),) * 2
    assert read("We met this Monday.", wednesday)["this Monday"][1:] == (date(2024, 5, 6),) * 2


@pytest.mark.parametrize("text, span", [
    ("It happened in the last week of July.", "last week"),
    ("He died in the last year of the war.", "last year"),
])
def test_the_last_unit_of_something_is_not_the_unit_before_publication(text, span):
    assert read(text)[span] == ("relative", None, None)


def test_a_weekday_with_its_day_is_the_one_such_day_on_the_tenses_side():
    # Fridays that fall on a 3rd: 3 May 2024, then 3 November 2023 (too far back), 3 January 2025 (ahead)
    assert read("The club met on Friday the 3rd.")["Friday the 3rd"] == ("weekday", date(2024, 5, 3), date(2024, 5, 3))
    assert read("The club meets on Friday the 3rd.")["Friday"] == ("weekday", None, None)  # no side to look on


@pytest.mark.parametrize("text, span, day", [
    ("The fair opened on the first Friday of July 2023.", "the first Friday of July 2023", date(2023, 7, 7)),
    ("It closes on the last Monday of next month.", "the last Monday of next month", date(2024, 6, 24)),
])
def test_the_nth_weekday_of_a_month_with_its_year_is_computed(text, span, day):
    assert read(text)[span] == ("weekday", day, day)


def test_an_nth_weekday_the_month_does_not_have_gets_no_value():
    found = read("It was held on the fifth Sunday of February 2023.")  # four Sundays that month
    assert found["Sunday"] == ("weekday", None, None)


@pytest.mark.parametrize("text, span, lo, hi", [
    ("She left on june 3, 2016.", "june 3, 2016", date(2016, 6, 3), date(2016, 6, 3)),
    ("She left in june 2016.", "june 2016", date(2016, 6, 1), date(2016, 6, 30)),
    ("She left on 5 december 1391.", "5 december 1391", date(1391, 12, 5), date(1391, 12, 5)),
])
def test_lower_case_months_beside_a_day_and_year(text, span, lo, hi):
    assert read(text)[span][1:] == (lo, hi)


def test_lower_case_months_beside_a_day_only_when_the_form_proves_it():
    assert "4th of march" in read("We go back on the 4th of march.")
    assert "april 22" in read("We go back on april 22.")
    assert read("The 12 may be late.") == {}  # "may" the verb
    assert read("The 5 march on Sunday.").keys() == {"Sunday"}


def test_a_currency_amount_is_never_the_day_of_a_date():
    assert "12 December" not in read("He paid $12 December 27.")
    assert read("He paid $12 December 27.")["December 27"][0] == "date"


def test_this_before_a_full_date_is_a_demonstrative_not_a_relative_month():
    found = read("This Dec. 12, 2018, file photo shows the bridge. This September 2010 photo shows the pier.")
    assert found["Dec. 12, 2018"] == ("date", date(2018, 12, 12), date(2018, 12, 12))
    assert found["September 2010"] == ("month", date(2010, 9, 1), date(2010, 9, 30))
    assert "This Dec" not in found and "This September" not in found


def test_last_weekday_before_a_count_stays_relative():
    assert read("Last Monday, 60 people were hurt.")["Last Monday"][0] == "relative"


def test_this_coming_weekday_and_month_are_the_first_ones_after_publication():
    found = read("The vote is this coming Friday, and the count the coming June.")
    assert found["coming Friday"] == ("relative", date(2024, 5, 17), date(2024, 5, 17))  # not the day itself
    assert found["coming June"] == ("relative", date(2024, 6, 1), date(2024, 6, 30))
