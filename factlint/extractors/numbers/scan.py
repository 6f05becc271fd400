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

from typing import Iterator

import regex

from factlint.extractors.numbers import context as ctx
from factlint.extractors.numbers.compounds import hedged_after, join_compounds
from factlint.extractors.numbers.figures import Figure, digit_figure, hedged_share, trailing_scale, vague, word_figure
from factlint.extractors.numbers.hedges import HEDGE_BEFORE, HEDGE_REACH, HEDGES, INF, hedge_interval
from factlint.extractors.numbers.lexicon import Lexicon
from factlint.extractors.numbers.model import Quantity
from factlint.extractors.numbers.ranges import merge_ranges
from factlint.extractors.numbers.words import (
    FRACTIONS,
    LEADS,
    NUMERATOR_OF,
    SCALES,
    SHARE,
    TRIGGER_WORDS,
    VAGUE,
    WORD_NUMBER,
    digit_step,
)
from factlint.lang.regextrie import trie_regex
from factlint.support import regexcache


def _start(m: regex.Match) -> int:
    return m.start()


class Scanner:
    """Finds the numeric expressions of one text with patterns compiled from a ``Lexicon``."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        # Two passes are several times faster than one regex with both: digits are rare and cheap to find;
        # number words are found as single trigger words in the lower-cased text, then parsed in place.
        self.digits = regexcache.compile(
            r"(?<![\w.'’$£€¥])(?:(?P<cur>" + lex.currency_prefix_src + r")\s?(?P<neg>[-−](?=\d))?)?"
            r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
            r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!\d|,\d)"  # lakh grouping: "12,34,567" is 1234567
            # thousands grouped by spaces ("40 000"), only when every group has three digits and no other
            # digit follows ("in 2019 500 people" stays two numbers: a group of four digits is no thousands group)
            r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:\.\d+)?(?![\w\-–/]|[,.]\d|[\u00a0\u202f ]\d)"
            r"|\d+(?:\.\d+)?)"
        )
        trigger_trie = trie_regex(TRIGGER_WORDS)  # one-character tokens: a trie of letters
        self.triggers = regexcache.compile(rf"\b(?:{trigger_trie})\b")
        self.triggers_ci = regexcache.compile(rf"(?i)\b(?:{trigger_trie})\b")
        self.word_number = regexcache.compile(
            r"(?i:(?P<vague>" + VAGUE + r")|(?P<share>" + SHARE + r")|(?P<w>" + WORD_NUMBER + r"))\b"
        )
        # Currency words as written, in lower case, in capitals or title case ("150 Billion Dollars"); the
        # subunits not in title case: "50 Cent" and "Pence" are names, not amounts in cents.
        cased = {f for w in lex.currency_written for f in (w, w.lower(), w.upper())}
        cased |= {w.title() for w in lex.currency_written if lex.currency_word.get(_lower(w)) != "CENT"}
        long_cur = [w for w in cased if len(w) > 1]
        short_cur = [w for w in lex.currency_word if len(w) == 1]
        # longest first; ties in a fixed order, so the pattern (the regex cache's key) is the same in every process
        cur_alt = "|".join(r"\s+".join(regexcache.escape(p) for p in w.split())
                           for w in sorted(long_cur, key=lambda w: (-len(w), w)))
        short_alt = "|".join(regexcache.escape(w) for w in short_cur) or "(?!)"
        self.suffix = regexcache.compile(
            r"(?P<ord>(?:st|nd|rd|th)\b)?"
            # a fraction: "1½", "2 1/2 weeks", "11 3/4 pct" (halves, quarters, eighths: "4 4/5" is a table date)
            r"(?P<frac>[½¼¾]|(?<=\d)[^\S\n]+(?P<mixn>[1-7])/(?P<mixd>[248])(?![/\w])"
            r"|\s+and\s+(?:a|one)\s+(?:half|quarter)\b(?=\s+(?i:trillion|billion|million|thousand|"
            r"hundred|dozen|lakh|crore)\b|[^\S\n]+(?!of\b)[a-z]))?"
            r"(?P<scale>\s?(?i:trillion|billion|million|thousand|hundred|dozens?|lakh\s+crore|lakhs?|crores?)\b"
            r"|(?:bn|bln|mln|mn|tn|trn|m|k|b|MM|M|B|BN|K|T)(?![\w])"
            r"|\s(?:mln|bln|bn)\b)?"
            # "3 million and a half"; "one and a half." at the end of a clause (no unit after: "3 miles and a half")
            r"(?P<frac2>(?<=[a-z])\s+and\s+(?:a|one)\s+(?:half|quarter)\b(?=\s*(?:[.,;:!?)]|\Z)|\s+[a-z]))?"
            r"(?:(?P<pct>\s?%|\s?(?i:per\s?cent|percent|pct|pc)\b)"
            r"|(?P<pts>\s(?i:percentage\s+points?|basis\s+points?|points?|pts?)\b)"
            # a currency word ("50 dollars", "12-cent", "75 USD million"), a scale glued to a code ("20 MUSD"),
            # or a sign after the figure ("10 $") unless it is the sign of the next one ("10 $30 bills")
            r"|(?P<curw>(?:[\s-]?(?:" + cur_alt + r")|\s(?:" + lex.code_src + r")|" + short_alt + r")(?![\w]))"
            r"(?P<scale2>\s(?i:thousand|million|billion|trillion)\b)?"
            r"|\s?(?P<mscale>[kMB])(?P<code>" + lex.code_src + r")(?![\w])"
            r"|\s?(?P<sign>[$£€¥])(?:(?!\s?\d)|(?=\s?\d+(?:\.\d+)?\s?(?:[$£€¥]|cents?\b)))"
            r"|(?P<unit>\s?-?(?:" + lex.unit_src + r")(?![\w²]))"
            r"(?:\s+per\s+(?P<per>" + lex.per_unit_src + r")(?![\w²]))?"
            r"|(?P<inch>(?<=\d)in)(?![\w.])"  # "6ft 2in": "in" glued to digits (spaced, it is the preposition)
            r")?"
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
            after_amount = m.start() < last_end
            if after_amount:
                if m.groupdict().get("num") is None or m.start("num") < last_end:
                    continue
                m = self.digits.match(text, m.start("num"))  # "10 $ 30 cents": the sign belongs to the 10
                if m is None:
                    continue
            q = self._one(text, m, after_amount)
            if q is not None:
                raw.append(q)
                last_end = q.end
        return [hedged_after(text, q) for q in merge_ranges(text, join_compounds(text, raw))]

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

    def _one(self, text: str, m: regex.Match, after_amount: bool = False) -> Quantity | None:
        """The figure a candidate match stands for, or None when its context shows it is no figure.

        ``after_amount``: the numeral follows a currency that ended the figure before it ("17 USD 25"), so
        the capital word before it is no name it labels."""
        g = m.groupdict()
        if g.get("num") is None:
            if g.get("vague") is not None:
                return vague(m)
            if g.get("share") is not None:
                return hedged_share(text, m)
            fig = word_figure(text, m)
        else:
            fig = digit_figure(text, m)
            if fig is not None and self._code_after(text, m.end()):
                return None  # "777-200LR", "737-800s": the first half of a model code
        if fig is None:
            return None
        s = self.suffix.match(text, m.end())
        fig.end = s.end()
        if s.group("ord"):
            return Quantity(fig.start, fig.end, fig.nstart, fig.value, fig.value, fig.value, 1, "ordinal",
                            text=text[fig.start : fig.end])  # fmt: skip
        if not self._scaled(text, fig, s, m):
            return None
        if fig.num is not None and fig.kind == "count":
            rest = ctx.NOT_AFTER.match(text, fig.end)
            if rest is not None and not (s.group("unit") or s.group("inch") or s.group("pct") or _currency_of(s)):
                return None
            if ctx.SCALE_LETTER_AFTER.match(text, fig.end):
                return None  # "1,674,200.5 M": a scale or a unit letter, no certain value
        fraction = s.group("frac") or s.group("frac2")
        if (not fraction and NUMERATOR_OF.match(text, m.end())) or NUMERATOR_OF.match(text, fig.end):
            return None  # "three quarters", "two point five", "3 miles and a half": no certain value
        self._classify(fig, s)
        if _not_a_count(text, fig, self._counted(text, fig), after_amount):
            return None
        return _signed_and_hedged(text, fig)

    def _counted(self, text: str, fig: Figure) -> bool:
        """Whether a four-digit numeral is a hedged count of a noun ("about 1500 people"), not a year."""
        if fig.num is None or len(fig.num) != 4:
            return False
        if not HEDGE_BEFORE.match(text, max(0, fig.start - HEDGE_REACH), fig.start):
            return False
        nxt = ctx.NEXT_WORD.match(text, fig.end)
        return nxt is not None and nxt.group(1) in self.lex.noun_forms

    def _scaled(self, text: str, fig: Figure, s: regex.Match, m: regex.Match) -> bool:
        """Apply a scale word after the numeral ("3.5 million", "2.1m"); False when it shows no figure ("5b").

        A fraction is a part of the scale it follows or precedes: "five and a half million" is 5.5 million,
        "one million and a half" and "3 million and a half" 1.5 and 3.5 million, "one billion and a half
        million" a billion and half a million."""
        scale_word = s.group("scale")
        fig.scale_word = scale_word
        sw = " ".join(scale_word.lower().split()) if scale_word else ""
        own = trailing_scale(m.group(0)) if fig.words else None  # "one million" carries its own scale
        if sw.startswith("dozen") and fig.words and _BIG_WORD.search(m.group(0)):
            return False  # "three hundred and two dozen": 302 dozen or 300 and two dozen
        frac = s.group("frac") or s.group("frac2")
        if frac:
            if s.group("mixd"):
                part = int(s.group("mixn")) / int(s.group("mixd"))
            else:
                part = FRACTIONS[frac.split()[-1].lower()]
            if fig.value != int(fig.value) or part >= 1:
                return False  # "2.5½": no reading
            if own and sw:
                if s.group("frac2") or own <= SCALES[sw]:
                    return False  # "a thousand and a half million": no reading
                add, scale_word, sw = part * SCALES[sw], None, ""
            else:
                add = part * (own or 1.0)  # a part of the figure's own scale, or of the one after it
            fig.value += add
            fig.step = min(fig.step, add)
        if not scale_word:
            return True
        currency = fig.cur or _currency_of(s)
        if sw == "b" and not fig.cur:
            return False
        if scale_word in ("MM", "M", "B", "BN", "K", "T") and not currency:
            return False  # "10M", "5K" without a currency: a size, a model or a race, no certain figure
        if sw == "m" and not currency:
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

    def _currency_code(self, s: regex.Match) -> str | None:
        """The currency of a suffix: a currency word or code ("dollars", "-cent", "USD") or a sign after the figure."""
        if s.group("sign"):
            return self.lex.currency_prefix.get(s.group("sign"))
        if s.group("code"):
            return s.group("code")
        surface = " ".join(s.group("curw").lstrip(" -").split())
        return self.lex.currency_word.get(surface.lower(), surface if surface.isupper() else None)

    def _currency_scale(self, fig: Figure, s: regex.Match) -> None:
        """A scale after a currency code: "75 USD million", "20 MUSD" (a scale letter glued to the code)."""
        after = s.group("scale2") or s.group("mscale")
        if after:
            scale = SCALES[after.strip().lower()]
            fig.value *= scale
            fig.step *= scale

    def _classify(self, fig: Figure, s: regex.Match) -> None:
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
        elif _currency_of(s):
            fig.kind, fig.unit = "money", self._currency_code(s)
            self._currency_scale(fig, s)
        elif s.group("inch") and fig.kind != "money":
            fig.unit, fig.kind = "inch", "measure"
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


def _lower(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _currency_of(s: regex.Match) -> str | None:
    """The currency written after a figure, as matched (a word, a code with its scale letter, a sign), or None."""
    return s.group("curw") or s.group("code") or s.group("sign")


def _not_a_count(text: str, fig: Figure, counted: bool = False, after_amount: bool = False) -> bool:
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
        if not ctx.in_count_range(text, start, end, value):
            return True  # a year
    if len(num) > 1 and num[0] == "0" and "." not in num:
        return True  # codes, phone numbers, "007"
    return bool(
        ctx.LABEL_BEFORE.match(text, max(0, start - 14), start)
        or ctx.AGE_BEFORE.match(text, max(0, start - 16), start)
        or (not after_amount and ctx.is_name_number(text, start))
        or ctx.is_age_apposition(text, start, end)
    )


_BIG_WORD = regexcache.compile(r"(?i)\b(?:hundred|thousand|million|billion|trillion)\b")
# Units whose values go below zero, so an upper bound ("under 5°C") has no lower one.
_SIGNED_UNITS = frozenset({"degree_Celsius", "degree_Fahrenheit"})


def _signed_and_hedged(text: str, fig: Figure) -> Quantity:
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
    h = HEDGE_BEFORE.match(text, max(0, hstart - HEDGE_REACH), hstart)
    if h:
        hedge = " ".join(h.group("h").lower().split())
        low, high = hedge_interval(HEDGES[hedge], value, fig.step)
        if HEDGES[hedge] == "max" and fig.unit in _SIGNED_UNITS:
            low = -INF  # "below 5 degrees Celsius" may be below zero: no lower bound
        hstart = h.start()
    return Quantity(hstart, fig.end, fig.nstart, value, low, high, fig.step, fig.kind, unit=fig.unit, hedge=hedge,
                    words=fig.words, ambiguous_unit=fig.ambiguous, text=text[hstart : fig.end])  # fmt: skip

