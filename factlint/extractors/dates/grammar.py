"""The date grammar: word lists and ONE combined, precompiled pattern that finds every date candidate.

Why one pattern: a single left-to-right scan with one alternation is several times faster than running a
pattern per form, and it makes overlaps impossible (the earliest, then the longest-listed, form wins).  The
pattern only finds *candidates*; ``factlint.extractors.dates`` decides from the surrounding words whether a
4-digit number is a year, a weekday is a day, a month name is a month.  Vocabulary that needs a decision
(count nouns, prepositions) lives here too, as frozensets and small anchored patterns.
"""

from __future__ import annotations

import regex

from factlint.support import regexcache
from factlint.lang.change_words import change_alternation
from factlint.lang.vocabulary import (
    CARDINAL_TENS,
    CARDINALS_BELOW_TWENTY,
    MONTH_ABBREVIATIONS,
    MONTHS,
    ORDINAL_TENS,
    ORDINALS_BELOW_TWENTY,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

CARDINAL: dict[str, int] = {w: i for i, w in enumerate(CARDINALS_BELOW_TWENTY)} | {"a": 1, "an": 1, "a dozen": 12}
for _i, _t in enumerate(CARDINAL_TENS):
    CARDINAL[_t] = 20 + 10 * _i
    for _u in range(1, 10):
        CARDINAL[f"{_t}-{CARDINALS_BELOW_TWENTY[_u]}"] = 20 + 10 * _i + _u
ORDINAL: dict[str, int] = {w: i for i, w in enumerate(ORDINALS_BELOW_TWENTY) if i} | {"hundredth": 100,
                                                                          "one hundredth": 100}
for _i, _t in enumerate(CARDINAL_TENS):
    ORDINAL[ORDINAL_TENS[_i]] = 20 + 10 * _i
    for _u in range(1, 10):
        ORDINAL[f"{_t}-{ORDINALS_BELOW_TWENTY[_u]}"] = 20 + 10 * _i + _u


def _alt(words: object) -> str:
    """One alternation of literal words, longest first so a prefix never shadows a longer word."""
    return "|".join(regexcache.escape(w) for w in sorted(words, key=len, reverse=True))


def number_value(word: str) -> float | None:
    """The value of a cardinal written in digits or words ("two", "twenty-five", "a", "2 and a half")."""
    w = " ".join(word.lower().split())
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w.isdigit():
        return int(w) + half
    if w == "half a":
        return 0.5
    v = CARDINAL.get(w.replace("\u2011", "-"))
    return None if v is None else v + half


def ordinal_value(word: str) -> int | None:
    """The value of an ordinal written in digits or words ("3rd", "third", "twenty-fifth")."""
    w = " ".join(word.lower().split())
    if w[:-2].isdigit():
        return int(w[:-2])
    return ORDINAL.get(w)


_MON = rf"(?:{_alt(MONTHS)}|(?:{_alt(a.capitalize() for a in MONTH_ABBREVIATIONS)})\.?)"
_MONTH_FULL = _alt(MONTHS)
_WD = rf"(?:{_alt(WEEKDAYS)}|(?:{_alt(a.capitalize() for a in WEEKDAY_ABBREVIATIONS)})\.?)"
_WD_FULL = _alt(WEEKDAYS)
# Month names written in lower case that are no other word ("may", "march" and "august" are), for the forms
# whose day or year makes them dates ("april 22", "june 2016", "4th of march" takes the ordinal as proof).
LOWER_MONTHS = tuple(m.lower() for m in MONTHS if m not in ("May", "March", "August"))
_MON_LOWER = _alt(LOWER_MONTHS)
_MON_ANY_LOWER = rf"(?:{_alt([m.lower() for m in MONTHS] + list(MONTH_ABBREVIATIONS))})\.?"
# The month after "last/this/next": a name, an abbreviation ("this Sept") or a lower-case name ("next june").
_REL_MONTH = rf"(?:{_MONTH_FULL}|(?:{_alt(a.capitalize() for a in MONTH_ABBREVIATIONS)})\b\.?|{_MON_LOWER}|sept?|jan|feb|apr|oct|nov|dec)"
_DECADE_WORD = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties"
_ORDSUF = r"(?:st|nd|rd|th)?"
_DAY = r"\d{1,2}" + _ORDSUF
_NUMW = rf"(?:[1-9]\d{{0,2}}|{_alt(k for k in CARDINAL if k not in ('a', 'an', 'a dozen'))})"
_AGO_N = rf"(?:{_NUMW}(?:\s+and\s+a\s+half)?|an?|a\s+dozen|a\s+few|a\s+couple\s+of|several|half\s+a|many|some)"
_QUAL = (r"(?:just\s+over|just\s+under|more\s+than|less\s+than|fewer\s+than|at\s+least|over|under|nearly|"
         r"almost|about|around|some|roughly|approximately|barely|only|just|exactly|precisely|little\s+more\s+than)")
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_ORD = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{_alt(ORDINAL)})"
_APOS = "['\u2019]"

# Three passes, split by how a form starts (a digit, a capitalised month or weekday, a lowercase word):
# measured on news text, three alternations whose first characters differ run about four times faster than
# one alternation of every form, because the engine can skip positions that cannot start any branch.
# Within a pass, branch order decides between forms that start at the same place: specific forms first.
# Every digit form starts with a digit; saying so up front (the lookahead) spares the engine trying each branch's
# lookbehind at every position of the text (a third less scan time).
DIGIT_PATTERN = regexcache.compile(
    rf"""(?=\d)(?:
    (?P<iso>(?<![\d/.-])(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?![\d-]))
  | (?P<num>(?<![\d/.,-])(?P<na>\d{{1,2}})/(?P<nb>\d{{1,2}})/(?P<ny>\d{{4}}|\d{{2}})(?![\d/]))
  | (?P<yrange>(?<![\d,.$£€/-])(?P<ry1>\d{{4}})
        (?:(?P<rdash>\s?[-\u2013\u2014/]\s?)|\s+(?P<rword>to|until|till|through|and)\s+)
        (?P<ry2>\d{{4}}|(?(rdash)\d{{2}}|(?!)))(?![\d,.]?\d))
  | (?P<decade>(?:(?<![\d,.])(?P<dy>1\d\d0|20\d0)|(?<={_APOS})(?P<dy2>\d0)){_APOS}?s\b)
  | (?P<dec2>(?<![\d,.$£€'\u2019])(?P<dd>[1-9]0)(?:{_APOS}s|s)\b)
  | (?P<dmy>(?<![\d,.$£€¥₹])(?P<d2>\d{{1,2}})(?P<s2>{_ORDSUF})(?:\s?[-\u2013]\s?(?P<d2b>\d{{1,2}}){_ORDSUF})?
        \s+(?P<of2>of\s+)?(?P<m2>{_MON}|{_MON_ANY_LOWER})(?:,?\s+(?P<y2>\d{{4}})(?![\d,.]?\d))?\b)
  | (?P<cage>(?<=[\p{{Lu}}\p{{Ll}}.],\s)(?P<agn5>\d{{1,3}}),(?!\d))
  | (?P<year>(?<![\d,.$£€#/])(?P<yv>\d{{4}})(?![\d]|[.,]\d|\s?%|{_APOS}?s\b))
    )""",
    regex.VERBOSE | regex.V0,
)
# What a CAP_PATTERN match starts with: a month's first three letters or a weekday (tried where found).
CAP_STARTS = tuple(m[:3] for m in MONTHS) + WEEKDAYS + LOWER_MONTHS + ("Q",)
CAP_PATTERN = regexcache.compile(
    rf"""
    (?P<mdy>\b(?P<m1>{_MON}|{_MON_LOWER})\s+(?P<d1>\d{{1,2}})(?P<s1>{_ORDSUF})(?:\s?[-\u2013]\s?(?P<d1b>\d{{1,2}}){_ORDSUF})?
        (?![\d:]|[.,]\d|\s?%)(?:,?\s+(?P<y1>\d{{4}})(?![\d,.]?\d))?\b)
  | (?P<my>\b(?P<m3>{_MON}|{_MON_LOWER}),?\s+(?:of\s+)?(?P<y3>\d{{4}})(?![\d,.]?\d)\b)
  | (?P<wday>\b(?P<wdn>{_WD_FULL})\b(?:\s+(?P<tod>night|morning|afternoon|evening))?)
  | (?P<bmonth>\b(?P<bm>{_MONTH_FULL})\b)
  | (?P<qcode>\bQ(?P<qn>[1-4])\b)
    """,
    regex.VERBOSE | regex.V0,
)
# The words a WORD_PATTERN match starts with.  The pattern is tried only where ``str.find`` sees one of them
# (``regextrie.finditer_at_words``): the engine trying every word start took twice as long (so did CAP_PATTERN).
WORD_STARTS = (
    "Last", "last", "This", "this", "Next", "next", "Past", "past", "Yesterday", "yesterday", "Today", "today",
    "Tomorrow", "tomorrow", "Tonight", "tonight", "day", "week", "month", "year", "decade", "centur", "age",
    "anniversary", "Coming", "coming", "quarter",
) + tuple(_DECADE_WORD.split("|")) + tuple(w.capitalize() for w in _DECADE_WORD.split("|"))
WORD_PATTERN = regexcache.compile(
    rf"""\b(?:
      (?P<rd>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+
          (?P<ru>week(?:end)?|month|quarter|year|{_WD_FULL}|{_WD_FULL.lower()}|{_REL_MONTH}|spring|summer|autumn|fall|winter)
    | (?P<day>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)
    | (?P<u>{_UNIT})(?:(?P<ago>\s+ago)|(?P<fut>{_APOS}?s?\s+time|\s+from\s+now)|(?P<old>[-\s]old))
    | (?P<aged>aged)(?=\s)
    | (?P<age>age)(?=\s+(?:of\s+)?\w)
    | (?P<anniv>anniversary)
    | (?P<qword>quarter)
    | (?P<cent>century)
    | (?P<decw>(?i:{_DECADE_WORD}))
    )\b""",
    regex.VERBOSE | regex.V0,
)
# The number after "aged" / "age (of)".
AGE_AFTER = regexcache.compile(
    rf"\s+(?:about\s+|around\s+|between\s+|of\s+)?(?P<n>{_NUMW})\b(?!,\d|\.\d)"
    rf"(?:\s*(?:-|\u2013|to|and)\s*(?P<n2>\d{{1,3}})\b)?",
    regex.V0,
)

WEEKDAY_BEFORE = regexcache.compile(rf"(?r)\b(?P<wd>{_WD})\s*,?\s*$", regex.V0)

# Where a count read backwards may start: not inside a word or a hyphenated compound, and not inside a figure
# with digit groups ("12,000 years ago" is no "000 years ago", "1,200 years ago" no "200 years ago").
_COUNT_START = r"(?<![\w-])(?<!\d[,.])"
# Read backwards from a suffix-anchored form ("… years ago", "…-year-old", "… anniversary"): searching a
# short window that ends where the form starts is far cheaper than trying word numbers at every position.
NUMBER_BEFORE = regexcache.compile(rf"(?r){_COUNT_START}(?:(?P<q>{_QUAL})\s+)?(?P<n>{_AGO_N})[\s-]+$", regex.V0 | regex.IGNORECASE)
# An offset counted from a relative day ("the day before yesterday", "two days after today", "a week from
# tomorrow"), read backwards from the day word; a hedge or "within" before it makes it a period ("q").
DAY_OFFSET_BEFORE = regexcache.compile(
    rf"(?r){_COUNT_START}(?:(?P<q>{_QUAL}|within|for|up\s+to)\s+)?(?:(?P<the>the\s+day)|(?P<n>{_AGO_N})\s+(?P<u>days?|weeks?))"
    r"\s+(?P<rel>before|after|from)\s+$",
    regex.V0 | regex.IGNORECASE,
)
FUTURE_BEFORE = regexcache.compile(rf"(?r)\bin\s+(?P<n>{_AGO_N})\s+$", regex.V0 | regex.IGNORECASE)
AGE_NUMBER_BEFORE = regexcache.compile(rf"(?r){_COUNT_START}(?P<n>{_NUMW})[\s-]$", regex.V0 | regex.IGNORECASE)
ORDINAL_BEFORE = regexcache.compile(rf"(?r){_COUNT_START}(?P<o>{_ORD})\s+$", regex.V0 | regex.IGNORECASE)

# Words that make a following 4-digit number a count rather than a year ("2000 troops", "1500 GMT").
COUNT_FOLLOWERS = regexcache.compile(
    r"""\s*(?:-\s*)?(?:people|persons|troops|soldiers|police|policemen|officers|workers|employees|jobs|staff|
    students|pupils|children|men|women|homes|houses|cars|vehicles|trucks|km|kms|kilomet(?:re|er)s|miles|
    met(?:re|er)s|m|ft|feet|foot|inches|tonnes|tons|tonne|ton|kg|kilos|kilograms|lbs|pounds|dollars|dlrs|
    euros|yen|francs|pesos|rupees|shares|barrels|bbl|acres|hectares|units|cases|deaths|dead|victims|
    rooms|beds|words|pages|points|pts|votes|seats|members|delegates|calories|mw|kw|megawatts|kilowatts|
    hours|hrs|minutes|mins|seconds|days|weeks|months|years|year|ships|aircraft|planes|jets|drones|missiles|rockets|
    patients|residents|refugees|migrants|prisoners|civilians|fans|spectators|visitors|tourists|households|
    families|companies|firms|schools|hospitals|villages|buildings|sq|square|cubic|cc|mph|kph|km/h|mln|bln|
    billion|million|thousand|crore|lakh|times|per|percent|pct|GMT|gmt|BST|EST|EDT|CET|CEST|PST|PDT|UTC|
    local\s+time|BC|BCE|B\.C)\b""",
    regex.VERBOSE,
)

# The word(s) just before a candidate.  Every "…_BEFORE" pattern runs in reverse mode ((?r)) on a short window
# ending where the candidate starts: searching backwards from the end is ~25x faster than a forward search
# for a match anchored at the window end.
PREV_WORDS = regexcache.compile(r"(?r)(?:(?<![\w.'\u2019-])(?P<w2>[\w.'\u2019-]+)[ \t]+)?(?<![\w.'\u2019-])(?P<w1>[\w.'\u2019-]+)[ \t,(]*$")

# Prepositions and modifiers after which a bare 4-digit number (any value 1000-2199) is a year.
YEAR_PREPS = frozenset("""in since until till through throughout during before after circa c. from
    early late mid mid- spring summer autumn fall winter fiscal fy calendar year years""".split())
# Words before a number that mark it as a quantity ("about 2000", "a total of 2000").
QUANTITY_PREVS = frozenset("""about around some nearly almost approximately roughly over than least
    total number estimated maximum minimum average sum extra additional another only just No. no. #""".split())
# Preceding words that make a bare month name a month ("in May"); anything else leaves "May" alone.
MONTH_PREPS = frozenset("""in since until till by during early late mid mid- of from through throughout
    before after between to end start beginning middle""".split())
# Capitalised words that turn a weekday name into a name ("Black Friday", "Bloody Sunday").
WEEKDAY_NAME_PREVS = frozenset("""Black Good Bloody Super Ash Easter Palm Cyber Holy Maundy Shrove Whit Blue
    Man Girl Giving Small Mail""".split())
WEEKDAY_NAME_NEXT = regexcache.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|People|Herald|Post|Independent|Mail|Star|Tribune|Sport|Business|"
    r"Night\s+Football|Football|Club|Sun|Observer|Age|Review|Magazine|Edition|school|schools|trading|paper|"
    r"papers|newspaper|newspapers|edition|editions|supplement|service|services|opening|roast|best)\b"
)

# Sentence-initial words that are not names (so "However, 45, …" is not an age).
NOT_NAMES = frozenset("""However Meanwhile Yesterday Today Tomorrow In On At By For From Of And But The A An
    It He She They We I You This That These Those There Here Also Still Yet So Then Now Since After Before
    When While If Although Though Overall Instead Indeed Moreover Furthermore Last Next Earlier Later Finally
    Nonetheless Nevertheless Thus Hence Besides Otherwise Likewise Similarly Previously Currently Recently
    Elsewhere Separately Additionally Altogether Besides Total Sales Profit Revenue Net Shares Year Figures
    Page Chapter Section Article Vol Volume No Room Level Grade Class Flight Route Highway Game Round
    Group Table Figure Line""".split())

# A person's name just before a position (for "Jane Doe, 45," and "Jane Doe, aged 45").
NAME_BEFORE = regexcache.compile(r"(?r)(?<![\w'\u2019.-])(?P<name>(?:\p{Lu}(?:\p{L}{0,2}\.|[\p{L}'\u2019-]*)[ \t]+){0,3}\p{Lu}[\p{L}'\u2019-]+)$")
# A person's name just after a position ("the 45-year-old Jane Doe").
NAME_AFTER = regexcache.compile(r"\s+(?P<name>\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2})")
BORN_BEFORE = regexcache.compile(r"(?r)(?:\bborn|\(b\.)\s+(?:(?:in|on)\s+)?$", regex.IGNORECASE)
DECADE_MOD_BEFORE = regexcache.compile(r"(?r)\b(?P<mod>early|mid|late)[-\s]$")
REL_MOD_BEFORE = regexcache.compile(r"(?r)\b(?P<mod>[Ee]arlier|[Ll]ater)\s+$")
# A verb of change before "from A to B" makes A and B amounts ("rose from 1061 to 1128").
CHANGE_BEFORE = regexcache.compile(
    rf"(?r)\b(?:{change_alternation()})\b[^.;:]{{0,30}}\bfrom\s+$",
    regex.IGNORECASE,
)
