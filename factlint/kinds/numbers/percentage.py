"""The ``percentage`` kind: a stated share ("a pass rate of 65%", "more than half") against its own counts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param
from factlint.kinds.numbers.select import line_of
from factlint.lang.change_words import change_alternation

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity

# A share right after one of these describes a change ("rose 12%"), not a part of a whole.
_CHANGE_BEFORE = regexcache.compile(
    r"(?ri)\b(?:"
    + change_alternation(frozenset("by to from vs versus against compared change growth".split()))
    + r")\b[^.;!?\d]{0,20}\Z"
)
_OF_AFTER = regexcache.compile(r"\s+(?:out\s+)?of\b")
# A share in a relative clause describes the members, not the part: "24 of the 234 members represent
# districts that are more than 25 percent Hispanic".
_PREDICATE_BEFORE = regexcache.compile(r"(?ri)\b(?:that|which|who)\s+(?:are|is|were|was|be|become|became)\s+\Z")
_APPOSITION = regexcache.compile(r"\s*(?:,|\(|—|–|-)\s*(?:or\s+|that\s+is\s+|i\.e\.\s+)?")


class PercentageKind(CheckKind):
    """Checks a stated share against the part and whole it describes, in one sentence.

    The part and whole are a figure stated as part of another ("180 of 240 passed", "Of the 240 …, 180",
    "50 drones, of which 40 …"), or a count set beside a share of a whole ("half of the 240 students, 110,
    …").  The share is a percentage ("a pass rate of 65%", "65 per cent") or a fraction word ("a quarter",
    "more than half", "a majority", "nearly two-thirds").  Only a sentence with exactly one such pair and one
    share that is not a change ("rose 12%") is checked.

    The tolerance follows the precision written: a whole-number percentage may be off by one point (writers
    round and truncate), "65.3%" by 0.1; a fraction word by ``word_tolerance`` points; hedges ("nearly",
    "more than") widen the share as they do any figure; ``extra_tolerance`` adds points to every share.
    """

    params = {
        "word_tolerance": Param("float", "points a bare fraction word may be off ('a third' for 32%)", default=2.5,
                                minimum=0, maximum=50),
        "extra_tolerance": Param("float", "points of tolerance added to every share", default=0.0,
                                 minimum=0, maximum=50),
    }
    message_values = {
        "share": "the share as written",
        "share_line": "its source line",
        "part": "the part as written",
        "whole": "the whole as written",
        "computed": "part / whole as a percentage, to one decimal",
        "pair_line": "the source line of the part",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.word_tolerance = float(rule.params["word_tolerance"])
        self.extra = float(rule.params["extra_tolerance"])

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        qs = analysis.quantities
        text = analysis.doc.text
        by_sentence: dict[int, list[Quantity]] = {}
        for q in qs:
            if not q.table:
                by_sentence.setdefault(q.sentence, []).append(q)
        for members in by_sentence.values():
            shares = [q for q in members if q.kind in ("percent", "share")]
            if len(shares) != 1:
                continue
            share = shares[0]
            pairs = self._pairs(text, qs, members, share)
            if len(pairs) != 1:
                continue
            part, whole = pairs[0]
            if share.part_of is not None and share.part_of != whole.index:
                continue  # "a quarter of the company's dancers" beside "two of 12 principals": another whole
            if share.part_of is None and _OF_AFTER.match(text, share.end):
                continue  # the share describes a whole the extractor could not bind
            if part.noun and share.noun and share.part_of is None and share.noun != part.noun:
                continue  # "65% of voters" beside "180 of 240 students": another whole
            if share.part_of is None and _CHANGE_BEFORE.match(text, max(0, share.start - 40), share.start):
                continue
            if _PREDICATE_BEFORE.match(text, max(0, share.start - 24), share.start):
                continue
            lo, hi = self._share_interval(share)
            if whole.low <= 0:
                continue
            c_lo = part.low / whole.high * 100 if whole.high > 0 else 0.0
            c_hi = part.high / whole.low * 100
            if c_lo <= hi and lo <= c_hi:
                continue
            computed = part.value / whole.value * 100
            values = {
                "share": share.text,
                "share_line": line_of(analysis, share),
                "part": part.text,
                "whole": whole.text,
                "computed": f"{computed:.1f}",
                "pair_line": line_of(analysis, part),
            }
            related = ((part.num_start, part.end, f"part: {part.text}"), (whole.num_start, whole.end, f"whole: {whole.text}"))
            yield Hit(share.start, share.end, values, related)

    def _pairs(self, text: str, qs: list, members: list, share: "Quantity") -> list[tuple]:
        pairs = []
        for q in members:
            if q.kind == "count" and q.part_of is not None:
                whole = qs[q.part_of]
                if whole.kind == "count" and not whole.table:
                    pairs.append((q, whole))
        if share.part_of is not None:
            whole = qs[share.part_of]
            end = whole.noun_end if whole.noun_end > 0 else whole.end
            a = _APPOSITION.match(text, end)
            nxt = [q for q in members if q.start >= end and q.kind == "count"]
            if a is not None and nxt and nxt[0].start == a.end():
                pairs.append((nxt[0], whole))
        return pairs

    def _share_interval(self, share: "Quantity") -> tuple[float, float]:
        if share.kind == "share":
            lo, hi = share.low * 100, share.high * 100
            if share.exact:
                lo, hi = lo - self.word_tolerance, hi + self.word_tolerance
            return lo - self.extra, hi + self.extra
        tol = share.step + self.extra
        return share.low - tol, share.high + tol
