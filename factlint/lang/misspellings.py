"""Well-known proper names and their common misspellings (data/misspelt-names.tsv, with its sources).

Read once, on first use, so that runs whose rules never ask pay nothing.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data" / "misspelt-names.tsv"


@lru_cache(maxsize=1)
def misspelt_names() -> dict[str, str]:
    """Misspelling → correct spelling, as listed (case-sensitive: "Lybia", not "lybia")."""
    out: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            wrong, right = line.split("\t")
            out[wrong.strip()] = right.strip()
    return out
