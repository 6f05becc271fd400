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
        r_lo, r_hi = sorted((r - 1) * 100 * sign for r in ratio_bounds(a_lo, a_hi, b_lo, b_hi))
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
        exact = a.exact and b.exact and n.exact and a.kind == b.kind and a.unit == b.unit
        if exact:  # "down by 30 to 126 from 150": three exact figures in one unit, read at one precision
            a_lo, a_hi, b_lo, b_hi = direction_bounds(a, b, a_lo, a_hi, b_lo, b_hi)
        d_lo, d_hi = sorted(((a_lo - b_hi) * sign, (a_hi - b_lo) * sign))
        n_lo, n_hi = _difference_bounds(n, min(a.step, b.step)) if exact else rounded_bounds(n)
        if d_lo <= n_hi and n_lo <= d_hi:
            return None
        return f"{b.text} to {a.text} is a change of {_amount(a.value - b.value)}, not {'+' if up else '-'}{n.text}"
    return None


def ratio_bounds(a_lo: float, a_hi: float, b_lo: float, b_hi: float) -> tuple[float, float]:
    """The least and greatest a / b for a positive b, whatever a's sign (a loss is a negative end)."""
    corners = (a_lo / b_lo, a_lo / b_hi, a_hi / b_lo, a_hi / b_hi)
    return min(corners), max(corners)


def _difference_bounds(n: "Quantity", step: float) -> tuple[float, float]:
    """The values a stated difference of two exact figures may stand for.

    "Down by 30 to 126 from 150": "30" alone might be rounded to tens, but a difference of two figures written to
    the unit is the unit's too; so its slack is the figures' step, widened to 5% of the difference for a writer
    who rounds it ("fell 300 to 12,456 from 12,161"), and never more than its own rounding.
    """
    half = min(n.step / 2, max(step, 0.05 * abs(n.value)))
    return n.value - half, n.value + half


def _amount(x: float) -> str:
    """A difference as a reader writes it: "-24", "+1,250", "-24 million", "+1.2 billion"."""
    for size, name in ((1e9, " billion"), (1e6, " million")):
        if abs(x) >= size:
            return f"{x / size:+,.4g}{name}"
    return f"{x:+,g}"
