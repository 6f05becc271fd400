"""Well-known people (data/well-known-people.tsv: Pantheon 1.0, people with a Wikipedia article in at least 25
languages), for telling a famous name misspelt ("Marvin Minksy") from an unknown person's name.

Read once, on first use, so that runs whose rules never ask pay nothing.  The index it becomes is kept in the
sealed cache (factlint.support.cache) as plain tuples, stamped with the list and the module of the folding it
was built with, so a run reads it back instead of folding 10,000 names again; one ``Famous`` is made only for
each person a lookup returns.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

_DATA = Path(__file__).resolve().parent / "data" / "well-known-people.tsv"

# One person as stored: (name, given names, surname, page id), the fields of ``Famous`` in order.
_Row = tuple[str, tuple[str, ...], str, str]


class Famous(NamedTuple):
    """One well-known person: the name as its English Wikipedia page spells it, split, and the page's id."""

    name: str
    given: tuple[str, ...]   # the given names, initials left out
    surname: str
    page: str                # https://en.wikipedia.org/?curid=<page>


class WellKnown(NamedTuple):
    """The people (as plain rows, the form the cache may hold) by folded given name and by folded surname."""

    by_given: dict[str, list[_Row]]
    by_surname: dict[str, list[_Row]]

    def with_given(self, key: str) -> list[Famous]:
        """The people with the folded given name ``key``."""
        return [Famous._make(row) for row in self.by_given.get(key, ())]

    def with_surname(self, key: str) -> list[Famous]:
        """The people with the folded surname ``key``."""
        return [Famous._make(row) for row in self.by_surname.get(key, ())]


def _build(fold: Callable[[str], str]) -> tuple[dict[str, list[_Row]], dict[str, list[_Row]]]:
    by_given: dict[str, list[_Row]] = {}
    by_surname: dict[str, list[_Row]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, page = line.split("\t")
        words = name.split()
        given = tuple(w for w in words[:-1] if len(w) > 1 and "." not in w)
        row = (name, given, words[-1], page)
        by_surname.setdefault(fold(row[2]), []).append(row)
        for g in given:
            by_given.setdefault(fold(g), []).append(row)
    return by_given, by_surname


@lru_cache(maxsize=1)
def well_known(fold: Callable[[str], str]) -> WellKnown:
    """The shipped list indexed by ``fold`` (the caller's folding of accents and case, so both sides agree)."""
    from factlint import __version__
    from factlint.support.cache import files_stamp, read_cached, write_cached

    module = getattr(fold, "__module__", None) or ""
    source = getattr(sys.modules.get(module), "__file__", None)
    key = f"{_DATA}\0{module}.{getattr(fold, '__qualname__', '')}"
    stamp = None
    if source:  # the folding's module is part of the stamp: an edited fold is never served an old index
        try:
            stamp = files_stamp([str(_DATA), source], __version__)
        except OSError:
            pass
    cached = read_cached("well-known", key, stamp) if stamp else None
    if isinstance(cached, tuple) and len(cached) == 2 and all(isinstance(d, dict) for d in cached):
        return WellKnown(*cached)
    index = _build(fold)
    if stamp:
        write_cached("well-known", key, stamp, index)
    return WellKnown(*index)
