"""The ``acronym-variants`` kind: an acronym the article uses again and again, once with a neighbouring key hit
("the IVM system" in an article about IBM).

``name-variants`` leaves all-capital forms alone: a letter decides everything in an acronym (RNC and DNC, CBS and
CBN are different bodies), so one letter off is no evidence of a slip in general.  It is when the article's own
acronym is used many times, the other form only once, undefined, and the two letters are neighbours on the
keyboard: that is the finger slipping, not another organisation.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Iterator

import regex

from factlint.kinds.base import CheckKind, Edit, Hit, Param
from factlint.kinds.people.name_context import foreign
from factlint.kinds.people.name_forms import Occurrence
from factlint.lang.words import is_common_word, is_known_name
from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.kinds.analysis import Analysis

# An acronym standing alone: not part of a longer word, a hyphen or slash compound, a path, a ticker or a code.
_ACRONYM = regexcache.compile(r"(?<![\p{L}\p{N}\-/&.:<_@#])(\p{Lu}{3,5})(?![\p{L}\p{N}\-/&>_])")
# Every use of an all-capital run, compounds included ("IARA-USA" uses IARA).
_ANY_USE = regexcache.compile(r"(?<!\p{L})\p{Lu}{3,5}(?!\p{L})")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Each letter's place on a QWERTY keyboard, the rows staggered by half a key.
_KEY = {ch: (r, c + 0.5 * r) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}


def neighbours(a: str, b: str) -> bool:
    """Whether two letters are next to each other on a QWERTY keyboard (B and V, M and N; not B and D)."""
    (ra, ca), (rb, cb) = _KEY[a.lower()], _KEY[b.lower()]
    return a != b and abs(ra - rb) <= 1 and abs(ca - cb) <= 1


def _one_key_off(written: str, own: str) -> bool:
    """Whether ``own`` is ``written`` with one letter after the first replaced by a key next to it."""
    if len(written) != len(own) or written[0] != own[0]:
        return False
    diff = [(a, b) for a, b in zip(written, own) if a != b]
    return len(diff) == 1 and all(ch.lower() in _KEY for ch in diff[0]) and neighbours(*diff[0])


def _upper_line(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` is written in capitals (a wire headline, a heading, a label)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    letters = [ch for ch in text[start: end if end >= 0 else len(text)] if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


class AcronymVariantsKind(CheckKind):
    """Reports an acronym used once that is one key from an acronym the article uses ``min_uses`` times or
    more: the same length, the same first letter, one letter different, and the two letters neighbours on the
    keyboard (IVM for IBM).  The single form must be unknown to the word list (CNN, NBC and the like are bodies
    of their own), no English word, not defined in the article ("(IARA)"), not part of a compound, ticker or
    code, not on a line in capitals, in no foreign phrase and, unless ``skip_quotes`` is false, in no quotation.
    """

    quotations = "candidates"
    params = {
        "min_uses": Param("int", "how often the article must use its own acronym", default=5, minimum=2),
        "skip_quotes": Param("bool", "leave acronyms inside direct quotations alone", default=True),
    }
    message_values = {
        "written": "the acronym as written here",
        "preferred": "the article's own acronym, a key away",
        "times": "how often the article uses its own acronym",
        "line": "the source line of its first use",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.min_uses = int(rule.params["min_uses"])

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        text = doc.text
        uses = Counter(m.group() for m in _ANY_USE.finditer(text))
        frequent = [a for a, n in uses.items() if n >= self.min_uses]
        if not frequent:
            return
        for m in _ACRONYM.finditer(text):
            written = m.group(1)
            if uses[written] != 1:
                continue
            preferred = [a for a in frequent if _one_key_off(written, a)]
            if len(preferred) != 1 or not self._slip(doc, m, written):
                continue
            own = preferred[0]
            first = next(u for u in _ANY_USE.finditer(text) if u.group() == own)  # the first of the uses counted
            yield Hit(m.start(1), m.end(1),
                      {"written": written, "preferred": own, "times": f"{uses[own]} times",
                       "line": doc.position(first.start())[0]},
                      ((first.start(), first.end(), f"written {own} here"),),
                      (Edit(m.start(1), m.end(1), own, f"the article's own acronym: {own}"),))

    def _slip(self, doc: "Document", m: regex.Match, written: str) -> bool:
        """Whether this single use can only be a slip: nothing in the article or the word list makes it a name."""
        text = doc.text
        return not (is_known_name(written) or is_common_word(written) or f"({written}" in text
                    or self.quoted(doc, m.start(1)) or _upper_line(text, m.start(1))
                    or foreign(text, Occurrence(written, m.start(1), m.end(1), None, None, False)))
