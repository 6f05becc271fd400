"""The literal reading of a date mention: the day or period its words name, read against the publication date.

``lo``/``hi`` hold the days a writer can mean, which is what the checks compare: "two years ago" is said of
events 18 to 30 months back, and an article is often dated a day or more after it was written.  Beside it a
mention gets ``literal`` only where the words fix one answer: an offset with a definite count ("two weeks
from now", "2 years 1 month 21 days ago", by calendar arithmetic with the day clamped to the month's end),
"last <weekday>" (the most recent one before publication, unless that is one or two days back), a yearless
month and day whose year the text does not set otherwise (the occurrence nearest publication, within four
months, unless a weekday written with it fits another year; Feb 29 in the nearest leap year), a bare "Q1".."Q4"
(the publication year's once begun, else by the clause's tense), and every mention already read as one day.  Hedged or open words ("about two
years ago", "next Sunday" said on a Monday, "a few days ago") get none: a literal reading that could be
wrong is not given.

Whether the text sets another year for a yearless date is decided by ``year_in_doubt``, which the weekday
check shares, so the literal reading and that check never disagree about a date's year.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from factlint.extractors.dates.model import DateMention
from factlint.lang.calendar import is_valid, shift
from factlint.lang.vocabulary import MONTH_NUMBER, WEEKDAY_NUMBER
from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.document.model import Document

# Mention kinds that set the year a passage speaks of ("In 2015", "last year's shutdown", "March 2016").
_YEAR_SETTING = frozenset({"date", "month", "year", "relative", "range"})
# How far back the nearest year written before a yearless date is looked for.
_YEAR_REACH = 4000
# Units an offset's literal day is counted in; a decade or century back names no day anyone means.
_OFFSET_UNITS = frozenset({"day", "week", "month", "year"})
# "last <weekday>" is the most recent such day only when that lies at least this many days back.  Nearer, a
# writer says "yesterday" or "on Tuesday", and an article is often dated a day after it was written: in
# published news "last Tuesday" said on a Wednesday or Thursday is as often the Tuesday of the week before.
_LAST_WEEKDAY_MIN_BACK = 3
# A year spelled out after a month and day ("September 10, nineteen oh one"), which the extractor does not read.
_YEAR_WORDS_AFTER = regexcache.compile(r"(?i),?\s+(?:(?:eighteen|nineteen|twenty)\b|two[\s-]+thousand\b)")
# How far from publication the nearest occurrence of a yearless date may lie: beyond a third of a year, news
# text names the previous or the next year's as often ("his Jan. 27 order" in September, "by Oct. 1" in
# March).  A leap day has no such bound: the words themselves leave only leap years.
_NEAREST_REACH_DAYS = 120
# Month-days that are also the name of a past event in news ("after Sept. 11", "the Sept. 11 attacks",
# "Sept. 11-era powers": 2001), as often as a day of the current year.
_EVENT_NAMES = frozenset({(9, 11)})
# A yearless date that is one end of a period ("from Dec. 20 to Jan. 5", "between now and Nov. 15", "the
# week starting Feb. 4"): its year is the period's, bound to the other end, which it is not read with.
_PERIOD_END_BEFORE = regexcache.compile(
    r"(?ri)(?:\d\s*[-\u2013]\s*|\b(?:from|between|and|to|until|till|through|thru|starting|beginning|commencing)\s+"
    r"(?:on\s+)?)\Z")
_PERIOD_END_AFTER = regexcache.compile(
    rf"(?i)\s*(?:[-\u2013]\s*|(?:to|until|till|through|thru|and)\s+)(?:the\s+)?"
    rf"(?:\d|now\b|today\b|tomorrow\b|(?:{'|'.join(k for k in WEEKDAY_NUMBER | MONTH_NUMBER)})\b)")
# How many years either side of publication a yearless date's occurrence is looked for (Feb 29: 8 at most).
_YEARS_AROUND = 8


def with_literal(doc: "Document", mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` (sorted, overlaps removed) with their literal readings; the list is returned as it is
    when no mention gains or changes one."""
    out = mentions
    for i, m in enumerate(mentions):
        value = _literal(doc, mentions, i)
        if value != m.literal:
            if out is mentions:
                out = list(mentions)
            out[i] = new = replace(m, literal=value)
            if "tense" in m.__dict__:  # read for a yearless date: kept, so no check reads the clause again
                new.__dict__["tense"] = m.__dict__["tense"]
    return out


def _literal(doc: "Document", mentions: list[DateMention], i: int) -> tuple[date, date] | None:
    """The literal reading of ``mentions[i]``, by its form; a hedge ("about two years ago", "earlier last
    Sunday") leaves none, since it says the words are not meant literally."""
    m = mentions[i]
    if m.lo is not None and m.lo == m.hi:
        return m.lo, m.hi
    pub = doc.pub_date
    if pub is None or m.qualifier is not None:
        return None
    if m.kind in ("ago", "ahead"):
        return _offset(pub, m)
    if m.kind == "relative" and m.weekday is not None and m.text.split()[0].lower() == "last":
        back = (pub.weekday() - m.weekday - 1) % 7 + 1
        if back < _LAST_WEEKDAY_MIN_BACK:
            return None
        d = pub - timedelta(days=back)
        return d, d
    if m.kind == "date" and m.year is None and m.month is not None and m.day is not None and m.valid:
        return _yearless(doc, mentions, i, pub)
    if m.kind == "quarter" and m.year is None and m.literal is not None:
        return _bare_quarter(doc, mentions, i, pub)
    return None


def _bare_quarter(doc: "Document", mentions: list[DateMention], i: int, pub: date) -> tuple[date, date] | None:
    """A calendar quarter with no year (the extractor gives the publication year's): that one once it has begun,
    or next year's when a future clause speaks of one already over ("we will launch in Q2" said in November);
    a quarter not begun yet is last year's in a past clause, this year's in a future one, and unsure otherwise
    ("Q4 results" in January are as often last year's)."""
    m = mentions[i]
    lo, hi = m.literal  # type: ignore[misc]
    tense = m.tense
    step = 0
    if lo <= pub:
        step = 1 if hi < pub and tense == "future" else 0
    elif tense == "past":
        step = -1
    elif tense != "future":
        return None
    if not 1 <= pub.year + step <= 9999 or _passage_year_differs(doc, mentions, i, pub.year + step):
        return None
    return lo.replace(year=lo.year + step), hi.replace(year=hi.year + step)  # quarter ends fall in every year


def _offset(pub: date, m: DateMention) -> tuple[date, date] | None:
    """"N units ago" / "in N units' time" with a whole N: the day that many calendar units from publication
    (the compound forms arrive already summed into one unit)."""
    if m.amount is None or m.amount != int(m.amount) or m.amount < 1 or m.unit not in _OFFSET_UNITS:
        return None
    step = (-1 if m.kind == "ago" else 1) * int(m.amount)
    d = shift(pub, step, m.unit)
    if m.unit in ("day", "week"):
        exact = (d - pub).days == step * (7 if m.unit == "week" else 1)
    else:
        exact = (d.year - pub.year) * 12 + d.month - pub.month == step * (12 if m.unit == "year" else 1)
    return (d, d) if exact else None  # not exact: held at the calendar's end, so no day was computed


def _yearless(doc: "Document", mentions: list[DateMention], i: int, pub: date) -> tuple[date, date] | None:
    """A month and day with no year: the occurrence nearest publication, within reach; none where the words or
    the text point elsewhere (a year spelled out after it; an end of a period; an event's name; a weekday
    written that fits the year before or after instead; a tense on the other side of publication: "will reopen
    on Oct. 2" said in November is next year's; the passage's own year)."""
    m = mentions[i]
    text = doc.text
    if (m.month, m.day) in _EVENT_NAMES or _YEAR_WORDS_AFTER.match(text, m.end) \
            or _PERIOD_END_AFTER.match(text, m.end) or _PERIOD_END_BEFORE.search(text, max(0, m.start - 24), m.start):
        return None
    d = _nearest(pub, m.month, m.day)  # type: ignore[arg-type]
    leap_day = (m.month, m.day) == (2, 29)
    if d is None or (not leap_day and abs((d - pub).days) > _NEAREST_REACH_DAYS):
        return None
    if m.weekday is not None and d.weekday() != m.weekday and _weekday_fits_another_year(d, m.weekday):
        return None  # "Saturday, May 5" fitting last year's May 5 only: that year, or a wrong weekday
    if _passage_year_differs(doc, mentions, i, d.year):
        return None
    tense = m.tense  # last: the clause is read only for a date nothing else has ruled out
    return None if (tense == "future" and d < pub) or (tense == "past" and d > pub) else (d, d)


def _weekday_fits_another_year(d: date, weekday: int) -> bool:
    """Whether the weekday written beside ``d``'s month and day falls on it in the year before or after.  When
    it fits none, the weekday is simply wrong (the weekday check reports it) and the date stands."""
    for year in (d.year - 1, d.year + 1):
        if 1 <= year <= 9999 and is_valid(year, d.month, d.day) and date(year, d.month, d.day).weekday() == weekday:
            return True
    return False


def _nearest(pub: date, month: int, day: int) -> date | None:
    """The occurrence of ``month``/``day`` nearest ``pub``; None when two lie equally near (no guess).  Only a
    leap day needs more than the years around publication."""
    around = _YEARS_AROUND if (month, day) == (2, 29) else 1
    days = sorted((abs((date(y, month, day) - pub).days), date(y, month, day))
                  for y in range(max(1, pub.year - around), min(9999, pub.year + around) + 1)
                  if is_valid(y, month, day))
    if not days or (len(days) > 1 and days[0][0] == days[1][0]):
        return None
    return days[0][1]


def _passage_year_differs(doc: "Document", mentions: list[DateMention], i: int, year: int) -> bool:
    """Whether a yearless date may belong to a year other than ``year``: in a photo caption (dated when the
    photo was taken) or a quotation (a letter or a speech has its own "now"), or where the text sets one."""
    start = mentions[i].start
    return doc.in_caption(start) or doc.in_quote(start) or year_in_doubt(doc, mentions, i, year)


def _sets_year(x: DateMention, year: int) -> bool:
    """Whether ``x`` names the year a passage speaks of (not a day-level relative, not a yearless date; not a
    year more than one ahead of ``year``, which is a title or a target, never a yearless date's year)."""
    if x.kind not in _YEAR_SETTING or x.lo is None or x.hi is None:
        return False
    if (x.kind == "relative" and x.granularity in ("day", "week")) or (x.kind in ("date", "month") and x.year is None):
        return False
    return x.lo.year <= year + 1


def year_in_doubt(doc: "Document", mentions: list[DateMention], index: int, year: int) -> bool:
    """Whether the text sets a year other than ``year`` for the yearless date ``mentions[index]``: the nearest
    year-bearing mention before it (within reach), or one later in its sentence, names another year.  Only the
    mentions of its sentence and of the reach before it are read."""
    m = mentions[index]
    sent = doc.sentence_at(m.start)
    sent_end = sent.end if sent is not None else m.end
    for j in range(index + 1, len(mentions)):
        x = mentions[j]
        if x.start >= sent_end:
            break
        if _sets_year(x, year) and not (x.lo.year <= year <= x.hi.year):  # type: ignore[union-attr]
            return True
    for j in range(index - 1, -1, -1):
        x = mentions[j]
        if x.start < m.start - _YEAR_REACH:
            break
        if _sets_year(x, year):
            return not (x.lo.year <= year <= x.hi.year)  # type: ignore[union-attr]
    return False
