"""One run of the date extractor: the context every form handler reads (words before, counts after) and the
construction of a mention from a stated value (validity, interval of days, written weekday, "born").

The handlers for each written form live in ``dates.explicit_forms`` and ``dates.word_forms``; they share this
object instead of each re-reading the text around a match.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterator

import regex

from factlint.extractors.dates import grammar as g
from factlint.extractors.dates.model import DateMention
from factlint.lang.calendar import interval, is_valid
from factlint.lang.vocabulary import MONTHS, WEEKDAY_NUMBER
from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.document.model import Document

_DASH_DIGIT = regexcache.compile(r"\s?[-\u2013]\s?\d")


class Scan:
    """One extraction run: the text, its publication date and locale, and what every form handler asks of them."""

    def __init__(self, doc: "Document", text: str, pub: date | None, locale: str | None):
        self.doc = doc
        self.text = text
        self.pub = pub
        self.locale = (locale or "").upper() or None

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
        """A mention of ``text[start:end]``; one read as a single day has that day as its literal reading
        already, so ``dates.literal`` rebuilds only the mentions whose literal reading it decides."""
        if "prep" not in values:
            values["prep"] = self.prev_words(start)[0].lower() or None
        lo = values.get("lo")
        if lo is not None and lo == values.get("hi") and "literal" not in values:
            values["literal"] = (lo, lo)
        return DateMention(start, end, self.text[start:end], kind, doc=self.doc, **values)  # type: ignore[arg-type]

    def explicit(self, start: int, end: int, year: int | None, month: int | None, day: int | None,
                 kind: str, granularity: str, **extra: object) -> DateMention:
        """A stated value: validity, its interval of days, a written weekday just before, "born" just before."""
        valid = day is None or month is None or is_valid(year, month, day)
        weekday = None
        if day is not None:
            wd = self.before(g.WEEKDAY_BEFORE, start, 16)
            if wd:
                weekday = WEEKDAY_NUMBER[wd.group("wd").rstrip(".").lower()]
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

    def years_of(self, start: int, end: int, value: int) -> Iterator[DateMention]:
        """A bare number as a year mention, if the words around it make it one."""
        if self.is_year(start, end, value):
            yield self.explicit(start, end, value, None, None, "year", "year")

    def bare_month_at(self, start: int, end: int, month: int) -> Iterator[DateMention]:
        """A month name standing alone ("in May"), only after words that make it a month, not a name."""
        w1, w2 = self.prev_words(start)
        low, low2 = w1.lower(), w2.lower()
        ok = low in g.MONTH_PREPS or low.rstrip("-") in g.MONTH_PREPS
        if low == "of":
            ok = low2 in ("end", "start", "beginning", "middle", "month", "ides", "half", "rest", "remainder")
        elif low in ("to", "and", "or", "between"):
            ok = low2.capitalize() in MONTHS or low == "between"
        if ok and month == 5 and low in ("by", "of", "to", "and", "from", "before", "after", "between"):
            ok = False  # "by May" may be Theresa May
        if ok:
            yield self.explicit(start, end, None, month, None, "month", "month")
