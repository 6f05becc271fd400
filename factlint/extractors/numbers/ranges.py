"""Joining figures into ranges ("10-12", "between 300 and 400", "$3-4bn") and dropping scores and identifiers.

A hyphen or "to" between two figures may make one interval, a sports score, a year span, a phone number, or
two separate figures of a change ("rose 5% to 10%").  The scanner reads single figures; this step reads pairs.
"""

from __future__ import annotations

import regex

from factlint.extractors.numbers.hedges import HEDGES, hedge_interval
from factlint.extractors.numbers.model import Quantity
from factlint.lang.change_words import change_alternation
from factlint.support import regexcache

_SPORT_BEFORE = regexcache.compile(
    r"(?ri)\b(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|defeat|defeated|defeats|victory|"
    r"draw|drew|drawn|score|scored|scoring|lead|led|leads|trail|trailed|trailing|thrashed|edged|routed|"
    r"scoreline|margin|against|v|vs|versus)\b[^.;!?]{0,40}\Z"
)
# After a change verb, "X to Y" is two figures ("rose 5% to 10%"), not a range.
_CHANGE_BEFORE = regexcache.compile(
    rf"(?ri)\b(?:{change_alternation(frozenset({'from'}))})\b[^.;!?\d]{{0,25}}\Z"
)
_RANGE_JOIN = regexcache.compile(r"\s*(?:-|–|—)\s*|\s+to\s+|\s+and\s+")
_BETWEEN_BEFORE = regexcache.compile(r"(?ri)\bbetween\s+\Z")


def merge_ranges(text: str, raw: list[Quantity]) -> list[Quantity]:
    """Join "10-12", "15-20%", "between 300 and 400", "$3-4bn" into one interval; drop scores and identifiers.

    A hyphen between two numbers is a score, a year span or an identifier when the first is larger, when it
    follows a sports word, or when the chain goes on ("1-800-555-0199"); those are dropped, never counted.
    "X to Y" after a change verb ("rose 5% to 10%") is two figures, not a range.
    """
    out: list[Quantity] = []
    i = 0
    n = len(raw)
    while i < n:
        a = raw[i]
        b = raw[i + 1] if i + 1 < n else None
        j = _RANGE_JOIN.fullmatch(text, a.end, b.start) if b is not None and b.start - a.end < 6 else None
        if j is None or a.kind == "ordinal" or b.kind == "ordinal" or b.hedge or a.value < 0:
            out.append(a)
            i += 1
            continue
        sep = text[j.start() : j.end()].strip()
        between = _BETWEEN_BEFORE.match(text, max(0, a.start - 10), a.start)
        if sep in ("-", "–", "—"):
            dropped = _dropped_by_hyphen(text, raw, i)
            if dropped:
                i += dropped
                continue
        elif (sep == "and" and not between) or (
            sep == "to" and _CHANGE_BEFORE.search(text, max(0, a.start - 40), a.start)
        ):
            out.append(a)
            i += 1
            continue
        joined = _joined(text, a, b, between)
        if joined is None:
            out.append(a)
            i += 1
            continue
        out.append(joined)
        i += 2
    return out


def _dropped_by_hyphen(text: str, raw: list[Quantity], i: int) -> int:
    """How many figures from ``raw[i]`` on a hyphen between ``raw[i]`` and ``raw[i + 1]`` disqualifies.

    All of a longer chain (an identifier or phone number), both of a score or a reversed pair, none of a range.
    """
    n = len(raw)
    a, b = raw[i], raw[i + 1]
    if i + 2 < n and raw[i + 2].start - b.end == 1 and text[b.end] in "-–":
        k = i + 2
        while k + 1 < n and raw[k + 1].start - raw[k].end == 1:
            k += 1
        return k + 1 - i
    if b.value < a.value or _SPORT_BEFORE.search(text, max(0, a.start - 60), a.start):
        return 2  # a score ("won 2-1") or a reversed pair: not a figure
    return 0


def _joined(text: str, a: Quantity, b: Quantity, between: regex.Match | None) -> Quantity | None:
    """The one interval "``a``-``b``" stands for, or None when the two cannot be one range ("$5 to 3%")."""
    kind, unit = b.kind, b.unit
    if a.kind == "money" and b.kind == "count":
        kind, unit = "money", a.unit
    elif a.kind != b.kind and a.kind != "count":
        return None
    factor = _suffix_scale(text, b) if _suffix_scale(text, a) == 1.0 else 1.0
    low = a.value * factor
    if low > b.value:
        return None
    start = between.start() if between else a.start
    high = b.high
    if a.hedge in HEDGES:  # "some 15-20%": the hedge widens both ends
        low = hedge_interval(HEDGES[a.hedge], low, b.step)[0]
        high = hedge_interval(HEDGES[a.hedge], b.value, b.step)[1]
    return Quantity(start, b.end, a.num_start, a.value * factor, low, high, b.step, kind, unit=unit,
                    hedge=a.hedge or ("between" if between else "range"), words=a.words and b.words,
                    ambiguous_unit=b.ambiguous_unit, text=text[start : b.end])  # fmt: skip


def _suffix_scale(text: str, q: Quantity) -> float:
    """The scale factor written after ``q``'s numeral ("4bn" -> 1e9), so "$3-4bn" reads 3bn to 4bn."""
    digits = _DIGITS.match(text, q.num_start, q.end)
    if not digits:
        return 1.0
    written = float(digits.group(0).replace(",", ""))
    return round(abs(q.value / written)) if written else 1.0


_DIGITS = regexcache.compile(r"\d[\d,]*(?:\.\d+)?")
