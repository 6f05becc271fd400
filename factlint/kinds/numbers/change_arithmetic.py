"""The arithmetic of a change statement: the bounds two figures are compared on, and a stated amount of change.

Kept apart from the statement grammar in ``change.py``: this is what the figures give, whatever the wording.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factlint.support import regexcache
from factlint.kinds.numbers.select import rounded_bounds

if TYPE_CHECKING:
    from factlint.extractors.numbers.model import Quantity


def direction_bounds(a: "Quantity", b: "Quantity", a_lo, a_hi, b_lo, b_hi) -> tuple[float, float, float, float]:
    """The bounds a direction word is judged on: two exact figures of one unit are written to one precision.

    "fell to 12 cars from 10 cars": "10" alone might be rounded to tens (5 to 15), but beside "12" it is not;
    so the finer of the two rounding steps is used for both.  Ratios and amounts keep each figure's own step.
    """
    if not (a.exact and b.exact and a.kind == b.kind and a.unit == b.unit):
        return a_lo, a_hi, b_lo, b_hi
    half = min(a.step, b.step) / 2
    return a.value - half, a.value + half, b.value - half, b.value + half


def aligned(a: "Quantity", b: "Quantity", text: str) -> tuple[float | None, float | None]:
    """``b``'s interval in ``a``'s unit, or None when the two are not the same kind of figure.

    Wire copy writes the unit once: "rose to 12.5 mln dlrs from 10.2 mln" or even "from 10.2"; a bare start
    figure takes the end figure's unit and scale.
    """
    lo, hi = rounded_bounds(b)
    if a.kind == b.kind and a.unit == b.unit:
        if a.kind == "count" and a.noun and b.noun and a.noun != b.noun:
            return None, None
        return lo, hi
    if b.kind == "count" and b.noun is None and b.unit is None and a.kind in ("money", "count", "percent", "measure"):
        a_scale = _scale_of(a, text)
        b_scale = _scale_of(b, text)
        if b_scale == 1 and a_scale > 1:
            return lo * a_scale, hi * a_scale
        return lo, hi
    return None, None


_DIGITS = regexcache.compile(r"\d[\d,]*(?:\.\d+)?")


def _scale_of(q: "Quantity", text: str) -> float:
    """How many times its written digits a figure's value is ("12.5 mln": a million)."""
    m = _DIGITS.search(text, q.num_start, q.end)
    if not m:
        return 1.0
    written = float(m.group(0).replace(",", ""))
    return round(abs(q.value / written)) if written else 1.0


# The points a change of two figures is stated in: percentage points for percentages, points for an index or a
# score (basis points, a hundredth of a percentage point, are not read).
_POINTS_OF = {"percent": "percentage point", "count": "point"}


def stated_amount(up: bool, n: "Quantity", a, b, a_lo, a_hi, b_lo, b_hi) -> str | None:
    """The stated amount of change against the figures: a percentage, points, or the same unit."""
    sign = 1 if up else -1
    if n.kind == "percent":
        n_lo, n_hi = n.low - n.step, n.high + n.step
        if n_lo < 0 and n.low >= 0:
            n_lo = 0.0
        if b_lo <= 0:
            return None
        r_lo, r_hi = (a_lo / b_hi - 1) * 100 * sign, (a_hi / b_lo - 1) * 100 * sign
        r_lo, r_hi = min(r_lo, r_hi), max(r_lo, r_hi)
        if r_lo <= n_hi and n_lo <= r_hi:
            return None
        if a.kind == "percent" and b.kind == "percent":
            p_lo, p_hi = sorted(((a_lo - b_hi) * sign, (a_hi - b_lo) * sign))
            if p_lo <= n_hi and n_lo <= p_hi:
                return None
        actual = (a.value / b.value - 1) * 100 if b.value else 0.0
        return f"{b.text} to {a.text} is a change of {actual:+.1f}%, not {'+' if up else '-'}{n.text}"
    if n.kind == "points" and a.kind == b.kind and a.unit == b.unit and _POINTS_OF.get(a.kind, "") in (n.unit or ""):
        a_lo, a_hi, b_lo, b_hi = direction_bounds(a, b, a_lo, a_hi, b_lo, b_hi)  # "120 from 118": not tens
        d_lo, d_hi = sorted(((a_lo - b_hi) * sign, (a_hi - b_lo) * sign))
        n_lo, n_hi = rounded_bounds(n)
        if d_lo <= n_hi and n_lo <= d_hi:
            return None
        return f"{b.text} to {a.text} is a change of {a.value - b.value:+,g} points, not {'+' if up else '-'}{n.text}"
    if n.kind == a.kind and n.unit == a.unit and n.kind in ("money", "count", "measure"):
        d_lo, d_hi = sorted(((a_lo - b_hi) * sign, (a_hi - b_lo) * sign))
        n_lo, n_hi = rounded_bounds(n)
        if d_lo <= n_hi and n_lo <= d_hi:
            return None
        return f"{b.text} to {a.text} is a change of {a.value - b.value:+,g}, not {'+' if up else '-'}{n.text}"
    return None
