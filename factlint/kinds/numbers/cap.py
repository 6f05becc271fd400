"""The ``parts-within-cap`` kind: itemised amounts whose upper ends add up to more than the stated maximum total.

Registers of interests and pay reports give a banded total ("earned up to £85,000 from speeches, articles and
advice") and then the items ("£20,000 from articles … up to £35,000 for four speeches … between £25,000 and
£35,000 as an adviser").  The total's upper end must cover the items' upper ends; when they add up to more,
the total or an item is wrong.  A list that falls short is not reported: lists are often incomplete.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

import regex

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.select import line_of

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity

# A sentence that goes on about the same subject: it opens with a pronoun, or names the subject again.
_PRONOUN = regexcache.compile(r"(?:He|She|His|Her|They|Their)\b")
_TITLED = regexcache.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+(?P<name>[A-Z][\w'’-]+)")
_NAME = regexcache.compile(r"\b[A-Z][a-z][\w'’-]+\b")


class PartsWithinCapKind(CheckKind):
    """Reports a maximum total ("up to £85,000") exceeded by the upper ends of the items listed after it.

    The total is money stated as an upper bound ("up to", "as much as") in a sentence where ``cue_before``
    matches the words before it ("earned", "makes") and ``listing`` the words after it (by default a "from"
    followed by a list of two or more sources: "from speeches, articles and advice"), so that the sentence
    plainly announces an itemisation.  The items are the money figures of the next ``window`` sentences (the
    list may begin a new paragraph) that go on about the same subject (each opens with a pronoun or names the
    subject again by a name of the total's sentence; the first that does not ends the list), in the same
    currency, and not in a sentence
    matching ``skip`` ("lost him his salary").  An item counts at its upper end ("between £25,000 and £35,000":
    £35,000).  Reported when at least two items add up to more than the total's upper end.
    """

    params = {
        "cue_before": Param("str", "regex the words before the total must end with", required=True),
        "listing": Param("str", "regex the words after the total must start with (a list of sources)",
                         default=r"\s+(?:a\s+year\s+)?from\s+[^.;:]*?(?:,|\band\b)"),
        "skip": Param("str", "regex; a sentence matching it gives no items", default=r"\blos[te]\b|\bforg[oa]"),
        "window": Param("int", "how many sentences after the total's are read for items", default=3,
                        minimum=1),
    }
    message_values = {
        "total": "the stated maximum as written",
        "parts": "the items as written, joined with ' + '",
        "parts_sum": "the sum of the items' upper ends",
        "parts_line": "the source line of the first item",
    }

    def __init__(self, rule: Any):
        super().__init__(rule)
        p = rule.params
        self.window = int(p["window"])
        try:
            self.before = regexcache.compile(r"(?i)\b(?:" + p["cue_before"] + r")\s+\Z")
            self.listing = regexcache.compile(r"(?i)" + p["listing"])
            self.skip = regexcache.compile(r"(?i)" + p["skip"]) if p["skip"] else None
        except regex.error as exc:
            raise RuleParamError("cue_before", f"bad regular expression: {exc}") from None

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        text = doc.text
        money: dict[int, list] = {}
        for q in analysis.quantities:
            if q.kind == "money" and not q.table and q.sentence >= 0:
                money.setdefault(q.sentence, []).append(q)
        for k, members in money.items():
            for total in members:
                if not _capped(total) or not self.before.search(text, max(0, total.start - 40), total.start):
                    continue
                if not self.listing.match(text, total.end, doc.sentences[k].end):
                    continue
                parts = self._items(analysis, total, money)
                if len(parts) < 2:
                    continue
                top = sum(q.high for q in parts)
                if top <= total.high:
                    continue
                values = {"total": total.text, "parts": " + ".join(q.text for q in parts),
                          "parts_sum": _written(total, top), "parts_line": line_of(analysis, parts[0])}
                related = tuple((q.num_start, q.end, f"item: {q.text}") for q in parts)
                yield Hit(total.num_start, total.end, values, related)

    def _items(self, analysis: "Analysis", total: "Quantity", money: dict) -> list:
        """The money items of the sentences that go on about the total's subject, in its currency."""
        doc = analysis.doc
        text = doc.text
        own = doc.sentences[total.sentence]
        names = set(_NAME.findall(text, own.start, total.start))
        items = []
        for k in range(total.sentence + 1, min(total.sentence + 1 + self.window, len(doc.sentences))):
            span = doc.sentences[k]
            opening = text[span.start : span.start + 40]
            titled = _TITLED.match(opening)
            if not (_PRONOUN.match(opening) or (titled and titled.group("name") in names)):
                break
            if self.skip is not None and self.skip.search(text, span.start, span.end):
                continue
            for q in money.get(k, ()):
                if q.unit != total.unit or q.high == float("inf") or q.high >= total.high:
                    return []  # an item as large as the total: not an itemisation of it
                items.append(q)
        return items


def _capped(q: "Quantity") -> bool:
    """Whether the figure is stated as a maximum: "up to £85,000", "as much as $2m"."""
    return q.hedge is not None and q.low < q.high < float("inf") and q.low == 0


def _written(like: "Quantity", value: float) -> str:
    """``value`` written with the total's currency sign ("£90,000")."""
    sign = _SIGN.search(like.text)
    return f"{sign.group(0)}{value:,.0f}" if sign else f"{value:,.0f} {like.unit}"


_SIGN = regexcache.compile(r"[£$€¥]")
