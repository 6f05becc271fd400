"""Where a name's spelling is not the article's own (for ``name-variants``): embedded posts and links, team
lists, relatives named by a kinship word, foreign phrases, compounds, and a name written joined or split.

Each test looks only at the line or the few characters around one occurrence, so the kind stays linear in the
article's length.
"""

from __future__ import annotations

from typing import Callable, Iterator

from factlint.support import regexcache
from factlint.kinds.people.name_forms import FUNCTION, PARTICLES, Occurrence
from factlint.lang.words import is_common_word

_POST = regexcache.compile(r"\(@\w+\)|pic\.twitter\.com|https?://")
_NAME = r"\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*)?"
_ROSTER = regexcache.compile(rf"(?:{_NAME}, ){{3,}}{_NAME}")
_KIN = regexcache.compile(r"(?i:\b(?:wife|husband|son|daughter|brother|sister|mother|father|children|sons|daughters|"
                          r"niece|nephew|cousin|grandson|granddaughter|widow|fianc[ée]e?|aunt|uncle|twin|"
                          r"stepson|stepdaughter)),?\s+$")
_FOREIGN = frozenset("de del della di da la il le les des du der und los las el y e".split())
_CAMEL_SPLIT = regexcache.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def in_post(text: str, o: Occurrence) -> bool:
    """Whether the form is on a line of an embedded post or a link ("— Name (@handle) date"): the post keeps
    its author's spelling."""
    start = text.rfind("\n", 0, o.start) + 1
    end = text.find("\n", o.start)
    end = len(text) if end < 0 else end
    # only near the form: a one-line article is not all one post
    return bool(_POST.search(text, max(start, o.start - 200), min(end, o.end + 200)))


def in_roster(text: str, o: Occurrence) -> bool:
    """Whether the form is one item of a list of names ("Murphy, Horgan, O'Driscoll, ..."): a team sheet names
    different people, and one letter apart is nothing to go by there."""
    start = max(0, o.start - 120)
    return any(m.start() <= o.start - start < m.end() for m in _ROSTER.finditer(text[start: o.end + 120]))


def after_kin(text: str, o: Occurrence) -> bool:
    """Whether a kinship word comes right before the form ("his wife, Ivana"): a relative named by given name."""
    return bool(_KIN.search(text[max(0, o.start - 24): o.start]))


def foreign(text: str, o: Occurrence) -> bool:
    """Whether the form sits in a foreign-language phrase (Partido de la Democracia)."""
    start, end = max(0, o.start - 25), min(len(text), o.end + 25)
    words = text[start:end].split()
    if start and not text[start - 1].isspace():
        words = words[1:]  # a word cut by the window ("e" of "Stone") is not the Italian "e"
    if end < len(text) and not text[end].isspace():
        words = words[:-1]
    return any(w in _FOREIGN for w in words) or any(ch in "áéíóúàèìòùâêîôûãõçñ" for w in words for ch in w)


def compound(v: str, forms: dict) -> bool:
    """Whether ``v`` is another of the article's names with a word joined on (Egypt + air in "Egyptair"): a
    brand or a coinage, not a respelling of the name it resembles."""
    return any(v[:k] in forms and is_common_word(v[k:]) for k in range(4, len(v) - 2))


def spacing_variants(forms: dict[str, list[Occurrence]], text: str,
                     quoted: Callable[[int], bool]) -> Iterator[tuple[str, str, list, list]]:
    """(joined, split, joined occurrences, split occurrences) for a CamelCase form whose two words also appear
    apart in the article ("TimeWarner" and "Time Warner"), when the split styling is used at least twice (once
    is as often a scraped link glued to a name, "ObamaMichelle").
    Posts, links and quotations, and particles ("McDonald", "DeSantis"), are left alone."""
    for joined, occurrences in forms.items():
        if joined[1:].islower():
            continue  # no capital after the first letter: nothing to split (most forms, passed over cheaply)
        parts = _CAMEL_SPLIT.split(joined)
        if len(parts) != 2 or "-" in joined or min(map(len, parts)) < 3 or parts[0] in PARTICLES | FUNCTION:
            continue
        head, tail = parts
        split = [o._replace(end=o.start + len(head) + 1 + len(tail)) for o in forms.get(head, ())
                 if o.next == tail and not in_post(text, o) and not quoted(o.start)]
        mine = [o for o in occurrences if not in_post(text, o) and not quoted(o.start)]
        if len(split) >= 2 and mine:
            yield joined, f"{head} {tail}", mine, split
