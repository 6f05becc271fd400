"""Helpers shared by the date check kinds: how a value is shown in a message, and which mentions are stated.

Messages cite values at the precision the writer used ("2021", "November 2023", "3 December 2023"), never a
day the text did not give.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterable, Iterator

from factlint.extractors.dates.grammar import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.extractors.dates import DateMention

# Mentions whose value the writer states outright (not relative to the publication date).
EXPLICIT_KINDS = frozenset({"date", "month", "year", "decade"})


def show_day(d: date) -> str:
    """A day as an editor writes it: "3 December 2023"."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def show_weekday(n: int) -> str:
    """The name of weekday ``n`` (0 is Monday), for messages."""
    return WEEKDAYS[n]


def show_value(m: "DateMention") -> str:
    """A mention's value at its own precision."""
    if m.kind == "decade" and m.year is not None:
        return f"the {m.year}s"
    if m.granularity == "day" and m.lo is not None and m.lo == m.hi:
        return show_day(m.lo)
    if m.granularity == "month" and m.month and m.year:
        return f"{MONTHS[m.month - 1]} {m.year}"
    if m.lo is not None and m.hi is not None:
        if m.lo == m.hi:
            return show_day(m.lo)
        if (m.lo.month, m.lo.day, m.hi.month, m.hi.day) == (1, 1, 12, 31):
            return str(m.lo.year) if m.lo.year == m.hi.year else f"{m.lo.year}-{m.hi.year}"
        if m.lo.year == m.hi.year and m.lo.month == m.hi.month and m.lo.day == 1 and m.granularity == "month":
            return f"{MONTHS[m.lo.month - 1]} {m.lo.year}"
        return f"between {show_day(m.lo)} and {show_day(m.hi)}"
    if m.year is not None:
        return str(m.year)
    return m.text


def show_offset(m: "DateMention", pub: date) -> str:
    """What "N units ago" / "in N units' time" names, as a writer would put it: "around 2022", "before 2014"."""
    from factlint.lang.calendar import shift

    direction = -1 if m.kind == "ago" else 1
    center = shift(pub, direction * (m.amount or 0), m.unit or "year")
    if m.unit in ("day", "week"):
        value = show_day(center)
    elif m.unit == "month":
        value = f"{MONTHS[center.month - 1]} {center.year}"
    else:
        value = str(center.year)
    q = " ".join((m.qualifier or "").lower().split())
    further = "before" if direction < 0 else "after"
    nearer = "after" if direction < 0 else "before"
    if q in ("more than", "over", "at least", "just over", "little more than"):
        return f"{further} {value}"
    if q in ("less than", "under", "fewer than", "nearly", "almost", "just under"):
        return f"{nearer} {value}"
    return value if m.unit in ("day", "week") else f"around {value}"


def explicit(mentions: Iterable["DateMention"]) -> Iterator["DateMention"]:
    """Stated, valid values with a known year (range ends included)."""
    for m in mentions:
        if m.kind == "range":
            yield from (p for p in m.parts if p.lo is not None)
        elif m.kind in EXPLICIT_KINDS and m.lo is not None and not m.resolved:
            yield m


def scope_span(doc: "Document", scope: str, offset: int) -> tuple[int, int]:
    """The sentence, paragraph or document around ``offset`` (the rule's ``scope``)."""
    span = None
    if scope == "sentence":
        span = doc.sentence_at(offset)
    elif scope == "paragraph":
        span = doc.paragraph_at(offset)
    if span is None:
        return (0, len(doc.text)) if scope == "document" or not doc.sentences else (offset, offset + 1)
    return span.start, span.end


def disjoint(a: "DateMention", b: "DateMention") -> bool:
    """Whether two resolved values cannot name the same day."""
    assert a.lo and a.hi and b.lo and b.hi
    return a.hi < b.lo or b.hi < a.lo
