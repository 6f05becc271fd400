"""The ``sum`` kind: parts listed beside a stated total must add up to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.support import regexcache
from factlint.rulelang.expr import ExprError, Interval, parse_assertion
from factlint.kinds.rule import SCOPES
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.select import Selector, by_scope, lexicon_ancestors, line_of

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.kinds.rule import Rule
    from factlint.extractors.numbers.model import Quantity

# Words after which the figures listed are examples, not the whole breakdown.
_PARTIAL = regexcache.compile(r"(?i)\b(?:including|included|among\s+them|among\s+whom|of\s+whom|of\s+which|such\s+as|"
                         r"excluding|besides|as\s+well\s+as|plus|apart\s+from|in\s+addition)\b")  # fmt: skip


class SumKind(CheckKind):
    """Checks a stated total against the parts listed with it in the same scope (a sentence by default).

    A total is a figure the writer marks as one ("a total of 21", "bringing the total number of casualties to
    21", "21 in all", "altogether").  Its parts are the other bound figures in scope matching ``parts``
    and counting the same thing: the total's class, or, for a class that stands for events (casualties are
    the killed and the injured), figures bound to those events.  At least two parts are needed.

    With the parts exhaustive ("five killed and 14 injured, bringing the total to 21"), ``assert`` (default
    ``parts == total``) must be possible; when the parts are introduced as examples ("including", "among them")
    ``partial_assert`` (default ``parts <= total``) is checked instead.  ``parts`` is the interval sum of the
    parts' intervals, so hedged figures widen it.
    """

    scopes = SCOPES
    params = {
        "total": Param("dict", "selector for the stated total", default={"total": True}),
        "parts": Param("dict", "selector for the parts", default={}),
        "assert": Param("str", "assertion over `parts` and `total` for an exhaustive list", default="parts == total"),
        "partial_assert": Param("str", "assertion when the parts are only examples", default="parts <= total"),
    }
    message_values = {
        "total": "the stated total as written",
        "total_line": "its source line",
        "parts": "the parts as written, joined with ' + '",
        "parts_sum": "the sum of the parts",
        "parts_line": "the source line of the first part",
    }

    def __init__(self, rule: "Rule"):
        super().__init__(rule)
        p = rule.params
        self.total = Selector(p["total"], "total")
        self.parts = Selector(p["parts"], "parts")
        self.exprs = {}
        for key in ("assert", "partial_assert"):
            try:
                self.exprs[key] = parse_assertion(p[key])
            except ExprError as exc:
                raise RuleParamError(key, str(exc)) from None
            if not set(self.exprs[key].names) <= {"parts", "total"}:
                raise RuleParamError(key, "the assertion may use only the names 'parts' and 'total'")
        self.ancestors = lexicon_ancestors()

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        from factlint.extractors.numbers.lexicon import load_lexicon

        class_roles = load_lexicon().class_roles
        text = analysis.doc.text
        for group in by_scope(analysis.quantities, self.rule.scope):
            for total in group:
                if not total.total or not self.total.matches(total, self.ancestors):
                    continue
                roles = class_roles.get(total.cls or "", ())
                parts = [
                    q
                    for q in group
                    if q is not total
                    and not q.total
                    and not q.inner
                    and q.part_of is None
                    and self.parts.matches(q, self.ancestors)
                    and (
                        (roles and q.role in roles)
                        or (not roles and q.role in (None, total.role) and _same_thing(q, total))
                    )
                ]
                parts = [q for q in parts if not _coordinated_with(total, q)]
                if len(parts) < 2:
                    continue
                first = min(parts[0].start, total.start)
                last = max(parts[-1].end, total.end)
                partial = _PARTIAL.search(text, first, last) is not None
                expr = self.exprs["partial_assert" if partial else "assert"]
                low = sum(q.low for q in parts)
                high = sum(q.high for q in parts)
                if expr.possibly_true({"parts": Interval(low, high), "total": Interval(total.low, total.high)}):
                    continue
                values = {
                    "total": total.text,
                    "total_line": line_of(analysis, total),
                    "parts": " + ".join(q.text for q in parts),
                    "parts_sum": low if low == high else f"{low:g} to {high:g}",
                    "parts_line": line_of(analysis, parts[0]),
                }
                related = tuple((q.num_start, q.end, f"part: {q.text}") for q in parts)
                yield Hit(total.num_start, total.end, values, related)


def _same_thing(q: "Quantity", total: "Quantity") -> bool:
    """Parts count what the total counts: the same class (children and women are people), or the same noun."""
    if total.cls is not None:
        return q.cls == total.cls
    return total.noun is not None and q.noun == total.noun


def _coordinated_with(total: "Quantity", q: "Quantity") -> bool:
    """"a total of 176 drones and one missile": figures listed inside the total's own phrase are not parts."""
    return q.role is not None and q.role == total.role and q.verb_start == total.verb_start
