"""Date forms the extractor cannot read with certainty get no value, never a nearby wrong one.

"Friday the 15th" is not this week's Friday, "the first Friday of July" not a Friday near publication, and
"2 years 1 month 21 days ago" not "21 days ago" (it is read whole, at day precision).  All sentences are
written for these tests.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from factlint.document import load_text
from factlint.extractors.dates import extract_dates

PUB = date(2024, 5, 29)  # a Wednesday


def mentions(text: str) -> list[tuple[str, date | None, date | None]]:
    return [(x.text, x.lo, x.hi) for x in extract_dates(load_text(text, pub_date=PUB))]


@pytest.mark.parametrize(
    "text, span",
    [
        ("The club meets on Friday the 17th.", "Friday"),
        ("The fair opens on the first Friday of July.", "Friday"),
        ("Results come out on the second Tuesday of the month.", "Tuesday"),
    ],
)
def test_forms_read_only_in_part_have_no_value(text, span):
    assert (span, None, None) in mentions(text)


@pytest.mark.parametrize(
    "text, span, day",
    [
        # 2024-05-29 less 2 years 3 months is 2022-02-28 (the 29th clamped), less 10 days 2022-02-18
        ("She moved here 2 years 3 months 10 days ago.", "2 years 3 months 10 days ago", date(2022, 2, 18)),
        ("They signed it 1 month and 5 days ago.", "1 month and 5 days ago", date(2024, 4, 24)),
    ],
)
def test_a_compound_offset_is_read_whole_at_its_finest_unit(text, span, day):
    # a day either side, as "5 days ago" alone has: the article may be dated the day after it was written
    assert (span, day - timedelta(days=1), day + timedelta(days=1)) in mentions(text)


def test_a_plain_weekday_and_a_plain_offset_still_resolve():
    assert ("Friday", date(2024, 5, 24), date(2024, 5, 24)) in mentions("The club met on Friday.")
    assert [m for m in mentions("They signed it 5 days ago.") if m[0] == "5 days ago" and m[1] is not None]


@pytest.mark.parametrize("text", [
    "Farmers settled the valley 12,000 years ago.",
    "The abbey was founded 1,200 years ago.",
    "The lake formed 10 000 years ago.",
    "They cut down a 1,200-year-old oak.",
])
def test_a_count_with_digit_groups_is_never_read_from_its_last_group(text):
    """"12,000 years ago" is no "000 years ago" (a date of this year) and "1,200 years ago" no "200 years ago"."""
    assert [m.amount for m in extract_dates(load_text(text, pub_date=PUB))] == []
