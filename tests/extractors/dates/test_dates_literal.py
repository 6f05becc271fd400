"""The literal reading of a date mention (``DateMention.literal``): the day or period the words name read against
the publication date, given only where the words fix it; ``lo``/``hi`` keep the days a writer can mean.

Every sentence is written for these tests; every expected day is worked out by hand from the publication date.
"""

from __future__ import annotations

from datetime import date

import pytest

from factlint.document import load_text
from factlint.extractors.dates import extract_dates

PUB = date(2024, 5, 10)  # a Friday


def mention(text: str, span: str, pub: date | None = PUB):
    found = [x for x in extract_dates(load_text(text, pub_date=pub)) if x.text == span]
    assert len(found) == 1, [x.text for x in extract_dates(load_text(text, pub_date=pub))]
    return found[0]


def day(y: int, m: int, d: int) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d)


@pytest.mark.parametrize("text, span, pub, literal", [
    ("The plant closed two years ago.", "two years ago", PUB, day(2022, 5, 10)),
    ("The talks resume two weeks from now.", "two weeks from now", PUB, day(2024, 5, 24)),
    ("The bridge reopens in three weeks' time.", "three weeks' time", PUB, day(2024, 5, 31)),
    ("She moved here 5 days ago.", "5 days ago", PUB, day(2024, 5, 5)),
    # a month back from the 31st is the last day of a shorter month
    ("The ferry sank a month ago.", "a month ago", date(2023, 3, 31), day(2023, 2, 28)),
    ("The ferry sank a month ago.", "a month ago", date(2024, 3, 31), day(2024, 2, 29)),
    # a compound offset: the years and months first, then the days (14 months back is 2023-03-10)
    ("The dam failed 1 year 2 months 10 days ago.", "1 year 2 months 10 days ago", PUB, day(2023, 2, 28)),
    ("The dam failed 2 months and 3 days ago.", "2 months and 3 days ago", PUB, day(2024, 3, 7)),
])
def test_an_offset_with_a_definite_count_names_one_day(text, span, pub, literal):
    m = mention(text, span, pub)
    assert m.literal == literal
    assert m.lo < literal[0] and literal[1] < m.hi  # the checks still read the wider interval


@pytest.mark.parametrize("text, span, literal", [
    ("The council met last Sunday.", "last Sunday", day(2024, 5, 5)),
    ("The council met last Friday.", "last Friday", day(2024, 5, 3)),  # said on a Friday: a week back
    ("The council met last Tuesday.", "last Tuesday", day(2024, 5, 7)),
])
def test_last_weekday_is_the_most_recent_one_before_publication(text, span, literal):
    m = mention(text, span)
    assert m.literal == literal
    assert m.lo <= literal[0] <= m.hi


@pytest.mark.parametrize("text, span, literal", [
    ("The storm hit yesterday.", "yesterday", day(2024, 5, 9)),
    ("The vote is tomorrow.", "tomorrow", day(2024, 5, 11)),
    ("The mayor resigned on March 3, 2021.", "March 3, 2021", day(2021, 3, 3)),
])
def test_a_mention_read_as_one_day_has_that_day_as_its_literal_reading(text, span, literal):
    m = mention(text, span)
    assert (m.lo, m.hi) == literal
    assert m.literal == literal


@pytest.mark.parametrize("text, span, pub, literal", [
    ("The mayor resigned on March 3.", "March 3", PUB, day(2024, 3, 3)),
    ("The fair opens on 2 June.", "2 June", PUB, day(2024, 6, 2)),
    ("The mayor resigned on Dec. 28.", "Dec. 28", date(2024, 1, 4), day(2023, 12, 28)),  # nearest is last year's
    ("A leap-day ceremony was held on Feb. 29.", "Feb. 29", date(2025, 3, 10), day(2024, 2, 29)),
    ("A leap-day ceremony was held on Feb. 29.", "Feb. 29", date(2026, 1, 10), day(2024, 2, 29)),
])
def test_a_yearless_date_is_the_occurrence_nearest_publication(text, span, pub, literal):
    m = mention(text, span, pub)
    assert m.year is None and m.lo is None  # the checks still leave its year to the passage
    assert m.literal == literal


@pytest.mark.parametrize("text, span, pub, literal", [
    # 2024-03-08 was a Friday
    ("The talks began on Friday, March 8.", "Friday, March 8", PUB, day(2024, 3, 8)),
    # a weekday that fits no year near publication is simply wrong: the date stands as written
    ("The talks began on Monday, March 8.", "Monday, March 8", PUB, day(2024, 3, 8)),
])
def test_a_yearless_date_with_its_weekday(text, span, pub, literal):
    assert mention(text, span, pub).literal == literal


def test_a_yearless_date_the_passage_puts_in_its_own_year_gets_the_nearest_occurrence_too():
    m = mention("In 2024 the club was sold. On March 3 the new owner arrived.", "March 3")
    assert m.literal == day(2024, 3, 3)


def test_a_bare_quarter_is_the_publication_years():
    m = mention("Sales rose during Q1, the company said.", "Q1")
    assert m.lo is None
    assert m.literal == (date(2024, 1, 1), date(2024, 3, 31))


@pytest.mark.parametrize("text, literal", [
    # Q1 is over by May: a plan for it is next year's.
    ("The company will open its second plant in Q1.", (date(2025, 1, 1), date(2025, 3, 31))),
    # Q4 has not begun by May: what it did is last year's, what it will do this year's.
    ("Sales fell sharply in Q4.", (date(2023, 10, 1), date(2023, 12, 31))),
    ("The company will open its second plant in Q4.", (date(2024, 10, 1), date(2024, 12, 31))),
])
def test_a_bare_quarter_follows_the_clause_tense(text, literal):
    assert mention(text, text.split()[-1].rstrip(".")).literal == literal


@pytest.mark.parametrize("text, span, pub", [
    ("The council meets next Sunday.", "next Sunday", date(2024, 5, 13)),  # said on a Monday: this week's or next
    # the day before or two days before publication: that day, or the same weekday a week earlier
    ("The council met last Thursday.", "last Thursday", PUB),
    ("The council met last Wednesday.", "last Wednesday", PUB),
    ("She called a few days ago.", "a few days ago", PUB),
    ("The plant closed about two years ago.", "about two years ago", PUB),
    ("The plant closed more than two years ago.", "more than two years ago", PUB),
    ("The plant closed two and a half years ago.", "two and a half years ago", PUB),
    ("The mill shut a decade ago.", "a decade ago", PUB),
    ("The wall was built 800 years ago.", "800 years ago", date(500, 5, 10)),  # before the calendar's start
    ("The band toured last September.", "last September", date(2024, 11, 7)),
    ("Prices will rise in the coming week.", "coming week", PUB),
    ("The plant closed two years ago.", "two years ago", None),  # an undated article
    ("The mayor resigned on March 3.", "March 3", None),
])
def test_words_that_leave_a_choice_get_no_literal_reading(text, span, pub):
    assert mention(text, span, pub).literal is None


@pytest.mark.parametrize("text, span, pub", [
    # the passage sets another year
    ("In 2019 the club was sold. On March 3 the new owner arrived.", "March 3", PUB),
    ("On March 3 the deal closed, as it had in 2019.", "March 3", PUB),
    # the tense points to the other side of publication from the nearest occurrence
    ("The museum will reopen on Oct. 2.", "Oct. 2", date(2024, 11, 7)),
    ("The museum reopened on Dec. 2.", "Dec. 2", date(2024, 11, 7)),
    # one end of a period, whose year the other end shares
    ("The exhibition runs from Dec. 20 to Jan. 5.", "Dec. 20", PUB),
    ("The exhibition runs from Dec. 20 to Jan. 5.", "Jan. 5", PUB),
    ("Work continues between now and Nov. 15.", "Nov. 15", PUB),
    ("Rooms are booked for the week starting June 3.", "June 3", PUB),
    # the nearest occurrence more than four months away: the previous or the next year's as often
    ("His Jan. 27 order was blocked in court.", "Jan. 27", date(2017, 9, 22)),
    ("Congress must pass the budget by Oct. 1.", "Oct. 1", date(2019, 3, 10)),
    # a weekday that fits the year before (2023-03-08 was a Wednesday; 2024-03-08 a Friday)
    ("The talks began on Wednesday, March 8.", "Wednesday, March 8", PUB),
    # a date that names an event of its own year
    ("The law was passed after the Sept. 11 attacks.", "Sept. 11", date(2015, 9, 20)),
    ("The law was passed after September 11.", "September 11", date(2015, 9, 20)),
    # a year spelled out after it, a quotation
    ("The order was signed on September 10, nineteen hundred.", "September 10", PUB),
    ('"We met on March 3," she said.', "March 3", PUB),
])
def test_a_yearless_date_whose_year_may_be_another_gets_no_literal_reading(text, span, pub):
    assert mention(text, span, pub).literal is None


@pytest.mark.parametrize("text, span", [
    ("In 2019, sales fell in Q3.", "Q3"),  # the sentence's year, not the publication year
    ("Revenue for fiscal Q3 beat forecasts.", "Q3"),  # the company's year
    ("Q4 results are due next week.", "Q4"),  # not begun yet and no tense to say whose: last year's as often
])
def test_a_quarter_whose_year_may_be_another_gets_no_literal_reading(text, span):
    assert mention(text, span).literal is None


@pytest.mark.parametrize("text, span", [
    ("The poll was taken Feb. 18-March 2.", "Feb. 18"),
    ("The poll was taken Feb. 18-March 2.", "March 2"),
])
def test_the_ends_of_a_dashed_period_get_no_literal_reading(text, span):
    assert mention(text, span).literal is None
