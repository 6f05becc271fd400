"""Figures written in several pieces: "3 hundred and 21", "4 thousand 3 hundred", "3 dollars 50 cents",
"15 dollars 50", "6ft 2in", and a hedge after the figure ("500 or more").

The scanner reads each numeral on its own, so "3 hundred and 21 yuan" arrives as 300 and 21 yuan, and a
check comparing either would compare a value nobody wrote.  This step joins such neighbours into the one
figure they spell, and only when the pieces cannot be two figures: a smaller part after a scale word
("hundred"; or a smaller scale after a larger one), cents after a whole currency amount, a bare number
under 100 after a currency word that ends the clause, or a subunit after its unit ("7lb 4oz").  Anything
else stays as the scanner read it.
"""

from __future__ import annotations

from factlint.extractors.numbers.figures import trailing_scale
from factlint.extractors.numbers.hedges import HEDGES, INF, hedge_interval
from factlint.extractors.numbers.model import Quantity
from factlint.extractors.numbers.words import SCALES
from factlint.support import regexcache

_SCALE_WORD = regexcache.compile(r"(?i)\b(hundred|thousand|million|billion|trillion|lakhs?|crores?)\b")
_SCALE_GAP = regexcache.compile(r",?\s+(?:(?:and|&)\s+)?")
_CENTS_GAP = regexcache.compile(r"\s+(?:and\s+)?")  # not a comma: "20 euros, two more than …"
# What may follow the bare cents of "15 dollars 50": the clause ends, or another clause or comparison starts.
_CLAUSE_END = regexcache.compile(r"\s*(?:[.,;:!?)\"”]|\Z)|\s+(?:and|or|more)\b")
_PREFIX_SIGN = regexcache.compile(r"[-−(]?(?:[A-Z]{0,3}[$£€¥]|Rs\.?|[A-Z]{3}\s)")
# "500 or more", "20 or fewer", "ten or so": a hedge written after the figure (not "20 or more than 30").
_HEDGE_AFTER = regexcache.compile(
    r"\s+(?:(?P<min>(?:or|and)\s+(?:more|above|over|higher|greater|upwards))|(?P<max>or\s+(?:less|fewer|below|under|"
    r"lower))|(?P<approx>or\s+so))\b(?!\s+than\b)"
)


def _integral(v: float) -> bool:
    return v == int(v)


def join_compounds(text: str, raw: list[Quantity]) -> list[Quantity]:
    """``raw`` with the pieces of one figure joined into it ("3 hundred and 21", "3 dollars 50 cents")."""
    out: list[Quantity] = []
    for q in raw:
        joined = None
        if out:
            prev = out[-1]
            joined = _scale_compound(text, prev, q) or _cents_compound(text, prev, q) or _unit_compound(text, prev, q)
        if joined is not None:
            out[-1] = joined
        else:
            out.append(q)
    return out


def _scale_compound(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    """"3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred": one figure, or None."""
    scale = trailing_scale(a.text)
    sense = HEDGES.get(a.hedge or "")
    if scale is None or a.kind != "count" or not _integral(a.value / scale) or (a.low != a.high and not sense):
        return None
    if b.hedge or b.kind not in ("count", "money", "measure") or not _integral(b.value) or not 0 < b.value < scale:
        return None
    gap = _SCALE_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    smaller = max((SCALES[w.lower()] for w in _SCALE_WORD.findall(b.text)), default=None)  # "two hundred rupees"
    if smaller is None and (scale != 100 or "," in gap.group(0)):
        return None  # "5 million and 40 people", "of the 3 hundred, 21 …" may be two figures
    if smaller is not None and smaller >= scale:
        return None
    value = a.value + b.value
    low = high = value
    if sense:
        low, high = hedge_interval(sense, value, b.step)
    return Quantity(a.start, b.end, a.num_start, value, low, high, b.step, b.kind, unit=b.unit, hedge=a.hedge,
                    words=a.words and b.words, ambiguous_unit=b.ambiguous_unit, text=text[a.start : b.end])  # fmt: skip


def _cents_compound(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    """"3 dollars 50 cents", "15 dollars and 50", "17 USD 25": a whole amount and its cents, or None.

    Bare cents ("15 dollars 50") only after a currency word and before the end of the clause, or in words
    after a sign ("$100 and fifty"): "$40 and 50" may be two amounts, "15 dollars and 20 people" is two figures.
    """
    if a.kind != "money" or a.unit == "CENT" or a.low != a.high or not _integral(a.value) or trailing_scale(a.text):
        return None
    if b.hedge or not _integral(b.value) or not 0 < b.value < 100 or _CENTS_GAP.fullmatch(text, a.end, b.start) is None:
        return None
    if b.kind == "money":
        if b.unit != "CENT":
            return None
    elif b.kind != "count" or b.unit or _CLAUSE_END.match(text, b.end) is None:
        return None
    elif _PREFIX_SIGN.match(a.text) and not b.words:
        return None
    value = a.value + b.value / 100
    return Quantity(a.start, b.end, a.num_start, value, value, value, 0.01, "money", unit=a.unit, words=a.words,
                    text=text[a.start : b.end])  # fmt: skip


# A measure written in a unit and its subunit ("6ft 2in", "7lb 4oz", "12 stone 3 pounds"): subunits per unit.
_SUBUNITS = {("foot", "inch"): 12, ("stone", "pound"): 14, ("pound", "ounce"): 16, ("yard", "foot"): 3}


def _unit_compound(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    """"6 feet 2 inches" is 6⅙ feet, one height: read apart, "2 inches (1.88m)" is a false conversion."""
    per = _SUBUNITS.get((a.unit or "", b.unit or ""))
    if per is None or a.kind != "measure" or b.kind != "measure" or a.low != a.high or b.hedge:
        return None
    if not _integral(a.value) or not 0 <= b.value < per or _CENTS_GAP.fullmatch(text, a.end, b.start) is None:
        return None
    value = a.value + b.value / per
    return Quantity(a.start, b.end, a.num_start, value, value, value, min(b.step, 1.0) / per, "measure", unit=a.unit,
                    words=a.words and b.words, text=text[a.start : b.end])  # fmt: skip


def hedged_after(text: str, q: Quantity) -> Quantity:
    """"500 or more" is ``[500, inf)``, "20 or fewer" ``[0, 20]``, "ten or so" a band around ten."""
    if q.kind in ("ordinal", "share") or q.low != q.high and HEDGES.get(q.hedge or "") != "approx":
        return q
    m = _HEDGE_AFTER.match(text, q.end)
    if m is None:
        return q
    if m.group("min"):
        q.high = INF
    elif m.group("max"):
        q.low = 0.0 if q.value >= 0 else -INF
    elif q.low == q.high:
        q.low, q.high = hedge_interval("approx", q.value, q.step)
    q.hedge = q.hedge or " ".join(m.group(0).split())
    q.end = m.end()
    q.text = text[q.start : q.end]
    return q
