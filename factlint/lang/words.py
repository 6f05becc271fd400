"""An English word list (SCOWL via Debian's ``wamerican``; see data/SCOWL-COPYRIGHT and tools/make_wordlist.py).

Checks that judge whether a capitalised token is a common word or a name the list knows ask here.  The list is
read once, on first use, so runs whose rules never ask pay nothing; the two sets it becomes are kept in the
sealed cache (factlint.support.cache), which reads them back in about a third of the time building them takes.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data" / "words-en.txt.gz"


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    from factlint import __version__
    from factlint.support.cache import files_stamp, read_cached, write_cached

    stamp = files_stamp([str(_DATA)], __version__)
    cached = read_cached("words", str(_DATA), stamp)
    if isinstance(cached, tuple) and len(cached) == 2:
        return cached
    with gzip.open(_DATA, "rt", encoding="utf-8") as f:
        words = f.read().split()
    lower = frozenset(w for w in words if w[:1].islower())
    lists = lower, frozenset(w for w in words if not w[:1].islower())
    write_cached("words", str(_DATA), stamp, lists)
    return lists


def is_common_word(word: str) -> bool:
    """Whether ``word`` in lower case is an ordinary English word ("Rainer" is not, "Green" is)."""
    return word.lower().replace("’", "'") in _lists()[0]


def is_known_name(word: str) -> bool:
    """Whether the list holds ``word`` as a capitalised name (Clarke, Romney, Rainier)."""
    return word.replace("’", "'") in _lists()[1]
