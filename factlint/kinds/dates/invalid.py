"""The ``date-invalid`` kind: a date that does not exist ("February 30", "29 February 2023")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.lang.calendar import days_in_month
from factlint.extractors.dates.grammar import MONTHS
from factlint.kinds.base import CheckKind, Hit, Param

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis


class DateInvalidKind(CheckKind):
    """Reports a written date whose day does not exist in its month.

    "September 31" and "February 30" never exist; "29 February" exists only in leap years, so it is reported
    only when the year is written and is not a leap year.  The publication date is not needed.  Direct
    quotations are checked too unless ``skip_quotes`` is set: a quoted impossible date still needs a [sic] or a
    correction.
    """

    quotations = "candidates"
    params = {
        "skip_quotes": Param("bool", "do not report dates inside direct quotations", default=False),
    }
    message_values = {
        "date": "the date as written",
        "month": "the month's name",
        "days": "how many days that month has (in that year, when written)",
        "year": "the year, or 'any year' when none is written",
    }

    def __init__(self, rule):
        super().__init__(rule)

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        for m in analysis.dates:
            for d in (m.parts or (m,)):
                if d.valid or d.month is None or d.day is None:
                    continue
                if self.quoted(doc, d.start):
                    continue
                yield Hit(m.start, m.end, {
                    "date": m.text,
                    "month": MONTHS[d.month - 1],
                    "days": days_in_month(d.year, d.month),
                    "year": str(d.year) if d.year is not None else "any year",
                })
