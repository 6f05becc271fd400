"""Shared by the number kinds: choosing quantities from YAML selectors, grouping them by scope, and describing
them in messages.

A selector is a small mapping in a rule, e.g. ``{role: downed, class: drone, quoted: false}``: every key
narrows the quantities a name stands for.  Keys: ``role`` (a role or list of roles), ``class`` (a class or
list; a quantity matches a class or any class containing its own), ``noun`` (lemma or list), ``kind``
(count, percent, money, measure, share; default count), ``total`` (true/false), ``quoted`` (true/false;
default either).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Callable, Generic, Iterable, Iterator, TypeVar

from factlint.kinds.base import RuleParamError

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.kinds.rule import Rule
    from factlint.extractors.numbers.model import Quantity

SELECTOR_KEYS = ("role", "class", "noun", "kind", "total", "quoted")
KINDS_OF_QUANTITY = ("count", "percent", "money", "measure", "share", "points")

T = TypeVar("T")


def _as_set(value: Any, key: str, where: str) -> frozenset[str] | None:
    if value is None:
        return None
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) and v for v in items):
        raise RuleParamError(where, f"'{key}' must be a word or a list of words")
    return frozenset(items)


def vocabulary_names() -> tuple[frozenset[str], frozenset[str]]:
    """The roles and classes the shipped number vocabulary defines: a selector naming another never matches."""
    from factlint.extractors.numbers.lexicon import load_lexicon

    lex = load_lexicon()
    roles = set(lex.verb_role.values()) | set(lex.participle_role.values()) | set(lex.role_class)
    roles |= {r for rs in lex.class_roles.values() for r in rs}
    classes = set(lex.noun_class.values()) | set(lex.class_parent) | set(lex.class_parent.values())
    classes |= set(lex.class_roles) | set(lex.role_class.values())
    return frozenset(roles), frozenset(classes)


def _known(used: frozenset[str] | None, known: frozenset[str], key: str, where: str) -> None:
    """Reject a role or class the vocabulary does not define, which would make the rule never fire."""
    import difflib

    for name in sorted((used or frozenset()) - known):
        hint = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.7)
        raise RuleParamError(where, f"unknown {key} '{name}': the number vocabulary (rules/data/number-vocabulary"
                                    f".yaml) does not define it, so the rule would never fire"
                                    + (f" (did you mean '{hint[0]}'?)" if hint else ""))


class Selector:
    """A compiled quantity selector (see the module docstring for its keys)."""

    def __init__(self, spec: Any, where: str):
        if spec is None:
            spec = {}
        if not isinstance(spec, dict):
            raise RuleParamError(where, "a quantity selector must be a mapping such as {role: launched}")
        unknown = set(spec) - set(SELECTOR_KEYS)
        if unknown:
            raise RuleParamError(where, f"unknown selector key(s) {sorted(unknown)}; known: {', '.join(SELECTOR_KEYS)}")
        self.roles = _as_set(spec.get("role"), "role", where)
        self.classes = _as_set(spec.get("class"), "class", where)
        roles, classes = vocabulary_names()
        _known(self.roles, roles, "role", where)
        _known(self.classes, classes, "class", where)
        self.nouns = _as_set(spec.get("noun"), "noun", where)
        self.kinds = _as_set(spec.get("kind", "count"), "kind", where)
        bad = self.kinds - set(KINDS_OF_QUANTITY)
        if bad:
            raise RuleParamError(where, f"unknown quantity kind(s) {sorted(bad)}; known: {', '.join(KINDS_OF_QUANTITY)}")
        self.total = spec.get("total")
        self.quoted = spec.get("quoted")
        for key in ("total", "quoted"):
            if spec.get(key) is not None and not isinstance(spec.get(key), bool):
                raise RuleParamError(where, f"'{key}' must be true or false")

    def matches(self, q: "Quantity", ancestors: Any) -> bool:
        """Whether ``q`` is one of the quantities this selector names (``ancestors`` maps a class upwards)."""
        if q.table or q.kind not in self.kinds:
            return False
        if self.roles is not None and q.role not in self.roles:
            return False
        if self.classes is not None and not self.classes.intersection(ancestors(q.cls)):
            return False
        if self.nouns is not None and q.noun not in self.nouns:
            return False
        if self.total is not None and q.total != self.total:
            return False
        if self.quoted is not None and q.quoted != self.quoted:
            return False
        return True


def scope_key(q: "Quantity", scope: str) -> int:
    """The unit two quantities must share to be compared under a rule's ``scope``."""
    if scope == "sentence":
        return q.sentence
    if scope == "paragraph":
        return q.paragraph
    return 0


def by_scope(qs: Iterable["Quantity"], scope: str) -> Iterator[list["Quantity"]]:
    """The quantities grouped into consecutive scope units, in text order."""
    group: list[Quantity] = []
    key = None
    for q in qs:
        k = scope_key(q, scope)
        if group and k != key:
            yield group
            group = []
        key = k
        group.append(q)
    if group:
        yield group


class BySentence(Generic[T]):
    """A list's items looked up by sentence index, in the list's order.

    A kind that compares each figure with the figures a few sentences away reads only those: scanning the whole
    list for each figure is quadratic in the length of one file (a 1.6 MB wire dump spent most of its time so).
    """

    def __init__(self, items: list[T], sentence: Callable[[T], int] = attrgetter("sentence")):
        self._items = items
        self._order = sorted(range(len(items)), key=lambda i: sentence(items[i]))
        self._keys = [sentence(items[i]) for i in self._order]

    def between(self, first: int, last: int) -> list[T]:
        """The items whose sentence index is from ``first`` to ``last`` (both included), in the list's order."""
        lo, hi = bisect_left(self._keys, first), bisect_right(self._keys, last)
        return [self._items[i] for i in sorted(self._order[lo:hi])]


def rounded_bounds(q: "Quantity") -> tuple[float, float]:
    """The values a figure may stand for: an exact figure within half its rounding step ("5.6m": 5.55–5.65);
    a hedged or ranged one within its interval, which already allows for rounding."""
    if q.low == q.high:
        return q.low - q.step / 2, q.high + q.step / 2
    return q.low, q.high


def line_of(analysis: "Analysis", q: "Quantity") -> int:
    """The 1-based source line of a quantity, for messages that cite two places."""
    return analysis.doc.position(q.num_start)[0]


def verb_text(analysis: "Analysis", q: "Quantity") -> str:
    """The event verb as written ("intercepting or neutralizing"), or the role's name."""
    if q.verb_start >= 0:
        return " ".join(analysis.doc.text[q.verb_start : q.verb_end].split())
    return q.role or ""


def describe(analysis: "Analysis", name: str, q: "Quantity") -> dict[str, Any]:
    """Message values for one quantity under ``name``: the figure, its noun, its verb, its line."""
    return {
        name: q.text,
        f"{name}_noun": q.noun_text or q.noun or "",
        f"{name}_verb": verb_text(analysis, q),
        f"{name}_line": line_of(analysis, q),
    }


def check_message_names(rule: "Rule", names: list[str], extra: tuple[str, ...] = ()) -> None:
    """Reject a message that cites a value the rule's quantity names do not provide (a typo shows at load)."""
    from factlint.rulelang.template import template_names

    known = {f"{n}{suffix}" for n in names for suffix in ("", "_noun", "_verb", "_line")} | set(extra)
    for used in template_names(rule.message):
        if used not in known:
            raise RuleParamError("message", f"message uses '{{{used}}}', which this rule does not provide "
                                            f"(it provides: {', '.join(sorted(known))})")  # fmt: skip


def lexicon_ancestors() -> Any:
    """The class hierarchy of the shipped vocabulary (the one ``Analysis.quantities`` binds with)."""
    from factlint.extractors.numbers.lexicon import load_lexicon

    return load_lexicon().ancestors
