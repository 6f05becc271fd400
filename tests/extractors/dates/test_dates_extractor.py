"""The date extractor: what it finds in a sentence, the value it gives, and what it leaves alone."""

from datetime import date

import pytest

from factlint.document import load_text
from factlint.extractors.dates import extract_dates
from factlint.lang.calendar import age_on, offset_interval

PUB = date(2024, 5, 10)  # a Friday


def found(text: str, pub: date | None = PUB, locale: str | None = None):
    return extract_dates(load_text(text, pub_date=pub), locale=locale)


def one(text: str, pub: date | None = PUB, locale: str | None = None):
    ms = found(text, pub, locale)
    assert len(ms) == 1, [m.text for m in ms]
    return ms[0]


@pytest.mark.parametrize("text, span, ymd", [
    ("He left on December 3, 2023.", "December 3, 2023", (2023, 12, 3)),
    ("He left on Dec. 3, 2023.", "Dec. 3, 2023", (2023, 12, 3)),
    ("He left on 3 December 2023.", "3 December 2023", (2023, 12, 3)),
    ("He left on the 3rd of December 2023.", "3rd of December 2023", (2023, 12, 3)),
    ("It was filed 2023-12-03 by the clerk.", "2023-12-03", (2023, 12, 3)),
    ("The talks end on Dec 3rd.", "Dec 3rd", (None, 12, 3)),
])
def test_explicit_dates_keep_day_precision(text, span, ymd):
    m = one(text)
    assert (m.text, m.kind, m.granularity) == (span, "date", "day")
    assert (m.year, m.month, m.day) == ymd


def test_a_written_weekday_is_kept_with_its_date_even_when_wrong():
    m = one("The vote was held on Monday, March 12, 2024.")
    assert m.text == "Monday, March 12, 2024"
    assert m.weekday == 0 and date(2024, 3, 12).weekday() == 1  # written Monday, really a Tuesday
    m = one("Sun., Dec. 3, 2023 was quiet.")
    assert m.weekday == 6 and m.day == 3


@pytest.mark.parametrize("text, span", [
    ("It happened on February 30.", "February 30"),
    ("It happened on September 31.", "September 31"),
    ("It happened on 29 February 2023.", "29 February 2023"),
])
def test_impossible_dates_are_reported_invalid_not_dropped(text, span):
    m = one(text)
    assert m.text == span and not m.valid and m.lo is None


def test_february_29_without_a_year_may_be_valid():
    assert one("Leap day, February 29, is rare.").valid
    assert one("It fell on 29 February 2024.").valid


def test_months_years_and_decades_keep_their_own_precision():
    m = one("It opened in November 2023.")
    assert (m.kind, m.granularity, m.lo, m.hi) == ("month", "month", date(2023, 11, 1), date(2023, 11, 30))
    m = one("It opened in November.")
    assert (m.kind, m.month, m.year, m.lo) == ("month", 11, None, None)
    m = one("Talks resumed in 2022.")
    assert (m.kind, m.year, m.granularity, m.prep) == ("year", 2022, "year", "in")
    m = one("The economy stalled in the late 1990s.")
    assert (m.kind, m.year, m.qualifier, m.lo.year, m.hi.year) == ("decade", 1990, "late", 1995, 1999)


def test_years_need_context():
    assert [m.text for m in found("The 2022 Istanbul talks have run since 2014.")] == ["2022", "2014"]
    assert found("About 2000 troops and 1,200 prisoners were moved.") == []
    assert found("Some 2000 people waited until 1500 GMT.") == []
    assert found("The index rose 2.5% to 1987.5 points.") == []


def test_bare_month_names_need_a_preposition():
    assert [m.text for m in found("In May the council met; Theresa May spoke.")] == ["May"]
    assert found("The March on Washington was remembered.") == []
    assert [m.text for m in found("In March 15 people died.")] == ["March"]


def test_numeric_dates_follow_the_locale():
    assert (one("Filed 3/12/2023.", locale="US").month, one("Filed 3/12/2023.", locale="US").day) == (3, 12)
    assert (one("Filed 3/12/2023.", locale="UK").month, one("Filed 3/12/2023.", locale="UK").day) == (12, 3)
    m = one("Filed 3/12/2023.")
    assert (m.year, m.month, m.day, m.granularity) == (2023, None, None, "year")
    m = one("Filed 25/12/2023.")
    assert (m.month, m.day) == (12, 25)
    assert found("Filed 3/12/23.") == []


def test_relative_expressions_resolve_against_publication():
    m = one("Last year's floods were severe.")
    assert (m.kind, m.text, m.year, m.granularity) == ("relative", "Last year", 2023, "year")
    assert one("He arrived yesterday.").lo == date(2024, 5, 9)
    assert one("He arrives tomorrow.").lo == date(2024, 5, 11)
    m = one("Prices rose earlier this month.")
    assert (m.text, m.month, m.lo, m.hi) == ("earlier this month", 5, date(2024, 5, 1), PUB)
    assert one("It ends next year.").year == 2025
    m = one("He said last November that it was over.")
    assert (m.month, m.year) == (11, 2023)


def test_relative_expressions_stay_unresolved_without_a_publication_date():
    m = one("Last year's floods were severe.", pub=None)
    assert m.year is None and m.lo is None and not m.resolved


def test_weekdays_resolve_by_the_tense_of_their_clause():
    m = one("The minister resigned on Monday.")
    assert (m.kind, m.weekday, m.tense, m.lo) == ("weekday", 0, "past", date(2024, 5, 6))
    m = one("The minister will resign on Monday.")
    assert (m.tense, m.lo) == ("future", date(2024, 5, 13))
    assert one("Crowds gathered on Sunday night.").text == "Sunday night"
    assert found("Black Friday sales and the Sunday Times.") == []


def test_offsets_from_publication():
    m = one("Two years ago, the dam burst.")
    assert (m.kind, m.amount, m.unit) == ("ago", 2, "year")
    assert m.lo.year == 2021 and m.hi.year == 2022
    m = one("The plant closed more than a decade ago.")
    assert (m.qualifier, m.amount, m.unit, m.hi) == ("more than", 1, "decade", offset_interval(PUB, 1, "decade", -1, "more than")[1])
    m = one("It will be finished in two years' time.")
    assert (m.kind, m.amount, m.lo.year) == ("ahead", 2, 2025)
    assert one("They met a few days ago.").amount is None


def test_anniversaries_ages_and_births():
    m = one("They marked the third anniversary of the invasion.")
    assert (m.kind, m.amount, m.text) == ("anniversary", 3, "third anniversary")
    assert one("the 25th anniversary").amount == 25
    ms = found("Born in 1975, the 52-year-old Jane Doe, aged 45, met John Smith, 45, in Paris.")
    assert [(m.kind, m.amount) for m in ms] == [("birth_year", None), ("age", 52), ("age", 45), ("age", 45)]
    text = ms[0].doc.text
    assert text[slice(*ms[1].subject)] == "Jane Doe" and text[slice(*ms[3].subject)] == "John Smith"
    assert found("In London, 45, 46, and 47 were the bus numbers.") == []
    assert age_on(date(1975, 1, 1), date(1975, 12, 31), PUB) == (48, 49)


def test_ranges_keep_both_ends():
    m = one("Output fell from 2020 to 2018 levels.")
    assert m.kind == "range" and [p.year for p in m.parts] == [2020, 2018] and m.is_reversed
    m = one("It ran between 2021 and 2018, officials said.")
    assert m.is_reversed
    m = one("The 2019-2021 plan and the 1986/87 season.".split(" and ")[0])
    assert [p.year for p in m.parts] == [2019, 2021] and not m.is_reversed
    assert [p.year for p in one("the 1986/87 season").parts] == [1986, 1987]
    assert found("Scores increased from 1061 to 1128.") == []
    assert [m.kind for m in found("It grew in 2019 and 2021.")] == ["year", "year"]


def test_spans_claim_only_date_text():
    text = "On December 3, 2023, 1,200 prisoners were freed."
    (m,) = found(text)
    assert text[m.start:m.end] == "December 3, 2023"


def test_reference_article_dateline():
    ms = found("Zelenskyy announced on December 3, 2023, that Ukraine is working to resume exchanges "
               "agreed in Istanbul in 2022, bringing home 1,200 prisoners.", pub=date(2023, 12, 3))
    assert [(m.text, m.tense) for m in ms] == [("December 3, 2023", "past"), ("2022", "past")]


def test_a_mistyped_day_over_31_is_an_invalid_date_not_a_number():
    m = one("The fund bought shares on March 67 at 10 dlrs each.")
    assert (m.text, m.month, m.day, m.valid, m.lo) == ("March 67", 3, 67, False, None)
