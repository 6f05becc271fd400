"""Items by a numeric key, to fetch those whose key falls in a range without scanning them all.

Checks that look for companions of each candidate in its sentence, paragraph or window used to filter the
article's whole list of mentions per candidate, which is quadratic on a book-length file; this index answers
the same question in logarithmic time and returns the items in their original order, so results are unchanged.
"""

from __future__ import annotations

import bisect
from typing import Callable, Generic, Iterable, TypeVar

T = TypeVar("T")


class RangeIndex(Generic[T]):
    """``between(lo, hi)`` is ``[x for x in items if lo <= key(x) < hi]``, found by bisection."""

    def __init__(self, items: Iterable[T], key: Callable[[T], int]):
        order = sorted(enumerate(items), key=lambda pair: key(pair[1]))
        self._keys = [key(item) for _, item in order]
        self._order = order
        self._sorted = all(order[i][0] == i for i in range(len(order)))

    def between(self, lo: int, hi: int) -> list[T]:
        """The items whose key is in ``[lo, hi)``, in the order they were given."""
        i, j = bisect.bisect_left(self._keys, lo), bisect.bisect_left(self._keys, hi)
        found = self._order[i:j]
        if not self._sorted:
            found.sort(key=lambda pair: pair[0])
        return [item for _, item in found]
