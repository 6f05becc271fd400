"""The ``date-range-order`` kind: a span of years written backwards ("from 2020 to 2018")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.extractors.dates.grammar import CHANGE_BEFORE
from factlint.kinds.base import CheckKind, Hit, Param

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis


class DateRangeOrderKind(CheckKind):
    """Reports a range of dates whose end comes before its start: "from 2020 to 2018", "between 2021 and 2018".

    Only ranges written with words ("from … to/until/through", "between … and") are checked; figures joined by
    a dash ("2021-2019") are not taken for years at all.  A range after a verb of change ("fell from 2020 to
    1990") is a pair of amounts, not years, and is left alone.  No publication date is needed.
    """

    quotations = "hits"
    params = {
        "skip_quotes": Param("bool", "do not report ranges inside direct quotations", default=False),
    }
    message_values = {
        "range": "the range as written",
        "first": "its start",
        "last": "its end",
    }

    def __init__(self, rule):
        super().__init__(rule)

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        for m in analysis.dates:
            if m.kind != "range" or not m.is_reversed or m.qualifier in (None, "-"):
                continue
            if CHANGE_BEFORE.search(doc.text, max(0, m.start - 45), m.start):
                continue
            first, last = m.parts
            yield Hit(m.start, m.end, {"range": m.text, "first": first.text, "last": last.text},
                      related=((last.start, last.end, f"ends at {last.text}, before its start {first.text}"),))
