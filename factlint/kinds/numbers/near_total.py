"""The ``near-total`` kind: a stated total a unit or two off the sum of figures listed in the sentences before it.

Wire copy builds a holding or a tally over several sentences ("has acquired 278,709 shares … holds 149,750 …
an option on another 42,750 … would then have 471,208 shares") and states the whole at the end.  When the whole
is a figure of five digits or more, written to the unit, and a few of the exact figures before it add up to
within one or two of it (but not to it), the sum was mistyped: such a near miss is no coincidence at that size.
"""

from __future__ import annotations

from itertools import combinations
from operator import attrgetter
from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.support.rangeindex import RangeIndex
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.select import line_of

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity

# After the figure, the counted noun: "278,709 shares", "149,750 of the company's common shares", "42,750 Metex
# common shares": up to three modifier words, then one of the rule's nouns.
_NOUN_AFTER = r"\s+(?:of\s+(?:the|its|their|his|her)\s+(?:[\w-]+['’]s\s+)?)?(?:[\w-]+\s+){0,3}?(?P<noun>%s)\b"


class NearTotalKind(CheckKind):
    """Reports a whole that misses the sum of its parts, listed in earlier sentences, by ``max_gap`` or less.

    The whole is an exact figure of at least ``min_value``, written to the unit (no rounding), in a sentence
    where ``cue_before`` matches the words just before it ("would have", "a total of", "bringing its stake
    to") or ``cue_after`` the words just after it ("in all").  Its parts are two to ``max_parts`` exact
    figures of the same unit (a currency, or the same counted noun such as "shares") from the ``window``
    sentences before the whole's, each written to the ten or finer; a count's noun is one of ``nouns``, read
    after the figure past up to three modifiers ("149,750 of the company's common shares").  The whole is reported when some set of
    parts sums to within ``max_gap`` of it and no set sums to it exactly; the message cites the parts and
    their sum.
    """

    params = {
        "min_value": Param("float", "the smallest whole read (five-digit figures by default)", default=10000),
        "max_gap": Param("float", "the largest miss reported (in the figure's unit)", default=2, above=0),
        "max_parts": Param("int", "the most parts a whole is made of", default=4, minimum=2),
        "window": Param("int", "how many sentences before the whole's are read for parts", default=6,
                        minimum=1),
        "cue_before": Param("str", "regex the words before the whole must end with", required=True),
        "cue_after": Param("str", "regex matching within four words after the whole, instead", default=""),
        "nouns": Param("list", "plural nouns a count may count (money needs none)", default=[], items="str"),
    }
    message_values = {
        "total": "the stated whole as written",
        "parts": "the parts as written, joined with ' + '",
        "parts_sum": "the sum of the parts",
        "gap": "how far the whole is from the sum, and which way (\"1 below\")",
        "parts_line": "the source line of the first part",
    }

    def __init__(self, rule):
        super().__init__(rule)
        p = rule.params
        self.min_value = float(p["min_value"])
        self.max_gap = float(p["max_gap"])
        self.max_parts = int(p["max_parts"])
        self.window = int(p["window"])
        try:
            self.before = regexcache.compile(r"(?i)(?:" + p["cue_before"] + r")\s*$")
            self.after = regexcache.compile(r"(?i)\s*(?:[\w-]+\s+){0,4}?(?:" + p["cue_after"] + r")") if p["cue_after"] else None
        except Exception as exc:  # regex.error: report it on the key
            raise RuleParamError("cue_before", f"bad regular expression: {exc}") from None
        words = "|".join(sorted((regex.escape(w) for w in p["nouns"]), key=len, reverse=True))
        self.noun_after = regexcache.compile(r"(?i)" + _NOUN_AFTER % words) if words else None

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        text = analysis.doc.text
        qs = [q for q in analysis.quantities if not q.table and q.sentence >= 0 and q.kind in ("count", "money")]
        by_sentence = RangeIndex(qs, attrgetter("sentence"))
        for whole in qs:
            if not _precise(whole, 1) or whole.value < self.min_value or not self._cued(text, whole):
                continue
            unit = self._unit(text, whole)
            if unit is None:
                continue
            first = whole.sentence - self.window
            parts = [
                q for q in by_sentence.between(first, whole.sentence)
                if _precise(q, 10) and q.value < whole.value
                and q.kind == whole.kind and self._unit(text, q) == unit
            ]  # fmt: skip
            found = self._near_sum(whole, parts)
            if found is None:
                continue
            total = sum(q.value for q in found)
            values = {
                "total": whole.text,
                "parts": " + ".join(q.text for q in found),
                "parts_sum": f"{total:,.0f}",
                "gap": f"{abs(whole.value - total):,g} {'below' if whole.value < total else 'above'}",
                "parts_line": line_of(analysis, found[0]),
            }
            related = tuple((q.num_start, q.end, f"part: {q.text}") for q in found)
            yield Hit(whole.num_start, whole.end, values, related)

    def _cued(self, text: str, q: "Quantity") -> bool:
        """Whether the words around the figure mark it as a whole ("would have", "a total of", "in all")."""
        if self.before.search(text, max(0, q.start - 80), q.start):
            return True
        return self.after is not None and self.after.match(text, q.end, q.end + 60) is not None

    def _unit(self, text: str, q: "Quantity") -> str | None:
        """What the figure counts: its currency for money, else the rule's noun written after it."""
        if q.kind == "money":
            return q.unit
        m = self.noun_after.match(text, q.end, q.end + 80) if self.noun_after else None
        return m.group("noun").lower() if m else None

    def _near_sum(self, whole: "Quantity", parts: list) -> "list | None":
        """The first set of parts within the gap of the whole, or None (also when one set hits it exactly)."""
        near = None
        for size in range(2, min(self.max_parts, len(parts)) + 1):
            for combo in combinations(parts, size):
                gap = abs(whole.value - sum(q.value for q in combo))
                if gap == 0:
                    return None
                if gap <= self.max_gap and near is None:
                    near = list(combo)
        return near


def _precise(q: "Quantity", step: float) -> bool:
    """An exact figure written to ``step`` or finer, in digits ("278,709"; not "about 280,000")."""
    return q.exact and not q.words and q.step <= step and q.hedge is None

