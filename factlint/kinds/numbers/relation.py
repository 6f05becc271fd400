"""The ``relation`` kind: two bound figures that an assertion says must relate ("intercepted <= launched")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.rulelang.expr import ExprError, Interval, parse_assertion
from factlint.kinds.rule import SCOPES
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.select import Selector, by_scope, check_message_names, describe, lexicon_ancestors

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.kinds.rule import Rule
    from factlint.extractors.numbers.model import Quantity

_ATTRIBUTES = ("class", "noun", "owner", "actor", "period", "unit", "quoted")


class RelationKind(CheckKind):
    """Compares two figures of an article with an assertion, over the intervals their wording allows.

    ``quantities`` names exactly two selectors, e.g. ``{downed: {role: downed}, launched: {role: launched}}``;
    ``assert`` relates the names in the expression language (``downed <= launched``).  Selector keys: ``role``,
    ``class`` (matches subclasses too), ``noun``, ``kind`` (default count), ``total``, ``quoted``.  A finding is made only
    when the assertion cannot hold for any values the wording allows ("more than 100 launched … 120
    intercepted" is no contradiction).  Pairs are formed within the rule's ``scope`` and filtered by:

    - ``same``: attributes that must be equal, unknown counting as a value (``period``: a figure "since
      February" is never compared with a single night's); ``class`` additionally requires both to be known
      (the class, or the noun when the vocabulary has no class for it).
    - ``agree``: attributes that must be equal when both are known (``owner``: "Ukrainian drones" are not
      Russia's).
    - ``differ``: attributes that must differ when both are known (``actor``: a side does not intercept its
      own launches, so a claim by the other side is a different event).
    - ``link: part_of``: only pairs where the first is stated as part of the second ("180 of 240").

    When a name has several candidates of different values in scope (two nights' launches), a figure is
    compared with the nearest one before it, and skipped if none precedes it or if another claim pairs with
    the same figure.  Without ``link``, a pair stated as part and whole ("Of the 240 who sat, 180 passed") is
    left to a ``link: part_of`` rule, so one slip gives one finding.  The finding points at the first name's
    figure and cites the second in ``related``.
    """

    scopes = SCOPES
    params = {
        "quantities": Param("dict", "two names, each a quantity selector", required=True),
        "assert": Param("str", "assertion over the two names that must be possible", required=True),
        "same": Param("list", "attributes that must be equal: class, noun, owner, actor, period, unit, quoted",
                      default=[], items="str"),  # fmt: skip
        "agree": Param("list", "attributes that must be equal when both are known", default=[], items="str"),
        "differ": Param("list", "attributes that must differ when both are known", default=[], items="str"),
        "link": Param("str", "require the first to be stated as part of the second", choices=("none", "part_of"),
                      default="none"),  # fmt: skip
    }
    # "<group>" tells the loader the value names depend on the rule; __init__ checks them against `quantities`.
    message_values = {
        "<group>": "for each name N of `quantities`: {N} the figure as written (hedge included), {N_noun} the "
        "counted noun as written, {N_verb} the event verb as written, {N_line} the figure's source line",
    }

    def __init__(self, rule: "Rule"):
        super().__init__(rule)
        p = rule.params
        spec = p["quantities"]
        if not isinstance(spec, dict) or len(spec) != 2:
            raise RuleParamError("quantities", "name exactly two quantities, e.g. {downed: {...}, launched: {...}}")
        self.names = list(spec)
        self.selectors = [Selector(spec[n], "quantities") for n in self.names]
        try:
            self.expr = parse_assertion(p["assert"])
        except ExprError as exc:
            raise RuleParamError("assert", str(exc)) from None
        unknown = set(self.expr.names) - set(self.names)
        if unknown:
            raise RuleParamError("assert", f"names {sorted(unknown)} are not among quantities {self.names}")
        for key in ("same", "agree", "differ"):
            bad = set(p[key]) - set(_ATTRIBUTES)
            if bad:
                raise RuleParamError(key, f"unknown attribute(s) {sorted(bad)}; known: {', '.join(_ATTRIBUTES)}")
        self.same, self.agree, self.differ = p["same"], p["agree"], p["differ"]
        self.link = p["link"]
        check_message_names(rule, self.names)
        self.ancestors = lexicon_ancestors()

    def _key(self, q: "Quantity", attr: str) -> object:
        if attr == "class":
            return q.cls or (("noun", q.noun) if q.noun else None)
        return getattr(q, attr)

    def _compatible(self, a: "Quantity", b: "Quantity") -> bool:
        for attr in self.same:
            ka, kb = self._key(a, attr), self._key(b, attr)
            if ka != kb or (attr == "class" and ka is None):
                return False
        for attr in self.agree:
            ka, kb = self._key(a, attr), self._key(b, attr)
            if ka is not None and kb is not None and ka != kb:
                return False
        for attr in self.differ:
            ka, kb = self._key(a, attr), self._key(b, attr)
            if ka is not None and ka == kb:
                return False
        return True

    def _elliptic_sibling(self, q: "Quantity", qs: list["Quantity"]) -> bool:
        """Whether q's sentence has another figure of the same thing with no event of its own."""
        key = self._key(q, "class")
        return any(
            o is not q and o.sentence == q.sentence and o.role is None and o.kind == q.kind and not o.inner
            and o.part_of is None and self._key(o, "class") == key
            for o in qs
        )  # fmt: skip

    def _partner(self, a: "Quantity", seconds: list["Quantity"]) -> "Quantity | None":
        """The figure ``a`` is compared with: its whole under ``link: part_of``; otherwise the one compatible
        figure (or several stating the same value), else the nearest compatible one before it."""
        if self.link == "part_of":
            return next((b for b in seconds if b.index == a.part_of), None)
        whole = next((b for b in seconds if b.index == a.part_of), None)
        if whole is not None:
            return whole
        partners = [b for b in seconds if b is not a and self._compatible(a, b)]
        if len({(b.low, b.high) for b in partners}) == 1:
            return partners[0]
        before = [b for b in partners if b.start < a.start]
        return before[-1] if before else None

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        qs = analysis.quantities
        first_sel, second_sel = self.selectors
        for group in by_scope(qs, self.rule.scope):
            firsts = [q for q in group if first_sel.matches(q, self.ancestors)]
            seconds = [q for q in group if second_sel.matches(q, self.ancestors)]
            if not firsts or not seconds:
                continue
            chosen = {id(a): self._partner(a, seconds) for a in firsts}
            for a in firsts:
                b = chosen[id(a)]
                if b is None:
                    continue
                if any(
                    x is not a and chosen[id(x)] is b and (x.low, x.high) != (a.low, a.high) for x in firsts
                ):
                    continue  # two different claims paired with one figure: which is meant is unsure
                if self.link != "part_of" and a.part_of == b.index:
                    continue  # "36 of them": stated as part and whole, reported by a part_of rule
                if self.link != "part_of" and (self._elliptic_sibling(a, qs) or self._elliptic_sibling(b, qs)):
                    continue  # "launched 40 drones on Monday and 60 drones on Tuesday": the verb covers both
                env = {self.names[0]: Interval(a.low, a.high), self.names[1]: Interval(b.low, b.high)}
                if self.expr.possibly_true(env):
                    continue
                values = {**describe(analysis, self.names[0], a), **describe(analysis, self.names[1], b)}
                related = ((b.num_start, b.end, f"{b.text} {values[self.names[1] + '_verb']}".strip()),)
                yield Hit(a.num_start, a.end, values, related)
