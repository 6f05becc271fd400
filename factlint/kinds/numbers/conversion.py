"""The ``conversion`` kind: a measure and its conversion ("12 miles (19 km)", "24C (75F)") must agree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Edit, Hit, Param
from factlint.kinds.numbers.select import rounded_bounds
from factlint.support.units import convert

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

# Between a measure and its conversion: a bracket (after an adjectival "-wide", "-long" on a hyphenated
# measure: "the 1,900-mile-wide (3,058 km) moon"), "or", a slash or a dash.
_BETWEEN = regexcache.compile(r"(?:-[a-z]+)?\s*\(\s*|,?\s+or\s+|\s*/\s*|\s+[-–—]\s+")
_CLOSE = regexcache.compile(r"\s*\)")
_LEADING_NUMBER = regexcache.compile(r"^[\s\d.,-]+")
# A temperature that is a difference, not a reading: "warmed 2C (3.6F)", "2.0C (3.6F) above pre-industrial
# levels", "a rise of 1.5C (2.7F)".  Its conversion has no offset (1.8 per degree, no +32).
_TEMPERATURES = frozenset({"degree_Celsius", "degree_Fahrenheit", "kelvin"})
_DIFFERENCE_BEFORE = regexcache.compile(
    r"(?ri)\b(?:by|another|additional|extra|further|rose|risen|rise|rising|increased|warmed|warming|cooled|"
    r"heated|fell|fallen|dropped|(?:rise|increase|drop|fall|decline|change|warming|cooling)\s+of)\s+\Z"
)
_DIFFERENCE_AFTER = regexcache.compile(
    r"(?i)\s*\)?\s*(?:of\s+(?:warming|cooling)|(?:above|below|warmer|cooler|hotter|colder|higher|lower|"
    r"more|less|rise|increase|drop|of\s+warming)\b)"
)


class ConversionKind(CheckKind):
    """Checks a measure against the conversion written beside it, in brackets or after "or".

    "12 miles (about 30 km)" is wrong: 12 miles is 19.3 km.  Units are converted with pint.  The tolerance
    follows the rounding written on both sides ("26.2-mile (42.2 km)" allows ±0.05 on each; "30ft (10m)"
    allows the converted value to be rounded to tens) plus ``tolerance_percent``, and a hedge on the
    conversion ("about 30 km") widens it as it widens any figure.  Ambiguous unit words ("m" for metres or
    million, "pounds" for mass or money) are read as units only when the other side is the same kind of
    measure.  Compound units ("miles per gallon (km per litre)") convert like simple ones, a hyphenated
    measure may carry an adjective before its bracket ("1,900-mile-wide (3,058 km)"), and a gallon may be the
    US or the imperial one.  Currencies are not converted: exchange rates change.
    """

    params = {
        "tolerance_percent": Param("float", "relative slack added on top of the written rounding", default=1.5,
                                   minimum=0, maximum=50),
    }
    message_values = {
        "value": "the measure as written",
        "conversion": "the conversion as written",
        "converted": "the measure converted to the conversion's unit",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.tol = float(rule.params["tolerance_percent"]) / 100

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        text = analysis.doc.text
        qs = analysis.quantities
        for x, y in zip(qs, qs[1:]):
            if x.kind != "measure" or y.kind != "measure" or not x.unit or not y.unit or x.unit == y.unit:
                continue
            if y.start - x.end > 12:
                continue
            between = _BETWEEN.fullmatch(text, x.end, y.start)
            if between is None:
                continue
            if "(" in between.group(0) and not _CLOSE.match(text, y.end):
                continue
            mid = self._mismatch(x, y, _is_difference(text, x, y))
            if mid is None:
                continue
            converted = _format(mid, y, text)
            values = {"value": x.text, "conversion": y.text, "converted": converted}
            related = ((x.num_start, x.end, f"converted from {x.text}"),)
            written = _format(mid, y, text, whole=y.step >= 1)  # "3,700 km" gets whole kilometres, not tenths
            edit = Edit(y.num_start, y.end, written, f"{x.text} converted: {converted}")
            yield Hit(y.start, y.end, values, related, (edit,))

    def _mismatch(self, x, y, difference: bool = False) -> float | None:
        """``x`` converted to ``y``'s unit when no reading of the units fits ``y``; None when one fits or when
        pint cannot convert between them.  A ``difference`` converts without the units' offset."""
        x_lo, x_hi = rounded_bounds(x)
        y_lo, y_hi = rounded_bounds(y)
        mids = []
        for x_unit, y_unit in _readings(x.unit, y.unit):
            lo = convert(x_lo, x_unit, y_unit)
            hi = convert(x_hi, x_unit, y_unit)
            if lo is None or hi is None:
                return None
            zero = convert(0.0, x_unit, y_unit) if difference else 0.0
            lo, hi = lo - zero, hi - zero
            lo, hi = min(lo, hi), max(lo, hi)
            slack = max(abs(y_lo), abs(y_hi), abs(lo), abs(hi)) * self.tol
            if lo - slack <= y_hi and y_lo <= hi + slack:
                return None
            mids.append(convert(x.value, x_unit, y_unit) - zero)
        return min(mids, key=lambda v: abs(v - y.value))  # the reading nearest what was written


def _is_difference(text: str, x, y) -> bool:
    """Whether the temperature ``x`` and its conversion ``y`` state a difference of temperature."""
    if x.unit not in _TEMPERATURES or y.unit not in _TEMPERATURES:
        return False
    return bool(_DIFFERENCE_BEFORE.match(text, max(0, x.start - 24), x.start) or _DIFFERENCE_AFTER.match(text, y.end))


def _readings(x_unit: str, y_unit: str) -> list[tuple[str, str]]:
    """The unit pairs a conversion may have been made with: a gallon is the US one or the imperial one
    (British copy converts "miles per gallon" with 4.546 litres), so either reading that fits is accepted."""
    pairs = [(x_unit, y_unit)]
    if "gallon" in x_unit or "gallon" in y_unit:
        pairs.append((x_unit.replace("gallon", "imperial_gallon"), y_unit.replace("gallon", "imperial_gallon")))
    return pairs


def _format(value: float | None, y, text: str, whole: bool = False) -> str:
    """The converted value to about the precision written in the conversion, with its unit as written
    (``whole``: without decimals, for a replacement of a conversion written in whole units)."""
    if value is None:
        return "?"
    unit = _LEADING_NUMBER.sub("", text[y.num_start : y.end]) or y.unit
    digits = max(0, min(3, -int(f"{y.step:e}".split("e")[1]) + 1)) if y.step < 1 else 0 if whole else 1
    return f"{value:,.{digits}f} {unit.strip()}".replace(" °", "°")
