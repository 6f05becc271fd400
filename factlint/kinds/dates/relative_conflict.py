"""The ``date-relative-conflict`` kind: a relative expression and the explicit date given for the same event
disagree ("two years ago, in 2019" in an article of 2024)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.dates.common import EXPLICIT_KINDS, disjoint, show_day, show_offset, show_value

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.dates import DateMention

# How a writer restates one time in two ways.  Only these links are trusted: two dates merely sharing a
# sentence ("sales rose last year, compared with 2021") are different times.
# A separator is required: a year written straight after the relative word is part of one date ("This
# September 2010 photo").  In the relative-clause form the noun is at most three words and no dash is crossed:
# "This year's contestants are aware of that history — from Gary Hart in 1984" restates nothing.
_RESTATE_AFTER = regexcache.compile(  # relative first: "two years ago, in 2019", "last year (2021)"
    r"\s*(?:,|\(|\u2014|\u2013|\s-)\s*(?:in|on|during|back\s+in)?\s*|\s+(?:in|on|during|back\s+in)\s+"
    r"|['\u2019]s\s+(?:[\p{Ll}-]+\s*){1,3}?,?\s*(?:which|that|when)\s+[^,.;:()\u2014\u2013]{0,60}?\b(?:in|on|during)\s+"
)
# What may follow a restating date: the end of the phrase.  A date before a noun is attributive ("last week,
# 2020 White House contenders drew crowds").
_RESTATE_END = regexcache.compile(
    r"\s*(?:[,.;:!?()\u2014\u2013\"\u201d]|\s-\s|\Z)|\s+(?:the|a|an|he|she|it|they|we|and|but|when|as|after)\b"
)
# The relative time of an explicit-first restatement is parenthetical: a contrast ("the crisis of the 1990s,
# today's crisis is…") opens a new clause instead.
_PAREN_END = regexcache.compile(r"\s*(?:[,.;:!?)\u2014\u2013]|\s-\s|\Z)")
_RESTATE_BEFORE = regexcache.compile(  # explicit first: "in 2019, two years ago", "in 2021 (last year)"
    r"\s*(?:,|\(|\u2014|\u2013|\s-)\s*(?:or\s+|some\s+|about\s+)?"
)

_KINDS = ("relative", "ago", "ahead")


class DateRelativeConflictKind(CheckKind):
    """Reports a relative time ("last year", "two years ago", "more than a decade ago") restated with an
    explicit date that it cannot mean, seen from the publication date.

    Only explicit restatements are compared: an apposition ("two years ago, in 2019", "last year (2021)",
    "in 2018, more than a decade ago") or a relative clause on the same noun ("last year's floods, which
    struck in 2021").  "N years ago" is read loosely, as a writer means it (two years ago is 18 to 30 months
    before publication; "more than", "nearly" and "about" widen it), and each value is compared only at the
    precision it states, so "last year" and "in 2023" agree whatever the day.  ``relative_kinds`` picks the
    relative forms: ``relative`` (last/this/next year, yesterday…), ``ago`` and ``ahead`` (in N years' time).
    A restating date must end its phrase (not modify a noun), an explicit-first one must be followed by a
    parenthetical relative time, and photo captions, which speak from their own day, are left alone.
    Needs the publication date; undated articles are skipped.
    """

    needs_pub_date = True
    quotations = "candidates"
    params = {
        "relative_kinds": Param("list", "relative forms to check: relative, ago, ahead", default=list(_KINDS),
                                items="str"),
        "skip_quotes": Param("bool", "do not check inside direct quotations (quotes speak from their own day)",
                             default=True),
    }
    message_values = {
        "relative": "the relative expression as written",
        "relative_value": "what it means from the publication date",
        "explicit": "the explicit date as written",
        "explicit_value": "the explicit date's value",
        "pub": "the publication date",
    }

    def __init__(self, rule):
        super().__init__(rule)
        kinds = rule.params["relative_kinds"]
        bad = set(kinds) - set(_KINDS)
        if bad:
            raise RuleParamError("relative_kinds", f"unknown relative kind '{sorted(bad)[0]}' ({', '.join(_KINDS)})")
        self.kinds = frozenset(kinds)

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        text = doc.text
        mentions = analysis.dates
        for i, rel in enumerate(mentions):
            if rel.kind not in self.kinds or self.quoted(doc, rel.start):
                continue
            pair = None
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            prv = mentions[i - 1] if i > 0 else None
            if doc.in_caption(rel.start) or (prv is not None and prv.kind == "ago"
                                              and not text[prv.end:rel.start].strip()):
                continue  # a caption's own day; "a year ago today" is one time
            if nxt is not None and _stated(nxt) and _RESTATE_AFTER.fullmatch(text, rel.end, nxt.start) \
                    and _RESTATE_END.match(text, nxt.end):
                pair = nxt
            elif prv is not None and _stated(prv) and _RESTATE_BEFORE.fullmatch(text, prv.end, rel.start) \
                    and _PAREN_END.match(text, rel.end):
                pair = prv
            if pair is None or _same_sentence(doc, rel, pair) is False:
                continue
            pub = analysis.pub_date
            if rel.lo is None or not disjoint(rel, pair):
                continue
            yield Hit(rel.start, rel.end, {
                "relative": rel.text,
                "relative_value": show_value(rel) if rel.kind == "relative" else show_offset(rel, pub), "explicit": pair.text,
                "explicit_value": show_value(pair), "pub": show_day(pub),
            }, related=((pair.start, pair.end, f"stated here as {show_value(pair)}"),))


def _stated(m: "DateMention") -> bool:
    return m.kind in EXPLICIT_KINDS and m.lo is not None and not m.resolved


def _same_sentence(doc, a: "DateMention", b: "DateMention") -> bool | None:
    s = doc.sentence_at(a.start)
    if s is None:
        return None
    return s.start <= b.start < s.end
