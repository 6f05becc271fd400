"""The tense of the clause a date sits in, read from the nearest verb marker — cheap, and deliberately shy.

"was signed into law on June 14" is past; "will take effect on July 1" is future; "agreed to hold talks on
June 14", "would meet on June 14" and "the planned June 14 vote" are neither, because the date belongs to an
intention or a conditional whose time the words do not fix.  Only the closest marker in the same clause
counts, so a check that compares a past-tense event with the publication date sees the verb the date belongs
to.  When in doubt the answer is None: a tense check must never fire on a guess.
"""

from __future__ import annotations

import regex

from factlint import regexcache

# Past forms of common irregular verbs (regular "-ed" verbs are recognised by their ending).
_IRREGULAR_PAST = """said told took gave made came went met began fell rose won lost held left became saw
    led struck sent paid ran wrote spoke sold bought built brought broke chose drew drove fled flew fought found
    forgot froze got grew heard hid knew laid meant overtook rode rang sang sank sat shook shot slept slid spent
    stood stole stuck swore swept swam taught thought threw understood woke wore withdrew beat caught dealt dug
    fed felt forgave hung kept knelt lent lit sought sped strove swung tore undertook upheld wept withheld arose
    ate did stated""".split()
_IRREGULAR_PAST_SET = frozenset(_IRREGULAR_PAST)
_PARTICIPLES = """been done gone given taken seen made held won lost left begun become brought built
    bought caught chosen drawn driven fallen fled flown fought found forgotten frozen got gotten grown heard
    hidden known led met paid risen run said sent shown sold spent spoken stood struck sworn taken taught thrown
    told understood withdrawn written""".split()

# Verbs that look forward: a date after them belongs to the expectation, not to the verb's own time
# ("said it expected growth in 2005").
_FORWARD = """expect forecast predict project estimat anticipat hop plan target aim intend pledg promis vow propos
    schedul budget seek want wish envisag foresee""".split()

MARKERS = regexcache.compile(
    r"""
    (?P<fut>\b(?:is|are|am)\s+(?:not\s+)?(?:due|set|expected|scheduled|slated|going|poised|likely|about|planned)
              \s+to\b
        |\b(?:will|shall|won['’]t)\b|['’]ll\b)
  | (?P<neutral>\b(?:would|could|might|may|should|must)\s+(?:not\s+|never\s+)?have\b
        |\b(?:would|could|might|may|should|must|can|cannot|if|unless|whether)\b
        |\b(?:was|were|had\s+been)\s+(?:not\s+)?(?:due|set|expected|scheduled|slated|going|poised|likely|about|
              planned|supposed)\s+to\b
        |\bto\s+(?:be\s+)?[a-z]{2,}\b
        |\b(?:\L<fwd>)(?:s|es|e|ed|ing|ned|ning)?\b|\bsought\b|\bforesaw\b
        |\b(?P<ing>[a-z]{2,}ing)\b)
  | (?P<past>\b(?:has|have|had)\s+(?:not\s+|never\s+|already\s+|also\s+|\w+ly\s+)?(?!(?:\L<fwd>)[a-z]*\b)
              (?:[a-z]{2,}ed|\L<parts>)\b
        |\b(?:was|were|had|did|wasn['’]t|weren['’]t|didn['’]t)\b
        |\b(?P<irr>\L<irr>)\b
        |\b(?P<ed>[a-z]{3,}ed)\b)
  | (?P<pres>\b(?:is|are|am|says|say|does|do|has|have)\b)
    """,
    regex.VERBOSE | regex.V0,
    parts=_PARTICIPLES,
    irr=_IRREGULAR_PAST,
    fwd=_FORWARD,
)

# A generic "-ed" word is a past verb only if nothing before it makes it an adjective or a passive of another
# tense ("the planned vote", "will be signed", "is expected").
_NOT_BEFORE_ED = frozenset("""be being been is are am was were has have had will would to the a an its his
    her their our this that these those not newly recently long so well very most more less un once""".split())
# "-ed" words that are usually adjectives or point forward in time.
_ED_NOT_PAST = frozenset("""based related concerned interested supposed alleged called limited united armed
    advanced detailed skilled experienced renewed proposed planned scheduled rescheduled expected slated delayed
    postponed anticipated awaited intended designed dedicated devoted required needed unprecedented unexpected
    unidentified unnamed named hundred indeed speed need feed seed breed proceed exceed succeed sacred wicked
    naked rugged ragged beloved learned aged red bed shed wed fled led bred tied dated undated so-called
    timed set earmarked tipped billed pencilled penciled booked deferred adjourned extended moved pushed
    brought-forward ruled """.split())

# "-ing" words that are not verb forms (a participle is a barrier: "exports beginning in 1990" is untimed).
_ING_NOT_VERB = frozenset("""during thing nothing something anything everything king ring spring string
    morning evening ceiling sibling darling""".split())
# What follows a regular past verb ("signed into", "resigned on", "approved the"); an "-ed" word followed by
# anything else is read as an adjective ("the first crewed flight", "a revised 1987 budget").
_VERB_FOLLOWERS = frozenset("""in on at into to from by with for over after before during off up out down back
    through since until about against the a an his her its their our this that these those him them it
    earlier later last""".split())
# Words after "said" that keep the date with the saying ("said on Monday", "said late last year").
_SAID_FOLLOWERS = frozenset("on in at during late early earlier last this yesterday today".split())
# Where a clause ends, reading away from the date; a comparison starts another time ("versus … in 1985").
_LEFT_BOUNDARY = regexcache.compile(
    r"[;:!?()\[\]\"“”]|—|–|\s-\s|\b(?:and|but|while|whereas|because|although|though|after|before|when|"
    r"which|who|where|until|unless|since|as|that|versus|vs|compared|against|than|from)\b"
)
_OPENER = regexcache.compile(r"\s*(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ate|[Ee]arly|[Tt]hen)?[\s,]*")
_RIGHT_BOUNDARY = regexcache.compile(
    r"[;:!?()\[\]\"“”,]|—|–|\s-\s|\b(?:and|but|while|whereas|because|although|though|after|before|when|"
    r"which|who|where|until|unless|since|as|that)\b"
)
_COMMA = regexcache.compile(r"\s*,\s*")
_WINDOW = 70


def _marker_tense(text: str, m: regex.Match) -> str | None:
    """The tense a marker match stands for, or "" when the match is not a marker after all."""
    kind = m.lastgroup
    if kind == "neutral" and m.group("ing") in _ING_NOT_VERB:
        return ""
    if kind == "past" and m.group("ed"):
        after = text[m.end():m.end() + 16].split()
        if after and after[0].lower().strip(",") not in _VERB_FOLLOWERS:
            return ""
        if text[:m.start()].rstrip().endswith(","):
            return None  # a participle after a comma ("…, followed by declines in 2006") dates its own phrase
    if kind == "past" and m.group("irr") in ("said", "says", "say"):
        after = text[m.end():m.end() + 16].split()
        if after and after[0].lower() not in _SAID_FOLLOWERS:
            return None  # "said sales in 2019 will be…": the date is inside the reported clause
    if kind == "past" and (m.group("ed") or m.group("irr")):
        word = m.group("ed") or m.group("irr")
        if word in _ED_NOT_PAST:
            return ""
        before = text[max(0, m.start() - 20):m.start()].split()
        if before and (before[-1].lower() in _NOT_BEFORE_ED or before[-1].endswith("-")):
            return ""
    return {"fut": "future", "past": "past", "pres": "present", "neutral": None}[kind]


def clause_tense(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """Tense ("past", "future", "present") of the clause around ``text[start:end]``, or None if unclear.

    ``lo``/``hi`` bound the search (the sentence).  The closest marker before the date wins; only when the date
    opens its clause ("On June 14, 2024, the bill was signed") is the first marker after it used.
    """
    hi = len(text) if hi is None else hi
    left = text[max(lo, start - _WINDOW):start]
    cut = 0
    for b in _LEFT_BOUNDARY.finditer(left):
        cut = b.end()
    left = left[cut:]
    found: str | None | bool = False
    for m in MARKERS.finditer(left):
        t = _marker_tense(left, m)
        if t != "":
            found = t
    if found is not False:
        return found  # type: ignore[return-value]
    if not _OPENER.fullmatch(left):
        return None  # a date inside a noun phrase ("output in 1986 is expected…") takes no tense from the verb
    right = text[end:min(hi, end + _WINDOW)]
    skip = _COMMA.match(right)
    if skip:
        right = right[skip.end():]
    b = _RIGHT_BOUNDARY.search(right)
    if b:
        right = right[:b.start()]
    for m in MARKERS.finditer(right):
        t = _marker_tense(right, m)
        if t != "":
            return t
    return None


def is_past_verb(word: str) -> bool:
    """Whether ``word`` alone reads as a past-tense verb ("signed", "held"), not an adjective or future form."""
    w = word.lower()
    if w in _ED_NOT_PAST:
        return False
    return w in _IRREGULAR_PAST_SET or (len(w) > 4 and w.endswith("ed") and w.isalpha() and not w.endswith("eed"))
