"""Helpers shared by the people and entity kinds: which mentions may be judged, and against which dates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from factlint.support import regexcache
from factlint.extractors.people import PersonMention

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.kb.model import KB

_YEAR = regexcache.compile(r"(?<![\d,.\-/])(1[89]\d\d|20\d\d)(?![\d\-/])")


def judgeable(m: PersonMention, doc: "Document") -> bool:
    """A mention a KB check may judge: it resolves to one KB person by a full name (or a surname bound to one
    written earlier), outside photo captions (dated when the photo was taken, galleries updated later).
    Quotations are the rule's policy, applied through ``CheckKind.quotations``."""
    return m.person is not None and not (m.surname_only and not m.bound) and not doc.in_caption(m.start)


def other_years(doc: "Document", offset: int, pub: date) -> list[int]:
    """Years other than the publication year written in the sentence at ``offset``.

    A sentence about 2019 ("In 2019, defence minister X said …") may give the title held then, so checks against
    the publication date must also accept that year.
    """
    span = doc.sentence_at(offset)
    text = doc.text[span.start:span.end] if span else doc.text[max(0, offset - 200):offset + 200]
    return sorted({int(y) for y in _YEAR.findall(text) if int(y) != pub.year and int(y) <= pub.year + 1})


def office_name(kb: "KB", office_id: str) -> str:
    """The office's canonical name for messages (its id when the KB has no such office)."""
    office = kb.offices.get(office_id)
    return office.name if office else office_id


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|" \
         r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_DATE = regexcache.compile(
    rf"\b(?:{_MONTH}[^\S\n]+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?[^\S\n]+(?P<year>1[89]\d\d|20\d\d))?"
    rf"|(?P<day2>[0-3]?\d)[^\S\n]+{_MONTH.replace('month', 'month2')}(?:,?[^\S\n]+(?P<year2>1[89]\d\d|20\d\d))?"
    rf"|{_MONTH.replace('month', 'month3')}(?:[^\S\n]+of)?[^\S\n]+(?P<year3>1[89]\d\d|20\d\d)"
    rf"|(?P<decade>(?:1[89]|20)\d0)['’]?s"
    rf"|(?<![\d,.\-/])(?P<year4>1[89]\d\d|20\d\d)(?![\d\-/]))\b")


def reference_periods(doc: "Document", offset: int, pub: date, cap: bool = True) -> list[tuple[date, date]]:
    """The times the sentence at ``offset`` names, each as a (first, last) day at its own precision.

    "On July 10, 2019" is that day even in an article of 2019; "July 10" is in the publication year (the year
    before, if that day is after publication); "in 2012" is the whole year, "the 1990s" the decade.  A title
    fits the sentence if it was held at any of them.  With ``cap``, years after the next one are dropped: for a
    present title they are plans, not settings ("by 2030").
    """
    import calendar

    span = doc.sentence_at(offset)
    text = doc.text[span.start:span.end] if span else doc.text[max(0, offset - 200):offset + 200]
    found: list[tuple[date, date]] = []
    for m in _DATE.finditer(text):
        g = m.groupdict()
        try:
            if g["decade"]:
                y = int(g["decade"])
                found.append((date(y, 1, 1), date(y + 9, 12, 31)))
            elif g["year4"] or g["year3"]:
                y = int(g["year4"] or g["year3"])
                if g["year3"]:
                    mo = _month(g["month3"])
                    found.append((date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])))
                else:
                    found.append((date(y, 1, 1), date(y, 12, 31)))
            else:
                mo = _month(g["month"] or g["month2"])
                day = int(g["day"] or g["day2"])
                year = g["year"] or g["year2"]
                d = date(int(year) if year else pub.year, mo, day)
                if not year and d > pub:
                    d = date(pub.year - 1, mo, day)
                found.append((d, d))
        except ValueError:
            continue  # "February 30": not a date to judge by
    return [(a, b) for a, b in found if not cap or a.year <= pub.year + 1]


def _month(name: str) -> int:
    low = name.lower().rstrip(".")
    return next(i for i, full in enumerate(_MONTHS, 1) if full.startswith(low[:3]))
