"""Finding the numeric expressions of an article: numerals, number words, scales, units, hedges and ranges.

One combined regex finds every candidate numeral in a single pass; small anchored regexes (forward with
``match(text, pos)``, backward with ``regex``'s reverse patterns) then read the few characters around each
candidate.  The guards here exist because most digits in news are not counts: years, dates, clock times, ages,
scores, phone numbers, model and section numbers.  Those are dropped here, so no check ever compares them.

Values are plain floats with scale applied ("3.5 million" -> 3500000.0).  Each carries an interval: exact
figures are a point, hedged ones ("more than 100") an interval, and ``step`` records the rounding the writer
used ("3.5 million": 100000), from which checks derive their tolerances.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator

import regex

from factlint.support import regexcache
from factlint.extractors.numbers.lexicon import Lexicon
from factlint.lang.regextrie import suffix_trie_regex, trie_regex

INF = math.inf

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL = rf"(?:(?:{_TENS})(?:[-\s](?:{_UNITS}))?|{_TEENS}|{_UNITS})"
_HUNDREDS = rf"(?:(?:{_SMALL}|a)\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)"
_BELOW_THOUSAND = rf"(?:{_HUNDREDS}|{_SMALL})"
_WORD_NUMBER = (
    rf"(?:(?:{_BELOW_THOUSAND}|a)\s+(?:thousand|million|billion|trillion)(?:,?\s+(?:and\s+)?{_BELOW_THOUSAND})?"
    rf"|{_BELOW_THOUSAND}|(?:half\s+)?a\s+dozen)"
)
_VAGUE = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions|billions)"
    r"(?=\s+of\b)"
)
_SHARE = (
    r"(?:(?:a|one)[-\s](?:half|third|quarter|fifth|sixth|tenth)|half|(?:two|three|four)[-\s]"
    r"(?:thirds|quarters|fifths)|(?:a|the)\s+majority)(?=\s+(?:of|the|its|their|all)\b)"
)
_WORD_VALUES = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
}
_WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS.split("|"))})
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
_VAGUE_LOW = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9,
    "tens of thousands": 20000, "hundreds of thousands": 200000,
}  # fmt: skip
_SHARE_VALUES = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "sixth": 1 / 6, "tenth": 0.1}
_SMALL_WORDS = {"two": 2, "three": 3, "four": 4}

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Words after which a number names something rather than counts it ("Section 5", "Flight 370", "No. 10").
_LABEL_WORDS = (
    "section|sections|article|articles|chapter|chapters|clause|clauses|paragraph|paragraphs|page|pages|part|"
    "room|flight|route|highway|interstate|number|no|nos|item|grade|level|class|category|stage|phase|episode|"
    "season|series|volume|vol|version|model|type|gate|platform|terminal|channel|apollo|boeing|airbus|windows|"
    "formula|division|rule|resolution|amendment|proposition|question|track|table|figure|fig|appendix|lot|unit|"
    "block|floor|pier|box|line|tier|band|size|day|week|game|round|hole|lap|row|seat|cell|ward|district|zone|"
    "sector|psalm|verse|act|bill|code|hr|a|b|c|d|e|f|world war|top|under|over|aged|age|ages|nr|tel|ext"
)
# Abbreviated labels written with a full stop ("No. 10", "vol. 3"); after a whole word a full stop ends the
# sentence ("… take part. Five people …"), so only these may have one.
_LABEL_ABBREVIATIONS = "no|nos|nr|vol|fig|tel|ext|hr"
_HEDGES = {
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
    "as few as": "max", "not more than": "max",
}  # fmt: skip

_HEDGE_BEFORE = regexcache.compile(
    r"(?ri)(?<![\w-])(?P<h>"
    + "|".join(r"\s+".join(regex.escape(p) for p in h.split()) for h in sorted(_HEDGES, key=len, reverse=True))
    + r")\s+\Z"
)
# The label words as a suffix trie: tried before nearly every figure, the flat alternation cost twice as much.
_LABEL_BEFORE = regexcache.compile(
    rf"(?ri)(?<![\w-])(?:(?:{suffix_trie_regex(_LABEL_WORDS.split('|'))})|(?:{_LABEL_ABBREVIATIONS})\.)"
    r"[^\S\n]*#?[^\S\n]*\Z"
)
_DATE_BEFORE = regexcache.compile(rf"(?r)\b(?:{_MONTHS}|{_WEEKDAYS})\.?,?\s+(?:the\s+)?\Z")
_DATE_AFTER = regexcache.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}\b")
_MINUS_BEFORE = regexcache.compile(r"(?ri)(?<![\w-])minus\s+\Z")
_CAP_WORD_BEFORE = regexcache.compile(r"(?r)(?<=(?P<pre>[^\s]?)\s*)\b(?P<w>[A-Z][A-Za-z]*[A-Za-z])\s+\Z")
_SPORT_BEFORE = regexcache.compile(
    r"(?ri)\b(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|defeat|defeated|defeats|victory|"
    r"draw|drew|drawn|score|scored|scoring|lead|led|leads|trail|trailed|trailing|thrashed|edged|routed|"
    r"scoreline|margin|against|v|vs|versus)\b[^.;!?]{0,40}\Z"
)
_CHANGE_BEFORE = regexcache.compile(
    r"(?ri)\b(?:from|rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|increased?|increases|increasing|"
    r"decreased?|decreases|decreasing|grew|grow|grows|growing|grown|dropped|drop|drops|dropping|climbed|climb|"
    r"jumped|jump|slipped|slid|declined?|declining|gained?|lost|up|down|cut|raised?|lowered?|reduced?|"
    r"boosted?|doubled|halved|trimmed|surged|soared|plunged|plummeted|tumbled|eased|edged|slumped|"
    r"widened|narrowed|improved|expanded|shrank|contracted|revised|lifted|hiked)\b[^.;!?\d]{0,25}\Z"
)
_NOT_AFTER = regexcache.compile(
    r"(?:"
    r"[:/]\d"  # clock time, ratio, fraction, date
    r"|\.\d"  # version numbers and dotted dates
    r"|-\d+/\d"  # wire-style fractions ("6-1/8 pct")
    r"|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"  # clock times
    r"|\s+(?:GMT|BST|UTC|EST|EDT|CET|CEST|ET|PT|PST|hrs|hours\s+GMT|o'clock|local\s+time)\b"
    r"|\s*(?:-|–|to)\s*\d+[-\s]years?[-\s]olds?\b"  # age spans ("18 to 30-year-olds")
    r"|-?\s?years?[-\s]olds?\b|\s+years?\s+of\s+age\b|-months?-old|-weeks?-old|-days?-old"  # ages
    r"|'?s\b"  # decades ("1990s", "the 80s")
    r"|\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Place|Square|Boulevard|"
    r"Terrace|Crescent|Close|Court|Row|Walk|Gardens)\b"  # addresses
    r"|[A-Za-z]"  # glued letters the suffix did not explain: "3G", "4x4", "747s"
    r")"
)
_AGE_BEFORE = regexcache.compile(r"(?ri)\b(?:aged|age|ages|ageing)\s+(?:between\s+)?\Z")


@dataclass(slots=True)
class Quantity:
    """A number an article states, with what it counts and the event it takes part in.

    ``start``/``end`` span the whole expression (hedge and unit included) in prose offsets; ``value`` is the
    written value with scale applied and ``low``/``high`` the interval it stands for ("more than 100" is
    ``[100, inf)``; a range "10-12" is ``[10, 12]``).  ``step`` is the rounding step the writer used.
    ``kind`` is one of count, percent, money, measure, share, points, ordinal.  The binding fields (noun,
    cls, role, actor, owner, period, part_of, total) are filled by ``factlint.extractors.numbers.bind``.
    """

    start: int
    end: int
    num_start: int
    value: float
    low: float
    high: float
    step: float
    kind: str
    unit: str | None = None
    hedge: str | None = None
    words: bool = False
    ambiguous_unit: bool = False
    text: str = ""
    index: int = -1
    sentence: int = -1
    paragraph: int = -1
    quoted: bool = False
    noun: str | None = None
    noun_text: str | None = None  # the noun as written ("drones")
    cls: str | None = None
    noun_end: int = -1
    role: str | None = None
    verb_start: int = -1
    verb_end: int = -1
    actor: str | None = None
    owner: str | None = None
    period: str | None = None
    part_of: int | None = None
    total: bool = False
    table: bool = False
    inner: bool = False  # the whole in "X of the Y": the verb after it belongs to X

    @property
    def exact(self) -> bool:
        """Whether the figure is stated as one exact value (no hedge, no range)."""
        return self.low == self.high


# The words that can start or carry a number in words.  Scale abbreviations ("m", "bn") and the multi-word
# vague phrases are left out: they never start a number word, and "m" alone would be tried at every "m".
_TRIGGER_WORDS = sorted(
    (
        set(_WORD_VALUES)
        | set(_SCALES)
        | set(_VAGUE_LOW)
        | {"dozen", "tens", "half", "third", "quarter", "fifth", "sixth", "tenth", "thirds", "quarters", "fifths",
           "majority"}
    )
    - {"k", "m", "mn", "mln", "bn", "bln", "b", "tn", "trn", "tens of thousands", "hundreds of thousands"}
)
_LEADS = frozenset({"half a ", "the ", "a "})


def _start(m: regex.Match) -> int:
    return m.start()


def _word_value(words: str) -> float:
    """The value of a number written in words ("one hundred and twenty" -> 120, "a dozen" -> 12)."""
    total = 0.0
    current = 0.0
    for tok in _WORD_SPLIT.split(words.lower()):
        if tok in ("and", ""):
            continue
        if tok == "a":
            current = current or 1
        elif tok == "half":
            current = 0.5
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * _SCALES[tok]
            current = 0
        else:
            current += _WORD_VALUES.get(tok, 0)
    return total + current


_WORD_SPLIT = regexcache.compile(r"[\s,-]+")


def _digit_step(num: str, percent: bool = False) -> float:
    """The rounding step of a written numeral: "176" -> 1, "1,200" -> 100, "3.5" -> 0.1, "300" -> 100."""
    digits = num.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    if percent:
        return 1.0
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    return 10.0 ** zeros if stripped else 1.0


class Scanner:
    """Finds the numeric expressions of one text with patterns compiled from a ``Lexicon``."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        # Two passes are several times faster than one regex with both: digits are rare and cheap to find;
        # number words are found as single trigger words in the lower-cased text, then parsed in place.
        self.digits = regexcache.compile(
            r"(?<![\w.'’$£€¥])(?:(?P<cur>" + lex.currency_prefix_src + r")\s?)?"
            r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?)"
        )
        trigger_trie = trie_regex(_TRIGGER_WORDS)  # one-character tokens: a trie of letters
        self.triggers = regexcache.compile(rf"\b(?:{trigger_trie})\b")
        self.triggers_ci = regexcache.compile(rf"(?i)\b(?:{trigger_trie})\b")
        self.word_number = regexcache.compile(
            r"(?i:(?P<vague>" + _VAGUE + r")|(?P<share>" + _SHARE + r")|(?P<w>" + _WORD_NUMBER + r"))\b"
        )
        long_cur = [w for w in lex.currency_word if len(w) > 1]
        short_cur = [w for w in lex.currency_word if len(w) == 1]
        cur_alt = "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in sorted(long_cur, key=len)[::-1])
        short_alt = "|".join(regex.escape(w) for w in short_cur) or "(?!)"
        self.suffix = regexcache.compile(
            r"(?P<ord>(?:st|nd|rd|th)\b)?"
            r"(?P<scale>\s?(?i:trillion|billion|million|thousand|hundred)\b|(?:bn|bln|mln|mn|tn|trn|m|k|b)(?![\w])"
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
        h = _HYPHEN_NUMBER.match(text, pos)
        if h is None:
            return False
        return _GLUED_LETTER.match(text, self.suffix.match(text, h.end()).end()) is not None

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
        return _merge_ranges(text, raw)

    def _word_numbers(self, text: str, triggers: Iterator[regex.Match]) -> Iterator[regex.Match]:
        """Full number-word expressions around each trigger word ("a hundred", "half a dozen", "two-thirds")."""
        last_end = 0
        for t in triggers:
            s = t.start()
            if s < last_end:
                continue
            best = None
            for back in (7, 4, 2, 0):  # "half a ", "the ", "a ", none
                if back and (s < back or text[s - back : s].lower() not in _LEADS):
                    continue
                m = self.word_number.match(text, s - back)
                if m is not None and m.end() > s and (best is None or m.end() > best.end()):
                    best = m
                    break
            if best is not None:
                last_end = best.end()
                yield best

    def _one(self, text: str, m: regex.Match) -> Quantity | None:
        start = m.start()
        lex = self.lex
        g = m.groupdict()
        cur = g.get("cur")
        num = g.get("num")
        kind = "count"
        unit = None
        words = False
        ambiguous = False
        if num is not None:
            nstart = m.start("num")
            prev = text[start - 1] if start else " "
            if prev in "-–" and start >= 2 and text[start - 2].isalpha():
                return None  # "F-16", "COVID-19", "Shahed-136", "under-21"
            if prev == "-" and _CODE_BEFORE.match(text, max(0, start - 12), start):
                return None  # "A320-200": the second half of a model code
            if prev in "/#:":
                return None
            value = float(num.replace(",", ""))
            step = _digit_step(num)
        elif g.get("vague") is not None:
            word = " ".join(m.group("vague").lower().split())
            low = _VAGUE_LOW[word]
            return Quantity(start, m.end(), start, low, low, INF, low / 2, "count", hedge=word, words=True,
                            text=m.group(0))  # fmt: skip
        elif g.get("share") is not None:
            q = _share(m)
            h = _HEDGE_BEFORE.match(text, max(0, start - 16), start)
            if h:
                q.hedge = " ".join(h.group("h").lower().split())
                q.low, q.high = hedge_interval(_HEDGES[q.hedge], q.value, 0.0)
                q.high = min(q.high, 1.0)
                q.start, q.text = h.start(), text[h.start() : q.end]
            return q
        else:
            word = m.group("w")
            low_word = word.lower()
            if low_word in ("one", "a dozen") or low_word.startswith("a "):
                # "one" is mostly a pronoun ("one of the", "no one"); keep it only before a noun it counts.
                nxt = text[m.end() : m.end() + 12].lower()
                if nxt.startswith((" of", " another", " who", " which", " that", " day", " way", " thing")):
                    return None
            if _LABEL_BEFORE.match(text, max(0, start - 14), start):
                return None  # "top three", "number one"
            value = _word_value(word)
            step = _digit_step(str(int(value))) if value >= 1 else 1.0
            words = True
            nstart = start
        if num is not None and self._code_after(text, m.end()):
            return None  # "777-200LR", "737-800s": the first half of a model code
        s = self.suffix.match(text, m.end())
        end = s.end()
        if s.group("ord"):
            return Quantity(start, end, nstart, value, value, value, 1, "ordinal", text=text[start:end])
        scale_word = s.group("scale")
        if scale_word:
            sw = scale_word.strip().lower()
            if sw == "b" and not cur:
                return None
            if sw == "m" and not cur and not s.group("curw"):
                # "2.1m residents" is a count, "the 100m final" is a distance: decide by the next word.
                nxt = _NEXT_WORD.match(text, end)
                noun = nxt.group(1) if nxt else ""
                if noun and noun in lex.noun_forms:
                    pass
                else:
                    unit, kind, ambiguous = "meter", "measure", True
            if kind == "count":
                scale = _SCALES[sw]
                value *= scale
                step *= scale
        if num is not None and kind == "count":
            rest = _NOT_AFTER.match(text, end)
            if rest is not None and not (s.group("unit") or s.group("pct") or s.group("curw")):
                return None
        if cur:
            kind, unit = "money", lex.currency_prefix.get(cur.strip(), cur.strip())
        if s.group("pct"):
            kind, unit = "percent", "%"
            if num is not None:
                step = _digit_step(num, percent=True)
        elif s.group("pts"):
            kind, unit = "points", s.group("pts").strip().lower()
        elif s.group("curw"):
            code = lex.currency_word.get(" ".join(s.group("curw").lower().split()))
            kind, unit = "money", code
        elif s.group("unit") and kind != "money":
            surface = s.group("unit").lstrip(" -")
            surface_n = " ".join(surface.split())
            if surface_n in lex.unit_exact:
                unit = lex.unit_exact[surface_n]
            elif surface_n.lower() in lex.units:
                unit = lex.units[surface_n.lower()]
            else:
                unit = lex.ambiguous_units.get(surface_n.lower())
                ambiguous = True
            if s.group("per") and unit:
                # "miles per gallon": a compound unit pint converts like any other ("mile / gallon")
                unit = f"{unit} / {lex.units[' '.join(s.group('per').lower().split())]}"
            kind = "measure"
        # Guards on what precedes the number.
        if num is not None and kind != "money":
            if _DATE_BEFORE.match(text, max(0, start - 16), start) or _DATE_AFTER.match(text, end):
                return None
            if kind == "count" and not scale_word:
                if "," not in num and "." not in num and 1000 <= value <= 2100 and len(num) == 4:
                    return None  # a year
                if len(num) > 1 and num[0] == "0" and "." not in num:
                    return None  # codes, phone numbers, "007"
                if _LABEL_BEFORE.match(text, max(0, start - 14), start):
                    return None
                if _AGE_BEFORE.match(text, max(0, start - 16), start):
                    return None
                if _is_name_number(text, start):
                    return None
                if _is_age_apposition(text, start, end):
                    return None
        negative = False
        hstart = start
        hedge = None
        if num is not None and start >= 1 and text[start - 1] in "-−" and (start < 2 or text[start - 2] in " (\n\t"):
            negative, hstart = True, start - 1
        else:
            mm = _MINUS_BEFORE.match(text, max(0, start - 8), start)
            if mm:
                negative, hstart = True, mm.start()
        if negative:
            value = -value
        low = high = value
        h = _HEDGE_BEFORE.match(text, max(0, hstart - 16), hstart)
        if h:
            hedge = " ".join(h.group("h").lower().split())
            low, high = hedge_interval(_HEDGES[hedge], value, step)
            hstart = h.start()
        return Quantity(hstart, end, nstart, value, low, high, step, kind, unit=unit, hedge=hedge, words=words,
                        ambiguous_unit=ambiguous, text=text[hstart:end])  # fmt: skip


_NEXT_WORD = regexcache.compile(r"\s+([a-z]+)")
_HYPHEN_NUMBER = regexcache.compile(r"-\d+(?:\.\d+)?")
_GLUED_LETTER = regexcache.compile(r"[A-Za-z]")
_CODE_BEFORE = regexcache.compile(r"(?r)[A-Za-z][A-Za-z\d]*-\Z")


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


def _share(m: regex.Match) -> Quantity:
    word = " ".join(m.group("share").lower().replace("-", " ").split())
    parts = word.split()
    if parts[-1] == "majority":
        return Quantity(m.start(), m.end(), m.start(), 0.5, 0.5, 1.0, 0.01, "share", hedge="majority", words=True,
                        text=m.group(0))  # fmt: skip
    head = parts[-1].rstrip("s")
    value = _SHARE_VALUES[head] * (_SMALL_WORDS.get(parts[0], 1) if len(parts) > 1 else 1)
    return Quantity(m.start(), m.end(), m.start(), value, value, value, 0.0, "share", words=True, text=m.group(0))


_NAME_STARTERS = frozenset(
    "The A An In On At Of By For From To With About Some Nearly Over Than And But Only Just All Another Around "
    "Almost More Less Fewer Up Under Since After Before During Between Among Including About Of Last This That "
    "Its Their His Her Our My Your Mr Mrs Ms Dr Around Roughly Approximately Estimated Total".split()
)


def _is_name_number(text: str, start: int) -> bool:
    """A number right after a capitalised name that it labels ("Boeing 747", "Xbox 360", "Windows 95").

    A count after a name is followed by the noun it counts ("Russia 176 drones" is not English), so only a
    number not followed by a lower-case word is treated as part of a name.
    """
    m = _CAP_WORD_BEFORE.match(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group("w")
    if word in _NAME_STARTERS or _MONTH_OR_DAY.fullmatch(word):
        return False
    before = text[max(0, m.start("w") - 2) : m.start("w")]
    if not before or before.endswith(("\n", ". ", "! ", "? ", '" ', "“")) or m.start("w") == 0:
        return False  # the capital is a sentence start, not a name
    after = _AFTER_NUMBER.match(text, start)
    return after is None


_MONTH_OR_DAY = regexcache.compile(_MONTHS + "|" + _WEEKDAYS)
_AFTER_NUMBER = regexcache.compile(r"[\d,.]*(?:\s?(?:bn|mln|m|million|billion|%)\b)?\s+[a-z]")
_AGE_APPOSITION = regexcache.compile(r"(?r)[A-Z][\w'’-]+,\s\Z")


def _is_age_apposition(text: str, start: int, end: int) -> bool:
    """"John Smith, 34, said" — a person's age in apposition, not a count."""
    if end >= len(text) or text[end] not in ",)":
        return False
    return _AGE_APPOSITION.match(text, max(0, start - 40), start) is not None


_RANGE_JOIN = regexcache.compile(r"\s*(?:-|–|—)\s*|\s+to\s+|\s+and\s+")
_BETWEEN_BEFORE = regexcache.compile(r"(?ri)\bbetween\s+\Z")


def _merge_ranges(text: str, raw: list[Quantity]) -> list[Quantity]:
    """Join "10-12", "15-20%", "between 300 and 400", "$3-4bn" into one interval; drop scores and identifiers.

    A hyphen between two numbers is a score, a year span or an identifier when the first is larger, when it
    follows a sports word, or when the chain goes on ("1-800-555-0199"); those are dropped, never counted.
    "X to Y" after a change verb ("rose 5% to 10%") is two figures, not a range.
    """
    out: list[Quantity] = []
    i = 0
    n = len(raw)
    while i < n:
        a = raw[i]
        b = raw[i + 1] if i + 1 < n else None
        j = _RANGE_JOIN.fullmatch(text, a.end, b.start) if b is not None and b.start - a.end < 6 else None
        if j is None or a.kind == "ordinal" or b.kind == "ordinal" or b.hedge or a.value < 0:
            out.append(a)
            i += 1
            continue
        sep = text[j.start() : j.end()].strip()
        between = _BETWEEN_BEFORE.match(text, max(0, a.start - 10), a.start)
        if sep in ("-", "–", "—"):
            if i + 2 < n and raw[i + 2].start - b.end == 1 and text[b.end] in "-–":
                k = i + 2  # an identifier or phone number: drop the whole chain
                while k + 1 < n and raw[k + 1].start - raw[k].end == 1:
                    k += 1
                i = k + 1
                continue
            if b.value < a.value or _SPORT_BEFORE.search(text, max(0, a.start - 60), a.start):
                i += 2  # a score ("won 2-1") or a reversed pair: not a figure
                continue
        elif (sep == "and" and not between) or (sep == "to" and _CHANGE_BEFORE.search(text, max(0, a.start - 40), a.start)):
            out.append(a)
            i += 1
            continue
        kind, unit = b.kind, b.unit
        if a.kind == "money" and b.kind == "count":
            kind, unit = "money", a.unit
        elif a.kind != b.kind and a.kind != "count":
            out.append(a)
            i += 1
            continue
        factor = _suffix_scale(text, b) if _suffix_scale(text, a) == 1.0 else 1.0
        low = a.value * factor
        if low > b.value:
            out.append(a)
            i += 1
            continue
        start = between.start() if between else a.start
        high = b.high
        if a.hedge in _HEDGES:  # "some 15-20%": the hedge widens both ends
            low = hedge_interval(_HEDGES[a.hedge], low, b.step)[0]
            high = hedge_interval(_HEDGES[a.hedge], b.value, b.step)[1]
        out.append(
            Quantity(start, b.end, a.num_start, a.value * factor, low, high, b.step, kind, unit=unit,
                     hedge=a.hedge or ("between" if between else "range"), words=a.words and b.words,
                     ambiguous_unit=b.ambiguous_unit, text=text[start : b.end])  # fmt: skip
        )
        i += 2
    return out


def _suffix_scale(text: str, q: Quantity) -> float:
    """The scale factor written after ``q``'s numeral ("4bn" -> 1e9), so "$3-4bn" reads 3bn to 4bn."""
    digits = _DIGITS.match(text, q.num_start, q.end)
    if not digits:
        return 1.0
    written = float(digits.group(0).replace(",", ""))
    return round(abs(q.value / written)) if written else 1.0


_DIGITS = regexcache.compile(r"\d[\d,]*(?:\.\d+)?")
