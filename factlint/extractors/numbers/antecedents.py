"""Antecedents: the earlier figure whose noun a bare one shares ("70 rockets were fired … and 84 were shot down").

Each rule here names one shape of English that lets a figure without a noun take another's, and answers None
whenever that shape is absent: a wrong noun is worse than none.
"""

from __future__ import annotations

from factlint.extractors.numbers.lexicon import singular
from factlint.extractors.numbers.model import Quantity
from factlint.support import regexcache

_COORDINATOR_BEFORE = regexcache.compile(r"(?ri)(?:,|(?<![\w-])(?:and|or|but|while|whereas))\s+\Z")


def earlier_in_sentences(qs: list[Quantity], q: Quantity, reach: int = 0) -> list[Quantity]:
    """The figures before ``q`` in its sentence and the ``reach`` sentences before it, in text order.

    Figures are bound in text order, so their sentence numbers never decrease: walking back from ``q`` and
    stopping at the first figure of an earlier sentence reads only the few figures near it, never all those
    before it (which made a long article quadratic).
    """
    i = q.index
    while i > 0 and qs[i - 1].sentence >= q.sentence - reach:
        i -= 1
    return qs[i : q.index]


def next_count_in_sentence(qs: list[Quantity], q: Quantity) -> Quantity | None:
    """The first count after ``q`` in its sentence; the walk stops at the next sentence (see above)."""
    for i in range(q.index + 1, len(qs)):
        p = qs[i]
        if p.sentence != q.sentence:
            return None
        if p.kind == "count":
            return p
    return None


def coordinated_antecedent(text: str, qs: list[Quantity], q: Quantity) -> Quantity | None:
    """The count an elliptic figure shares its noun with: "70 rockets were fired … and 84 were shot down".

    Only a figure right after a coordinator qualifies, and it takes the nearest earlier count of its sentence
    that names a noun, before any other sentence's figures are considered.
    """
    if not _COORDINATOR_BEFORE.match(text, max(0, q.start - 12), q.start):
        return None
    for i in range(q.index - 1, -1, -1):
        p = qs[i]
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
    before = [p for p in earlier_in_sentences(qs, total) if p.sentence == total.sentence and p.kind == "count"
              and not p.table]  # fmt: skip
    if len(before) < 2 or any(p.noun is None or p.inner for p in before):
        return None
    if len({(p.cls or p.noun) for p in before}) != 1:
        return None
    return before[-1]


# Spans of time and multipliers count no members: "two years talking with boys — 100 of them", "78 vetoes in
# two terms — nine of which", "three times as many … every 95,514 of them".  They are never a whole.
_NOT_A_WHOLE = frozenset(
    "second minute hour day night week weekend month year decade century term session season time".split()
)
_THESE_NOUN = regexcache.compile(r"\s+(?:out\s+)?of\s+(?:these|those)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b")


def can_be_whole(p: Quantity) -> bool:
    """Whether ``p`` is a count of named members (outside tables) a later "of them"/"of which" can take a
    part of: not a span of time or a multiplier, and not itself the inner whole of "X of the Y"."""
    return p.kind == "count" and bool(p.noun) and not p.table and not p.inner and p.noun not in _NOT_A_WHOLE


def pronoun_fits(text: str, qs: list[Quantity], q: Quantity, ante: Quantity, plurals: dict[str, str]) -> bool:
    """Whether the part ``q`` ("X of them", "X of these cases", "X of which") can take ``ante`` as its whole.

    Not when ``ante`` is one conjunct of coordinated counts ("twelve girls and eight boys … sixteen of them"
    may mean the sum), nor when "of these <noun>" names another noun ("170 of these cases" is not "26
    states"); ``plurals`` is the lexicon's irregular plurals, for the noun's lemma.
    """
    if in_coordination(text, qs, ante):
        return False
    m = _THESE_NOUN.match(text, q.end)
    if m is None:
        return True
    noun = singular(m.group("noun"), plurals)
    return noun in (ante.noun, ante.cls) or singular((ante.noun_text or "").lower(), plurals) == noun


def in_coordination(text: str, qs: list[Quantity], p: Quantity) -> bool:
    """Whether ``p`` is one conjunct of coordinated counts ("twelve girls and eight boys"), whose pronoun
    ("sixteen of them") may mean the sum as well as the last conjunct: the binder then says nothing."""
    for other in (qs[p.index - 1] if p.index > 0 else None, qs[p.index + 1] if p.index + 1 < len(qs) else None):
        if other is None or other.kind != "count" or other.sentence != p.sentence or other.noun is None:
            continue
        first, second = (other, p) if other.index < p.index else (p, other)
        end = first.noun_end if first.noun_end > 0 else first.end
        if _CONJUNCTION.fullmatch(text, end, second.start):
            return True
    return False


_CONJUNCTION = regexcache.compile(r"\s*,?\s+(?:and|or)\s+|\s*,\s*")
