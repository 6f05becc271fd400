"""An English word list (SCOWL via Debian's ``wamerican``; see data/SCOWL-COPYRIGHT and tools/make_wordlist.py).

Checks that judge whether a capitalised token is a common word or a name the list knows ask here.  The list is
read once, on first use, so runs whose rules never ask pay nothing.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data" / "words-en.txt.gz"


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    with gzip.open(_DATA, "rt", encoding="utf-8") as f:
        words = f.read().split()
    lower = frozenset(w for w in words if w[:1].islower())
    return lower, frozenset(w for w in words if not w[:1].islower())


def is_common_word(word: str) -> bool:
    """Whether ``word`` in lower case is an ordinary English word ("Rainer" is not, "Green" is)."""
    return word.lower().replace("’", "'") in _lists()[0]


def is_known_name(word: str) -> bool:
    """Whether the list holds ``word`` as a capitalised name (Clarke, Romney, Rainier)."""
    return word.replace("’", "'") in _lists()[1]
