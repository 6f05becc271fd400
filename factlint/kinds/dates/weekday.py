"""The ``date-weekday`` kind: a weekday written next to a date it does not fall on."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Iterator

from factlint.extractors.dates.literal import year_in_doubt
from factlint.lang.calendar import add_days
from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Edit, Hit, Param
from factlint.kinds.dates.common import show_day, show_weekday

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.dates import DateMention

# "yesterday (Sunday)", "today, Monday," — a relative day and a weekday written as one.
_APPOSITION = regexcache.compile(r"\s*(?:,|\(|\u2014|\u2013|-)?\s*$")
# A weekday name or its abbreviation, and a day of the month, inside a mention's text (for suggestions).
_WEEKDAY_WORD = regexcache.compile(r"(?i)\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?")
_DAY_NUMBER = regexcache.compile(r"\b(\d{1,2})(st|nd|rd|th)?\b")


class DateWeekdayKind(CheckKind):
    """Reports a weekday that does not match the date written with it ("Monday, March 12, 2024" was a Tuesday).

    With a written year the check needs nothing else, wherever the date stands.  Without one ("Sunday,
    December 5") the year must not be in doubt: the date is taken in the occurrence nearest publication and
    reported only if the weekday fits none of the occurrences within ``window_days`` of it, and only when the
    text sets no other year around it (the nearest year written before it, or in its sentence, including
    relative ones such as "last year's shutdown", must be that year).  A yearless date in a photo caption or
    gallery (dated when the photo was taken) or in a quotation (a letter or a book has its own "now") is left
    alone.
    A relative day written with a weekday ("yesterday, Sunday,") is checked against the publication date too.
    Weekdays standing alone ("said on Sunday") cannot be checked: the text does not say which week.
    """

    quotations = "candidates"
    params = {
        "window_days": Param("int", "how far from publication a yearless date may lie", default=200,
                             minimum=1),
        "skip_quotes": Param("bool", "do not report dates inside direct quotations", default=False),
    }
    message_values = {
        "date": "the date as written",
        "written": "the weekday written",
        "actual": "the weekday that date falls on",
        "day": "the full date compared (with the year assumed from publication when none is written)",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.window = rule.params["window_days"]

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        mentions = analysis.dates
        for i, m in enumerate(mentions):
            if self.quoted(doc, m.start):
                continue
            if m.weekday is not None and m.day is not None and m.month is not None and m.valid \
                    and m.kind in ("date", "birth_year") and not m.resolved:
                hit = self._dated(analysis, i, m)
            elif m.kind == "relative" and m.granularity == "day" and m.weekday is None and i + 1 < len(mentions):
                hit = self._relative_day(analysis, m, mentions[i + 1])
            else:
                hit = None
            if hit:
                yield hit

    def _dated(self, analysis: "Analysis", i: int, m: "DateMention") -> Hit | None:
        if m.year is not None:
            actual = date(m.year, m.month, m.day)
        else:
            pub = analysis.publication_date()
            doc = analysis.doc
            if pub is None or doc.in_caption(m.start) or doc.in_quote(m.start):
                return None
            candidates = []
            for year in (pub.year - 1, pub.year, pub.year + 1):
                try:
                    d = date(year, m.month, m.day)
                except ValueError:
                    continue
                if abs((d - pub).days) <= self.window:
                    candidates.append(d)
            if not candidates or any(d.weekday() == m.weekday for d in candidates):
                return None
            actual = min(candidates, key=lambda d: abs((d - pub).days))
            if year_in_doubt(doc, analysis.dates, i, actual.year):
                return None
        if actual.weekday() == m.weekday:
            return None
        return Hit(m.start, m.end, {
            "date": m.text, "written": show_weekday(m.weekday), "actual": show_weekday(actual.weekday()),
            "day": show_day(actual),
        }, suggestions=_edits(m, actual))

    def _relative_day(self, analysis: "Analysis", rel: "DateMention", nxt: "DateMention") -> Hit | None:
        if nxt.kind != "weekday" or rel.text.lower() not in ("yesterday", "today", "tomorrow", "tonight"):
            return None
        if not _APPOSITION.fullmatch(analysis.doc.text[rel.end:nxt.start]):
            return None
        pub = analysis.publication_date()
        if pub is None:
            return None
        day = add_days(pub, {"yesterday": -1, "tomorrow": 1}.get(rel.text.lower(), 0))
        if day.weekday() == nxt.weekday:
            return None
        return Hit(rel.start, nxt.end, {
            "date": analysis.doc.text[rel.start:nxt.end], "written": show_weekday(nxt.weekday),
            "actual": show_weekday(day.weekday()), "day": show_day(day),
        }, related=())


def _edits(m: "DateMention", actual: date) -> tuple[Edit, ...]:
    """The weekday the date falls on, then the day of the same month nearest it that the written weekday implies;
    each only when its word stands once in the mention, so the edit replaces exactly what was meant."""
    edits = []
    words = [w for w in _WEEKDAY_WORD.finditer(m.text) if w.group(0)[:3].capitalize() == show_weekday(m.weekday)[:3]]
    if len(words) == 1:
        w = words[0]
        name = show_weekday(actual.weekday())
        edits.append(Edit(m.start + w.start(), m.start + w.end(), name, f"the weekday {show_day(actual)} falls on: {name}"))
    days = [d for d in _DAY_NUMBER.finditer(m.text) if int(d.group(1)) == m.day]
    shift = (m.weekday - actual.weekday() + 3) % 7 - 3
    implied = actual + timedelta(days=shift)
    if len(days) == 1 and implied.month == actual.month:
        d = days[0]
        suffix = _ordinal(implied.day) if d.group(2) else ""
        edits.append(Edit(
            m.start + d.start(), m.start + d.end(), f"{implied.day}{suffix}",
            f"the {show_weekday(m.weekday)} nearest it: {show_day(implied)}",
        ))
    return tuple(edits)


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
