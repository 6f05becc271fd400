"""The ``figure-unit`` kind: a figure written in a unit its own sentence rules out.

Two slips of wire copy: a plain ratio given as a percentage ("the book-to-bill ratio was 1.13 pct") and a
corporate sale price missing its scale word ("received 257 dlrs after tax from the sale of" a TV station in an
article of million-dollar figures).  Both are read from the words next to the figure.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import TYPE_CHECKING, Any, Iterator

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.select import KINDS_OF_QUANTITY, line_of
from factlint.lang.change_words import change_alternation

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis


# A figure that is a change of the measure, not the measure itself ("up 4.9 pct", "rose by 0.2 pct").
_CHANGE_BEFORE = regexcache.compile(
    rf"(?i)\b(?:{change_alternation(frozenset({'by'}))})\s+(?:by\s+)?(?:about\s+|some\s+)?\Z"
)


class FigureUnitKind(CheckKind):
    """Reports a figure of quantity kind ``quantity`` with the words before or after it matching ``before`` or ``after``.

    ``before`` is searched in the text from the start of the sentence up to the figure (end it with ``$`` to keep
    it next to the figure), ``after`` matched at the figure's end; either must match.  ``below`` keeps only figures whose value is under it; ``unscaled`` keeps only figures written
    without a scale word ("257 dlrs", not "257 mln dlrs").  ``scaled_elsewhere`` requires that many other
    figures of the same kind and unit in the article written with a scale word, so a figure is judged too small
    only against an article whose amounts are millions.  With ``follow`` the rule reports instead the article's
    other figures of the kind written to the same step and within that factor of a matched one, not stated as
    a change: the same ratio given as a percentage again ("the January figure was revised from the 1.11 pct").
    """

    params = {
        "quantity": Param("str", "the quantity kind reported", default="percent", choices=KINDS_OF_QUANTITY),
        "before": Param("str", "regex on the sentence text before the figure", default=""),
        "after": Param("str", "regex matched right after the figure", default=""),
        "below": Param("float", "report only figures with a value under this (0: any)", default=0.0),
        "unscaled": Param("bool", "report only figures written without a scale word", default=False),
        "scaled_elsewhere": Param("int", "other scaled figures of the same unit the article must have", default=0),
        "follow": Param("float", "report instead the article's other figures within this factor of a matched one "
                        "(0: off)", default=0.0),
    }
    message_values = {"figure": "the figure as written", "context": "the words that rule its unit out",
                      "first": "the matched figure (follow)", "first_line": "its source line (follow)"}

    def __init__(self, rule: Any):
        super().__init__(rule)
        p = rule.params
        self.kind = p["quantity"]
        try:
            self.before = regexcache.compile("(?i)" + p["before"]) if p["before"] else None
            self.after = regexcache.compile("(?i)" + p["after"]) if p["after"] else None
        except Exception as exc:
            raise RuleParamError("before", f"bad regex: {exc}") from None
        if self.before is None and self.after is None:
            raise RuleParamError("before", "give 'before' or 'after' (or both)")
        self.below = float(p["below"])
        self.unscaled = bool(p["unscaled"])
        self.scaled_elsewhere = int(p["scaled_elsewhere"])
        self.follow = float(p["follow"])
        if self.follow and self.follow <= 1:
            raise RuleParamError("follow", "follow must be above 1 (or 0: off)")

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        qs = [q for q in analysis.quantities if q.kind == self.kind and not q.table]
        if not self.follow:
            for q, context in self._matched(analysis, qs):
                yield Hit(q.num_start, q.end, {"figure": q.text, "context": context})
            return
        matched = list(self._matched(analysis, qs))
        firsts = {id(q) for q, _ in matched}
        earliest = _Earliest(matched)
        text = analysis.doc.text
        for q in qs:
            if id(q) in firsts or _CHANGE_BEFORE.search(text, max(0, q.start - 25), q.start):
                continue  # "up 4.9 pct": a change, not the figure itself
            found = earliest.near(q, self.follow)
            if found is not None:
                first, context = found
                values = {"figure": q.text, "context": context, "first": first.text,
                          "first_line": line_of(analysis, first)}
                yield Hit(q.num_start, q.end, values, ((first.num_start, first.end, f"the same ratio: {first.text}"),))

    def _matched(self, analysis: "Analysis", qs: list) -> Iterator[tuple[Any, str]]:
        """The figures whose own words rule their unit out, with those words."""
        doc = analysis.doc
        scaled = Counter(q.unit for q in qs if q.step >= 1000) if self.scaled_elsewhere else Counter()
        for q in qs:
            if self.below and q.value >= self.below:
                continue
            if self.unscaled and q.step >= 1000:
                continue
            sentence = doc.sentence_at(q.num_start)
            if sentence is None:
                continue
            m = None
            if self.before is not None:
                m = self.before.search(doc.text, sentence.start, q.num_start)
            if m is None and self.after is not None:
                m = self.after.match(doc.text, q.end, sentence.end)
            if m is None:
                continue
            if self.scaled_elsewhere and scaled[q.unit] - (q.step >= 1000) < self.scaled_elsewhere:
                continue  # too few other figures of this unit written with a scale word
            yield q, " ".join(m.group(0).split())


class _Earliest:
    """The first matched figure of a step whose value is within a factor of another figure's, found by bisection.

    Testing every matched figure for every other figure was quadratic in one file's length (a long file repeats
    its figures): one figure per distinct (step, value), the earliest, answers the same, and only the values
    within the factor's reach are read."""

    def __init__(self, matched: list[tuple[Any, str]]):
        first_of: dict[tuple[float, float], int] = {}
        for i, (q, _) in enumerate(matched):
            first_of.setdefault((q.step, q.value), i)
        self._matched = matched
        self._by_step: dict[float, tuple[list[float], list[int]]] = {}
        for (step, value), i in sorted(first_of.items()):
            values, order = self._by_step.setdefault(step, ([], []))
            values.append(value)
            order.append(i)

    def near(self, q: Any, follow: float) -> tuple[Any, str] | None:
        """The earliest matched (figure, context) of ``q``'s step with value/follow <= q.value <= value*follow."""
        values, order = self._by_step.get(q.step, ([], []))
        lo, hi = 0, len(values)
        if q.value > 0:  # only positive values can reach it; allow for rounding in the bounds, then test exactly
            lo = bisect_left(values, q.value / follow * (1 - 1e-9))
            hi = bisect_right(values, q.value * follow * (1 + 1e-9))
        best = min((order[k] for k in range(lo, hi) if values[k] / follow <= q.value <= values[k] * follow), default=None)
        return None if best is None else self._matched[best]
