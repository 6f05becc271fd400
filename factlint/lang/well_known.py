"""Well-known people (data/well-known-people.tsv: Pantheon 1.0, people with a Wikipedia article in at least 25
languages), for telling a famous name misspelt ("Marvin Minksy") from an unknown person's name.

Read once, on first use, so that runs whose rules never ask pay nothing.  The index it becomes is kept in the
sealed cache (factlint.support.cache) as the list's own lines, stamped with the list, this module and the module
of the folding it was built with, so a run reads it back instead of folding 10,000 names again; one ``Famous`` is
made only for each person a lookup returns.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

_DATA = Path(__file__).resolve().parent / "data" / "well-known-people.tsv"


class Famous(NamedTuple):
    """One well-known person: the name as its English Wikipedia page spells it, split, and the page's id."""

    name: str
    given: tuple[str, ...]   # the given names, initials left out
    surname: str
    page: str                # https://en.wikipedia.org/?curid=<page>


class WellKnown(NamedTuple):
    """The people by folded given name and by folded surname, each entry the lines of the list for its people
    ("name<TAB>page", one a line): some ten thousand strings, which the cache reads back five times faster than
    the same people as rows of tuples; a ``Famous`` is made only for each person a lookup returns."""

    by_given: dict[str, str]
    by_surname: dict[str, str]

    def with_given(self, key: str) -> list[Famous]:
        """The people with the folded given name ``key``."""
        return _people(self.by_given.get(key))

    def with_surname(self, key: str) -> list[Famous]:
        """The people with the folded surname ``key``."""
        return _people(self.by_surname.get(key))

    def count_given(self, key: str) -> int:
        """How many people have the folded given name ``key``."""
        lines = self.by_given.get(key)
        return lines.count("\n") + 1 if lines else 0


def _person(line: str) -> Famous:
    name, page = line.split("\t")
    words = name.split()
    return Famous(name, tuple(w for w in words[:-1] if len(w) > 1 and "." not in w), words[-1], page)


def _people(lines: str | None) -> list[Famous]:
    return [_person(line) for line in lines.split("\n")] if lines else []


def _build(fold: Callable[[str], str]) -> tuple[dict[str, str], dict[str, str]]:
    by_given: dict[str, list[str]] = {}
    by_surname: dict[str, list[str]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        person = _person(line)
        by_surname.setdefault(fold(person.surname), []).append(line)
        for g in person.given:
            by_given.setdefault(fold(g), []).append(line)
    return {k: "\n".join(v) for k, v in by_given.items()}, {k: "\n".join(v) for k, v in by_surname.items()}


@lru_cache(maxsize=1)
def well_known(fold: Callable[[str], str]) -> WellKnown:
    """The shipped list indexed by ``fold`` (the caller's folding of accents and case, so both sides agree)."""
    from factlint import __version__
    from factlint.support.cache import files_stamp, read_cached, write_cached

    module = getattr(fold, "__module__", None) or ""
    source = getattr(sys.modules.get(module), "__file__", None)
    key = f"{_DATA}\0{module}.{getattr(fold, '__qualname__', '')}"
    stamp = None
    if source:  # this module and the folding's are part of the stamp: an edited one is never served an old index
        try:
            stamp = files_stamp([str(_DATA), __file__, source], __version__)
        except OSError:
            pass
    cached = read_cached("well-known", key, stamp) if stamp else None
    if isinstance(cached, tuple) and len(cached) == 2 and all(isinstance(d, dict) for d in cached):
        return WellKnown(*cached)
    index = _build(fold)
    if stamp:
        write_cached("well-known", key, stamp, index)
    return WellKnown(*index)
