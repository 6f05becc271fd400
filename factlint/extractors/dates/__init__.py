"""Date and time expressions in an article's prose, each with its value at the precision the writer stated.

``extract_dates(doc)`` finds explicit dates ("Sunday, December 3, 2023", "3 Dec 2023", "2023-12-03"), months,
years, decades, weekdays, relative expressions ("last year", "yesterday", "two years ago"), ages, birth years,
anniversaries and year ranges.  Relative values are resolved against ``doc.pub_date`` when the article has
one.  Each value is also kept as ``lo``..``hi``, the interval of days it can mean, so checks compare "2023"
with "last year" at year precision and never invent a day the writer did not state.

Why an in-house grammar: dateparser, datefinder and ctparse were measured on news text and produced false
dates ("16 km" → 16 December), invented days ("in 2022"), silently corrected impossible weekdays, and ran at a
fraction of the speed.  A linter must report what was written — including an impossible "February 30",
which is returned with ``valid=False`` — and claim only date text, because the number extractor skips these
spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Iterator

import regex

from factlint.support import regexcache
from factlint.extractors.dates import grammar as g
from factlint.lang.calendar import (
    add_months,
    interval,
    is_valid,
    month_interval,
    offset_interval,
    weekday_near,
)
from factlint.extractors.dates.tense import clause_tense
from factlint.lang.regextrie import finditer_at_words

if TYPE_CHECKING:
    from factlint.document.model import Document

__all__ = ["DateMention", "extract_dates", "clause_tense"]


@dataclass(frozen=True)
class DateMention:
    """One date or time expression.

    ``kind`` is one of: date, month, year, decade, weekday, relative, ago (N units before publication),
    ahead (N units after it), range, anniversary, age, birth_year.  ``year``/``month``/``day`` hold the value
    as written (or as resolved against the publication date when ``resolved``), ``granularity`` its precision
    (day, week, month, season, year, decade).  ``lo``/``hi`` are the first and last day the value can mean
    (None when unknown, e.g. a date without a year in an undated article, or an impossible date).
    ``weekday`` is the weekday *written* (0 = Monday), never a computed one.  ``amount`` is the N of
    "N years ago", the ordinal of an anniversary, or an age; ``unit`` its unit; ``qualifier`` a hedge
    ("more than", "about", "early", "earlier").  ``prep`` is the word before the expression ("on", "in",
    "since", "born"…), ``tense`` the tense of its clause ("past", "future", "present" or None), ``parts`` the
    two ends of a range, ``subject`` the span of the person an age is attached to, when written next to it.
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    granularity: str | None = None
    weekday: int | None = None
    valid: bool = True
    lo: date | None = None
    hi: date | None = None
    resolved: bool = False
    amount: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    prep: str | None = None
    parts: tuple["DateMention", ...] = ()
    subject: tuple[int, int] | None = None
    doc: "Document | None" = field(default=None, repr=False, compare=False)

    @cached_property
    def tense(self) -> str | None:
        """Tense of the clause around the mention ("past", "future", "present", None), computed on first use."""
        if self.doc is None:
            return None
        s = self.doc.sentence_at(self.start)
        lo, hi = (s.start, s.end) if s is not None else (0, len(self.doc.text))
        return clause_tense(self.doc.text, self.start, self.end, lo, hi)

    @property
    def is_reversed(self) -> bool:
        """For a range: whether its end lies wholly before its start ("from 2020 to 2018")."""
        if len(self.parts) != 2 or self.parts[0].lo is None or self.parts[1].hi is None:
            return False
        return self.parts[1].hi < self.parts[0].lo


_DASH_DIGIT = regexcache.compile(r"\s?[-\u2013]\s?\d")
_DIGIT_AHEAD = regexcache.compile(r"\s*\d")
_DIGIT_COMMA_BEFORE = regexcache.compile(r"(?r)\d,\s*$")
_COMMA_BEFORE = regexcache.compile(r"(?r),\s*$")

_Handler = Callable[["_Scan", regex.Match], Iterator[DateMention]]


class _Scan:
    """One extraction run: the text, the publication date and locale, and the per-form handlers."""

    def __init__(self, doc: "Document", text: str, pub: date | None, locale: str | None):
        self.doc = doc
        self.text = text
        self.pub = pub
        self.locale = (locale or "").upper() or None

    # ----------------------------------------------------------------- context helpers
    def prev_words(self, start: int, lo: int = 0) -> tuple[str, str]:
        """The one or two words just before ``start`` (a comma or "(" skipped), not crossing a sentence end."""
        m = g.PREV_WORDS.search(self.text, max(lo, start - 40), start)
        if not m:
            return "", ""
        w1, w2 = m.group("w1") or "", m.group("w2") or ""
        if len(w1) > 3 and w1.endswith("."):
            return "", ""
        if len(w2) > 3 and w2.endswith("."):
            w2 = ""
        return w1, w2

    def count_follows(self, end: int) -> bool:
        """Whether the number ending at ``end`` is followed by a count noun or unit ("2000 troops")."""
        return g.COUNT_FOLLOWERS.match(self.text, end) is not None

    def before(self, pattern: regex.Pattern, start: int, width: int = 40) -> regex.Match | None:
        """``pattern`` (anchored with ``$``) matched against the text just before ``start``."""
        return pattern.search(self.text, max(0, start - width), start)

    def mention(self, start: int, end: int, kind: str, **values: object) -> DateMention:
        if "prep" not in values:
            values["prep"] = self.prev_words(start)[0].lower() or None
        return DateMention(start, end, self.text[start:end], kind, doc=self.doc, **values)  # type: ignore[arg-type]

    # ----------------------------------------------------------------- explicit values
    def explicit(self, start: int, end: int, year: int | None, month: int | None, day: int | None,
                 kind: str, granularity: str, **extra: object) -> DateMention:
        """A stated value: validity, its interval of days, a written weekday just before, "born" just before."""
        valid = day is None or month is None or is_valid(year, month, day)
        weekday = None
        if day is not None:
            wd = self.before(g.WEEKDAY_BEFORE, start, 16)
            if wd:
                weekday = g.WEEKDAY_NUMBER[wd.group("wd").rstrip(".").lower()]
                start = wd.start("wd")
        if self.before(g.BORN_BEFORE, start, 12):
            kind = "birth_year"
        span = interval(year, month, day, granularity) if valid else None
        lo, hi = span if span else (None, None)
        return self.mention(start, end, kind, year=year, month=month, day=day, granularity=granularity,
                            weekday=weekday, valid=valid, lo=lo, hi=hi, **extra)

    def is_year(self, start: int, end: int, value: int) -> bool:
        """Whether a bare 4-digit number is a year, from the words around it ("in 2022" yes, "2000 troops" no)."""
        if not 1000 <= value <= 2199 or self.count_follows(end):
            return False
        text = self.text
        if start >= 2 and text[start - 1] in "-\u2013" and text[start - 2].isdigit():
            return False  # "1500-2000": a span of numbers
        if _DASH_DIGIT.match(text, end, end + 4):
            return False
        w1, w2 = self.prev_words(start)
        low = w1.lower()
        if low in g.QUANTITY_PREVS or w1.startswith(("$", "£", "€")):
            return False
        if low in g.YEAR_PREPS or low.rstrip("-") in g.YEAR_PREPS:
            return True
        return 1900 <= value <= 2100

    # ----------------------------------------------------------------- digit-initial forms
    def iso(self, m: regex.Match) -> Iterator[DateMention]:
        y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
        if 1000 <= y <= 2199 and 1 <= mo <= 12 and 1 <= d <= 31:
            yield self.explicit(m.start(), m.end(), y, mo, d, "date", "day")

    def numeric(self, m: regex.Match) -> Iterator[DateMention]:
        a, b, ytxt = int(m["na"]), int(m["nb"]), m["ny"]
        if not (1 <= a <= 31 and 1 <= b <= 31):
            return
        if len(ytxt) == 2:
            if self.locale not in ("US", "UK"):
                return
            year = 2000 + int(ytxt) if int(ytxt) < 50 else 1900 + int(ytxt)
        else:
            year = int(ytxt)
            if not 1000 <= year <= 2199:
                return
        if self.locale == "US":
            month, day = a, b
        elif self.locale == "UK":
            day, month = a, b
        elif a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            # Ambiguous without a locale: only the year is certain.
            yield self.explicit(m.start(), m.end(), year, None, None, "year", "year")
            return
        if month <= 12:
            yield self.explicit(m.start(), m.end(), year, month, day, "date", "day")

    def year_range(self, m: regex.Match) -> Iterator[DateMention]:
        y1 = int(m["ry1"])
        y2txt = m["ry2"]
        y2 = int(y2txt)
        if len(y2txt) == 2:
            y2 += y1 - y1 % 100
            if y2 < y1 and y1 % 100 >= 90 and int(y2txt) < 10:
                y2 += 100
        w1, _ = self.prev_words(m.start())
        low = w1.lower()
        word = m["rword"]
        end = m.end()
        modern = 1900 <= y1 <= 2100 and 1900 <= y2 <= 2100
        plausible = (modern or low in g.YEAR_PREPS) and 1000 <= y2 <= 2199 and 1000 <= y1
        if not plausible or self.count_follows(end) or low in g.QUANTITY_PREVS:
            return
        if not modern and self.before(g.CHANGE_BEFORE, m.start(), 40):
            return  # "scores increased from 1061 to 1128": numbers, not years
        introduced = (word == "and" and low == "between") or (word not in (None, "and") and low in ("from", "between"))
        if word and not introduced:
            # Two separate years ("in 2019 and 2021"): judge each on its own.
            yield from self._years_of(m.start("ry1"), m.end("ry1"), y1)
            yield from self._years_of(m.start("ry2"), m.end("ry2"), y2)
            return
        if not word and (y2 <= y1 or (len(y2txt) == 4 and y2 - y1 > 100)):
            return  # "2021-2019" or "1990-2500": not a written span of years
        parts = (
            self.explicit(m.start("ry1"), m.end("ry1"), y1, None, None, "year", "year"),
            self.explicit(m.start("ry2"), m.end("ry2"), y2, None, None, "year", "year"),
        )
        yield self.mention(m.start(), end, "range", granularity="year", parts=parts,
                           qualifier=word or "-")

    def _years_of(self, start: int, end: int, value: int) -> Iterator[DateMention]:
        if self.is_year(start, end, value):
            yield self.explicit(start, end, value, None, None, "year", "year")

    def decade(self, m: regex.Match) -> Iterator[DateMention]:
        start = m.start()
        if m["dy"]:
            year: int | None = int(m["dy"])
        else:
            start -= 1  # include the apostrophe of "'90s"
            d = int(m["dy2"])
            year = 1900 + d if d >= 30 else None  # "'20s" could be either century
        mod = self.before(g.DECADE_MOD_BEFORE, start, 8)
        qualifier = mod.group("mod") if mod else None
        lo = hi = None
        if year is not None:
            first, last = {"early": (0, 4), "mid": (3, 7), "late": (5, 9)}.get(qualifier or "", (0, 9))
            lo, hi = date(year + first, 1, 1), date(year + last, 12, 31)
        yield self.mention(start, m.end(), "decade", year=year, granularity="decade", lo=lo, hi=hi,
                           qualifier=qualifier)

    def day_month(self, m: regex.Match) -> Iterator[DateMention]:
        yield from self._day_date(m, m["d2"], m["d2b"], m["m2"], m["y2"], "m2")

    def month_day(self, m: regex.Match) -> Iterator[DateMention]:
        yield from self._day_date(m, m["d1"], m["d1b"], m["m1"], m["y1"], "s1")

    def _day_date(self, m: regex.Match, dtxt: str, dbtxt: str | None, mtxt: str, ytxt: str | None,
                  short_end_group: str) -> Iterator[DateMention]:
        day = int(dtxt)
        month = g.MONTH_NUMBER[mtxt.rstrip(".").lower()]
        if not 1 <= day <= 31:
            return
        year = int(ytxt) if ytxt else None
        end = m.end()
        if year is not None and (not 1000 <= year <= 2199 or self.count_follows(end)):
            year = None  # "Dec 3, 2000 troops": the number is not the year
            end = m.end(short_end_group) if short_end_group == "m2" else (m.end("d1b") if m["d1b"] else m.end("s1"))
        elif year is None and short_end_group == "s1" and self.count_follows(end):
            # "In March 15 people died": the number is a count, the month stands alone.
            yield from self._bare_month(m.start("m1"), m.end("m1"), month)
            return
        if dbtxt:
            day2 = int(dbtxt)
            if not day < day2 <= 31:
                return
            first = self.explicit(m.start(), end, year, month, day, "date", "day")
            last = self.explicit(m.start(), end, year, month, day2, "date", "day")
            yield replace(first, kind="range", parts=(first, last), lo=None, hi=None)
            return
        yield self.explicit(m.start(), end, year, month, day, "date", "day")

    def month_year(self, m: regex.Match) -> Iterator[DateMention]:
        month = g.MONTH_NUMBER[m["m3"].rstrip(".").lower()]
        year = int(m["y3"])
        if 1000 <= year <= 2199 and not self.count_follows(m.end()):
            yield self.explicit(m.start(), m.end(), year, month, None, "month", "month")
        elif m["m3"] in g.MONTHS:
            yield from self._bare_month(m.start("m3"), m.end("m3"), month)

    def comma_age(self, m: regex.Match) -> Iterator[DateMention]:
        age = int(m["agn5"])
        if not 1 <= age <= 120:
            return
        comma = m.start() - 2
        name = self.before(g.NAME_BEFORE, comma, 60)
        if not name:
            return
        words = name.group("name").split()
        if (words[-1].rstrip(".") in g.MONTH_NUMBER or words[-1] in g.WEEKDAYS or words[-1].isupper()
                or all(w in g.NOT_NAMES for w in words) or words[-1] in g.NOT_NAMES):
            return
        if _DIGIT_AHEAD.match(self.text, m.end(), m.end() + 3) or _DIGIT_COMMA_BEFORE.search(
                self.text, max(0, name.start() - 6), name.start()):
            return  # a list of numbers, not an age
        yield self.mention(m.start(), m.start() + len(m["agn5"]), "age", amount=age, unit="year",
                           subject=(name.start("name"), name.end("name")))

    def year(self, m: regex.Match) -> Iterator[DateMention]:
        yield from self._years_of(m.start(), m.end(), int(m["yv"]))

    # ----------------------------------------------------------------- capitalised forms
    def weekday(self, m: regex.Match) -> Iterator[DateMention]:
        w1, _ = self.prev_words(m.start())
        if w1 in g.WEEKDAY_NAME_PREVS or g.WEEKDAY_NAME_NEXT.match(self.text, m.end("wdn")):
            return
        yield self.mention(m.start(), m.end(), "weekday", weekday=g.WEEKDAY_NUMBER[m["wdn"].lower()],
                           granularity="day", qualifier=m["tod"])

    def bare_month(self, m: regex.Match) -> Iterator[DateMention]:
        yield from self._bare_month(m.start(), m.end(), g.MONTH_NUMBER[m["bm"].lower()])

    def _bare_month(self, start: int, end: int, month: int) -> Iterator[DateMention]:
        w1, w2 = self.prev_words(start)
        low, low2 = w1.lower(), w2.lower()
        ok = low in g.MONTH_PREPS or low.rstrip("-") in g.MONTH_PREPS
        if low == "of":
            ok = low2 in ("end", "start", "beginning", "middle", "month", "ides", "half", "rest", "remainder")
        elif low in ("to", "and", "or", "between"):
            ok = low2.capitalize() in g.MONTHS or low == "between"
        if ok and month == 5 and low in ("by", "of", "to", "and", "from", "before", "after", "between"):
            ok = False  # "by May" may be Theresa May
        if ok:
            yield self.explicit(start, end, None, month, None, "month", "month")

    # ----------------------------------------------------------------- word forms
    def word(self, m: regex.Match) -> Iterator[DateMention]:
        if m["rd"]:
            yield from self.relative(m)
        elif m["day"]:
            yield from self.day_word(m)
        elif m["ago"] or m["fut"]:
            yield from self.offset(m)
        elif m["old"]:
            yield from self.year_old(m)
        elif m["aged"] or m["age"]:
            yield from self.aged(m)
        elif m["anniv"]:
            yield from self.anniversary(m)

    def day_word(self, m: regex.Match) -> Iterator[DateMention]:
        word = m["day"].lower()
        if m["day"][0].isupper() and not _sentence_start(self.text, m.start()):
            return  # "Radio 4's Today programme", "USA Today": a name
        values: dict[str, object] = {"granularity": "day"}
        if self.pub:
            d = self.pub + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
            values.update(year=d.year, month=d.month, day=d.day, lo=d, hi=d, resolved=True)
        yield self.mention(m.start(), m.end(), "relative", **values)

    def relative(self, m: regex.Match) -> Iterator[DateMention]:
        direction, unit = m["rd"].lower(), m["ru"]
        start = m.start()
        mod = self.before(g.REL_MOD_BEFORE, start, 10)
        qualifier = mod.group("mod").lower() if mod else None
        if mod:
            start = mod.start("mod")
        values: dict[str, object] = {"qualifier": qualifier}
        low = unit.lower()
        if low in g.WEEKDAY_NUMBER and unit in g.WEEKDAYS:
            values.update(weekday=g.WEEKDAY_NUMBER[low], granularity="day")
        elif unit in g.MONTHS:
            values.update(month=g.MONTH_NUMBER[low], granularity="month")
        elif low in ("spring", "summer", "autumn", "fall", "winter"):
            values.update(granularity="season")
        else:
            values.update(granularity={"weekend": "week"}.get(low, low))
        pub = self.pub
        if pub:
            span = _relative_span(pub, direction, unit, qualifier)
            if span:
                lo, hi = span
                values.update(lo=lo, hi=hi, resolved=True)
                if values["granularity"] == "year" or (lo.year == hi.year and values["granularity"] != "week"):
                    values["year"] = lo.year if lo.year == hi.year else None
                if values["granularity"] == "month" and lo.month == hi.month and lo.year == hi.year:
                    values["month"] = lo.month
                if lo == hi:
                    values.update(year=lo.year, month=lo.month, day=lo.day)
        yield self.mention(start, m.end(), "relative", **values)

    def offset(self, m: regex.Match) -> Iterator[DateMention]:
        unit = _unit(m["u"])
        if m["ago"] or (m["fut"] and "now" in m["fut"]):
            num = self.before(g.NUMBER_BEFORE, m.start(), 40)
        else:
            num = self.before(g.FUTURE_BEFORE, m.start(), 30)
        if not num:
            return
        amount = g.number_value(num.group("n"))
        qualifier = num.groupdict().get("q")
        direction = -1 if m["ago"] else 1
        values: dict[str, object] = {"amount": amount, "unit": unit, "qualifier": qualifier,
                                     "granularity": "day" if unit in ("day", "week") else unit}
        if self.pub and amount is not None:
            lo, hi = offset_interval(self.pub, amount, unit, direction, qualifier)
            values.update(lo=lo, hi=hi, resolved=True)
        start = num.start() if m["ago"] or "now" in (m["fut"] or "") else num.start("n")
        yield self.mention(start, m.end(), "ago" if direction < 0 else "ahead", **values)

    def year_old(self, m: regex.Match) -> Iterator[DateMention]:
        num = self.before(g.AGE_NUMBER_BEFORE, m.start(), 20)
        if not num:
            return
        amount = g.number_value(num.group("n"))
        if amount is None or not 0 < amount <= 120:
            return
        name = g.NAME_AFTER.match(self.text, m.end())
        subject = None
        if name and name.group("name").split()[0] not in g.NOT_NAMES:
            subject = (name.start("name"), name.end("name"))
        yield self.mention(num.start("n"), m.end(), "age", amount=amount, unit=_unit(m["u"]), subject=subject)

    def aged(self, m: regex.Match) -> Iterator[DateMention]:
        after = g.AGE_AFTER.match(self.text, m.end())
        if not after:
            return
        if m["age"]:
            w1, w2 = self.prev_words(m.start())
            if w1.lower() not in ("at", "the"):
                return
        amount = g.number_value(after.group("n"))
        if amount is None or not 0 < amount <= 120:
            return
        subject = None
        comma = _COMMA_BEFORE.search(self.text, max(0, m.start() - 3), m.start())
        if m["aged"] and comma:
            name = self.before(g.NAME_BEFORE, comma.start(), 60)
            if name and name.group("name").split()[-1] not in g.NOT_NAMES:
                subject = (name.start("name"), name.end("name"))
        if after.group("n2"):
            amount = None  # "aged 18 to 25": a band, not one age
        yield self.mention(after.start("n"), after.end(), "age", amount=amount, unit="year", subject=subject,
                           prep=m.group().lower())

    def anniversary(self, m: regex.Match) -> Iterator[DateMention]:
        ordinal = self.before(g.ORDINAL_BEFORE, m.start(), 30)
        if not ordinal:
            return
        value = g.ordinal_value(ordinal.group("o"))
        if value:
            yield self.mention(ordinal.start("o"), m.end(), "anniversary", amount=value)


_DIGIT_HANDLERS: dict[str, _Handler] = {
    "iso": _Scan.iso, "num": _Scan.numeric, "yrange": _Scan.year_range, "decade": _Scan.decade,
    "dmy": _Scan.day_month, "cage": _Scan.comma_age, "year": _Scan.year,
}
_CAP_HANDLERS: dict[str, _Handler] = {
    "mdy": _Scan.month_day, "my": _Scan.month_year, "wday": _Scan.weekday, "bmonth": _Scan.bare_month,
}


def _sentence_start(text: str, pos: int) -> bool:
    """Whether only quotes, brackets or spaces stand between ``pos`` and the previous sentence end."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:"


def _unit(word: str) -> str:
    w = word.lower()
    return "century" if w.startswith("centur") else w.rstrip("s")


def _relative_span(pub: date, direction: str, unit: str, qualifier: str | None) -> tuple[date, date] | None:
    """The days "last/this/next/past ``unit``" can mean in an article published on ``pub``."""
    low = unit.lower()
    step = {"last": -1, "this": 0, "next": 1}.get(direction)
    if direction == "past":
        days = {"week": 7, "weekend": 9, "month": 31, "year": 366}.get(low)
        return (pub - timedelta(days=days), pub) if days else None
    if low == "year":
        lo, hi = date(pub.year + step, 1, 1), date(pub.year + step, 12, 31)
    elif low == "month":
        first = add_months(pub.replace(day=1), step)
        lo, hi = month_interval(first.year, first.month)
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
    elif unit in g.WEEKDAYS:
        wd = g.WEEKDAY_NUMBER[low]
        window = {-1: (-13, -1), 0: (-6, 6), 1: (1, 13)}[step]
        days = weekday_near(pub, wd, *window)
        lo, hi = days[0], days[-1]
    elif unit in g.MONTHS:
        month = g.MONTH_NUMBER[low]
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


def _overlaps_removed(mentions: list[DateMention]) -> list[DateMention]:
    """Earliest first, then longest: a span already claimed is never claimed twice."""
    mentions.sort(key=lambda x: (x.start, x.start - x.end))
    out: list[DateMention] = []
    last_end = -1
    for x in mentions:
        if x.start >= last_end:
            out.append(x)
            last_end = x.end
        elif out and x.start == out[-1].start and x.end > out[-1].end:
            out[-1] = x
            last_end = x.end
    return out


def _resolve_weekday(pub: date, x: DateMention) -> DateMention:
    """A bare weekday ("on Monday") is the one in the week before publication for a past-tense clause, the
    one in the week after for a future one; otherwise either."""
    window = {"past": (-6, 0), "future": (0, 6)}.get(x.tense or "", (-6, 6))
    if x.prep in ("since", "until", "till", "by", "before"):
        window = (-6, 6)
    days = weekday_near(pub, x.weekday or 0, *window)
    values: dict[str, object] = {"lo": days[0], "hi": days[-1], "resolved": True}
    if len(days) == 1:
        values.update(year=days[0].year, month=days[0].month, day=days[0].day)
    return replace(x, **values)


def extract_dates(doc: "Document", locale: str | None = None) -> list[DateMention]:
    """Every date and time expression in ``doc.text``, sorted by position, resolved against ``doc.pub_date``.

    ``locale`` ("US" or "UK") decides numeric dates such as "3/12/2023"; without it only the year of an
    ambiguous numeric date is taken.
    """
    text = doc.text
    scan = _Scan(doc, text, doc.pub_date, locale)
    found: list[DateMention] = []
    for m in g.DIGIT_PATTERN.finditer(text):
        found.extend(_DIGIT_HANDLERS[m.lastgroup](scan, m))
    for m in finditer_at_words(g.CAP_PATTERN, text, text, g.CAP_STARTS):
        found.extend(_CAP_HANDLERS[m.lastgroup](scan, m))
    for m in finditer_at_words(g.WORD_PATTERN, text, text, g.WORD_STARTS):
        found.extend(scan.word(m))
    mentions = _overlaps_removed(found)
    if doc.pub_date:
        mentions = [_resolve_weekday(doc.pub_date, x) if x.kind == "weekday" else x for x in mentions]
    return mentions
