"""Numbers written in words: the grammar of "one hundred and twenty", "half a dozen", "two-thirds", "dozens of".

The scanner finds a trigger word, then reads the whole expression with ``WORD_NUMBER``, ``VAGUE`` or
``SHARE``; the tables here turn what it read into a value.  The words themselves come from
``factlint.lang.vocabulary``; the phrase shapes and values that only figures need live here.
"""

from __future__ import annotations

from factlint.lang.vocabulary import CARDINAL_TENS, CARDINALS_BELOW_TWENTY
from factlint.support import regexcache

_UNITS = "|".join(CARDINALS_BELOW_TWENTY[1:10])
_TEENS = "|".join(CARDINALS_BELOW_TWENTY[10:20])
_TENS = "|".join(CARDINAL_TENS)
# "fifty-two", "fifty - two", "fifty two"; "and" or "&" before the last part ("three million, two hundred & forty")
_SMALL = rf"(?:(?:{_TENS})(?:(?:[^\S\n]*-[^\S\n]*|[^\S\n]+)(?:{_UNITS}))?|{_TEENS}|{_UNITS})"
_AND = r"(?:(?:and|&)\s+)?"
_HUNDREDS = rf"(?:(?:{_SMALL}|a)\s+hundred(?:\s+{_AND}{_SMALL})?)"
_BELOW_THOUSAND = rf"(?:{_HUNDREDS}|{_SMALL})"
_BIG = r"(?:thousand|million|billion|trillion)"
# A last part followed by one of these starts another figure: "eight million and nine million" is two.
_AFTER_PART = r"thousand|million|billion|trillion|lakhs?|crores?|dozens?"
WORD_NUMBER = (
    rf"(?:(?:{_BELOW_THOUSAND}|a|half\s+a)\s+{_BIG}(?:,?\s+{_BELOW_THOUSAND}\s+{_BIG})*"
    rf"(?:,?\s+{_AND}{_BELOW_THOUSAND}(?![^\S\n]+(?:half|quarter|{_AFTER_PART})\b))?|{_BELOW_THOUSAND}"
    rf"|(?:half\s+)?a\s+dozen)"
)
VAGUE = (
    r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions|billions)"
    r"(?=\s+of\b)"
)
SHARE = (
    r"(?:(?:a|one)[-\s](?:half|third|quarter|fifth|sixth|tenth)|half|(?:two|three|four)[-\s]"
    r"(?:thirds|quarters|fifths)|(?:a|the)\s+majority)(?=\s+(?:of|the|its|their|all)\b)"
)
_WORD_VALUES = {w: i for i, w in enumerate(CARDINALS_BELOW_TWENTY)}
_WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(CARDINAL_TENS)})
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12,
    "dozens": 12, "k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12,
    "trn": 1e12, "t": 1e12,
}  # fmt: skip
# The least a vague plural can mean ("dozens of" is at least 24).
VAGUE_LOW = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9,
    "tens of thousands": 20000, "hundreds of thousands": 200000,
}  # fmt: skip
# A fraction between a number and its scale ("five and a half million", "1½ million", "two and a half miles").
FRACTIONS = {"half": 0.5, "quarter": 0.25, "½": 0.5, "¼": 0.25, "¾": 0.75}
# Words after a number that make it the numerator of a fraction ("three quarters", "two fifths") or a decimal
# ("two point five"), or a fraction after its unit ("3 miles and a half"): no value is read from those.
NUMERATOR_OF = regexcache.compile(
    r"(?i)[\s-]+(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|"
    r"twelfths?|hundredths?|thousandths?|\w+ieths?|point\s+\w+)\b"
    r"|\s+and\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:half|halves|thirds?|quarters?|"
    r"fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|\w+ieths?)\b"
)
SHARE_VALUES = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "sixth": 1 / 6, "tenth": 0.1}
SHARE_MULTIPLIERS = {"two": 2, "three": 3, "four": 4}

# The words that can start or carry a number in words.  Scale abbreviations ("m", "bn") and the multi-word
# vague phrases are left out: they never start a number word, and "m" alone would be tried at every "m".
TRIGGER_WORDS = sorted(
    (
        set(_WORD_VALUES)
        | set(SCALES)
        | set(VAGUE_LOW)
        | {"dozen", "tens", "half", "third", "quarter", "fifth", "sixth", "tenth", "thirds", "quarters", "fifths",
           "majority"}
    )
    - {"k", "m", "mm", "mn", "mln", "bn", "bln", "b", "tn", "trn", "t", "tens of thousands", "hundreds of thousands",
       "lakh", "lakhs", "crore", "crores", "lakh crore"}
)
# What may stand before a trigger word as part of the number ("half a dozen", "the majority", "a hundred").
LEADS = frozenset({"half a ", "the ", "a "})

_WORD_SPLIT = regexcache.compile(r"[\s,-]+")


def word_value(words: str) -> float | None:
    """The value of a number written in words ("one hundred and twenty" -> 120, "a dozen" -> 12), or None
    when its scales do not descend ("eight million, nine million" is a list, not 17 million)."""
    total = 0.0
    current = 0.0
    last_scale = float("inf")
    for tok in _WORD_SPLIT.split(words.lower()):
        if tok in ("and", "&", ""):
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
            if SCALES[tok] >= last_scale:
                return None
            last_scale = SCALES[tok]
            total += (current or 1) * SCALES[tok]
            current = 0
        else:
            current += _WORD_VALUES.get(tok, 0)
    return total + current


def digit_step(num: str, percent: bool = False) -> float:
    """The rounding step of a written numeral: "176" -> 1, "1,200" -> 100, "3.5" -> 0.1, "300" -> 100."""
    digits = num.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    if percent:
        return 1.0
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped)
    return 10.0 ** zeros if stripped else 1.0
