"""The ``name_spelling`` kind: one person spelled two ways in one article (Zelenskyy … Zelensky)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Iterator

from factlint.extractors.people import PersonMention, person_mentions
from factlint.kb.model import surname
from factlint.kinds.base import CheckKind, Edit, Hit, Param, RuleParamError

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis


# The Arabic article English copy keeps or drops at will ("Nouri al-Maliki" … "Maliki"): a form, not a spelling.
_ARTICLE = re.compile(r"(?<![\w-])(?:al|el)-(?=\w)", re.IGNORECASE)


def _spelling(written: str) -> str:
    return surname(written).replace("’", "'")


def _variants(a: str, b: str) -> bool:
    """Whether two surnames are spellings of one name (Zelensky/Zelenskyy), not two forms of it
    ("da Silva"/"Silva", "al-Maliki"/"Maliki", "Charles III"/"Charles") or two different names."""
    a, b = _ARTICLE.sub("", a), _ARTICLE.sub("", b)
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    if wa <= wb or wb <= wa:
        return False
    return SequenceMatcher(None, a.split()[-1].casefold(), b.split()[-1].casefold()).ratio() >= 0.6


def _respelled(m: PersonMention, preferred: str) -> tuple[Edit, ...]:
    """The surname as written here replaced by the preferred spelling's, so "Zelensky" stays a bare surname
    and "Volodymyr Zelensky" keeps its given name; nothing when the surname is not the end of what was written."""
    old, new = surname(m.written), surname(preferred)
    if not m.written.endswith(old) or old == new:
        return ()
    start = m.name_end - len(old)
    return (Edit(start, m.name_end, new, f"spelled {new} elsewhere"),)


class NameSpellingKind(CheckKind):
    """Reports a KB person whose name is spelled in more than one way in the same article.

    The KB lists a person's spellings (``name`` and ``aliases``).  The first spelling the article uses is taken
    as its choice, and each other spelling is reported on every line it is used on (an editor correcting the
    first would miss the rest), pointing back at the first.  ``house`` maps a
    person's id or canonical name to the house spelling of the full name: then every other spelling of that
    person is reported, even when the article is consistent.  Quotations are left alone unless ``skip_quotes`` is
    false: a quoted document keeps its own spelling.
    """

    quotations = "candidates"
    params = {
        "house": Param("dict", "person id or canonical name → house spelling of the full name", default={}),
        "skip_quotes": Param("bool", "leave spellings inside direct quotations alone", default=True),
    }
    message_values = {
        "written": "the spelling used here",
        "preferred": "the spelling used first (or the house spelling)",
        "name": "the person's canonical name",
    }

    def __init__(self, rule):
        super().__init__(rule)
        house = rule.params["house"]
        if not all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in house.items()):
            raise RuleParamError("house", "house maps names or ids to spellings (text to text)")
        self.house = {k: v.strip() for k, v in house.items()}

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        seen: dict[str, tuple[str, PersonMention]] = {}
        reported: set[tuple[str, str, int]] = set()
        for m in person_mentions(analysis.mentions):
            p = m.person
            if p is None or (m.surname_only and not m.bound) or self.quoted(doc, m.name_start):
                continue
            spelling = _spelling(m.written)
            house = self.house.get(p.id) or self.house.get(p.name)
            if house is not None:
                preferred, first = _spelling(house), None
            else:
                preferred, first = seen.setdefault(p.id, (spelling, m))
            line = doc.position(m.name_start)[0]
            if not _variants(spelling, preferred) or (p.id, spelling, line) in reported:
                continue
            reported.add((p.id, spelling, line))
            related = ((first.name_start, first.name_end, f"spelled {first.written} here"),) if first else ()
            yield Hit(m.name_start, m.name_end,
                      {"written": m.written, "preferred": house or first.written, "name": p.name}, related,
                      _respelled(m, house or first.written))
