"""Reading one numeral or number-word expression into a value: the first step of ``Scanner._one``.

Kept apart from the scanner so that the scanner holds the order of the steps and the guards, and this module
what a numeral in digits, a number in words, a vague plural ("dozens of") or a share ("two-thirds") is worth.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import regex

from factlint.extractors.numbers import context as ctx
from factlint.extractors.numbers.hedges import HEDGE_BEFORE, HEDGE_REACH, HEDGES, INF, hedge_interval
from factlint.extractors.numbers.model import Quantity
from factlint.extractors.numbers.words import SCALES, SHARE_MULTIPLIERS, SHARE_VALUES, VAGUE_LOW, digit_step, word_value
from factlint.support import regexcache


@dataclass(slots=True)
class Figure:
    """A numeral being read: what the steps of ``Scanner._one`` have decided about it so far."""

    start: int
    nstart: int  # where the numeral itself starts (after a currency sign)
    value: float
    step: float
    num: str | None  # the digits as written; None for a number in words
    cur: str | None  # the currency sign before the digits
    words: bool = False
    end: int = -1
    kind: str = "count"
    unit: str | None = None
    ambiguous: bool = False
    scale_word: str | None = None


_TRAILING_SCALE = regexcache.compile(r"(?i)\b(hundred|thousand|million|billion|trillion|lakhs?|crores?)\Z")


def trailing_scale(words: str) -> float | None:
    """The scale a figure's text ends with ("one million" -> 1e6, "3 hundred" -> 100), or None: a fraction
    after it is a part of that scale, and a smaller number after it may complete it ("3 hundred and 21")."""
    m = _TRAILING_SCALE.search(words)
    return SCALES[m.group(1).lower()] if m else None


def digit_figure(text: str, m: regex.Match) -> Figure | None:
    """A numeral in digits, unless the character before it makes it part of a code ("F-16", "A320-200")."""
    start = m.start()
    prev = text[start - 1] if start else " "
    if prev in "-–" and not ctx.SCALED_BEFORE_HYPHEN.match(text, max(0, start - 8), start - 1):  # not "5k-20k"
        if start >= 2 and text[start - 2].isalpha():
            return None  # "F-16", "COVID-19", "Shahed-136", "under-21"
        if prev == "-" and ctx.CODE_BEFORE.match(text, max(0, start - 12), start):
            return None  # "A320-200": the second half of a model code
    if prev in "/#:":
        return None
    if prev == "(" and m.group("cur") and text[m.end() : m.end() + 1] == ")" and ctx.VERB_PAREN.match(
        text, max(0, start - 12), start
    ):
        return None  # "revenue is ($99.99)": an accountant's negative, or a positive amount; no certain value
    num = m.group("num")
    if not num.isdigit() and any(c in num for c in " \u00a0\u202f"):
        num = num.replace(" ", ",").replace("\u00a0", ",").replace("\u202f", ",")  # "40 000" as "40,000"
    try:  # regex's \d takes digits float() does not (U+1CCF2); 309 digits and more overflow to inf
        value = float(num.replace(",", ""))
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    if m.group("neg"):
        value = -value  # "$-99.99"
    return Figure(start, m.start("num"), value, digit_step(num), num, m.group("cur"))


def word_figure(text: str, m: regex.Match) -> Figure | None:
    """A number in words, unless it is a pronoun ("one of the") or a label ("top three", "number one")."""
    start = m.start()
    word = m.group("w")
    low_word = word.lower()
    if low_word in ("one", "a dozen") or (low_word.startswith("a ") and len(low_word.split()) == 2):
        # "one" is mostly a pronoun ("one of the", "no one"), "a thousand ways" a figure of speech; keep them
        # only before a noun they count ("a hundred and two of those" is a count).
        nxt = text[m.end() : m.end() + 12].lower()
        if nxt.startswith((" of", " another", " who", " which", " that", " day", " way", " thing")):
            return None
    if ctx.LABEL_BEFORE.match(text, max(0, start - 14), start):
        return None  # "top three", "number one"
    if text[max(0, start - 6) : start].lower() == "point ":
        return None  # the decimals of "two point five"
    value = word_value(word)
    if value is None:
        return None
    step = digit_step(str(int(value))) if value >= 1 else 1.0
    return Figure(start, start, value, step, None, None, words=True)


def vague(m: regex.Match) -> Quantity:
    """"dozens of", "tens of thousands of": at least the phrase's least value, with no upper bound."""
    start = m.start()
    word = " ".join(m.group("vague").lower().split())
    low = VAGUE_LOW[word]
    return Quantity(start, m.end(), start, low, low, INF, low / 2, "count", hedge=word, words=True,
                    text=m.group(0))  # fmt: skip


def hedged_share(text: str, m: regex.Match) -> Quantity:
    """A share word ("two-thirds", "a majority"), widened by a hedge before it ("nearly half") and capped at 1."""
    start = m.start()
    q = _share(m)
    h = HEDGE_BEFORE.match(text, max(0, start - HEDGE_REACH), start)
    if h:
        q.hedge = " ".join(h.group("h").lower().split())
        q.low, q.high = hedge_interval(HEDGES[q.hedge], q.value, 0.0)
        q.high = min(q.high, 1.0)
        q.start, q.text = h.start(), text[h.start() : q.end]
    return q


def _share(m: regex.Match) -> Quantity:
    word = " ".join(m.group("share").lower().replace("-", " ").split())
    parts = word.split()
    if parts[-1] == "majority":
        return Quantity(m.start(), m.end(), m.start(), 0.5, 0.5, 1.0, 0.01, "share", hedge="majority", words=True,
                        text=m.group(0))  # fmt: skip
    head = parts[-1].rstrip("s")
    value = SHARE_VALUES[head] * (SHARE_MULTIPLIERS.get(parts[0], 1) if len(parts) > 1 else 1)
    return Quantity(m.start(), m.end(), m.start(), value, value, value, 0.0, "share", words=True, text=m.group(0))
