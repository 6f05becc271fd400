"""Handlers for the forms that state a value: digit-initial ("2023-12-03", "3 Dec 2023", "1990s", "2019-21",
"Jane Doe, 45,") and capitalised ("December 3, 2023", "March 2020", "Monday", "in May").

Each handler receives the run's ``Scan`` and one match of ``grammar.DIGIT_PATTERN`` or ``grammar.CAP_PATTERN``
and yields the mentions it stands for — none when the words around it show it is no date ("2000 troops").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable, Iterator

import regex

from factlint.extractors.dates import grammar as g
from factlint.extractors.dates.model import DateMention
from factlint.extractors.dates.period_forms import decade_digits, quarter_code
from factlint.extractors.dates.scan import Scan
from factlint.lang.vocabulary import MONTH_NUMBER, MONTHS, WEEKDAY_NUMBER, WEEKDAYS
from factlint.support import regexcache

_DIGIT_AHEAD = regexcache.compile(r"\s*\d")
_DIGIT_COMMA_BEFORE = regexcache.compile(r"(?r)\d,\s*$")

Handler = Callable[[Scan, regex.Match], Iterator[DateMention]]


def iso(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
    if 1000 <= y <= 2199 and 1 <= mo <= 12 and 1 <= d <= 31:
        yield scan.explicit(m.start(), m.end(), y, mo, d, "date", "day")


def numeric(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    a, b, ytxt = int(m["na"]), int(m["nb"]), m["ny"]
    if not (1 <= a <= 31 and 1 <= b <= 31):
        return
    if len(ytxt) == 2:
        if scan.locale not in ("US", "UK"):
            return
        year = 2000 + int(ytxt) if int(ytxt) < 50 else 1900 + int(ytxt)
    else:
        year = int(ytxt)
        if not 1000 <= year <= 2199:
            return
    if scan.locale == "US":
        month, day = a, b
    elif scan.locale == "UK":
        day, month = a, b
    elif a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        month, day = a, b
    else:
        # Ambiguous without a locale: only the year is certain.
        yield scan.explicit(m.start(), m.end(), year, None, None, "year", "year")
        return
    if month <= 12:
        yield scan.explicit(m.start(), m.end(), year, month, day, "date", "day")


def year_range(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    y1 = int(m["ry1"])
    y2txt = m["ry2"]
    y2 = int(y2txt)
    if len(y2txt) == 2:
        y2 += y1 - y1 % 100
        if y2 < y1 and y1 % 100 >= 90 and int(y2txt) < 10:
            y2 += 100
    w1, _ = scan.prev_words(m.start())
    low = w1.lower()
    word = m["rword"]
    end = m.end()
    modern = 1900 <= y1 <= 2100 and 1900 <= y2 <= 2100
    plausible = (modern or low in g.YEAR_PREPS) and 1000 <= y2 <= 2199 and 1000 <= y1
    if not plausible or scan.count_follows(end) or low in g.QUANTITY_PREVS:
        return
    if not modern and scan.before(g.CHANGE_BEFORE, m.start(), 40):
        return  # "scores increased from 1061 to 1128": numbers, not years
    introduced = (word == "and" and low == "between") or (word not in (None, "and") and low in ("from", "between"))
    if word and not introduced:
        # Two separate years ("in 2019 and 2021"): judge each on its own.
        yield from scan.years_of(m.start("ry1"), m.end("ry1"), y1)
        yield from scan.years_of(m.start("ry2"), m.end("ry2"), y2)
        return
    if not word and (y2 <= y1 or (len(y2txt) == 4 and y2 - y1 > 100)):
        return  # "2021-2019" or "1990-2500": not a written span of years
    parts = (
        scan.explicit(m.start("ry1"), m.end("ry1"), y1, None, None, "year", "year"),
        scan.explicit(m.start("ry2"), m.end("ry2"), y2, None, None, "year", "year"),
    )
    yield scan.mention(m.start(), end, "range", granularity="year", parts=parts,
                       qualifier=word or "-")


def decade(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    start = m.start()
    if m["dy"]:
        year: int | None = int(m["dy"])
    else:
        start -= 1  # include the apostrophe of "'90s"
        d = int(m["dy2"])
        year = 1900 + d if d >= 30 else None  # "'20s" could be either century
    mod = scan.before(g.DECADE_MOD_BEFORE, start, 8)
    qualifier = mod.group("mod") if mod else None
    lo = hi = None
    if year is not None:
        first, last = {"early": (0, 4), "mid": (3, 7), "late": (5, 9)}.get(qualifier or "", (0, 9))
        lo, hi = date(year + first, 1, 1), date(year + last, 12, 31)
        if year % 100 == 0 and year < 2000:  # "the 1800s" is as often the century as its first decade: either
            hi = date(year + 10 * last + 9, 12, 31)
    yield scan.mention(start, m.end(), "decade", year=year, granularity="decade", lo=lo, hi=hi,
                       qualifier=qualifier)


def day_month(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    month = m["m2"].rstrip(".")
    if month.islower() and not (m["y2"] or (m["s2"] and m["of2"])
                                or (month not in ("may", "march", "august") and (m["s2"] or m["of2"]))):
        return  # "12 may be", "5 march on": a lower-case month is one only beside a year, "4th of", "1st"
    yield from _day_date(scan, m, m["d2"], m["d2b"], m["m2"], m["y2"], "m2")


def month_day(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    yield from _day_date(scan, m, m["d1"], m["d1b"], m["m1"], m["y1"], "s1")


def _day_date(scan: Scan, m: regex.Match, dtxt: str, dbtxt: str | None, mtxt: str, ytxt: str | None,
              short_end_group: str) -> Iterator[DateMention]:
    day = int(dtxt)
    month = MONTH_NUMBER[mtxt.rstrip(".").lower()]
    year = int(ytxt) if ytxt else None
    end = m.end()
    if not 1 <= day <= 31:
        if _plainly_a_day(scan, m, day, month, year if short_end_group == "s1" else None, dbtxt, end):
            yield scan.explicit(m.start(), end, year, month, day, "date", "day")  # "on March 67": impossible
        return
    if year is not None and (not 1000 <= year <= 2199 or scan.count_follows(end)):
        year = None  # "Dec 3, 2000 troops": the number is not the year
        end = m.end(short_end_group) if short_end_group == "m2" else (m.end("d1b") if m["d1b"] else m.end("s1"))
    elif year is None and short_end_group == "s1" and scan.count_follows(end):
        # "In March 15 people died": the number is a count, the month stands alone.
        yield from scan.bare_month_at(m.start("m1"), m.end("m1"), month)
        return
    if dbtxt:
        day2 = int(dbtxt)
        if not day < day2 <= 31:
            return
        first = scan.explicit(m.start(), end, year, month, day, "date", "day")
        last = scan.explicit(m.start(), end, year, month, day2, "date", "day")
        yield replace(first, kind="range", parts=(first, last), lo=None, hi=None)
        return
    yield scan.explicit(m.start(), end, year, month, day, "date", "day")


def _plainly_a_day(scan: Scan, m: regex.Match, day: int, month: int, year: int | None, dbtxt: str | None,
                   end: int) -> bool:
    """Whether a number over 31 beside a month can only be its day, mistyped ("on March 67 at 10 dlrs"): a
    year follows "Month NN," or "on" introduces it (nobody writes "on March 1967" as "on March 67").  "May" may
    be a name, a count may follow ("in March 45 people"), and a number before "July 2011" or across a line
    break is usually a count or a label, not a day, so those are left alone."""
    if day > 99 or dbtxt or scan.count_follows(end) or "\n" in m.group():
        return False
    if year is not None and 1000 <= year <= 2199:
        return True
    return month != 5 and scan.prev_words(m.start())[0] in ("on", "On")


def month_year(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    month = MONTH_NUMBER[m["m3"].rstrip(".").lower()]
    year = int(m["y3"])
    if 1000 <= year <= 2199 and not scan.count_follows(m.end()):
        yield scan.explicit(m.start(), m.end(), year, month, None, "month", "month")
    elif m["m3"] in MONTHS:
        yield from scan.bare_month_at(m.start("m3"), m.end("m3"), month)


def comma_age(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    age = int(m["agn5"])
    if not 1 <= age <= 120:
        return
    comma = m.start() - 2
    name = scan.before(g.NAME_BEFORE, comma, 60)
    if not name:
        return
    words = name.group("name").split()
    if (words[-1].rstrip(".") in MONTH_NUMBER or words[-1] in WEEKDAYS or words[-1].isupper()
            or all(w in g.NOT_NAMES for w in words) or words[-1] in g.NOT_NAMES):
        return
    if _DIGIT_AHEAD.match(scan.text, m.end(), m.end() + 3) or _DIGIT_COMMA_BEFORE.search(
            scan.text, max(0, name.start() - 6), name.start()):
        return  # a list of numbers, not an age
    yield scan.mention(m.start(), m.start() + len(m["agn5"]), "age", amount=age, unit="year",
                       subject=(name.start("name"), name.end("name")))


def year(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    yield from scan.years_of(m.start(), m.end(), int(m["yv"]))


# Capitalised forms: a weekday or a month name standing alone.
def weekday(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    w1, _ = scan.prev_words(m.start())
    if w1 in g.WEEKDAY_NAME_PREVS or g.WEEKDAY_NAME_NEXT.match(scan.text, m.end("wdn")):
        return
    yield scan.mention(m.start(), m.end(), "weekday", weekday=WEEKDAY_NUMBER[m["wdn"].lower()],
                       granularity="day", qualifier=m["tod"])


def bare_month(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    yield from scan.bare_month_at(m.start(), m.end(), MONTH_NUMBER[m["bm"].lower()])


DIGIT_HANDLERS: dict[str, Handler] = {
    "iso": iso, "num": numeric, "yrange": year_range, "decade": decade, "dmy": day_month, "cage": comma_age,
    "year": year, "dec2": decade_digits,
}  # fmt: skip
CAP_HANDLERS: dict[str, Handler] = {"mdy": month_day, "my": month_year, "wday": weekday, "bmonth": bare_month,
                                    "qcode": quarter_code}
