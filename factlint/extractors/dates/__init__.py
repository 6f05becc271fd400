"""Date and time expressions in an article's prose, each with its value at the precision the writer stated.

``extract_dates(doc)`` finds explicit dates ("Sunday, December 3, 2023", "3 Dec 2023", "2023-12-03"), months,
years, decades, weekdays, relative expressions ("last year", "yesterday", "two years ago"), ages, birth years,
anniversaries and year ranges.  Relative values are resolved against ``doc.pub_date`` when the article has
one.  Each value is also kept as ``lo``..``hi``, the interval of days it can mean, so checks compare "2023"
with "last year" at year precision and never invent a day the writer did not state.  Beside it, ``literal``
is the day or period the words name when read literally against the publication date, where they fix one
("two years ago", "last Sunday", a yearless "Oct. 2" the text gives no other year); see ``dates.literal``.

Why an in-house grammar: dateparser, datefinder and ctparse were measured on news text and produced false
dates ("16 km" → 16 December), invented days ("in 2022"), silently corrected impossible weekdays, and ran at a
fraction of the speed.  A linter must report what was written — including an impossible "February 30",
which is returned with ``valid=False`` — and claim only date text, because the number extractor skips these
spans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factlint.extractors.dates import grammar as g
from factlint.extractors.dates.explicit_forms import CAP_HANDLERS, DIGIT_HANDLERS
from factlint.extractors.dates.literal import with_literal
from factlint.extractors.dates.model import DateMention
from factlint.extractors.dates.scan import Scan
from factlint.extractors.dates.tense import clause_tense
from factlint.extractors.dates.weekday_forms import weekday_or_none
from factlint.extractors.dates.word_forms import word
from factlint.lang.regextrie import finditer_at_words

if TYPE_CHECKING:
    from factlint.document.model import Document

__all__ = ["DateMention", "extract_dates", "clause_tense"]


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


def extract_dates(doc: "Document", locale: str | None = None) -> list[DateMention]:
    """Every date and time expression in ``doc.text``, sorted by position, resolved against ``doc.pub_date``.

    ``locale`` ("US" or "UK") decides numeric dates such as "3/12/2023"; without it only the year of an
    ambiguous numeric date is taken.
    """
    text = doc.text
    scan = Scan(doc, text, doc.pub_date, locale)
    found: list[DateMention] = []
    for m in g.DIGIT_PATTERN.finditer(text):
        found.extend(_read(DIGIT_HANDLERS[m.lastgroup], scan, m))
    for m in finditer_at_words(g.CAP_PATTERN, text, text, g.CAP_STARTS):
        found.extend(_read(CAP_HANDLERS[m.lastgroup], scan, m))
    for m in finditer_at_words(g.WORD_PATTERN, text, text, g.WORD_STARTS):
        found.extend(_read(word, scan, m))
    if doc.pub_date:  # before overlaps are removed: "the first Friday of July 2016" takes in "July 2016"
        pub = doc.pub_date
        found = [y for y in (weekday_or_none(pub, x) if x.kind == "weekday" else x for x in found) if y is not None]
    return with_literal(doc, _overlaps_removed(found))


def _read(handler, scan: Scan, m) -> list[DateMention]:
    """A handler's mentions, or none when its arithmetic leaves the calendar ("yesterday" published 0001-01-01,
    "last year" in 9999) or its digits are ones ``regex`` takes for ``\\d`` and ``int()`` does not (U+1CCF2)."""
    try:
        return list(handler(scan, m))
    except (OverflowError, ValueError):
        return []
