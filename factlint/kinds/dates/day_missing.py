"""The ``date-day-missing`` kind: an abbreviated month where a day belongs, the day itself lost ("on Nov. that")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.extractors.dates.grammar import MONTHS
from factlint.kinds.base import CheckKind, Hit, Param
from factlint.lang.vocabulary import MONTH_ABBREVIATIONS
from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

# Style guides abbreviate a month only before a day ("Nov. 5"); after "on" the day is due.  The word that
# follows instead must be one that can never be part of a date, so "on Nov. 5", "on Nov. 5-6" and a sentence
# ending in an abbreviation ("on Nov. The next day…") are left alone.
_ABBR = "|".join(a.capitalize() for a in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
_DAY_MISSING = regexcache.compile(
    rf"\b[Oo]n\s+(?P<mon>{_ABBR})\.\s+(?P<next>that|the|a|an|at|in|with|for|when|as|after|before|while|"
    r"because|he|she|it|they|we|his|her|their|its)\b"
)


class DateDayMissingKind(CheckKind):
    """Reports "on <abbreviated month>." followed by a word that cannot be a day ("told reporters on Nov.
    that…"): the day of the month was dropped in editing.

    Only the abbreviated form with its period is read, since that form is written only before a day; a full
    month name may stand alone and is not judged.  No publication date is needed.
    """

    quotations = "hits"
    params = {
        "skip_quotes": Param("bool", "do not report inside direct quotations", default=False),
    }
    message_values = {
        "date": "the words as written",
        "month": "the month's full name",
        "next": "the word found where the day belongs",
    }

    def __init__(self, rule):
        super().__init__(rule)

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        text = analysis.doc.text
        for m in _DAY_MISSING.finditer(text):
            month = MONTHS[MONTH_ABBREVIATIONS[m["mon"].lower()] - 1]
            yield Hit(m.start(), m.end(), {"date": m.group(), "month": month, "next": m["next"]})
