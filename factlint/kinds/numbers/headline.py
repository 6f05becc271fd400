"""The ``headline-change`` kind: the headline's "exports rise 25%" against the body's change for the same subject.

Headlines are written last and in a hurry; the figure in them is often taken from the wrong line of the story
("Chinese exports rise 25%" over a body whose exports rose 35.4%, the 25.7% being tax revenue).  The headline's
subject noun and direction pick the body sentences about the same change; when the body gives that change
and never the headline's figure, one of the two is wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.lang.change_words import FALL_WORDS, RISE_WORDS

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity

_UP = frozenset(RISE_WORDS) | {"rise", "rises", "leap", "leaps", "leapt", "jump", "climb", "soar", "surge", "gain"}
_DOWN = frozenset(FALL_WORDS) | {"drop", "slump", "slumps", "slide", "slides", "plunge", "plunges", "dip", "tumble"}
_VERBS = "|".join(sorted(_UP | _DOWN, key=lambda w: (-len(w), w)))  # a fixed order: one cache key
# "Chinese exports rise 25% in 2004", "Car sales up 4.5%", "Profits fall by 12 per cent".
_TITLE = regexcache.compile(
    rf"(?i)\b(?P<noun>[a-z][a-z-]+)\s+(?P<verb>{_VERBS})\s+(?:by\s+)?(?P<n>\d+(?:\.\d+)?)\s?(?:%|pct\b|per\s?cent\b)"
)
# A body percentage's own direction word, just before it ("up 35.4%", "rose by 35%", "a 35.4% rise").
_BEFORE = regexcache.compile(rf"(?i)\b(?P<verb>{_VERBS})(?:\s+(?:by|of|some|about|nearly|almost))?\s*$")
_AFTER = regexcache.compile(r"(?i)\s+(?P<verb>rise|increase|gain|jump|growth|fall|drop|decline|decrease)\b")


class HeadlineChangeKind(CheckKind):
    """Reports a headline change ("exports rise 25%") the body gives with another figure for the same subject.

    The headline must read ``<noun> <direction> N%``; the body sentences naming the same noun (singular or
    plural) with a percentage right after a change word of the same direction ("up 35.4%", "rose by 35%") or
    before a change noun ("a 35.4% rise") are the body's figures for it.  Reported when there is at least one
    and none is within ``tolerance`` points of N (headlines round; "25%" for 25.7% is not reported).  Nouns in
    ``skip_nouns`` (words that are no subject, such as "shares" of an unnamed company) are left alone.  The
    headline is the front-matter title, or a plain-text file's first line; on a plain-text file the finding
    stands on the headline, elsewhere on the first body figure.
    """

    params = {
        "tolerance": Param("float", "the largest difference in points still read as rounding", default=1.0),
        "skip_nouns": Param("list", "headline nouns that are not a subject the body can be searched for",
                            default=[], items="str"),  # fmt: skip
    }
    message_values = {
        "headline": "the headline's change as written",
        "body": "the body's figures for it, joined with ', '",
        "line": "the source line of the first body figure",
    }

    def __init__(self, rule):
        super().__init__(rule)
        if rule.params["tolerance"] < 0:
            raise RuleParamError("tolerance", "tolerance must not be negative")
        self.tolerance = float(rule.params["tolerance"])
        self.skip = frozenset(w.lower() for w in rule.params["skip_nouns"])

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        title = doc.title
        m = _TITLE.search(title) if title else None
        if m is None or m.group("noun").lower() in self.skip:
            return
        up = m.group("verb").lower() in _UP
        stated = float(m.group("n"))
        head_start = _title_offset(doc, title)
        noun = regexcache.compile(rf"(?i)\b{regex.escape(m.group('noun').rstrip('sS'))}s?\b")
        body = []
        for q in analysis.quantities:
            if q.kind != "percent" or q.table or q.sentence < 0 or q.sentence >= len(doc.sentences):
                continue
            if head_start is not None and q.start < head_start + len(title):
                continue
            span = doc.sentences[q.sentence]
            if noun.search(doc.text, span.start, q.start) is None or _direction(doc.text, q) != up:
                continue
            body.append(q)
        if not body or any(abs(q.value - stated) <= self.tolerance for q in body):
            return
        values = {
            "headline": m.group(0),
            "body": ", ".join(q.text for q in body),
            "line": doc.position(body[0].num_start)[0],
        }
        related = tuple((q.num_start, q.end, f"body: {q.text}") for q in body)
        if head_start is not None:
            yield Hit(head_start + m.start("n"), head_start + m.end(), values, related)
        else:
            yield Hit(body[0].num_start, body[0].end, values, related[1:])


def _direction(text: str, q: "Quantity") -> bool | None:
    """True for a rise, False for a fall, None when the percentage has no change word of its own."""
    m = _BEFORE.search(text, max(0, q.start - 30), q.start) or _AFTER.match(text, q.end, q.end + 20)
    if m is None:
        return None
    return m.group("verb").lower() in _UP


def _title_offset(doc, title: str) -> int | None:
    """Where the headline stands in the prose (a plain-text file's first line), or None (front matter)."""
    first = doc.paragraphs[0] if doc.paragraphs else None
    if first is not None and doc.text[first.start : first.end].strip() == title:
        return first.start
    return None
