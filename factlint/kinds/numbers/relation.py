"""The ``relation`` kind: two bound figures that an assertion says must relate ("intercepted <= launched")."""

from __future__ import annotations

from bisect import bisect_left
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

    def _elliptic_sibling(self, q: "Quantity", by_sentence: dict[int, list["Quantity"]]) -> bool:
        """Whether q's sentence has another figure of the same thing with no event of its own.

        ``by_sentence`` holds the article's figures by sentence, so the test reads one sentence, not them all.
        """
        key = self._key(q, "class")
        return any(
            o is not q and o.role is None and o.kind == q.kind and not o.inner
            and o.part_of is None and self._key(o, "class") == key
            for o in by_sentence.get(q.sentence, ())
        )  # fmt: skip

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        qs = analysis.quantities
        by_sentence: dict[int, list[Quantity]] = {}
        for q in qs:
            by_sentence.setdefault(q.sentence, []).append(q)
        first_sel, second_sel = self.selectors
        for group in by_scope(qs, self.rule.scope):
            firsts = [q for q in group if first_sel.matches(q, self.ancestors)]
            seconds = [q for q in group if second_sel.matches(q, self.ancestors)]
            if not firsts or not seconds:
                continue
            partners = _Partners(self, seconds)
            chosen = {id(a): partners.of(a) for a in firsts}
            claims: dict[int, set[tuple[float, float]]] = {}
            for a in firsts:
                if chosen[id(a)] is not None:
                    claims.setdefault(id(chosen[id(a)]), set()).add((a.low, a.high))
            for a in firsts:
                b = chosen[id(a)]
                if b is None:
                    continue
                if claims[id(b)] - {(a.low, a.high)}:
                    continue  # two different claims paired with one figure: which is meant is unsure
                if self.link != "part_of" and a.part_of == b.index:
                    continue  # "36 of them": stated as part and whole, reported by a part_of rule
                if self.link != "part_of" and (
                    self._elliptic_sibling(a, by_sentence) or self._elliptic_sibling(b, by_sentence)
                ):
                    continue  # "launched 40 drones on Monday and 60 drones on Tuesday": the verb covers both
                env = {self.names[0]: Interval(a.low, a.high), self.names[1]: Interval(b.low, b.high)}
                if self.expr.possibly_true(env):
                    continue
                values = {**describe(analysis, self.names[0], a), **describe(analysis, self.names[1], b)}
                related = ((b.num_start, b.end, f"{b.text} {values[self.names[1] + '_verb']}".strip()),)
                yield Hit(a.num_start, a.end, values, related)


class _Partners:
    """The figure each first figure is compared with, found through indexes rather than a scan of all seconds.

    ``of(a)`` is: its whole under ``link: part_of``; otherwise the one compatible figure (or several stating
    the same value), else the nearest compatible one before it.  Seconds are bucketed by the ``same``
    attributes (which must be equal) and, within a bucket, by the ``agree``/``differ`` attributes; the few
    sub-buckets are tested once each, so a long article costs time in proportion to its figures, not their
    square.
    """

    def __init__(self, kind: RelationKind, seconds: list["Quantity"]):
        self.kind = kind
        self.wholes: dict[int, Quantity] = {}
        for b in seconds:
            self.wholes.setdefault(b.index, b)
        self.buckets: dict[tuple, dict[tuple, _Bucket]] = {}
        for pos, b in enumerate(seconds):
            same = tuple(kind._key(b, attr) for attr in kind.same)
            loose = tuple(kind._key(b, attr) for attr in (*kind.agree, *kind.differ))
            self.buckets.setdefault(same, {}).setdefault(loose, _Bucket()).add(pos, b)

    def of(self, a: "Quantity") -> "Quantity | None":
        kind = self.kind
        if kind.link == "part_of":
            return self.wholes.get(a.part_of) if a.part_of is not None else None
        whole = self.wholes.get(a.part_of) if a.part_of is not None else None
        if whole is not None:
            return whole
        same = tuple(kind._key(a, attr) for attr in kind.same)
        if "class" in kind.same and same[kind.same.index("class")] is None:
            return None
        mine = [kind._key(a, attr) for attr in kind.agree]
        theirs = [kind._key(a, attr) for attr in kind.differ]
        values: set[tuple[float, float]] = set()
        first: tuple[int, Quantity] | None = None
        before: tuple[int, Quantity] | None = None
        for loose, bucket in self.buckets.get(same, {}).items():
            agreed, differed = loose[:len(mine)], loose[len(mine):]
            if any(k is not None and m is not None and k != m for k, m in zip(agreed, mine)):
                continue
            if any(m is not None and k == m for k, m in zip(differed, theirs)):
                continue
            if len(values) < 2:
                values |= bucket.values_without(a)
            cand = bucket.first_not(a)
            if cand is not None and (first is None or cand[0] < first[0]):
                first = cand
            cand = bucket.last_before(a)
            if cand is not None and (before is None or cand[0] > before[0]):
                before = cand
        if len(values) == 1 and first is not None:
            return first[1]
        return before[1] if before else None


class _Bucket:
    """Seconds that share every compared attribute: their positions, starts and values, in text order."""

    def __init__(self) -> None:
        self.items: list[tuple[int, Quantity]] = []
        self.starts: list[int] = []
        self.counts: dict[tuple[float, float], int] = {}
        self.ids: set[int] = set()
        self.sorted = True

    def add(self, pos: int, b: "Quantity") -> None:
        if self.starts and b.start < self.starts[-1]:
            self.sorted = False
        self.items.append((pos, b))
        self.starts.append(b.start)
        self.ids.add(id(b))
        self.counts[(b.low, b.high)] = self.counts.get((b.low, b.high), 0) + 1

    def values_without(self, a: "Quantity") -> set[tuple[float, float]]:
        """The distinct values of the bucket's figures other than ``a`` (at most three are needed)."""
        if len(self.counts) > 2:
            return set(list(self.counts)[:3])
        out = set(self.counts)
        key = (a.low, a.high)
        if self.counts.get(key) == 1 and id(a) in self.ids:
            out.discard(key)
        return out

    def first_not(self, a: "Quantity") -> "tuple[int, Quantity] | None":
        for item in self.items[:2]:
            if item[1] is not a:
                return item
        return None

    def last_before(self, a: "Quantity") -> "tuple[int, Quantity] | None":
        """The last figure in text order that starts before ``a`` (``a`` itself never does)."""
        if self.sorted:
            i = bisect_left(self.starts, a.start)
            return self.items[i - 1] if i else None
        return next((item for item in reversed(self.items) if item[1].start < a.start), None)
