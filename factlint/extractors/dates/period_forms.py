"""Handlers for the periods longer than a month: quarters ("Q3 2016", "the third quarter of 2016", "2016 Q3",
"Q1 this year"), centuries ("the 15th century", "twenty-first-century") and decades written in words or in
two digits ("the seventies", "the nineteen-eighties", "the 70s").

Each names its period outright only with a year (written, or "this/last/next year"); without one the span is
claimed as date text with no value: a bare "Q3" may be this year's or next year's, a bare "third quarter" is
as often a game's as a year's (so it is not claimed at all), "the 20s" may be the 1920s or the 2020s.
"""

from __future__ import annotations

from datetime import date
from typing import Iterator

import regex

from factlint.extractors.dates import grammar as g
from factlint.extractors.dates.model import DateMention
from factlint.extractors.dates.scan import Scan
from factlint.lang.calendar import month_interval
from factlint.support import regexcache

_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                     "final": 4, "last": 4}
# The year a quarter belongs to, after it: "Q1 2019", "Q1 of 2019", "third quarter of 2016", "Q3 this year".
_QUARTER_YEAR_AFTER = regexcache.compile(
    r"(?:,?\s+(?:of\s+)?(?P<y>\d{4})(?![\d,.]?\d)|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year)\b"
)
# ... or before it: "2016 Q3", "2016 the third quarter", "2016's third quarter".
_QUARTER_YEAR_BEFORE = regexcache.compile(r"(?r)(?<![\d,.$£€/-])(?P<y>\d{4})(?:['\u2019]s)?\s+(?:the\s+)?$")
_QUARTER_ORDINAL_BEFORE = regexcache.compile(
    r"(?ri)(?<![\w-])(?:(?P<the>the)\s+)?(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+$"
)
# A fiscal quarter ("fiscal Q3 2016", "FY2016 Q3") follows its company's year, which the text does not give.
_THE_BEFORE = regexcache.compile(r"(?ri)\bthe\s+$")
_FISCAL_BEFORE = regexcache.compile(r"(?ri)\b(?:fiscal|financial|FY\s?'?\d*)[\s-]+(?:the\s+)?(?:\d{4}\s+)?$")
_CENTURY_ORDINAL_BEFORE = regexcache.compile(rf"(?ri)(?<![\w-])(?P<o>{g._ORD})[\s-]+$")
# A century before Christ, or one counted from something else ("the first century of the republic", "its
# second century in business"): not the calendar's.
_ERA_AFTER = regexcache.compile(r"\s*(?:BCE?\b|B\.C\.?|before\s+(?:Christ|the\s+common\s+era))"
                                r"|\s+(?:of\b(?!\s+(?:our|the\s+common)\s+era)|since\b|after\b|in\s+(?:its|their|the\s+life|business)\b)",
                                regex.IGNORECASE)
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90, "noughties": 0}
_DECADE_WORD_BEFORE = regexcache.compile(
    r"(?ri)(?<![\w-])the\s+(?:(?P<mod>early|mid|late)[-\s]+)?(?:(?P<cent>nineteen|eighteen|twenty)[\s-]+)?$"
)
_TWO_DIGIT_DECADE_BEFORE = regexcache.compile(r"(?ri)(?<![\w-])the\s+(?:(?P<mod>early|mid|late)[-\s]+)?$")
# A sentence about a measured quantity, where "the 70s" / "the thirties" is a band of values (a temperature, a
# rating, a price, a score, an age) rather than a decade: "highs in the 70s", "ratings were in the thirties",
# "the stock was in the 50s", "support fell into the 30's".
_NOT_DECADE = regexcache.compile(
    r"(?i)\b(?:temperatures?|degrees?|highs?|lows?|fahrenheit|celsius|forecast|weather|heat|mph|km/h|"
    r"scor(?:e|es|ed|ing)|points?|percent|per\s+cent|poll(?:s|ed|ing)?|ratings?|approval|disapproval|support|"
    r"popularity|stocks?|shares?|prices?|trad(?:ed|ing|ers?)|aged?|ages|years?\s+old|women|men|"
    r"(?:fell|dropped|rose|climbed|slipped|sank|plunged|spiked|hovered|down|up)\s+(?:in)?to)\b|°|%"
)

# Capitalised words that may stand before a calendar "Q3" (at a sentence start, or a year's own word).
_WORDS_BEFORE_A_QUARTER = frozenset("""in during for by since from until till the of and to through before after
    by over between this last next""".split())


def _quarter_span(year: int, n: int) -> tuple[date, date]:
    return month_interval(year, 3 * n - 2)[0], month_interval(year, 3 * n)[1]


def _quarter(scan: Scan, start: int, end: int, n: int) -> Iterator[DateMention]:
    """The quarter ``n`` written from ``start`` to ``end``, with its year when one is written beside it."""
    year = None
    after = _QUARTER_YEAR_AFTER.match(scan.text, end)
    before = scan.before(_QUARTER_YEAR_BEFORE, start, 14)
    if after and after["y"]:
        year, end = int(after["y"]), after.end()
    elif after and after["rel"]:
        end = after.end()
        if scan.pub:
            year = scan.pub.year + {"this": 0, "last": -1, "next": 1}[after["rel"]]
    elif before:
        year, start = int(before["y"]), before.start()
    fiscal = scan.before(_FISCAL_BEFORE, start, 20) is not None
    if fiscal or (year is not None and not 1000 <= year <= 2199):
        year = None
    lo, hi = _quarter_span(year, n) if year is not None else (None, None)
    # A calendar quarter with no year is given the publication year's as its literal reading; ``dates.literal``
    # moves it by the clause's tense or drops it where the text sets another year.  A fiscal one follows a year
    # the text does not give.
    literal = _quarter_span(scan.pub.year, n) if year is None and not fiscal and scan.pub else None
    yield scan.mention(start, end, "quarter", year=year, amount=n, granularity="quarter", lo=lo, hi=hi,
                       literal=literal)


def quarter_code(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    """"Q1".."Q4", alone (no value) or with its year; after a name it is a model ("Audi Q3") or a company's
    own quarter ("Apple's Q3"), so nothing is claimed."""
    w1, _ = scan.prev_words(m.start())
    if w1[:1].isupper() and w1.lower() not in _WORDS_BEFORE_A_QUARTER:
        return
    yield from _quarter(scan, m.start(), m.end(), int(m["qn"]))


def quarter_word(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    """"the third quarter of 2016": an ordinal before "quarter" and a year beside it; without a year nothing
    (a game's quarter), and "last quarter" alone is the relative form."""
    ordinal = scan.before(_QUARTER_ORDINAL_BEFORE, m.start(), 16)
    if not ordinal:
        return
    after = _QUARTER_YEAR_AFTER.match(scan.text, m.end())
    if not (after or scan.before(_QUARTER_YEAR_BEFORE, ordinal.start(), 14)):
        return
    yield from _quarter(scan, ordinal.start(), m.end(), _QUARTER_ORDINALS[ordinal["o"].lower()])


def final_quarter(scan: Scan, start: int, end: int) -> list[DateMention]:
    """"the last quarter of 2004" (read from its "last"): the fourth quarter of that year; none without a year."""
    if not _QUARTER_YEAR_AFTER.match(scan.text, end):
        return []
    the = scan.before(_THE_BEFORE, start, 5)
    return list(_quarter(scan, the.start() if the else start, end, 4))


def century(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    """"the 15th century", "twenty-first-century": the hundred years the ordinal names (none before Christ, or
    counted from a founding)."""
    ordinal = scan.before(_CENTURY_ORDINAL_BEFORE, m.start(), 24)
    if not ordinal or m.group().lower() != "century":
        return
    n = g.ordinal_value(ordinal["o"])
    values: dict[str, object] = {"granularity": "century", "amount": n}
    if n and 1 <= n <= 21 and not _ERA_AFTER.match(scan.text, m.end()):
        first = max(1, (n - 1) * 100)
        values.update(year=first, lo=date(first, 1, 1), hi=date((n - 1) * 100 + 99, 12, 31))
    yield scan.mention(ordinal.start(), m.end(), "century", **values)


def decade_word(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    """"the seventies", "the nineteen-eighties", "the noughties" (never "her seventies", an age, nor "ratings in
    the thirties")."""
    before = scan.before(_DECADE_WORD_BEFORE, m.start(), 30)
    if not before or _quantity_sentence(scan, m.start(), m.end()):
        return
    d = _DECADE_WORDS[m.group().lower()]
    cent = (before["cent"] or "").lower()
    year = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[cent] + d if cent else (
        2000 if d == 0 else 1900 + d if d >= 30 else None)
    yield from _decade(scan, before.start(), m.end(), year, before["mod"])


def decade_digits(scan: Scan, m: regex.Match) -> Iterator[DateMention]:
    """"the 70s", "the late 70's": a decade of the 1900s only after "the" ("in 40s" and "in their 70s" are ages)
    and outside talk of temperatures, ratings, prices or scores ("highs in the 70s")."""
    before = scan.before(_TWO_DIGIT_DECADE_BEFORE, m.start(), 16)
    if not before or _quantity_sentence(scan, m.start(), m.end()):
        return
    d = int(m["dd"])
    yield from _decade(scan, before.start(), m.end(), 1900 + d if d >= 30 else None, before["mod"])


def _quantity_sentence(scan: Scan, start: int, end: int) -> bool:
    """Whether the sentence around a decade-like band speaks of a measured quantity (``_NOT_DECADE``)."""
    sentence = scan.doc.sentence_at(start)
    lo, hi = (sentence.start, sentence.end) if sentence is not None else (start - 80, end + 80)
    return _NOT_DECADE.search(scan.text, max(0, lo), hi) is not None


def _decade(scan: Scan, start: int, end: int, year: int | None, mod: str | None) -> Iterator[DateMention]:
    lo = hi = None
    if year is not None:
        first, last = {"early": (0, 4), "mid": (3, 7), "late": (5, 9)}.get((mod or "").lower(), (0, 9))
        lo, hi = date(year + first, 1, 1), date(year + last, 12, 31)
    yield scan.mention(start, end, "decade", year=year, granularity="decade", lo=lo, hi=hi,
                       qualifier=mod.lower() if mod else None)
