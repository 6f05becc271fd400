"""The ``date-year-contrast`` kind: a figure for "this year" set against a figure for the same year written out
("forecast 1987 profit of 170 mln after an estimated 160 mln this year", in an article of 1987)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import regex

from factlint.kinds.base import CheckKind, Hit, Param
from factlint.kinds.dates.common import show_day, show_value
from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.extractors.dates import DateMention
    from factlint.kinds.analysis import Analysis

# The word that sets one figure against another: its two sides are two periods, never one.
_CONTRAST = regexcache.compile(r"\b(?:after|from|against|compared\s+(?:with|to)|versus|vs\.?)\s")
# Words that make a figure an earlier view of the same period ("to 170 mln in 1987 from a previous forecast of
# 160 mln this year"): a revision, not a second period.
_REVISION = regexcache.compile(
    r"\b(?:earlier|previous|previously|prior|original|originally|initial|revised|forecast|target|projected|"
    r"projection|expected|estimate|budget|budgeted|planned|guidance|consensus)\b",
    regex.IGNORECASE,
)
_FIGURE = regexcache.compile(r"\d")
# Clause breaks: the two years must sit in one comparison, not in two clauses or a list joined by a comma.
_BREAK = regexcache.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]|\s-\s|\b(?:and|but|while|whereas)\b")
# A year that is not the calendar year: "fiscal 1987" may end in the calendar year "this year" is not.
_OTHER_YEAR_BEFORE = regexcache.compile(
    r"(?r)\b(?:fiscal|financial|FY|season|school|academic|crop|marketing|model)\s+$", regex.IGNORECASE)
_LEAD = 60  # characters before the first year in which that year's own figure may stand ("170 mln in 1987 after")


class DateYearContrastKind(CheckKind):
    """Reports a relative year ("this year", "last year") and an explicit year that name the same calendar year
    but stand on the two sides of one comparison: in an article of 1987, "forecast 1987 profit of 170 mln after
    an estimated 160 mln this year" gives 1987 two different figures, so one of the years is wrong (here "this
    year" should be "last year").

    Only a plain comparison is read: the two years in one sentence, joined by one contrast word ("after",
    "from", "against", "compared with"), a figure on each side, and no comma, parenthesis, "and" or other
    date between them.  Revisions of one period's figure ("from an earlier forecast of") and fiscal, season
    or model years (which may not be the calendar year) are left alone.  Needs the publication date.
    """

    needs_pub_date = True
    quotations = "candidates"
    params = {
        "skip_quotes": Param("bool", "do not check comparisons inside direct quotations", default=True),
    }
    message_values = {
        "relative": "the relative year as written",
        "explicit": "the explicit year as written",
        "value": "the year both name",
        "pub": "the publication date",
        "comparison": "the words joining them",
    }

    def __init__(self, rule):
        super().__init__(rule)

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        dates = analysis.dates
        for i, rel in enumerate(dates):
            if rel.kind != "relative" or rel.granularity != "year" or rel.lo is None or self.quoted(doc, rel.start):
                continue
            for j in (i - 1, i + 1):  # only a neighbour: no other date may stand between them
                if 0 <= j < len(dates) and self._contrasted(doc, rel, dates[j]):
                    other = dates[j]
                    first, last = sorted((rel, other), key=lambda x: x.start)
                    yield Hit(rel.start, rel.end, {
                        "relative": rel.text, "explicit": other.text, "value": show_value(other),
                        "pub": show_day(analysis.pub_date), "comparison": doc.text[first.start:last.end]},
                        related=((other.start, other.end, f"{other.text} is the same year"),))
                    break

    @staticmethod
    def _contrasted(doc, rel: "DateMention", other: "DateMention") -> bool:
        """Whether ``other`` is an explicit year equal to ``rel``'s, with one plain comparison between them."""
        if other.kind != "year" or other.resolved or (other.lo, other.hi) != (rel.lo, rel.hi):
            return False
        text = doc.text
        if _OTHER_YEAR_BEFORE.search(text, max(0, other.start - 12), other.start):
            return False
        first, last = sorted((rel, other), key=lambda x: x.start)
        s = doc.sentence_at(first.start)
        if s is None or last.end > s.end:
            return False
        gap = text[first.end:last.start]
        contrasts = list(_CONTRAST.finditer(gap))
        if len(contrasts) != 1 or _BREAK.search(gap) or _REVISION.search(gap):
            return False
        c = contrasts[0]
        lead = text[max(s.start, first.start - _LEAD):first.start]
        lead = lead[max((b.end() for b in _BREAK.finditer(lead)), default=0):]  # the first year's own clause
        before_figure = _FIGURE.search(gap, 0, c.start()) or _FIGURE.search(lead)
        return bool(before_figure and _FIGURE.search(gap, c.end()))
