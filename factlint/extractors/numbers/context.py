"""What surrounds a numeral that makes it no figure: a date, a label, a model code, a name, an age.

Most digits in news are not counts: years, dates, clock times, ages, scores, phone numbers, model and section
numbers.  These anchored patterns and tests read the few characters around a candidate so the scanner can
drop those, and no check ever compares them.
"""

from __future__ import annotations

from factlint.lang.regextrie import suffix_trie_regex
from factlint.lang.vocabulary import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from factlint.support import regexcache

_MONTHS = "(?:" + "|".join([*MONTHS, *(a.capitalize() for a in MONTH_ABBREVIATIONS)]) + ")"
_WEEKDAYS = "(?:" + "|".join(WEEKDAYS) + ")"
# Words after which a number names something rather than counts it ("Section 5", "Flight 370", "No. 10").
_LABEL_WORDS = (
    "section|sections|article|articles|chapter|chapters|clause|clauses|paragraph|paragraphs|page|pages|part|"
    "room|flight|route|highway|interstate|number|no|nos|item|grade|level|class|category|stage|phase|episode|"
    "season|series|volume|vol|version|model|type|gate|platform|terminal|channel|apollo|boeing|airbus|windows|"
    "formula|division|rule|resolution|amendment|proposition|question|track|table|figure|fig|appendix|lot|unit|"
    "block|floor|pier|box|line|tier|band|size|day|week|game|round|hole|lap|row|seat|cell|ward|district|zone|"
    "sector|psalm|verse|act|bill|code|hr|a|b|c|d|e|f|world war|top|aged|age|ages|nr|tel|ext|"
    "caption|photo|image|slide"  # gallery counters: "Hide Caption 9 of 10"
)
# Abbreviated labels written with a full stop ("No. 10", "vol. 3"); after a whole word a full stop ends the
# sentence ("… take part. Five people …"), so only these may have one.
_LABEL_ABBREVIATIONS = "no|nos|nr|vol|fig|tel|ext|hr"
# The label words as a suffix trie: tried before nearly every figure, the flat alternation cost twice as much.
LABEL_BEFORE = regexcache.compile(
    rf"(?ri)(?<![\w-])(?:(?:{suffix_trie_regex(_LABEL_WORDS.split('|'))})|(?:{_LABEL_ABBREVIATIONS})\.)"
    r"[^\S\n]*#?[^\S\n]*\Z"
)
DATE_BEFORE = regexcache.compile(rf"(?r)\b(?:{_MONTHS}|{_WEEKDAYS})\.?,?\s+(?:the\s+)?\Z")
DATE_AFTER = regexcache.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}\b")
MINUS_BEFORE = regexcache.compile(r"(?ri)(?<![\w-])minus\s+\Z")
_CAP_WORD_BEFORE = regexcache.compile(r"(?r)(?<=(?P<pre>[^\s]?)\s*)\b(?P<w>[A-Z][A-Za-z]*[A-Za-z])\s+\Z")
NOT_AFTER = regexcache.compile(
    r"(?:"
    r"[:/]\d"  # clock time, ratio, fraction, date
    r"|\.\d"  # version numbers and dotted dates
    r"|-\d+/\d"  # wire-style fractions ("6-1/8 pct")
    r"|[^\S\n]+\d{1,2}/\d{1,2}(?![/\d])"  # mixed fractions ("2 1/2 in"): no certain value of the whole
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
AGE_BEFORE = regexcache.compile(r"(?ri)\b(?:aged|age|ages|ageing)\s+(?:between\s+)?\Z")
# The word after "2.1m" (a count of residents or a distance?) and the pieces of model codes ("A320-200").
NEXT_WORD = regexcache.compile(r"\s+([a-z]+)")
# A scale letter after a figure and a space: a scale or a unit ("1,674,200.5 M", "5 T"), no certain value.
SCALE_LETTER_AFTER = regexcache.compile(r"[^\S\n][MBGKTk](?![\w&'’-]|\.\w)")
# A number and its scale letter before a hyphen ("5k-20k", "$3m-4m"): a range, not a code ("F-16").
SCALED_BEFORE_HYPHEN = regexcache.compile(r"(?r)\d(?:k|m|bn|K|M|BN)\Z")
_DASH_NUMBER_AFTER = regexcache.compile(r"[^\S\n]*[-–][^\S\n]*(\d[\d,]*)(?!\d|[.,]\d)")
_DASH_NUMBER_BEFORE = regexcache.compile(r"(?r)(?<![\w.,-])(\d[\d,]*)[^\S\n]*[-–][^\S\n]*\Z")


def in_count_range(text: str, start: int, end: int, value: float) -> bool:
    """Whether a year-like numeral is an end of a range of counts: "1000–5000" (no year 5000), "500–1500"."""
    after = _DASH_NUMBER_AFTER.match(text, end)
    if after is not None:  # an ascending range only: "Feb. 5, 2008 – 1,688 delegates" keeps its year
        other = float(after.group(1).replace(",", ""))
        return other > max(2100, value)
    before = _DASH_NUMBER_BEFORE.match(text, max(0, start - 16), start)
    return before is not None and float(before.group(1).replace(",", "")) < min(1000, value)


# A verb right before a parenthesised amount: "is ($99.99)" is the accountant's negative, where a conversion
# or an aside follows a figure or a noun ("€15 ($16)", "the fee ($15)").
VERB_PAREN = regexcache.compile(r"(?ri)\b(?:is|was|are|were|be|been|of|at|reported|posted|totalled|totaled)\s+\(\Z")
HYPHEN_NUMBER = regexcache.compile(r"-\d+(?:\.\d+)?")
GLUED_LETTER = regexcache.compile(r"[A-Za-z]")
CODE_BEFORE = regexcache.compile(r"(?r)[A-Za-z][A-Za-z\d]*-\Z")

_NAME_STARTERS = frozenset(
    "The A An In On At Of By For From To With About Some Nearly Over Than And But Only Just All Another Around "
    "Almost More Less Fewer Up Under Since After Before During Between Among Including About Of Last This That "
    "Its Their His Her Our My Your Mr Mrs Ms Dr Around Roughly Approximately Estimated Total".split()
)


def is_name_number(text: str, start: int) -> bool:
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


def is_age_apposition(text: str, start: int, end: int) -> bool:
    """"John Smith, 34, said" — a person's age in apposition, not a count."""
    if end >= len(text) or text[end] not in ",)":
        return False
    return _AGE_APPOSITION.match(text, max(0, start - 40), start) is not None
