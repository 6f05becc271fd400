"""The ``date-tense`` kind: an event told in the past but dated after publication, or the reverse."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.extractors.dates.tense import is_past_verb
from factlint.extractors.dates.verb import confirms_tense
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.lang.calendar import add_days
from factlint.kinds.dates.common import EXPLICIT_KINDS, show_day, show_value

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis


# Notes about the article itself, written after it ("This article was amended on 7 May 2020", "A version of this
# article appeared in print on …", "Updated …"): their dates are the page's, not the story's events.
_NOTE = regexcache.compile(
    r"\b(?:(?:article|story|report|piece|version)\s+(?:was|has\s+been|is)\s+(?:amended|corrected|updated|changed|"
    r"edited|revised|clarified)|appeared\s+in\s+print|print\s+edition|(?:first\s+)?(?:published|posted)\s+on)\b"
    r"|\A\W*(?:Updated|Correction|Clarification|Editor['’]s\s+note)\b",
    regex.IGNORECASE,
)
_PASSIVE = regexcache.compile(r"(?r)\b(?:was|were|been)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\s+$")


def _passive_before(text: str, start: int, prep: str | None) -> bool:
    """Whether a day follows a past passive directly ("was signed June 14, 2024"), as AP style writes it; an
    active verb's object ("designated 22 February as…") is not the event's date."""
    m = _PASSIVE.search(text, max(0, start - 40), start)
    return bool(m and m.group("verb") == prep and is_past_verb(prep))


class DateTenseKind(CheckKind):
    """Reports a stated date that contradicts the tense of its clause, seen from the publication date.

    With ``tense: past`` it reports "was signed into law on June 14, 2024" in an article published on
    10 May 2024: the whole stated period (the day, the month, the year) lies after publication, yet the
    clause says it already happened.  With ``tense: future`` it reports "will take effect on 1 March 2024" in
    an article of 10 May 2024.  The tense is read from the verb nearest the date in its clause; a date inside
    an intention or a conditional ("agreed to meet on…", "would be held on…") has no tense and is never
    reported; a verb right after its subject keeps its tense across its object ("Bolivia halted all payments
    in March 1989"), a participle right before its date ("SOGENAL, founded in 1988") is past, and a comparison
    ("compared with 21.7 billion in 1985") or a participle after "when" takes the past of the clause it depends
    on, never a future.  Photo captions and galleries (dated when the photo was taken, updated after the article)
    and notes about the article itself ("This article was amended on…") are not judged, and before a date is
    reported the tagger's governing verb must agree with the tense read.  Only dates introduced by one of ``preps`` are checked (a day may also follow its past-tense
    verb directly: "was signed June 14, 2024"), so attributive dates ("the 2025 budget was passed") and
    deadlines ("until", "by") are left alone, as are dates without a written year, whose year the reader
    infers.  Needs the publication date; undated articles are skipped.
    """

    needs_pub_date = True
    quotations = "candidates"
    params = {
        "tense": Param("str", "the clause tense to check", required=True, choices=("past", "future")),
        "preps": Param("list", "words that must introduce the date", default=["on", "in", "during"], items="str"),
        "granularities": Param("list", "precisions checked: day, month, year", default=["day", "month", "year"],
                               items="str"),
        # Beyond a century, the tolerance's date arithmetic would leave the calendar.
        "tolerance_days": Param("int", "days past publication (or before it) still accepted", default=0,
                                minimum=0, maximum=36_525),
        "skip_quotes": Param("bool", "do not check dates inside direct quotations", default=True),
    }
    message_values = {
        "date": "the date as written",
        "value": "the date's value at its own precision",
        "pub": "the publication date",
        "tense": "the clause tense (past or future)",
    }

    def __init__(self, rule):
        super().__init__(rule)
        p = rule.params
        self.tense = p["tense"]
        self.preps = frozenset(w.lower() for w in p["preps"])
        bad = set(p["granularities"]) - {"day", "month", "year"}
        if bad:
            raise RuleParamError("granularities", f"unknown granularity '{sorted(bad)[0]}' (day, month, year)")
        self.granularities = frozenset(p["granularities"])
        self.tolerance_days = p["tolerance_days"]

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        for m in analysis.dates:
            if m.kind not in EXPLICIT_KINDS or m.kind == "decade" or m.lo is None or m.resolved:
                continue
            if m.granularity not in self.granularities:
                continue
            if not (m.prep in self.preps or (m.granularity == "day" and self.tense == "past"
                                             and _passive_before(doc.text, m.start, m.prep))):
                continue
            if self.quoted(doc, m.start):
                continue
            if m.tense != self.tense or doc.in_caption(m.start):
                continue
            pub = analysis.pub_date
            wrong = (m.lo > add_days(pub, self.tolerance_days) if self.tense == "past"
                     else m.hi < add_days(pub, -self.tolerance_days))
            if wrong and not self._note(doc, m.start) and confirms_tense(doc, m.start, m.end, self.tense):
                yield Hit(m.start, m.end, {"date": m.text, "value": show_value(m), "pub": show_day(pub),
                                           "tense": self.tense})

    @staticmethod
    def _note(doc, offset: int) -> bool:
        """Whether the date sits in a note about the article (amended, printed, updated), not in the story."""
        s = doc.sentence_at(offset)
        return bool(s and _NOTE.search(doc.text, s.start, s.end))
