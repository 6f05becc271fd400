"""The ``date-anniversary`` kind: "the third anniversary" of an event whose stated start makes it another."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.support.rangeindex import RangeIndex
from factlint.kinds.base import CheckKind, Hit, Param
from factlint.kinds.dates.common import EXPLICIT_KINDS, show_day, show_value

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

# Words that put the anniversary ahead of publication ("ahead of the third anniversary", "will mark").
_AHEAD = regexcache.compile(
    r"\b(?:will|would|ahead\s+of|approach\w*|upcoming|coming|next|prepar\w*|plan\w*|to\s+(?:mark|commemorate|"
    r"celebrate|observe)|due|set\s+to|looms?|looming|before)\b",
    regex.IGNORECASE,
)
# Words that put it behind publication ("last year's 25th anniversary").
_BEHIND = regexcache.compile(r"\b(?:last\s+year|a\s+year\s+ago|previous|earlier|had|was|were)\b", regex.IGNORECASE)
# Between "anniversary" and the event's date: "of", then no sentence break and no other anniversary.
_LINK = regexcache.compile(r"\s+of\b[^.;:!?]*$")
# After a comma, only a relative clause on the event still dates it ("…of the invasion, which began in 2022");
# another comma opens a list item or a place ("…, the 2018 film", "…, in central Seoul, March 1, 2019").
_RELATIVE_AFTER_COMMA = regexcache.compile(r",\s*(?:which|that|when|who)\b[^,]*$")
# A day after "on" dates the ceremony, not the event ("the 150th anniversary of the Address on November 19, 2013").
_ON_DAY = regexcache.compile(r"\bon\s+(?:\p{L}+day,?\s+)?$")


class DateAnniversaryKind(CheckKind):
    """Reports an anniversary whose number does not fit the start date stated for its event.

    "The third anniversary of the invasion, which began in 2022" in an article of 2024 is wrong: the third
    anniversary falls in 2025.  The event's date must follow "anniversary of" in the same sentence; the
    anniversary is expected in the publication year, in the next one when the sentence looks ahead ("ahead of",
    "will mark", "approaching"), or in the previous one when it looks back.  When the start month is stated
    the check allows ``slack_months`` either side of the exact anniversary month.  A relative year in the
    sentence ("next year marks…") or a second stated date makes the anniversary's own year unclear, and the
    sentence is skipped.  A date after a comma that opens no relative clause ("…, the 2018 film"), a day after
    "on" (the ceremony's: "of the Address on November 19, 2013") and photo captions are not the event's start.
    Needs the publication date.
    """

    needs_pub_date = True
    quotations = "candidates"
    params = {
        "slack_months": Param("int", "months an anniversary may lie from publication when its month is known",
                              default=6, minimum=0, maximum=24),
        "skip_quotes": Param("bool", "do not check inside direct quotations", default=True),
    }
    message_values = {
        "anniversary": "the anniversary as written",
        "ordinal": "its number",
        "start": "the event's stated start, as written",
        "start_value": "the start's value",
        "expected": "the year that anniversary falls in",
        "elapsed": "whole years between the start and publication",
        "pub": "the publication date",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.slack = rule.params["slack_months"]

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        text = doc.text
        mentions = analysis.dates
        by_start = RangeIndex(mentions, attrgetter("start"))
        for i, a in enumerate(mentions):
            if a.kind != "anniversary" or not a.amount or self.quoted(doc, a.start):
                continue
            sent = doc.sentence_at(a.start)
            if sent is None:
                continue
            in_sentence = [m for m in by_start.between(sent.start, sent.end) if m is not a]
            if any(m.kind in ("relative", "ago", "ahead", "anniversary", "range") for m in in_sentence):
                continue
            stated = [m for m in in_sentence if m.kind in EXPLICIT_KINDS]
            if len(stated) != 1 or stated[0].start < a.end or stated[0].lo is None or stated[0].kind == "decade":
                continue
            start = stated[0]
            if not _LINK.match(text, a.end, start.start) or doc.in_caption(a.start):
                continue
            link = text[a.end:start.start]
            if ("," in link and not _RELATIVE_AFTER_COMMA.search(link)) or (
                    start.granularity == "day" and _ON_DAY.search(link)):
                continue
            pub = analysis.pub_date
            n = int(a.amount)
            ahead = bool(_AHEAD.search(text, sent.start, sent.end))
            behind = bool(_BEHIND.search(text, sent.start, sent.end))
            if start.month is not None:
                months = (start.year + n - pub.year) * 12 + (start.month - pub.month)  # anniversary - pub
                lo = -self.slack - (12 if behind else 0)
                hi = self.slack + (12 if ahead else 0)
                ok = lo <= months <= hi
            else:
                years = {pub.year} | ({pub.year + 1} if ahead else set()) | ({pub.year - 1} if behind else set())
                ok = start.year + n in years
            if ok:
                continue
            yield Hit(a.start, a.end, {
                "anniversary": a.text, "ordinal": n, "start": start.text, "start_value": show_value(start),
                "expected": start.year + n, "elapsed": _elapsed_years(start, pub), "pub": show_day(pub),
            }, related=((start.start, start.end, f"the event's start, {show_value(start)}"),))


def _elapsed_years(start, pub) -> int:
    elapsed = pub.year - start.year
    if start.month is not None and (pub.month, pub.day) < (start.month, start.day or 1):
        elapsed -= 1
    return elapsed
