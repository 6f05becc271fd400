"""The phrase shapes the binder reads around a figure: modifiers, auxiliaries, totals, subjects, verb forms.

Plain regex sources and small tests with no lexicon in them; ``numbers.bind`` combines them with the
vocabulary's nouns, verbs and parties into the patterns it matches.
"""

from __future__ import annotations

from factlint.support import regexcache

MODIFIERS = (
    r"(?:[A-Z][\w'’.]*(?:-[\w]+)*|[a-z]+-[a-z-]+|more|other|new|additional|extra|further|unmanned|armed|"
    r"unarmed|innocent|young|elderly|foreign|local|enemy|hostile|attack|combat|military|civilian|armoured|"
    r"heavy|light|small|large|separate|different|suspected|alleged|confirmed|registered|eligible|qualified|"
    r"international|domestic|kamikaze|cruise|ballistic|guided|artillery|air|aerial|police|prison|hospital|"
    r"adult|child|male|female|female|senior|junior|full|part|total|overall|school|university|college|"
    r"secondary|primary|exam|test|student|union|party|government|opposition|rebel|army|navy|security|"
    r"emergency|rescue|fire|medical|health|care|aid|british|american|russian|ukrainian)"
)
AUX = (
    r"(?P<aux>were|was|are|is|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be|could\s+be|may\s+have\s+been|"
    r"might\s+have\s+been|to\s+have\s+been|to\s+be|being|been|be|got|had|have|has|reportedly|also)"
)
ADVERB = r"(?:\w+ly|also|all|both|then|later|now|still|since|each|reportedly|already)"
BRIDGE = (
    r"(?P<bridge>a\s+total\s+of|a\s+further|another|an\s+additional|additional|the|all|only|just|some\s+of\s+the|"
    r"a\s+combined|a\s+record|a\s+reported|up\s+to|at\s+least|around|nearly|more\s+than)"
)
TOTAL_BEFORE = regexcache.compile(
    r"(?ri)\b(?:(?P<a>a\s+total\s+of|in\s+total|totall?ing|total\s+of|a\s+combined|an\s+overall)"
    r"|(?P<b>(?:bringing|brought|brings|bring|raising|raised|taking|took|takes|pushing|pushed|putting|put)\s+the\s+"
    r"(?:overall\s+|total\s+|combined\s+)?(?:total|tally|number|count)(?:\s+number)?"
    r"(?:\s+of\s+(?P<tn>(?:[a-z]+\s+){0,2}?[a-z]+))?\s+(?:to|at)))"
    r"(?:\s+(?:about|around|some|nearly|more\s+than|at\s+least))?\s+\Z"
)
TOTAL_AFTER = regexcache.compile(r"(?i)(?:\s+[a-z]+){0,2}?,?\s+(?:in\s+all|altogether|in\s+total)\b")
# A clause coordinated after ", and" or ";" with words before its verb: those words are its own subject.
NEW_SUBJECT = regexcache.compile(
    r"(?r)(?:;|,\s+(?:and|but|while|whereas))\s+(?P<np>[\w'’-]+(?:\s+[\w'’-]+){0,3})\s+\Z"
)
# Subjects that point back to the earlier one ("it", "its forces") or are no subject at all ("then", "later").
INHERITING_SUBJECT = regexcache.compile(
    r"(?i)(?:it|its|they|their|he|his|she|her|we|our|then|later|also|subsequently|\w+ly|had|has|have|was|were)\b"
)
_PAST_IRREGULAR = frozenset("shot brought slain slew sat hurt died freed downed".split())


def is_past_participle(verb: str) -> bool:
    """Whether a verb phrase starts with a past participle: only those can be passive ("were shot down")."""
    head = verb.split()[0]
    return head.endswith("ed") or head in _PAST_IRREGULAR


_NOUN_USE = regexcache.compile(r"(?ri)\b(?:the|a|an|of|their|its)\s+\Z")


def is_noun_use(text: str, start: int) -> bool:
    """"the fire 10 …" or "a launch": a verb form used as a noun after a determiner is no event verb."""
    return _NOUN_USE.match(text, max(0, start - 8), start) is not None
