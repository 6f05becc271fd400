"""The ``difference-as-percent`` kind: a percentage that is, to the last digit, the gap between two amounts.

"1986 spending of 27.3 mln dlrs … precious metals … 17.7 mln dlrs while oil and gas … less than last year's
9.6 pct": 27.3 - 17.7 is 9.6, so the third figure is the remaining 9.6 mln dlrs, and "pct" took the unit's
place.  A share written to the decimal that happens to equal the difference of two amounts beside it is rare;
the amounts must be written to that same decimal, and the percentage must not be a change ("up 9.6 pct").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param
from factlint.kinds.numbers.compare import scale_of
from factlint.kinds.numbers.select import BySentence, line_of
from factlint.lang.change_words import change_alternation

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity

# A percentage that is a change or a share of something ("up 9.6 pct", "9.6 pct of", "a 9.6 pct stake").
_CHANGE_BEFORE = regexcache.compile(
    rf"(?i)\b(?:{change_alternation(frozenset({'by', 'to', 'at', 'from', 'a', 'an', 'about', 'some', 'nearly'}))})"
    r"\s+\Z"
)
_SHARE_AFTER = regexcache.compile(r"(?i)\s*(?:of|stake|share|interest|owned|rise|fall|increase|decrease|gain|drop)\b")


class DifferenceAsPercentKind(CheckKind):
    """Reports a percentage equal to the difference of two amounts of one currency and scale nearby.

    The percentage and both amounts are exact and written to one decimal step below one unit (9.6, 27.3, 17.7),
    the amounts in the percentage's sentence or the ``window`` sentences before it; the percentage is not
    stated as a change or a share ("up 9.6 pct", "9.6 pct of").
    """

    params = {"window": Param("int", "sentences before the percentage's that may hold the amounts", default=1)}
    message_values = {"figure": "the percentage as written", "first": "the larger amount", "second": "the smaller",
                      "line": "the larger amount's source line"}  # fmt: skip

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        text = analysis.doc.text
        qs = [q for q in analysis.quantities if not q.table and q.sentence >= 0 and q.exact]
        amounts = BySentence([q for q in qs if q.kind == "money" and scale_of(q) is not None])
        window = self.rule.params["window"]
        for p in qs:
            if p.kind != "percent" or p.step >= 1 or p.value <= 0:
                continue
            if _CHANGE_BEFORE.search(text, max(0, p.start - 20), p.start) or _SHARE_AFTER.match(text, p.end):
                continue
            near = [a for a in amounts.between(p.sentence - window, p.sentence) if a.start < p.start]
            found = _pair(p, near)
            if found is not None:
                big, small = found
                values = {"figure": p.text, "first": big.text, "second": small.text, "line": line_of(analysis, big)}
                related = ((big.num_start, big.end, big.text), (small.num_start, small.end, small.text))
                yield Hit(p.num_start, p.end, values, related)


def _pair(p: "Quantity", amounts: list) -> "tuple[Quantity, Quantity] | None":
    """Two amounts whose written difference is the percentage's written value, the larger first."""
    for i, a in enumerate(amounts):
        for b in amounts[i + 1 :]:
            sa, sb = scale_of(a), scale_of(b)
            if a.unit != b.unit or sa != sb or sa is None:
                continue
            if not (a.step / sa == b.step / sb == p.step):
                continue
            big, small = (a, b) if a.value >= b.value else (b, a)
            if abs((big.value - small.value) / sa - p.value) < p.step / 100:
                return big, small
    return None
