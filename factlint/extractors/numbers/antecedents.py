"""Antecedents: the earlier figure whose noun a bare one shares ("70 rockets were fired … and 84 were shot down").

Each rule here names one shape of English that lets a figure without a noun take another's, and answers None
whenever that shape is absent: a wrong noun is worse than none.
"""

from __future__ import annotations

from factlint.extractors.numbers.model import Quantity
from factlint.support import regexcache

_COORDINATOR_BEFORE = regexcache.compile(r"(?ri)(?:,|(?<![\w-])(?:and|or|but|while|whereas))\s+\Z")


def coordinated_antecedent(text: str, qs: list[Quantity], q: Quantity) -> Quantity | None:
    """The count an elliptic figure shares its noun with: "70 rockets were fired … and 84 were shot down".

    Only a figure right after a coordinator qualifies, and it takes the nearest earlier count of its sentence
    that names a noun, before any other sentence's figures are considered.
    """
    if not _COORDINATOR_BEFORE.match(text, max(0, q.start - 12), q.start):
        return None
    for p in reversed(qs[: q.index]):
        if p.sentence != q.sentence:
            return None
        if p.kind == "count" and p.noun and not p.table and not p.inner:
            return p
    return None


_PREPOSITION_AFTER = regexcache.compile(
    r"\s+(?P<p>from|in|at|for|on|by|among|with|across|inside|outside|over|under|between)\s+(?!\d)"
)


def parallel_antecedent(text: str, qs: list[Quantity], q: Quantity) -> Quantity | None:
    """The count a bare figure repeats the noun of, in parallel phrases: "31 applications from companies and
    120 from charities".  Both must be followed by the same preposition, so "31 … and 120 people" never is."""
    ante = coordinated_antecedent(text, qs, q)
    if ante is None:
        return None
    mine = _PREPOSITION_AFTER.match(text, q.end)
    if mine is None:
        return None
    theirs = _PREPOSITION_AFTER.match(text, ante.noun_end if ante.noun_end > 0 else ante.end)
    if theirs is None or theirs.group("p").lower() != mine.group("p").lower():
        return None
    return ante


def closed_noun(qs: list[Quantity], total: Quantity) -> Quantity | None:
    """The count whose noun a noun-less total takes: the earlier counts of its sentence, when there are at
    least two and all count the same thing ("31 applications … 120 [applications] …, 201 in all")."""
    before = [p for p in qs[: total.index] if p.sentence == total.sentence and p.kind == "count" and not p.table]
    if len(before) < 2 or any(p.noun is None or p.inner for p in before):
        return None
    if len({(p.cls or p.noun) for p in before}) != 1:
        return None
    return before[-1]
