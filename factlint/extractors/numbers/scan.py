"""Finding the numeric expressions of an article: numerals, number words, scales, units, hedges and ranges.

One combined regex finds every candidate numeral in a single pass; small anchored regexes (forward with
``match(text, pos)``, backward with ``regex``'s reverse patterns) then read the few characters around each
candidate.  The guards (``numbers.context``) exist because most digits in news are not counts: years, dates,
clock times, ages, scores, phone numbers, model and section numbers.  Those are dropped here, so no check ever
compares them.

Values are plain floats with scale applied ("3.5 million" -> 3500000.0).  Each carries an interval: exact
figures are a point, hedged ones ("more than 100") an interval, and ``step`` records the rounding the writer
used ("3.5 million": 100000), from which checks derive their tolerances.
"""

from __future__ import annotations

import math

from dataclasses import dataclass
from typing import Iterator

import regex

from factlint.extractors.numbers import context as ctx
from factlint.extractors.numbers.hedges import HEDGE_BEFORE, HEDGES, INF, hedge_interval
from factlint.extractors.numbers.lexicon import Lexicon
from factlint.extractors.numbers.model import Quantity
from factlint.extractors.numbers.ranges import merge_ranges
from factlint.extractors.numbers.words import (
    LEADS,
    NUMERATOR_OF,
    SCALES,
    SHARE,
    SHARE_MULTIPLIERS,
    SHARE_VALUES,
    TRIGGER_WORDS,
    VAGUE,
    VAGUE_LOW,
    WORD_NUMBER,
    FRACTIONS,
    digit_step,
    word_value,
)
from factlint.lang.regextrie import trie_regex
from factlint.support import regexcache


def _start(m: regex.Match) -> int:
    return m.start()


@dataclass(slots=True)
class _Figure:
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


class Scanner:
    """Finds the numeric expressions of one text with patterns compiled from a ``Lexicon``."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        # Two passes are several times faster than one regex with both: digits are rare and cheap to find;
        # number words are found as single trigger words in the lower-cased text, then parsed in place.
        self.digits = regexcache.compile(
            r"(?<![\w.'’$£€¥])(?:(?P<cur>" + lex.currency_prefix_src + r")\s?)?"
            r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
            # thousands grouped by spaces ("40 000"), only when every group has three digits and no other
            # digit follows ("in 2019 500 people" stays two numbers: a group of four digits is no thousands group)
            r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\w,.\-–/]|[\u00a0\u202f ]\d)"
            r"|\d+(?:\.\d+)?)"
        )
        trigger_trie = trie_regex(TRIGGER_WORDS)  # one-character tokens: a trie of letters
        self.triggers = regexcache.compile(rf"\b(?:{trigger_trie})\b")
        self.triggers_ci = regexcache.compile(rf"(?i)\b(?:{trigger_trie})\b")
        self.word_number = regexcache.compile(
            r"(?i:(?P<vague>" + VAGUE + r")|(?P<share>" + SHARE + r")|(?P<w>" + WORD_NUMBER + r"))\b"
        )
        long_cur = [w for w in lex.currency_word if len(w) > 1]
        short_cur = [w for w in lex.currency_word if len(w) == 1]
        cur_alt = "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in sorted(long_cur, key=len)[::-1])
        short_alt = "|".join(regex.escape(w) for w in short_cur) or "(?!)"
        self.suffix = regexcache.compile(
            r"(?P<ord>(?:st|nd|rd|th)\b)?"
            r"(?P<frac>[½¼¾]|\s+and\s+(?:a|one)\s+(?:half|quarter)\b(?=\s+(?i:trillion|billion|million|thousand|"
            r"hundred|dozen|lakh|crore)\b|[^\S\n]+(?!of\b)[a-z]))?"
            r"(?P<scale>\s?(?i:trillion|billion|million|thousand|hundred|dozen|lakh\s+crore|lakhs?|crores?)\b"
            r"|(?:bn|bln|mln|mn|tn|trn|m|k|b|M|B|BN|K)(?![\w])"
            r"|\s(?:mln|bln|bn)\b)?"
            r"(?:(?P<pct>\s?%|\s?(?i:per\s?cent|percent|pct|pc)\b)"
            r"|(?P<pts>\s(?i:percentage\s+points?|basis\s+points?|points?|pts?)\b)"
            r"|(?P<curw>(?:\s(?i:" + cur_alt + r")|(?i:" + cur_alt + r")|" + short_alt + r")(?![\w]))"
            r"|(?P<unit>\s?-?(?:" + lex.unit_src + r")(?![\w²]))"
            r"(?:\s+per\s+(?P<per>" + lex.per_unit_src + r")(?![\w²]))?)?"
        )

    def _code_after(self, text: str, pos: int) -> bool:
        """Whether the numeral ending at ``pos`` is glued by a hyphen to a code ("777-200LR", "737-800s").

        The hyphen's second number is followed by letters its suffix does not read as a scale, unit or
        currency ("LR", "s"), where a range ("$3-4bn", "100-200m") would end in one.
        """
        h = ctx.HYPHEN_NUMBER.match(text, pos)
        if h is None:
            return False
        return ctx.GLUED_LETTER.match(text, self.suffix.match(text, h.end()).end()) is not None

    def scan(self, text: str) -> list[Quantity]:
        """Every numeric expression of ``text`` that is a figure (not a year, date, time, label…), in order."""
        raw: list[Quantity] = []
        lowered = text.lower()
        words = (
            self.triggers.finditer(lowered) if len(lowered) == len(text) else self.triggers_ci.finditer(text)
        )
        # Both candidate lists are in text order; a stable sort of the two (digits first) interleaves them.
        candidates = sorted([*self.digits.finditer(text), *self._word_numbers(text, words)], key=_start)
        last_end = 0
        for m in candidates:
            if m.start() < last_end:
                continue
            q = self._one(text, m)
            if q is not None:
                raw.append(q)
                last_end = q.end
        return merge_ranges(text, raw)

    def _word_numbers(self, text: str, triggers: Iterator[regex.Match]) -> Iterator[regex.Match]:
        """Full number-word expressions around each trigger word ("a hundred", "half a dozen", "two-thirds")."""
        last_end = 0
        for t in triggers:
            s = t.start()
            if s < last_end:
                continue
            best = None
            for back in (7, 4, 2, 0):  # "half a ", "the ", "a ", none
                if back and (s < back or text[s - back : s].lower() not in LEADS):
                    continue
                m = self.word_number.match(text, s - back)
                if m is not None and m.end() > s and (best is None or m.end() > best.end()):
                    best = m
                    break
            if best is not None:
                last_end = best.end()
                yield best

    def _one(self, text: str, m: regex.Match) -> Quantity | None:
        """The figure a candidate match stands for, or None when its context shows it is no figure."""
        g = m.groupdict()
        if g.get("num") is None:
            if g.get("vague") is not None:
                return _vague(m)
            if g.get("share") is not None:
                return _hedged_share(text, m)
            fig = _word_figure(text, m)
        else:
            fig = _digit_figure(text, m)
            if fig is not None and self._code_after(text, m.end()):
                return None  # "777-200LR", "737-800s": the first half of a model code
        if fig is None:
            return None
        s = self.suffix.match(text, m.end())
        fig.end = s.end()
        if s.group("ord"):
            return Quantity(fig.start, fig.end, fig.nstart, fig.value, fig.value, fig.value, 1, "ordinal",
                            text=text[fig.start : fig.end])  # fmt: skip
        if not self._scaled(text, fig, s):
            return None
        if fig.num is not None and fig.kind == "count":
            rest = ctx.NOT_AFTER.match(text, fig.end)
            if rest is not None and not (s.group("unit") or s.group("pct") or s.group("curw")):
                return None
        if (not s.group("frac") and NUMERATOR_OF.match(text, m.end())) or NUMERATOR_OF.match(text, fig.end):
            return None  # "three quarters", "two point five", "3 miles and a half": no certain value
        self._classify(fig, s)
        if _not_a_count(text, fig, self._counted(text, fig)):
            return None
        return _signed_and_hedged(text, fig)

    def _counted(self, text: str, fig: _Figure) -> bool:
        """Whether a four-digit numeral is a hedged count of a noun ("about 1500 people"), not a year."""
        if fig.num is None or len(fig.num) != 4 or not HEDGE_BEFORE.match(text, max(0, fig.start - 16), fig.start):
            return False
        nxt = ctx.NEXT_WORD.match(text, fig.end)
        return nxt is not None and nxt.group(1) in self.lex.noun_forms

    def _scaled(self, text: str, fig: _Figure, s: regex.Match) -> bool:
        """Apply a scale word after the numeral ("3.5 million", "2.1m"); False when it shows no figure ("5b")."""
        scale_word = s.group("scale")
        fig.scale_word = scale_word
        frac = s.group("frac")
        if frac:
            part = FRACTIONS[frac.split()[-1].lower()]
            if fig.value != int(fig.value):
                return False  # "2.5½": no reading
            fig.value += part
            fig.step = min(fig.step, part)
        if not scale_word:
            return True
        sw = " ".join(scale_word.lower().split())
        if sw == "b" and not fig.cur:
            return False
        if scale_word in ("M", "B", "BN", "K") and not (fig.cur or s.group("curw")):
            return False  # "10M", "5K" without a currency: a size, a model or a race, no certain figure
        if sw == "m" and not fig.cur and not s.group("curw"):
            # "2.1m residents" is a count, "the 100m final" is a distance: decide by the next word.
            nxt = ctx.NEXT_WORD.match(text, fig.end)
            noun = nxt.group(1) if nxt else ""
            if not (noun and noun in self.lex.noun_forms):
                fig.unit, fig.kind, fig.ambiguous = "meter", "measure", True
        if fig.kind == "count":
            scale = SCALES[sw]
            fig.value *= scale
            fig.step *= scale
        return True

    def _classify(self, fig: _Figure, s: regex.Match) -> None:
        """The figure's kind and unit from its currency sign and suffix: money, percent, points or a measure."""
        lex = self.lex
        if fig.cur:
            fig.kind, fig.unit = "money", lex.currency_prefix.get(fig.cur.strip(), fig.cur.strip())
        if s.group("pct"):
            fig.kind, fig.unit = "percent", "%"
            if fig.num is not None:
                fig.step = digit_step(fig.num, percent=True)
        elif s.group("pts"):
            fig.kind, fig.unit = "points", s.group("pts").strip().lower()
        elif s.group("curw"):
            fig.kind, fig.unit = "money", lex.currency_word.get(" ".join(s.group("curw").lower().split()))
        elif s.group("unit") and fig.kind != "money":
            surface = s.group("unit").lstrip(" -")
            surface_n = " ".join(surface.split())
            if surface_n in lex.unit_exact:
                unit = lex.unit_exact[surface_n]
            elif surface_n.lower() in lex.units:
                unit = lex.units[surface_n.lower()]
            else:
                unit = lex.ambiguous_units.get(surface_n.lower())
                fig.ambiguous = True
            if s.group("per") and unit:
                # "miles per gallon": a compound unit pint converts like any other ("mile / gallon")
                unit = f"{unit} / {lex.units[' '.join(s.group('per').lower().split())]}"
            fig.unit, fig.kind = unit, "measure"


def _digit_figure(text: str, m: regex.Match) -> _Figure | None:
    """A numeral in digits, unless the character before it makes it part of a code ("F-16", "A320-200")."""
    start = m.start()
    prev = text[start - 1] if start else " "
    if prev in "-–" and start >= 2 and text[start - 2].isalpha():
        return None  # "F-16", "COVID-19", "Shahed-136", "under-21"
    if prev == "-" and ctx.CODE_BEFORE.match(text, max(0, start - 12), start):
        return None  # "A320-200": the second half of a model code
    if prev in "/#:":
        return None
    num = m.group("num")
    if not num.isdigit() and any(c in num for c in " \u00a0\u202f"):
        num = num.replace(" ", ",").replace("\u00a0", ",").replace("\u202f", ",")  # "40 000" as "40,000"
    try:  # regex's \d takes digits float() does not (U+1CCF2); 309 digits and more overflow to inf
        value = float(num.replace(",", ""))
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return _Figure(start, m.start("num"), value, digit_step(num), num, m.group("cur"))


def _word_figure(text: str, m: regex.Match) -> _Figure | None:
    """A number in words, unless it is a pronoun ("one of the") or a label ("top three", "number one")."""
    start = m.start()
    word = m.group("w")
    low_word = word.lower()
    if low_word in ("one", "a dozen") or low_word.startswith("a "):
        # "one" is mostly a pronoun ("one of the", "no one"); keep it only before a noun it counts.
        nxt = text[m.end() : m.end() + 12].lower()
        if nxt.startswith((" of", " another", " who", " which", " that", " day", " way", " thing")):
            return None
    if ctx.LABEL_BEFORE.match(text, max(0, start - 14), start):
        return None  # "top three", "number one"
    if text[max(0, start - 6) : start].lower() == "point ":
        return None  # the decimals of "two point five"
    value = word_value(word)
    step = digit_step(str(int(value))) if value >= 1 else 1.0
    return _Figure(start, start, value, step, None, None, words=True)


def _not_a_count(text: str, fig: _Figure, counted: bool = False) -> bool:
    """Whether a numeral's surroundings make it a date, year, code, label, age or name rather than a figure.

    ``counted``: a hedge before and a noun after make a four-digit numeral a count ("about 1500 people")."""
    if fig.num is None or fig.kind == "money":
        return False
    start, end, num, value = fig.start, fig.end, fig.num, fig.value
    if ctx.DATE_BEFORE.match(text, max(0, start - 16), start) or ctx.DATE_AFTER.match(text, end):
        return True
    if fig.kind != "count" or fig.scale_word:
        return False
    if "," not in num and "." not in num and 1000 <= value <= 2100 and len(num) == 4 and not counted:
        return True  # a year
    if len(num) > 1 and num[0] == "0" and "." not in num:
        return True  # codes, phone numbers, "007"
    return bool(
        ctx.LABEL_BEFORE.match(text, max(0, start - 14), start)
        or ctx.AGE_BEFORE.match(text, max(0, start - 16), start)
        or ctx.is_name_number(text, start)
        or ctx.is_age_apposition(text, start, end)
    )


def _signed_and_hedged(text: str, fig: _Figure) -> Quantity:
    """The finished figure: a minus sign or "minus" before it negates it, a hedge before that widens it."""
    start, value = fig.start, fig.value
    negative = False
    hstart = start
    hedge = None
    if fig.num is not None and start >= 1 and text[start - 1] in "-−" and (start < 2 or text[start - 2] in " (\n\t"):
        negative, hstart = True, start - 1
    else:
        mm = ctx.MINUS_BEFORE.match(text, max(0, start - 8), start)
        if mm:
            negative, hstart = True, mm.start()
    if negative:
        value = -value
    low = high = value
    h = HEDGE_BEFORE.match(text, max(0, hstart - 16), hstart)
    if h:
        hedge = " ".join(h.group("h").lower().split())
        low, high = hedge_interval(HEDGES[hedge], value, fig.step)
        hstart = h.start()
    return Quantity(hstart, fig.end, fig.nstart, value, low, high, fig.step, fig.kind, unit=fig.unit, hedge=hedge,
                    words=fig.words, ambiguous_unit=fig.ambiguous, text=text[hstart : fig.end])  # fmt: skip


def _vague(m: regex.Match) -> Quantity:
    """"dozens of", "tens of thousands of": at least the phrase's least value, with no upper bound."""
    start = m.start()
    word = " ".join(m.group("vague").lower().split())
    low = VAGUE_LOW[word]
    return Quantity(start, m.end(), start, low, low, INF, low / 2, "count", hedge=word, words=True,
                    text=m.group(0))  # fmt: skip


def _hedged_share(text: str, m: regex.Match) -> Quantity:
    """A share word ("two-thirds", "a majority"), widened by a hedge before it ("nearly half") and capped at 1."""
    start = m.start()
    q = _share(m)
    h = HEDGE_BEFORE.match(text, max(0, start - 16), start)
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
