"""Resolving relative dates against the publication date: "last March", "next week", a bare "on Monday".

Calendar arithmetic only (the words were read by the form handlers); every answer is an interval of days, so
"last March" read in May may mean either of two Marches and says so.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from factlint.extractors.dates.model import DateMention
from factlint.lang.calendar import add_months, month_interval, weekday_near
from factlint.lang.vocabulary import MONTH_NUMBER, MONTHS, WEEKDAY_NUMBER, WEEKDAYS


def relative_span(pub: date, direction: str, unit: str, qualifier: str | None,
                  tense: str | None = None) -> tuple[date, date] | None:
    """The days "last/this/next/past/coming ``unit``" can mean in an article published on ``pub``; ``tense``
    (of the clause) decides "this Friday" between the one just gone and the one ahead."""
    low = unit.lower()
    step = {"last": -1, "this": 0, "next": 1}.get(direction)
    if direction == "past":
        days = {"week": 7, "weekend": 9, "month": 31, "quarter": 92, "year": 366}.get(low)
        return (pub - timedelta(days=days), pub) if days else None
    if direction == "coming":  # "the coming week": the days ahead or the next calendar unit
        if unit in WEEKDAYS:  # "this coming Thursday": the first one after publication
            d = weekday_near(pub, WEEKDAY_NUMBER[low], 1, 7)[0]
            return d, d
        if unit in MONTHS:  # "the coming April": the first April to begin after publication
            month = MONTH_NUMBER[low]
            return month_interval(pub.year + (month <= pub.month), month)
        nxt = relative_span(pub, "next", unit, None)
        return (pub, nxt[1]) if nxt and low in ("week", "weekend", "month", "quarter", "year") else None
    if low == "year":
        lo, hi = date(pub.year + step, 1, 1), date(pub.year + step, 12, 31)
    elif low == "month":
        first = add_months(pub.replace(day=1), step)
        lo, hi = month_interval(first.year, first.month)
    elif low == "quarter":
        first = add_months(pub.replace(day=1), 3 * step - (pub.month - 1) % 3)
        lo, hi = first, month_interval(add_months(first, 2).year, add_months(first, 2).month)[1]
    elif low == "week":
        monday = pub - timedelta(days=pub.weekday())
        if step < 0:
            lo, hi = monday - timedelta(days=7), pub - timedelta(days=1)  # the calendar week or the last 7 days
        else:
            lo = monday + timedelta(days=7 * step)
            hi = lo + timedelta(days=6)
    elif low == "weekend":
        if step < 0:
            lo, hi = pub - timedelta(days=9), pub - timedelta(days=1)
        else:
            lo = pub + timedelta(days=5 - pub.weekday() + 7 * step)
            hi = lo + timedelta(days=1)
    elif unit in WEEKDAYS:
        wd = WEEKDAY_NUMBER[low]
        window = {-1: (-13, -1), 0: {"past": (-6, 0), "future": (0, 6)}.get(tense or "", (-6, 6)), 1: (1, 13)}[step]
        days = weekday_near(pub, wd, *window)
        lo, hi = days[0], days[-1]
    elif unit in MONTHS:
        month = MONTH_NUMBER[low]
        if step == 0:
            lo, hi = month_interval(pub.year, month)
        elif step < 0:
            year = pub.year if month < pub.month else pub.year - 1
            lo = month_interval(year - 1 if year == pub.year else year, month)[0]  # "last March" in May: either
            hi = month_interval(year, month)[1]
        else:
            year = pub.year if month > pub.month else pub.year + 1
            lo = month_interval(year, month)[0]
            hi = month_interval(year + 1 if year == pub.year else year, month)[1]
    else:  # seasons: the hemisphere is unknown, so only the year is bounded
        year = pub.year + (step or 0)
        lo, hi = date(min(year, pub.year), 1, 1), date(max(year, pub.year), 12, 31)
    if qualifier == "earlier":
        hi = min(hi, pub)
    elif qualifier == "later":
        lo = max(lo, pub)
    return lo, hi


def resolve_weekday(pub: date, x: DateMention) -> DateMention:
    """A bare weekday ("on Monday") is the one in the week before publication for a past-tense clause, the
    one in the week after for a future one; otherwise either."""
    window = {"past": (-6, 0), "future": (0, 6)}.get(x.tense or "", (-6, 6))
    if x.prep in ("since", "until", "till", "by", "before"):
        window = (-6, 6)
    days = weekday_near(pub, x.weekday or 0, *window)
    values: dict[str, object] = {"lo": days[0], "hi": days[-1], "resolved": True}
    if len(days) == 1:
        values.update(year=days[0].year, month=days[0].month, day=days[0].day, literal=(days[0], days[0]))
    return replace(x, **values)
