"""The ``compared-figures`` kind: two figures set against each other must be of one scale and one currency.

Wire copy compares a figure with its year-ago value in one breath ("sales of 6.57 billion stg against 8.81
mln", "a loss of $470m compared to a profit of £13m").  When the second figure's scale word is a thousand
times off and reading it at the first one's scale gives a near value, or the currency switches between the
two, one of them is an editing slip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.select import line_of
from factlint.lang.change_words import change_alternation

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity

_SCALE_WORD = regexcache.compile(r"(?i)\d\s?(thousand|million|mln|mn|m|billion|bln|bn|b|trillion|tn|trn)\b")
_SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bln": 1e9,
           "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12}  # fmt: skip


class ComparedFiguresKind(CheckKind):
    """Checks the two figures of a comparison written in one sentence: "A against B", "A, up from B".

    The two must be adjacent figures (nothing but words between them) joined by one of ``connectors`` (regexes
    matched on the words between).  With ``check: scale`` both must be written with a scale word, the two scale
    words must stand a thousand apart, and the figures must come within a factor of ``near`` of each other once
    the second is read at the first one's scale; a pair whose own words (from the figure before it in the
    sentence to the second figure) match one of ``volatile`` (profits and losses, which can swing a
    thousandfold) is left alone.  With ``to_from`` a bare "from" joins them too when the first figure ends a
    change ("rose to 6.57 billion stg from 8.81 mln").  With ``check: currency`` both must be money in different
    currencies, neither a bracketed conversion.
    """

    params = {
        "check": Param("str", "what to compare", default="scale", choices=("scale", "currency")),
        "connectors": Param("list", "regexes for the words joining the two figures", required=True, items="str"),
        "near": Param("float", "largest ratio of the two figures once read at one scale", default=2.0, above=1),
        "volatile": Param("list", "regexes; a sentence matching one is not checked for scale", default=[],
                          items="str"),
        "max_words": Param("int", "most words between the two figures", default=6),
        "to_from": Param("bool", "also read \"to A from B\" after a change verb (\"rose to 6.57 billion stg from "
                         "8.81 mln\")", default=False),
    }
    message_values = {
        "first": "the first figure as written", "second": "the second figure as written", "line": "the source line",
        "read": "the second figure read at the first one's scale (scale check)",
    }

    def __init__(self, rule: Any):
        super().__init__(rule)
        p = rule.params
        try:
            self.connector = regexcache.compile(r"(?i)^\W*(?:[\w'’-]+\W+){0,%d}?(?:%s)\W+(?:[\w'’-]+\W+){0,%d}?$"
                                                % (p["max_words"], "|".join(p["connectors"]), p["max_words"]))
            self.volatile = regexcache.compile("(?i)" + "|".join(p["volatile"])) if p["volatile"] else None
        except Exception as exc:
            raise RuleParamError("connectors", f"bad regex: {exc}") from None
        self.mode = p["check"]
        self.to_from = bool(p["to_from"])
        self.near = float(p["near"])

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        qs = [q for q in analysis.quantities if not q.table and q.kind in ("money", "count")]
        for i, (a, b) in enumerate(zip(qs, qs[1:])):
            if a.sentence != b.sentence or a.sentence < 0:
                continue
            prev_end = qs[i - 1].end if i and qs[i - 1].sentence == a.sentence else doc.sentences[a.sentence].start
            between = doc.text[a.end : b.start]
            if ")" in between or _bracketed(doc.text, b) or not (
                    self.connector.match(between) or self.to_from and _to_from(doc.text, prev_end, a, b, between)):
                continue
            values = {"first": a.text, "second": b.text, "line": line_of(analysis, b)}
            if self.mode == "currency":
                if a.kind == b.kind == "money" and _currency(a) and _currency(b) and a.unit != b.unit:
                    yield Hit(b.num_start, b.end, values)
                continue
            found = self._scale_slip(analysis, prev_end, a, b)
            if found is not None:
                yield Hit(b.num_start, b.end, {**values, "read": found})

    def _scale_slip(self, analysis: "Analysis", context_start: int, a: "Quantity", b: "Quantity") -> str | None:
        """The second figure read at the first one's scale, when a scale word slipped; else None."""
        if a.kind == "money" and b.unit and b.unit != a.unit:
            return None
        sa, sb = scale_of(a), scale_of(b)
        if sa is None or sb is None or max(sa, sb) / min(sa, sb) != 1e3:
            return None
        ratio = (b.value / sb * sa) / a.value
        if not 1 / self.near <= ratio <= self.near:
            return None
        if self.volatile and self.volatile.search(analysis.doc.text, context_start, b.start):
            return None
        return f"{b.value / sb * sa:,.0f}"


_CHANGED_TO = regexcache.compile(rf"(?i)\b(?:{change_alternation()})\s+(?:[\w'’-]+\s+){{0,3}}?to\s+\Z")
_FROM = regexcache.compile(r"(?i)^\s+(?:[a-z]+\s+){0,2}?from\s+$")


def _to_from(text: str, start: int, a: "Quantity", b: "Quantity", between: str) -> bool:
    """Whether ``a`` is the end of a change and ``b`` its start: "rose to A from B" (not "from 1.5 mln investors")."""
    if b.kind == "count" and b.noun or not _FROM.match(between):
        return False
    return _CHANGED_TO.search(text, max(start, a.start - 60), a.start) is not None


def scale_of(q: "Quantity") -> float | None:
    """The scale word a figure is written with, as a factor ("6.57 billion": 1e9), or None when it has none."""
    m = _SCALE_WORD.search(q.text)
    return _SCALES[m.group(1).lower()] if m else None


def _currency(q: "Quantity") -> bool:
    """Whether the figure is in a currency proper (an ISO code), not in cents or pence of one."""
    return bool(q.unit) and len(q.unit) == 3 and q.unit.isupper()


def _bracketed(text: str, q: "Quantity") -> bool:
    """Whether the figure sits alone in brackets after another: a conversion, not a compared value."""
    return text[max(0, q.start - 2) : q.start].strip().endswith("(")
