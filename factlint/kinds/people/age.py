"""The ``age_kb`` kind: an age given for a person ("Rustem Umerov, 41," / "the 41-year-old …") checked against
the birth date in the KB."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.extractors.people import person_mentions
from factlint.kb.model import age_on
from factlint.kinds.base import CheckKind, Hit, Param
from factlint.kinds.people.common import judgeable, other_years

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

_AFTER = regexcache.compile(r",[^\S\n]+(?:aged[^\S\n]+)?(?P<age>[0-9]{1,3})(?=[,;)]|[^\S\n]+(?:and|who|was|is|said|has)\b)"
                       r"|[^\S\n]+\((?:aged[^\S\n]+)?(?P<age>[0-9]{1,3})\)")
# A figure after a name that is a count or a share, not an age: "Mr. Rubio, 10, percent", "Sanders (45)" in a
# sentence of votes, delegates or poll points.
_SHARE_NEXT = regexcache.compile(r"[,;)]?[^\S\n]*(?:percent|per[^\S\n]+cent|%|points?|votes?|seats?|delegates?)\b")
_COUNT_WORDS = regexcache.compile(r"\b(?:percent|per cent|%|points|votes|seats|delegates|polls?|goals|runs|"
                                  r"wins|ballots|support)\b", regex.IGNORECASE)
# Ages in ASCII digits: ``regex`` takes more characters for \d than ``int()`` converts (U+1CCF2).
_BEFORE = regexcache.compile(r"(?<![\d\-])(?P<age>[0-9]{1,3})-year-old[^\S\n]+\Z")


class AgeKBKind(CheckKind):
    """Reports an age that does not match the person's birth date in the KB on the publication date.

    Reads "Name, 52," / "Name (52)" / "Name, aged 52," and "the 52-year-old Name" (a title may stand between the
    age and the name).  Any age the person had during the ``window_days`` before publication is accepted, so a
    story written a few days before a birthday is not reported; a birth year without a day accepts both possible
    ages.  Sentences that name another year (the age may be the one the person had then), quotations and
    surnames not bound to a full name are left alone.
    """

    needs_pub_date = True
    quotations = "candidates"
    params = {
        "window_days": Param("int", "days before publication whose ages are also accepted", default=30,
                             minimum=0, maximum=366),
        "skip_quotes": Param("bool", "leave mentions inside direct quotations alone", default=True),
    }
    message_values = {
        "name": "the person's canonical name",
        "age": "the age as written",
        "expected": "the age (or ages) the KB gives on that date",
        "born": "the KB birth date",
        "date": "the publication date",
        "source": "the source of the birth date",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.window = timedelta(days=rule.params["window_days"])

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        text = doc.text
        candidates = []
        for m in person_mentions(analysis.mentions):
            if m.person is None or m.person.born is None:
                continue
            after = _AFTER.match(text, m.name_end)
            before = _BEFORE.search(text[max(0, m.start - 20):m.start])
            if after and not _count(doc, m, after):
                candidates.append((m, int(after.group("age")), m.name_end, after.end()))
            elif before:
                start = m.start - (min(m.start, 20) - before.start())
                candidates.append((m, int(before.group("age")), start, m.end))
        if not candidates:
            return
        pub = analysis.pub_date
        for m, age, start, end in candidates:
            if not judgeable(m, doc) or self.quoted(doc, m.start) or other_years(doc, start, pub):
                continue
            born = m.person.born
            if pub < born.first:  # a publication date before the birth (a wrong date, year 1): no age to compare
                continue
            try:
                low = age_on(born, pub - self.window)[0]
            except OverflowError:  # published in year 1: the window cannot reach back
                low = age_on(born, pub)[0]
            high = age_on(born, pub)[1]
            if low <= age <= high:
                continue
            lo_now, hi_now = age_on(born, pub)
            expected = str(lo_now) if lo_now == hi_now else f"{lo_now} or {hi_now}"
            s, e = (start, end) if start < m.name_start else (m.name_start, end)
            yield Hit(s, e, {"name": m.person.name, "age": str(age), "expected": expected, "born": str(born),
                             "date": str(pub), "source": m.person.born_source or "no source"})


def _count(doc, m, after: "regex.Match[str]") -> bool:
    """The figure after the name is a share or a count: a unit follows it, or the sentence is about votes,
    shares or scores (then "Name, 10," and "Name (45)" are list items, not ages)."""
    if _SHARE_NEXT.match(doc.text, after.end()):
        return True
    span = doc.sentence_at(m.name_start)
    return span is not None and bool(_COUNT_WORDS.search(doc.text, span.start, span.end))
