"""An English word list (SCOWL via Debian's ``wamerican``; see data/SCOWL-COPYRIGHT and tools/make_wordlist.py).

Checks that judge whether a capitalised token is a common word or a name the list knows ask here.  The list is
read once, on first use, so runs whose rules never ask pay nothing.  Its two parts (lower-case words, and
capitalised names) are kept in the sealed cache (factlint.support.cache) as ``WordSet`` values: a few flat
strings that read back in well under a millisecond, where sets of 75,000 strings took ~20 ms of every run, for
the twenty-odd questions an article asks.
"""

from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Iterable

_DATA = Path(__file__).resolve().parent / "data" / "words-en.txt.gz"


def _digest(word: str) -> int:
    return zlib.crc32(word.encode("utf-8", "surrogatepass"))


class WordSet:
    """A fixed set of words answering ``word in words`` exactly: the words in the order of their CRC-32, the
    sorted CRCs beside them, so a lookup is a binary search (in C) and a comparison with the word(s) found.

    It is three flat values (``parts``), which the cache stores and reads back as they are, instead of one
    Python object per word; a lookup costs a few microseconds instead of a set's tenth of one.
    """

    __slots__ = ("_keys", "_ends", "_text")

    def __init__(self, keys: array, ends: array, text: str):
        self._keys, self._ends, self._text = keys, ends, text

    @classmethod
    def of(cls, words: Iterable[str]) -> WordSet:
        """The set of ``words``."""
        unique = list(set(words))
        digests = [zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in unique]  # _digest, inlined: 75,000
        order = sorted(range(len(unique)), key=digests.__getitem__)
        ordered = [unique[i] for i in order]
        return cls(array("I", [digests[i] for i in order]), array("I", accumulate(map(len, ordered))), "".join(ordered))

    @classmethod
    def from_parts(cls, parts: object) -> WordSet:
        """The set whose ``parts`` these are; ValueError when they are not that shape."""
        if not (isinstance(parts, tuple) and len(parts) == 3 and isinstance(parts[0], bytes)
                and isinstance(parts[1], bytes) and isinstance(parts[2], str)):
            raise ValueError("not a word set's parts")
        keys, ends = array("I"), array("I")
        keys.frombytes(parts[0])
        ends.frombytes(parts[1])
        if len(keys) != len(ends) or (ends and ends[-1] != len(parts[2])):
            raise ValueError("word set parts do not agree")
        return cls(keys, ends, parts[2])

    def parts(self) -> tuple[bytes, bytes, str]:
        """The set as plain values (the arrays as their bytes, in this machine's order), for the cache."""
        return self._keys.tobytes(), self._ends.tobytes(), self._text

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key, keys, ends = _digest(word), self._keys, self._ends
        i = bisect_left(keys, key)
        while i < len(keys) and keys[i] == key:  # words sharing a CRC: compare each
            if self._text[ends[i - 1] if i else 0: ends[i]] == word:
                return True
            i += 1
        return False


@lru_cache(maxsize=1)
def _lists() -> tuple[WordSet, WordSet]:
    from factlint import __version__
    from factlint.support.cache import files_stamp, read_cached, write_cached

    stamp = files_stamp([str(_DATA), __file__], __version__)  # this module: the stored shape is its own
    cached = read_cached("words", str(_DATA), stamp)
    if isinstance(cached, tuple) and len(cached) == 2:
        try:
            return WordSet.from_parts(cached[0]), WordSet.from_parts(cached[1])
        except ValueError:  # not what this version stores: read the file
            pass
    import gzip  # only a run that builds the sets reads the file

    with gzip.open(_DATA, "rt", encoding="utf-8") as f:
        words = f.read().split()
    lists = WordSet.of(w for w in words if w[:1].islower()), WordSet.of(w for w in words if not w[:1].islower())
    write_cached("words", str(_DATA), stamp, (lists[0].parts(), lists[1].parts()))
    return lists


def is_common_word(word: str) -> bool:
    """Whether ``word`` in lower case is an ordinary English word ("Rainer" is not, "Green" is)."""
    return word.lower().replace("’", "'") in _lists()[0]


def is_known_name(word: str) -> bool:
    """Whether the list holds ``word`` as a capitalised name (Clarke, Romney, Rainier)."""
    return word.replace("’", "'") in _lists()[1]
