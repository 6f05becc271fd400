"""One memo for builders that derive data from a long-lived object (a KB's name index, its compiled titles).

Keyed on the object itself, not its ``id()``: the memo holds the object, so a later object can never take over
its id and be handed data built from another; only the latest object is kept, as a run uses one KB at a time.
"""

from __future__ import annotations

from functools import wraps
from typing import Callable, TypeVar

_A = TypeVar("_A")
_R = TypeVar("_R")


def latest(build: Callable[[_A], _R]) -> Callable[[_A], _R]:
    """``build`` remembered for the last argument it was called with (compared by identity)."""
    memo: list = []

    @wraps(build)
    def cached(arg: _A) -> _R:
        if not (memo and memo[0] is arg):
            memo[:] = [arg, build(arg)]
        return memo[1]

    return cached
