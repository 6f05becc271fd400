"""A weekday resolved against the publication date: alone ("on Monday": the week before or after, by tense),
with its day of the month ("Friday the 15th") or as the n-th of a month ("the first Friday of July 2016").

A weekday with a day names the one such day near publication (within two months, on the side a past or
future tense points to; a present tense points to neither); the n-th weekday of a month is computed only when the month's year is written or relative ("of
next month").  Any other reading ("the first Friday of July", "second Sunday") is kept without a value.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from factlint.extractors.dates.model import DateMention
from factlint.extractors.dates.resolve import resolve_weekday
from factlint.lang.calendar import add_months, days_in_month
from factlint.lang.vocabulary import MONTH_NUMBER
from factlint.support import regexcache

_ORDINAL_BEFORE = regexcache.compile(
    r"(?ri)\b(?P<the>the\s+)?(?P<o>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+\Z"
)
# What makes a weekday a day of some month rather than one near publication: "the 15th", "of the month".
_DAY_AFTER = regexcache.compile(
    r"(?i),?\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)?\b|the\s+[a-z]+(?:st|nd|rd|th|teen|ty|one|two|three|five|"
    r"six|seven|eight|nine|ten|eleven|twelve)\b|of\s+(?:the\s+)?(?:month|\w+\s+\d{4}|[A-Z]\w+))"
)
_THE_DAY_AFTER = regexcache.compile(r",?\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b|\s*[-\u2013/]|,?\s+\d)")
_MONTH_AFTER = regexcache.compile(
    r"\s+(?:of|in)\s+(?:(?P<rel>this|next|last|previous)\s+month|(?P<m>[A-Z][a-z]+)\.?,?\s+(?P<y>\d{4}))\b"
)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "last": -1}
# How far from publication a "Friday the 15th" is looked for: nearer than the next such day (months away).
_REACH_DAYS = 62


def weekday_or_none(pub: date, mention: DateMention) -> DateMention | None:
    """The weekday resolved against the publication date; None when that day falls outside the calendar."""
    text = mention.doc.text if mention.doc is not None else ""
    try:
        ordinal = _ORDINAL_BEFORE.search(text, max(0, mention.start - 14), mention.start) if text else None
        if ordinal:
            return _nth_of_month(pub, mention, ordinal) or mention
        if text and _DAY_AFTER.match(text, mention.end):
            return _with_day(pub, mention) or mention
        return resolve_weekday(pub, mention)
    except OverflowError:
        return None


def _with_day(pub: date, x: DateMention) -> DateMention | None:
    """"Friday the 15th": the one Friday that is a 15th within reach of publication, on the tense's side."""
    m = _THE_DAY_AFTER.match(x.doc.text, x.end) if x.doc is not None else None
    if not m or x.weekday is None:
        return None
    window = {"past": (-_REACH_DAYS, 0), "future": (0, _REACH_DAYS)}.get(x.tense or "")
    if window is None:
        return None  # "the club meets on Friday the 17th": no side of publication to look on
    day, (lo, hi) = int(m["d"]), window
    found = [d for d in (pub + timedelta(days=k) for k in range(lo, hi + 1)) if d.day == day and d.weekday() == x.weekday]
    if len(found) != 1:
        return None
    d = found[0]
    return replace(x, end=m.end(), text=x.doc.text[x.start:m.end()], year=d.year, month=d.month, day=d.day,
                   lo=d, hi=d, resolved=True, literal=(d, d))


def _nth_of_month(pub: date, x: DateMention, ordinal) -> DateMention | None:
    """"the first Friday of July 2016", "the second Monday of next month": that day, computed."""
    text = x.doc.text if x.doc is not None else ""
    m = _MONTH_AFTER.match(text, x.end)
    if not m or x.weekday is None:
        return None
    if m["rel"]:
        first = add_months(pub.replace(day=1), {"this": 0, "next": 1}.get(m["rel"], -1))
        year, month = first.year, first.month
    elif m["m"].lower() in MONTH_NUMBER and 1000 <= int(m["y"]) <= 2199:
        year, month = int(m["y"]), MONTH_NUMBER[m["m"].lower()]
    else:
        return None
    days = [date(year, month, k) for k in range(1, days_in_month(year, month) + 1)]
    matching = [d for d in days if d.weekday() == x.weekday]
    n = _ORDINALS[ordinal["o"].lower()]
    if n > len(matching):
        return None  # "the fifth Sunday" of a month that has four
    d = matching[n - 1] if n > 0 else matching[-1]
    start = ordinal.start()
    return replace(x, start=start, end=m.end(), text=text[start:m.end()], year=d.year, month=d.month, day=d.day,
                   lo=d, hi=d, resolved=True, literal=(d, d))
