"""Hedges before a figure ("about", "more than", "up to") and the interval each makes of it.

A hedged figure is not a point: "more than 100" is ``[100, inf)``, "about 200" a band around 200.  The checks
compare intervals, so the scanner and the range reader both widen figures with ``hedge_interval``.
"""

from __future__ import annotations

import math

from factlint.support import regexcache

INF = math.inf

HEDGES = {
    # approximate: a band around the value
    "about": "approx", "around": "approx", "some": "approx", "roughly": "approx", "approximately": "approx",
    "an estimated": "approx", "estimated": "approx", "circa": "approx", "approx.": "approx", "c.": "approx",
    "close to": "approx", "an approximate": "approx", "or so": "approx",
    # just below the value
    "nearly": "below", "almost": "below", "just under": "below", "just below": "below", "not quite": "below",
    "barely": "below", "approaching": "below", "close on": "below",
    # a lower bound
    "more than": "min", "over": "min", "above": "min", "at least": "min", "no fewer than": "min",
    "no less than": "min", "upwards of": "min", "in excess of": "min", "just over": "min", "well over": "min",
    "a minimum of": "min", "more then": "min", "greater than": "min", "exceeding": "min",
    # an upper bound
    "up to": "max", "at most": "max", "no more than": "max", "as many as": "max", "as much as": "max",
    "a maximum of": "max", "fewer than": "max", "less than": "max", "under": "max", "below": "max",
    "as few as": "max", "not more than": "max", "less than or equal to": "max", "fewer than or equal to": "max",
    "greater than or equal to": "min", "more than or equal to": "min",
}  # fmt: skip

# A hedge ending right before a figure, read backwards from it within ``HEDGE_REACH`` characters.
HEDGE_BEFORE = regexcache.compile(
    r"(?ri)(?<![\w-])(?P<h>"
    + "|".join(r"\s+".join(regexcache.escape(p) for p in h.split()) for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s+\Z"
)


HEDGE_REACH = max(len(h) for h in HEDGES) + 2


def hedge_interval(sense: str, value: float, step: float) -> tuple[float, float]:
    """The interval a hedged figure stands for: "about 200" is within 10% (or half its rounding step)."""
    band = max(abs(value) * 0.1, step / 2)
    if sense == "approx":
        return value - band, value + band
    if sense == "below":
        return value - band, value
    if sense == "min":
        return value, INF
    return (0.0 if value >= 0 else -INF), value
