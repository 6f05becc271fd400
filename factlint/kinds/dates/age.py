"""The ``date-age`` kind: an age that does not follow from the birth date stated beside it."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.support.rangeindex import RangeIndex
from factlint.lang.calendar import age_on
from factlint.kinds.rule import SCOPES
from factlint.kinds.base import CheckKind, Hit, Param
from factlint.kinds.dates.common import EXPLICIT_KINDS, scope_span, show_day, show_value

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

# An age told at another time than publication ("then 45", "would have been 50", "died aged 52").
_OTHER_TIME = regexcache.compile(
    r"\b(?:then|at\s+the\s+time|would\s+have|died|dies|death|killed|when\s+(?:he|she|they)\s+was|turn(?:s|ed|ing)?|"
    r"will\s+be|becomes?)\b",
    regex.IGNORECASE,
)


class DateAgeKind(CheckKind):
    """Reports an age that cannot be right for the birth date given in the same passage.

    "Born in 1975, the 52-year-old…" in an article of 2024: someone born in 1975 is 48 or 49.  A birth year
    alone allows two ages; a full birth date allows one.  The birth date and the age must be the only ones
    in the rule's ``scope`` (a sentence by default), the passage must state no other date (the age may be
    told at that time) and no word placing the age at another time ("then 45", "died aged 52", "turns 50").
    The people checks compare ages with knowledge-base birth dates through the same arithmetic
    (``factlint.lang.calendar.age_on``).  Needs the publication date.
    """

    scopes = SCOPES
    needs_pub_date = True
    quotations = "candidates"
    params = {
        "skip_quotes": Param("bool", "do not check ages inside direct quotations", default=True),
    }
    message_values = {
        "age": "the age as written",
        "stated": "the stated age in years",
        "born": "the birth date as written",
        "born_value": "the birth date's value",
        "expected": "the age or ages that birth date gives on the publication date",
        "pub": "the publication date",
    }

    def __init__(self, rule):
        super().__init__(rule)

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        mentions = analysis.dates
        seen: set[tuple[int, int]] = set()
        by_start = RangeIndex(mentions, attrgetter("start"))
        for b in mentions:
            if b.kind != "birth_year" or b.lo is None:
                continue
            lo, hi = scope_span(doc, self.rule.scope, b.start)
            if (lo, hi) in seen:
                continue
            seen.add((lo, hi))
            inside = by_start.between(lo, hi)
            births = [m for m in inside if m.kind == "birth_year"]
            ages = [m for m in inside if m.kind == "age"]
            others = [m for m in inside if (m.kind in EXPLICIT_KINDS and m.year is not None)
                      or m.kind in ("relative", "ago", "range")]
            if len(births) != 1 or len(ages) != 1 or others:
                continue
            age = ages[0]
            if age.amount is None or age.unit != "year" or self.quoted(doc, age.start):
                continue
            if _OTHER_TIME.search(doc.text, lo, hi):
                continue
            pub = analysis.pub_date
            youngest, oldest = age_on(b.lo, b.hi, pub)
            if youngest <= age.amount <= oldest:
                continue
            expected = str(youngest) if youngest == oldest else f"{youngest} or {oldest}"
            yield Hit(age.start, age.end, {
                "age": age.text, "stated": int(age.amount), "born": b.text, "born_value": show_value(b),
                "expected": expected, "pub": show_day(pub),
            }, related=((b.start, b.end, f"born {show_value(b)}"),))
