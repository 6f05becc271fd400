"""The date extractor's data type: one date or time expression, with the interval of days it can mean.

Kept apart from the scanner so the check kinds can name the type without importing the grammar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from factlint.extractors.dates.tense import clause_tense

if TYPE_CHECKING:
    from factlint.document.model import Document


@dataclass(frozen=True)
class DateMention:
    """One date or time expression.

    ``kind`` is one of: date, month, year, quarter, decade, century, weekday, relative, ago (N units before
    publication), ahead (N units after it), range, anniversary, age, birth_year.  ``year``/``month``/``day`` hold the value
    as written (or as resolved against the publication date when ``resolved``), ``granularity`` its precision
    (day, week, month, season, quarter, year, decade, century).  ``lo``/``hi`` are the first and last day the value can mean
    (None when unknown, e.g. a date without a year in an undated article, or an impossible date).
    ``weekday`` is the weekday *written* (0 = Monday), never a computed one.  ``amount`` is the N of
    "N years ago", the ordinal of an anniversary, or an age; ``unit`` its unit; ``qualifier`` a hedge
    ("more than", "about", "early", "earlier").  ``prep`` is the word before the expression ("on", "in",
    "since", "born"…), ``tense`` the tense of its clause ("past", "future", "present" or None), ``parts`` the
    two ends of a range, ``subject`` the span of the person an age is attached to, when written next to it.

    ``literal`` is a second reading beside ``lo``/``hi``: the day or period the words name when read literally
    against the publication date ("two years ago" published 2016-11-07 is 2014-11-07, "last Sunday" said on a
    Thursday the Sunday just gone, a yearless "Oct. 2" the occurrence nearest publication when the text gives it no year).  It
    is None wherever the words leave a choice ("next Sunday" on a Monday, "a few days ago").  Checks keep
    reading ``lo``/``hi``: an article is often dated after it was written and a writer's "two years ago" spans
    months, so the literal day would turn loose usage into false findings (``dates.literal``).
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    granularity: str | None = None
    weekday: int | None = None
    valid: bool = True
    lo: date | None = None
    hi: date | None = None
    resolved: bool = False
    amount: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    prep: str | None = None
    parts: tuple["DateMention", ...] = ()
    subject: tuple[int, int] | None = None
    literal: tuple[date, date] | None = None
    doc: "Document | None" = field(default=None, repr=False, compare=False)

    @cached_property
    def tense(self) -> str | None:
        """Tense of the clause around the mention ("past", "future", "present", None), computed on first use."""
        if self.doc is None:
            return None
        s = self.doc.sentence_at(self.start)
        lo, hi = (s.start, s.end) if s is not None else (0, len(self.doc.text))
        return clause_tense(self.doc.text, self.start, self.end, lo, hi)

    @property
    def is_reversed(self) -> bool:
        """For a range: whether its end lies wholly before its start ("from 2020 to 2018")."""
        if len(self.parts) != 2 or self.parts[0].lo is None or self.parts[1].hi is None:
            return False
        return self.parts[1].hi < self.parts[0].lo
