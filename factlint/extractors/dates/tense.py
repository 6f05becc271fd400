"""The tense of the clause a date sits in, read from the nearest verb marker — cheap, and deliberately shy.

"was signed into law on June 14" is past; "will take effect on July 1" is future; "agreed to hold talks on
June 14", "would meet on June 14" and "the planned June 14 vote" are neither, because the date belongs to an
intention or a conditional whose time the words do not fix.  Only the closest marker in the same clause
counts, so a check that compares a past-tense event with the publication date sees the verb the date belongs
to.  When in doubt the answer is None: a tense check must never fire on a guess.
"""

from __future__ import annotations

import regex

from factlint.support import regexcache

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
# Words after which an "-ing" word is a noun or a modifier, not a participle ("its lending", "the steering
# committee"); a hyphenated compound before it ("the Citibank-led steering committee") or around it
# ("oil-producing countries") says the same.
_ING_NOUN_AFTER = frozenset("""the a an its his her their our this that these those whose each every any no
    record""".split())
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
    r"which|who|whose|whom|where|until|unless|since|as|that|versus|vs|compared|against|than|from)\b"
)
# A conditional opens a clause whose time is hypothetical, whatever verb follows ("if they ran for office in 2020,
# it would be…", "would cost $60 billion if implemented in 2019", "whether the money is still allowed in 2020").
_CONDITIONAL = regexcache.compile(r"\b(?:if|unless|whether)\b", regex.IGNORECASE)
_OPENER = regexcache.compile(r"\s*(?:[Oo]n|[Ii]n|[Bb]y|[Ll]ate|[Ee]arly|[Tt]hen)?[\s,]*")
_RIGHT_BOUNDARY = regexcache.compile(
    r"[;:!?()\[\]\"“”,]|—|–|\s-\s|\b(?:and|but|while|whereas|because|although|though|after|before|when|"
    r"which|who|whose|whom|where|until|unless|since|as|that)\b"
)
_COMMA = regexcache.compile(r"\s*,\s*")
# A comparison ("…were 22.3 billion in 1986, compared with 21.7 billion in 1985") sets a second value beside the
# first; when its own words carry no verb, its date is as past as the clause it compares with.  Only the past is
# inherited: a forecast's comparison ("expected to reach 5 bln in 1990, against 4 bln in 1987") is its baseline.
# "against" compares only values ("against 1.19 billion in 1985"), not a cause ("warned against a recession").
_COMPARISON = frozenset("compared versus vs than from against".split())
_DIGIT = regexcache.compile(r"\d")
# A bare participle after "when"/"while" ("when appointed Treasury Secretary in February 1990, he decided")
# leaves out its subject and auxiliary; its time is the main clause's.
_PARTICIPLE_HEADS = frozenset("when while".split())
# A date that follows a participle directly ("SOGENAL, founded in 1988, is …") dates the participle's event.
_PREP_TO_DATE = regexcache.compile(r"\s+(?:in|on|during)\s+\Z")
# The subject that opens a clause: a name ("Canada", "Bank of America", "Bolivia's central bank"), a pronoun or a
# determiner with a noun ("the company"), then at most one adverb ("first", "later").  An "-ed" word right after
# it is the clause's finite verb even when its object comes before the date ("Canada exported steel in 1989").
_SUBJECT = regexcache.compile(
    r"""\A[\s"“'‘]*(?:\p{Lu}\p{Ll}+,\s+)?
    (?:(?P<pron>[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)
      |(?P<name>\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|de\s+|&\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}?)
         (?:['’]s(?P<nn>(?:\s+[a-z][a-z-]*){1,2}?))?
      |(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hese|[Tt]hose)(?P<dn>(?:\s+[a-z][a-z-]*(?:['’]s)?){1,2}?))
    (?:(?<!['’]s)\s+(?:[a-z]+ly|first|also|then|later|earlier|again|already|last))?\s+\Z""",
    regex.VERBOSE,
)
# Capitalised words that open a sentence without naming anyone ("First introduced in 1990, …").
_NOT_SUBJECT = frozenset("""the a an in on at by for from with to of as after before when while but and or if
    last next first such both many most some several other another each every all no new old once newly recently
    originally previously initially formerly subsequently finally eventually also then later earlier since
    until during under over despite although though yet so thus still even only just now this that these those
    its his her their our your my there here why how what where who which total net gross long jointly partly
    widely largely mostly already hastily further""".split())
# Words of a subject noun phrase that are modifiers, not its noun ("the first crewed flight").
_NOT_NOUN = frozenset("""first second third fourth fifth last next new old same other only former latest
    previous main major total recent earlier later""".split())
# "-ed" words that commonly end a compound modifier written without a hyphen ("the state owned company"): after
# a subject they are verbs only when a determiner, number or pronoun follows ("the state owned 51 pct").
_COMPOUND_ED = frozenset("""owned funded backed controlled denominated sponsored financed listed linked run
    operated managed affiliated held""".split())
# A relative pronoun right before an "-ed" word is its subject ("the bank, which acquired shares in 1990").
_RELATIVE_SUBJECTS = frozenset(("which", "who"))
_OBJECT_START = frozenset("""the a an its his her their our this that these those all some any no more less
    several many most each every both half him them it us me one two three four five six seven eight nine ten
    dozens hundreds thousands millions""".split())
_WINDOW = 70


def _marker_tense(text: str, m: regex.Match, head: str | None = None) -> str | None:
    """The tense a marker match stands for, "" when the match is not a marker after all, or "part" for a bare
    participle after "when"/"while" whose time is the main clause's.

    ``head`` says where ``text`` starts: the boundary word that opens the clause, "" at the sentence start, None
    when unknown (the window began mid-clause).
    """
    kind = m.lastgroup
    if kind == "neutral" and m.group("ing"):
        if m.group("ing") in _ING_NOT_VERB or text[m.end():m.end() + 1] == "-":
            return ""
        before = text[max(0, m.start() - 24):m.start()]
        if before.endswith("-"):
            return ""
        words = before.split()
        if words and (words[-1].lower() in _ING_NOUN_AFTER or "-" in words[-1] or words[-1].endswith(("'s", "’s"))):
            return ""  # "its lending", "the Citibank-led steering committee", "the bank's lending"
    if kind == "past" and m.group("ed"):
        pre = text[:m.start()]
        if (head in _PARTICIPLE_HEADS and not pre.strip()) or (head == "" and pre.strip().lower() in _PARTICIPLE_HEADS):
            return "part"
        after = text[m.end():m.end() + 16].split()
        if after and after[0].lower().strip(",") not in _VERB_FOLLOWERS:
            if head is None or not (_opens_with_subject(pre, m.group("ed"), after[0])
                                    or (head in _RELATIVE_SUBJECTS and not pre.strip())):
                return ""
        elif pre.rstrip().endswith(","):
            if not _PREP_TO_DATE.fullmatch(text, m.end()):
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


def _opens_with_subject(pre: str, verb: str, next_word: str) -> bool:
    """Whether ``pre`` (the clause up to an "-ed" word) is just its subject, making the word a finite verb
    ("Canada exported …", "Instagram first introduced …", "the bank halted …"), not a modifier ("the first crewed
    flight", "the state owned company")."""
    if not pre.strip():
        return False
    s = _SUBJECT.match(pre)
    if s is None:
        return False
    if s.group("name") and s.group("name").split()[0].lower() in _NOT_SUBJECT:
        return False
    nouns = (s.group("nn") or s.group("dn") or "").split()
    if any(w.lower().rstrip("'’s") in _NOT_NOUN or w.lower() in _NOT_NOUN for w in nouns):
        return False
    if verb in _COMPOUND_ED:
        w = next_word.lower().strip(",")
        return w in _OBJECT_START or w[:1].isdigit()
    return True


def _inherit_past(text: str, at: int, lo: int, hi: int, depth: int) -> str | None:
    """"past" when the clause that ends at ``at`` is in the past tense, else None."""
    if depth > 2:
        return None
    return "past" if clause_tense(text, at, at, lo, hi, _depth=depth + 1) == "past" else None


def _first_marker(text: str, start: int, hi: int) -> str | None:
    """The tense of the first marker of the clause that starts at ``start`` (after an optional comma)."""
    right = text[start:min(hi, start + _WINDOW)]
    skip = _COMMA.match(right)
    if skip:
        right = right[skip.end():]
    b = _RIGHT_BOUNDARY.search(right)
    if b:
        right = right[:b.start()]
    for m in MARKERS.finditer(right):
        t = _marker_tense(right, m)
        if t not in ("", "part"):
            return t
    return None


def clause_tense(text: str, start: int, end: int, lo: int = 0, hi: int | None = None, _depth: int = 0) -> str | None:
    """Tense ("past", "future", "present") of the clause around ``text[start:end]``, or None if unclear.

    ``lo``/``hi`` bound the search (the sentence).  The closest marker before the date wins; only when the date
    opens its clause ("On June 14, 2024, the bill was signed") is the first marker after it used.  A date with no
    verb of its own inside a comparison ("compared with 21.7 billion in 1985") or a bare participle ("when
    appointed … in 1990, he decided") takes the past from the clause it depends on.
    """
    hi = len(text) if hi is None else hi
    base = max(lo, start - _WINDOW)
    left = text[base:start]
    head: str | None = "" if base == lo else None
    boundary = None
    for b in _LEFT_BOUNDARY.finditer(left):
        boundary = b
    if boundary is not None:
        head = boundary.group().lower()
        left = left[boundary.end():]
    if head in ("unless", "if", "whether") or _conditional_before(text, lo, start, left if boundary else None):
        return None
    found: str | None | bool = False
    for m in MARKERS.finditer(left):
        t = _marker_tense(left, m, head)
        if t != "":
            found = t
    if found == "part":
        # The main clause follows the participle's phrase ("When appointed in 1990, he decided …") or precedes it.
        main = _first_marker(text, end, hi) if _COMMA.match(text, end) else None
        if main is not None:
            return "past" if main == "past" else None
        return None if boundary is None else _inherit_past(text, base + boundary.start(), lo, hi, _depth)
    if found is not False:
        return found  # type: ignore[return-value]
    if boundary is not None and head in _COMPARISON and (head != "against" or _DIGIT.search(left)):
        return _inherit_past(text, base + boundary.start(), lo, hi, _depth)
    if not _OPENER.fullmatch(left):
        return None  # a date inside a noun phrase ("output in 1986 is expected…") takes no tense from the verb
    return _first_marker(text, end, hi)


def _conditional_before(text: str, lo: int, start: int, clause: str | None) -> bool:
    """Whether a conditional word opens the clause that holds the date: in ``clause`` when its boundary was
    found, else after the last boundary in a wider stretch of the sentence (a long conditional
    clause: "if just a couple dozen of them ran for office in Southern California in 2020")."""
    if clause is None:
        clause = text[max(lo, start - 3 * _WINDOW):start]
        last = None
        for last in _LEFT_BOUNDARY.finditer(clause):
            pass
        if last is not None:
            clause = clause[last.end():]
    # A conditional clause ends at its comma ("If talks fail, the army attacked in 1989" dates the attack).
    return bool(_CONDITIONAL.search(clause, clause.rfind(",") + 1))


def is_past_verb(word: str) -> bool:
    """Whether ``word`` alone reads as a past-tense verb ("signed", "held"), not an adjective or future form."""
    w = word.lower()
    if w in _ED_NOT_PAST:
        return False
    return w in _IRREGULAR_PAST_SET or (len(w) > 4 and w.endswith("ed") and w.isalpha() and not w.endswith("eed"))
