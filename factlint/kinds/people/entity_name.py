"""The ``entity_name`` kind: a platform, company or place called by a name it did not have on the article's date."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.extractors.people import entity_mentions
from factlint.kinds.base import CheckKind, Edit, Hit, Param
from factlint.kinds.people.common import other_years

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

_GLOSS = regexcache.compile(r"\b(?:formerly|previously|once[^\S\n]+(?:called|known|named)|renamed|rebranded|"
                       r"(?P<now>now(?:[^\S\n]+(?:called|known|named))?|known[^\S\n]+as)|old[^\S\n]+name|"
                       r"then[^\S\n]+called)\b",
                       regex.IGNORECASE)
# How far around a name a gloss may sit, within the name's own sentence.
_GLOSS_REACH = 40


class EntityNameKind(CheckKind):
    """Reports an entity name used outside the period it was current.

    ``mode: not-yet`` reports a name used before the entity took it ("a post on X" in an article of 2022).
    ``mode: retired`` reports a retired name used as if current ("posted on Twitter" in 2024), once per entity
    and article, unless the article glosses it somewhere ("X, formerly Twitter", "Twitter, now X": the gloss must
    sit in the name's own sentence, and "now"/"known as" beside the other name) or names a year when the old name
    was still current.  Ambiguous names (a letter or common word, like "X") count only where the text clearly
    means the entity ("posted on X", "his X account", "people on X", "across X", "on Facebook and X").
    Quotations are left alone.
    """

    needs_pub_date = True
    quotations = "candidates"
    params = {
        "mode": Param("str", "which misuse to report", default="not-yet", choices=("not-yet", "retired")),
        "skip_quotes": Param("bool", "leave names inside direct quotations alone", default=True),
    }
    message_values = {
        "written": "the name as written",
        "current": "the entity's name on that date",
        "date": "the publication date",
        "since": "when the written name came into use (not-yet) or stopped being current (retired)",
        "source": "the source of the name's dates",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.mode = rule.params["mode"]

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        found = entity_mentions(analysis.mentions)
        if not found:
            return
        pub = analysis.pub_date
        doc = analysis.doc
        done: set[str] = set()
        if self.mode == "retired":
            # One gloss ("X, formerly Twitter") anywhere explains every later use of the old name.
            done = {m.entity.id for m in found if _glossed(doc, m)}
        for m in found:
            n = m.name
            if self.quoted(doc, m.start) or m.entity.id in done:
                continue
            current = [x.name for x in m.entity.names if _current(x, pub)]
            if self.mode == "not-yet":
                if n.start is None or n.start.first <= pub:
                    continue
                since = str(n.start)
            else:
                if n.until is None or n.until.last >= pub or _about_then(doc, m, pub):
                    continue
                since = str(n.until)
            done.add(m.entity.id)
            written = doc.text[m.start:m.end]
            edits = ()
            if len(current) == 1:  # the one name the entity had that day: "X (formerly Twitter)", or "Twitter"
                new = current[0] if self.mode == "not-yet" else f"{current[0]} (formerly {written})"
                edits = (Edit(m.start, m.end, new, f"the name on {pub}: {new}"),)
            yield Hit(m.start, m.end, {"written": written, "current": " or ".join(current) or "unknown",
                                       "date": str(pub), "since": since, "source": n.source or "no source"},
                      suggestions=edits)


def _current(name, on) -> bool:
    return (name.start is None or name.start.first <= on) and (name.until is None or name.until.last >= on)


def _glossed(doc, m) -> bool:
    """The words around the name, in its sentence, explain the rename ("X, formerly Twitter", "renamed").

    "now" and "known as" say something about the name only beside the entity's other name ("Twitter, now X",
    "the platform now called X"): "… known as MSCPs. The mayor wrote on Twitter" explains nothing.
    """
    others = [x.name for x in m.entity.names if x is not m.name]
    s = doc.sentence_at(m.start)
    lo = max(s.start if s else 0, m.start - _GLOSS_REACH)
    hi = min(s.end if s else len(doc.text), m.end + _GLOSS_REACH)
    window = doc.text[lo:hi]
    for g in _GLOSS.finditer(window):
        if not g.group("now") or any(_names(o).search(window) for o in others):
            return True
    # "X/Twitter", "Twitter (X)": the other name right beside this one.
    near = doc.text[max(lo, m.start - 6):min(hi, m.end + 6)]
    return any(_names(o).search(near) for o in others)


@lru_cache(maxsize=256)
def _names(name: str) -> "regex.Pattern[str]":
    """A pattern for ``name`` as a whole word (compiled once per name and process)."""
    return regexcache.compile(rf"(?<!\w){regex.escape(name)}(?!\w)")


def _about_then(doc, m, pub) -> bool:
    """The sentence names a year when the old name was still current ("In 2015 she joined Twitter")."""
    return any(y <= m.name.until.year for y in other_years(doc, m.start, pub))
