"""The ``figure-unit`` kind: a figure written in a unit its own sentence rules out.

Two slips of wire copy: a plain ratio given as a percentage ("the book-to-bill ratio was 1.13 pct") and a
corporate sale price missing its scale word ("received 257 dlrs after tax from the sale of" a TV station in an
article of million-dollar figures).  Both are read from the words next to the figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.select import KINDS_OF_QUANTITY

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis


class FigureUnitKind(CheckKind):
    """Reports a figure of quantity kind ``quantity`` with the words before or after it matching ``before`` or ``after``.

    ``before`` is searched in the text from the start of the sentence up to the figure (end it with ``$`` to keep
    it next to the figure), ``after`` matched at the figure's end; either must match.  ``below`` keeps only figures whose value is under it; ``unscaled`` keeps only figures written
    without a scale word ("257 dlrs", not "257 mln dlrs").  ``scaled_elsewhere`` requires that many other
    figures of the same kind and unit in the article written with a scale word, so a figure is judged too small
    only against an article whose amounts are millions.
    """

    params = {
        "quantity": Param("str", "the quantity kind reported", default="percent", choices=KINDS_OF_QUANTITY),
        "before": Param("str", "regex on the sentence text before the figure", default=""),
        "after": Param("str", "regex matched right after the figure", default=""),
        "below": Param("float", "report only figures with a value under this (0: any)", default=0.0),
        "unscaled": Param("bool", "report only figures written without a scale word", default=False),
        "scaled_elsewhere": Param("int", "other scaled figures of the same unit the article must have", default=0),
    }
    message_values = {"figure": "the figure as written", "context": "the words that rule its unit out"}

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

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        qs = [q for q in analysis.quantities if q.kind == self.kind and not q.table]
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
            if self.scaled_elsewhere and sum(1 for o in qs if o is not q and o.unit == q.unit and o.step >= 1000) \
                    < self.scaled_elsewhere:  # fmt: skip
                continue
            yield Hit(q.num_start, q.end, {"figure": q.text, "context": " ".join(m.group(0).split())})
