"""Well-known people (data/well-known-people.tsv: Pantheon 1.0, people with a Wikipedia article in at least 25
languages), for telling a famous name misspelt ("Marvin Minksy") from an unknown person's name.

Read once, on first use, so that runs whose rules never ask pay nothing.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

_DATA = Path(__file__).resolve().parent / "data" / "well-known-people.tsv"


class Famous(NamedTuple):
    """One well-known person: the name as its English Wikipedia page spells it, split, and the page's id."""

    name: str
    given: tuple[str, ...]   # the given names, initials left out
    surname: str
    page: str                # https://en.wikipedia.org/?curid=<page>


class WellKnown(NamedTuple):
    """The people by folded given name and by folded surname."""

    by_given: dict[str, list[Famous]]
    by_surname: dict[str, list[Famous]]


@lru_cache(maxsize=1)
def well_known(fold) -> WellKnown:
    """The shipped list indexed by ``fold`` (the caller's folding of accents and case, so both sides agree)."""
    by_given: dict[str, list[Famous]] = {}
    by_surname: dict[str, list[Famous]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, page = line.split("\t")
        words = name.split()
        given = tuple(w for w in words[:-1] if len(w) > 1 and "." not in w)
        person = Famous(name, given, words[-1], page)
        by_surname.setdefault(fold(person.surname), []).append(person)
        for g in given:
            by_given.setdefault(fold(g), []).append(person)
    return WellKnown(by_given, by_surname)
