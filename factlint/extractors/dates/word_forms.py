"""Handlers for the forms written in words: relative ("last year", "yesterday"), offsets ("two years ago",
"in three weeks' time"), ages ("45-year-old", "aged 45") and anniversaries ("the 50th anniversary").

``word`` dispatches one match of ``grammar.WORD_PATTERN`` to the handler of its form; relative values are
resolved against the publication date (``dates.resolve``) when the article has one.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterator

import regex

from factlint.extractors.dates import grammar as g
from factlint.extractors.dates.model import DateMention
from factlint.extractors.dates.period_forms import century, decade_word, final_quarter, quarter_word
from factlint.extractors.dates.resolve import relative_span
from factlint.extractors.dates.scan import Scan
from factlint.lang.calendar import offset_interval, shift
from factlint.lang.vocabulary import MONTH_NUMBER, MONTHS, WEEKDAY_NUMBER, WEEKDAYS
from factlint.support import regexcache

_COMMA_BEFORE = regexcache.compile(r"(?r),\s*$")


def word(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    """The mentions one ``grammar.WORD_PATTERN`` match stands for, by the form its groups show."""
    if m["rd"]:
        yield from relative(scan, m)
    elif m["day"]:
        yield from day_word(scan, m)
    elif m["ago"] or m["fut"]:
        yield from offset(scan, m)
    elif m["old"]:
        yield from year_old(scan, m)
    elif m["aged"] or m["age"]:
        yield from aged(scan, m)
    elif m["anniv"]:
        yield from anniversary(scan, m)
    elif m["qword"]:
        yield from quarter_word(scan, m)
    elif m["cent"]:
        yield from century(scan, m)
    elif m["decw"]:
        yield from decade_word(scan, m)


def day_word(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    word = m["day"].lower()
    if m["day"][0].isupper() and not _sentence_start(scan.text, m.start()):
        return  # "Radio 4's Today programme", "USA Today": a name
    values: dict[str, object] = {"granularity": "day"}
    days: float | None = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    start = m.start()
    offset = scan.before(g.DAY_OFFSET_BEFORE, start, 40)
    if offset:  # "the day before yesterday" is not yesterday: the offset is counted from it
        start = offset.start()
        n = 1.0 if offset["the"] else g.number_value(offset["n"])
        step = -1 if offset["rel"].lower() == "before" else 1
        per = 7 if offset["u"] and offset["u"].lower().startswith("week") else 1
        days = days + step * n * per if n is not None and n == int(n) and not offset["q"] else None
    if scan.pub and days is not None:
        d = scan.pub + timedelta(days=days)
        values.update(year=d.year, month=d.month, day=d.day, lo=d, hi=d, resolved=True)
    yield scan.mention(start, m.end(), "relative", **values)


# "the last week of July", "the last year of the war", "his last month of school": the final or following unit
# of something else, not the one before or after publication ("took the step last week of sending" is).
_OF_AFTER = regexcache.compile(r"\s+of\b")
_FINAL_BEFORE = regexcache.compile(r"(?ri)\b(?:the|his|her|its|their|our|my|your)\s+$")
_THE_BEFORE = regexcache.compile(r"(?ri)\bthe\s+$")
# "This Dec. 12, 2018, file photo", "this Monday, March 3": "this" points at a date written in full, which is
# read on its own; the month or weekday is no relative time ("Last Monday, 60 people" still is one).
_WEEKDAY_DATE_AFTER = regexcache.compile(rf",?\s+(?:the\s+\d{{1,2}}(?:st|nd|rd|th)\b|\d{{1,2}}\s+(?:{'|'.join(MONTHS)})\b|"
                                         rf"(?:{'|'.join(MONTHS)})\b)")


def _canonical_unit(unit: str) -> str:
    """A weekday or month as ``WEEKDAYS``/``MONTHS`` spell it ("friday", "Sept." -> "Friday", "September")."""
    low = unit.lower().rstrip(".")
    if low in WEEKDAY_NUMBER:
        return WEEKDAYS[WEEKDAY_NUMBER[low]]
    if low in MONTH_NUMBER:
        return MONTHS[MONTH_NUMBER[low] - 1]
    return unit


def relative(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    direction, unit = m["rd"].lower(), _canonical_unit(m["ru"])
    start = m.start()
    written = g.CAP_PATTERN.match(scan.text, m.start("ru")) if unit in MONTHS else None
    if written and written.lastgroup in ("mdy", "my"):
        return
    if unit in WEEKDAYS and _WEEKDAY_DATE_AFTER.match(scan.text, m.end()):
        return
    if unit == "quarter" and direction == "last" and (final := final_quarter(scan, start, m.end())):
        yield from final
        return
    if direction in ("last", "next") and _OF_AFTER.match(scan.text, m.end()) \
            and scan.before(_FINAL_BEFORE, start, 8):  # "the last week of July", not "took the step last week of"
        granularity = "day" if unit in WEEKDAYS else "month" if unit in MONTHS else unit.lower()
        yield scan.mention(start, m.end(), "relative", granularity=granularity)
        return
    if unit == "quarter" and direction != "this" and scan.before(_THE_BEFORE, start, 5):
        return  # "in the last quarter" is as often a game's final quarter as the quarter before publication
    mod = scan.before(g.REL_MOD_BEFORE, start, 10)
    qualifier = mod.group("mod").lower() if mod else None
    if mod:
        start = mod.start("mod")
    values: dict[str, object] = {"qualifier": qualifier}
    low = unit.lower()
    if low in WEEKDAY_NUMBER and unit in WEEKDAYS:
        values.update(weekday=WEEKDAY_NUMBER[low], granularity="day")
    elif unit in MONTHS:
        values.update(month=MONTH_NUMBER[low], granularity="month")
    elif low in ("spring", "summer", "autumn", "fall", "winter"):
        values.update(granularity="season")
    else:
        values.update(granularity={"weekend": "week"}.get(low, low))
    pub = scan.pub
    if pub:
        tense = scan.mention(start, m.end(), "relative").tense if direction == "this" and unit in WEEKDAYS else None
        span = relative_span(pub, direction, unit, qualifier, tense)
        if span:
            lo, hi = span
            values.update(lo=lo, hi=hi, resolved=True)
            if values["granularity"] == "year" or (lo.year == hi.year and values["granularity"] != "week"):
                values["year"] = lo.year if lo.year == hi.year else None
            if values["granularity"] == "month" and lo.month == hi.month and lo.year == hi.year:
                values["month"] = lo.month
            if lo == hi:
                values.update(year=lo.year, month=lo.month, day=lo.day)
    yield scan.mention(start, m.end(), "relative", **values)


# A duration before the "N units ago" it compounds with ("2 years 1 month 21 days ago"): the parts add up,
# and the whole is read at the precision of its finest part (days here).
_COMPOUND_BEFORE = regexcache.compile(
    r"(?ri)\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:years?|months?|weeks?|days?|hours?)(?:,|\s+and)?\s+)+\Z"
)
_PART = regexcache.compile(r"(?i)(?P<n>\w+)\s+(?P<u>year|month|week|day|hour)s?\b")


def _compound(pub: date, text: str, direction: int) -> tuple[float, str] | None:
    """The amount and unit "2 years 1 month 21 days" comes to, counted from ``pub``, in its finest unit
    (days when days or weeks are written, else months); None with hours (finer than a day) or an unread part."""
    months = days = 0.0
    for part in _PART.finditer(text):
        n, unit = g.number_value(part["n"]), part["u"].lower()
        if n is None or n != int(n) or unit == "hour":
            return None
        if unit in ("year", "month"):
            months += n * (12 if unit == "year" else 1)
        else:
            days += n * (7 if unit == "week" else 1)
    if not days:
        return months, "month"
    center = shift(shift(pub, direction * months, "month"), direction * days, "day")
    return abs((center - pub).days), "day"


def offset(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    unit = _unit(m["u"])
    if m["ago"] or (m["fut"] and "now" in m["fut"]):
        num = scan.before(g.NUMBER_BEFORE, m.start(), 40)
    else:
        num = scan.before(g.FUTURE_BEFORE, m.start(), 30)
    if not num:
        return
    amount = g.number_value(num.group("n"))
    qualifier = num.groupdict().get("q")
    direction = -1 if m["ago"] else 1
    values: dict[str, object] = {"amount": amount, "unit": unit, "qualifier": qualifier,
                                 "granularity": "day" if unit in ("day", "week") else unit}
    if scan.pub and amount is not None:
        lo, hi = offset_interval(scan.pub, amount, unit, direction, qualifier)
        values.update(lo=lo, hi=hi, resolved=True)
    start = num.start() if m["ago"] or "now" in (m["fut"] or "") else num.start("n")
    compound = scan.before(_COMPOUND_BEFORE, start, 60)
    if compound:
        start = compound.start()
        total = _compound(scan.pub, scan.text[start:m.end()], direction) if scan.pub else None
        values.update(amount=None, lo=None, hi=None, resolved=False)
        if total:
            lo, hi = offset_interval(scan.pub, total[0], total[1], direction, qualifier)
            values.update(amount=total[0], unit=total[1], granularity="day" if total[1] == "day" else "month",
                          lo=lo, hi=hi, resolved=True)
    yield scan.mention(start, m.end(), "ago" if direction < 0 else "ahead", **values)


def year_old(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    num = scan.before(g.AGE_NUMBER_BEFORE, m.start(), 20)
    if not num:
        return
    amount = g.number_value(num.group("n"))
    if amount is None or not 0 < amount <= 120:
        return
    name = g.NAME_AFTER.match(scan.text, m.end())
    subject = None
    if name and name.group("name").split()[0] not in g.NOT_NAMES:
        subject = (name.start("name"), name.end("name"))
    yield scan.mention(num.start("n"), m.end(), "age", amount=amount, unit=_unit(m["u"]), subject=subject)


def aged(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    after = g.AGE_AFTER.match(scan.text, m.end())
    if not after:
        return
    if m["age"]:
        w1, w2 = scan.prev_words(m.start())
        if w1.lower() not in ("at", "the"):
            return
    amount = g.number_value(after.group("n"))
    if amount is None or not 0 < amount <= 120:
        return
    subject = None
    comma = _COMMA_BEFORE.search(scan.text, max(0, m.start() - 3), m.start())
    if m["aged"] and comma:
        name = scan.before(g.NAME_BEFORE, comma.start(), 60)
        if name and name.group("name").split()[-1] not in g.NOT_NAMES:
            subject = (name.start("name"), name.end("name"))
    if after.group("n2"):
        amount = None  # "aged 18 to 25": a band, not one age
    yield scan.mention(after.start("n"), after.end(), "age", amount=amount, unit="year", subject=subject,
                       prep=m.group().lower())


def anniversary(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    ordinal = scan.before(g.ORDINAL_BEFORE, m.start(), 30)
    if not ordinal:
        return
    value = g.ordinal_value(ordinal.group("o"))
    if value:
        yield scan.mention(ordinal.start("o"), m.end(), "anniversary", amount=value)


def _sentence_start(text: str, pos: int) -> bool:
    """Whether only quotes, brackets or spaces stand between ``pos`` and the previous sentence end."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def _unit(word: str) -> str:
    w = word.lower()
    return "century" if w.startswith("centur") else w.rstrip("s")
