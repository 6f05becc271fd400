"""Calendar arithmetic for date mentions: validity, the span of days a value covers, relative offsets, ages.

Every value is kept as the closed interval of days it can mean (``lo``..``hi``): "2023" covers the whole
year, "last week" the days it may name, "two years ago" the days a careful writer could mean by it.  Checks
then ask one question — can these two intervals overlap? — which compares each value only at the precision
it states.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

DAY = timedelta(days=1)
MIN_DATE = date(1, 1, 1)
MAX_DATE = date(9999, 12, 31)


def days_in_month(year: int | None, month: int) -> int:
    """Days in ``month``; February has 29 when the year is unknown (the date may be in a leap year)."""
    if month == 2 and year is None:
        return 29
    return calendar.monthrange(year if year is not None else 2001, month)[1]


def is_valid(year: int | None, month: int, day: int) -> bool:
    """Whether day ``day`` exists in ``month`` (of ``year``, when known)."""
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year, month)


def interval(year: int | None, month: int | None = None, day: int | None = None,
             granularity: str = "day") -> tuple[date, date] | None:
    """The days an explicit value covers, or None when the year is unknown or the date does not exist."""
    if year is None or not 1 <= year <= 9999:
        return None
    if granularity == "decade":
        return date(year, 1, 1), date(min(year + 9, 9999), 12, 31)
    if month is None or granularity == "year":
        return date(year, 1, 1), date(year, 12, 31)
    if day is None or granularity == "month":
        return date(year, month, 1), date(year, month, days_in_month(year, month))
    if not is_valid(year, month, day):
        return None
    d = date(year, month, day)
    return d, d


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole months, the day clamped to the target month's length (Jan 31 + 1 month = Feb 28)."""
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    year = min(max(year, 1), 9999)
    return date(year, m + 1, min(d.day, days_in_month(year, m + 1)))


def month_interval(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, days_in_month(year, month))


def shift(d: date, amount: float, unit: str) -> date:
    """``d`` moved by ``amount`` units (negative = earlier); fractional amounts are converted to days."""
    if unit in ("day", "week"):
        return add_days(d, amount * (7 if unit == "week" else 1))
    months = amount * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
    if months == int(months):
        try:
            return add_months(d, int(months))
        except ValueError:
            return MIN_DATE if months < 0 else MAX_DATE
    return add_days(d, months * 30.44)


def add_days(d: date, days: float) -> date:
    """``d`` moved by ``days``, held at the ends of the calendar (a publication date of 9999-12-31 is bad input,
    not a reason for "date value out of range")."""
    try:
        return d + timedelta(days=round(days))
    except OverflowError:
        return MIN_DATE if days < 0 else MAX_DATE


# How far a writer's "N <unit> ago" may be from the exact offset: "two years ago" is said of events 18 to 30
# months back, "a decade ago" of 7 to 13 years.
SLACK_DAYS = {"day": 1, "week": 3, "month": 16, "year": 183, "decade": 1096, "century": 9131}
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3652, "century": 36524}


def offset_interval(pub: date, amount: float, unit: str, direction: int,
                    qualifier: str | None) -> tuple[date, date]:
    """The days "``amount`` ``unit`` ago" (direction -1) or "in … time" (+1) can mean, seen from ``pub``."""
    center = shift(pub, direction * amount, unit)
    slack = SLACK_DAYS[unit]
    one = UNIT_DAYS[unit]
    q = " ".join((qualifier or "").lower().split())
    # How many days the value may lie from ``center`` toward publication and away from it (None: unbounded).
    if q in ("more than", "over", "at least"):
        toward, away = slack, None
    elif q in ("just over", "little more than"):
        toward, away = slack, one
    elif q in ("less than", "under", "fewer than"):
        toward, away = None, slack
    elif q in ("nearly", "almost", "just under"):
        toward, away = one, slack
    elif q in ("about", "around", "some", "roughly", "approximately"):
        toward, away = 2 * slack, 2 * slack
    else:
        toward, away = slack, slack
    near = pub if toward is None else add_days(center, -direction * toward)
    far = (MIN_DATE if direction < 0 else MAX_DATE) if away is None else add_days(center, direction * away)
    return (far, near) if direction < 0 else (near, far)


def weekday_near(pub: date, weekday: int, lo_days: int, hi_days: int) -> list[date]:
    """Every date with ``weekday`` between ``pub + lo_days`` and ``pub + hi_days`` (inclusive)."""
    out = []
    d = pub + timedelta(days=lo_days)  # OverflowError at the ends of the calendar: the readers give no date then
    while d <= pub + timedelta(days=hi_days):
        if d.weekday() == weekday:
            out.append(d)
        d += DAY
    return out


def age_on(birth_lo: date, birth_hi: date, on: date) -> tuple[int, int]:
    """The youngest and oldest a person born between ``birth_lo`` and ``birth_hi`` can be on ``on``.

    Reused by the people checks, which compare a stated age with a knowledge-base birth date (stored at the
    precision the source gives: a year-only birth date gives a two-year range of possible ages).
    """
    def _age(b: date) -> int:
        return on.year - b.year - ((on.month, on.day) < (b.month, b.day))

    return _age(birth_hi), _age(birth_lo)
