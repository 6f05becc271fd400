"""When a titled mention is set: read from its own sentence only, so a title can be judged at the right time.

News style gives a former office holder the old title when writing about the term ("President Bill Clinton
vetoed it", "Bush's tax cuts", "a judge appointed by President Obama"): that is correct, and it is most of what
a naive date check reports.  The same title in a statement about now ("President Obama says", "President Obama
said on Tuesday" in an article of 2018) presents the person as still in office.  And a title given to someone
who never held it can be a hypothesis rather than a claim ("could a President X …", "what kind of a prime
minister X would be").  This module reads those cues; the role-at-date kind decides with them.

The tagger runs only on the sentence of a mention that reaches the tense question (a few per article).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.extractors.people import PersonMention
    from factlint.lang.tagger.clauses import VerbGroup

# The mention is followed by a possessive: "Bush's tax cuts", "Obama's deputies".
_POSSESSIVE_AFTER = regexcache.compile(r"['’]s\b|['’](?=\s)")
# Era and relation frames just before the mention (its title included): the title belongs to the term, or to a
# relation of someone else to the person, which the text does not date.
_ERA = (r"\b(?:during|under|since|until|before|after|with|when|while|once|ousted|deposed|toppled|overthrown|exiled)"
        r"|\b(?:administration|presidency|tenure|term|era|legacy|impeachment|ouster|removal|resignation|death|years|"
        r"government|cabinet|days|reign|time|White[^\S\n]+House)[^\S\n]+of")
_RELATION = (
    r"\b(?:advis[eo]rs?|aides?|counsel(?:or)?s?|secretary|speechwriters?|director|officials?|staff(?:ers?)?|"
    r"appointees?|ambassadors?|lawyers?|envoys?|spokes(?:man|woman|person)|strategists?|assistants?|deputy|"
    r"nominees?|picks?|ally|allies|critics?|loyalists?|predecessors?|successors?)[^\S\n]+(?:to|for|in|of|under|with)"
    r"|\b(?:appointed|named|nominated|picked|chosen|pardoned|advised|served|serving|worked[^\S\n]+for|"
    r"imposed|signed|introduced|created|launched|enacted|declared|pushed|championed|vetoed|appointee[^\S\n]+of)"
    r"(?:[^\S\n]+to[^\S\n]+the[^\S\n]+\w+)?(?:[^\S\n]+by)?"
    r"|\b(?:\w+ed|chosen|picked)[^\S\n]+by")
_FRAME_END = (r"(?:[^\S\n]+(?:the|her|his|their)[^\S\n]+(?:husband|wife|father|predecessor|former[^\S\n]+boss),?)?"
              r"[^\S\n]+(?:the[^\S\n]+)?(?:\w+[^\S\n]+){0,2}\Z")
_FRAME_BEFORE = regexcache.compile(rf"(?:{_ERA}|{_RELATION}){_FRAME_END}", regex.IGNORECASE)
_RELATION_BEFORE = regexcache.compile(rf"(?:{_RELATION}){_FRAME_END}", regex.IGNORECASE)
# An era phrase right after the mention ("X, secretary of state in the Clinton administration, says", "X, a
# national security adviser during the Obama years"): the title is dated to that term.
_FRAME_AFTER = regexcache.compile(
    r"[^\S\n]+(?:in|during|under|for)[^\S\n]+(?:the[^\S\n]+)?(?:[\w.'’\-]+[^\S\n]+){0,3}?"
    r"(?:administrations?|governments?|cabinets?|presidency|era|years|terms?)\b"
    r"|[^\S\n]+(?:during|under)[^\S\n]+(?:President|Prime[^\S\n]+Minister|\p{Lu})"
    r"|[^\S\n]+(?:from|between|in|until)[^\S\n]+(?:19|20)\d\d\b", regex.IGNORECASE)
# Words anywhere in the sentence that tie it to the earlier term.
_ERA_WORDS = regexcache.compile(
    r"\b(?:back[^\S\n]+then|at[^\S\n]+the[^\S\n]+time|years?[^\S\n]+ago|decades?[^\S\n]+ago|(?:19|20)\d0s|"
    r"(?:first|second|last|final|previous)[^\S\n]+(?:term|administration|days)|in[^\S\n]+office|posterity|"
    r"legacy|presidency|predecessors?|used[^\S\n]+to|left[^\S\n]+office|took[^\S\n]+office|"
    r"former|once|earlier|previously|then|when)\b", regex.IGNORECASE)
# A recent-time marker that dates a past-tense statement to the days around publication.
_RECENT = regexcache.compile(
    r"\b(?:today|yesterday|tonight|last[^\S\n]+night|this[^\S\n]+(?:week|morning|afternoon|evening)|"
    r"(?:on[^\S\n]+|said[^\S\n]+|says[^\S\n]+|told[^\S\n]+\w+[^\S\n]+)"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
# Hypothetical or indefinite uses: "could a President X", "a President X", "what kind of a prime minister".
_HYPOTHETICAL_BEFORE = regexcache.compile(
    r"(?:\b(?:a|an|any|the[^\S\n]+(?:new|next|future|idea[^\S\n]+of[^\S\n]+a)|would[^\S\n]+be|kind[^\S\n]+of"
    r"(?:[^\S\n]+an?)?|if|whether|imagine)[^\S\n]+(?:\w+[^\S\n]+){0,2}\Z)", regex.IGNORECASE)
_IF = regexcache.compile(r"\b(?:if|whether|unless|suppose|imagine)\b", regex.IGNORECASE)
_CURRENT_WORDS = frozenset({"now", "still", "currently"})
# Words that open a clause: before the mention the person may still be its subject ("because President X
# says"); between the name and the verb they start another clause, whose verb is not the person's.
_SUBORDINATORS = frozenset({"that", "because", "if", "whether", "while", "although", "though", "as", "since",
                            "when", "after", "before", "unless", "until", "whereas", "once", "so", "where"})
_CONTINUING = _CURRENT_WORDS | {"long"}


def _sentence(doc: "Document", m: "PersonMention") -> tuple[int, int]:
    span = doc.sentence_at(m.name_start)
    return (span.start, span.end) if span else (max(0, m.start - 200), min(len(doc.text), m.end + 200))


def historical_frame(doc: "Document", m: "PersonMention", era: bool = True) -> str | None:
    """A frame that sets the title in the person's term, or None: possessive, relation ("appointed by", "an
    adviser to") and, with ``era``, era words ("under", "during", "the administration of", "when").

    For a person who took the office only after the article's date, a possessive or a relation still dates the
    sentence to the term (the page was written or updated later), but "after President X" may be a plain slip.
    """
    text = doc.text
    s, _ = _sentence(doc, m)
    if _POSSESSIVE_AFTER.match(text, m.name_end):
        return "possessive"
    before = text[max(s, m.start - 80):m.start]
    if (_FRAME_BEFORE if era else _RELATION_BEFORE).search(before):
        return "era or relation frame"
    if era and _FRAME_AFTER.match(text, m.end):
        return "era frame after the title"
    return None


def hypothetical(doc: "Document", m: "PersonMention") -> bool:
    """The title is a hypothesis or an indefinite description, not a claim that the person holds it."""
    text = doc.text
    s, e = _sentence(doc, m)
    if _HYPOTHETICAL_BEFORE.search(text[max(s, m.start - 40):m.start]):
        return True
    if _IF.search(text, s, m.start):
        return True
    verb, _, _ = _governing(doc, m, s, e)
    return verb is not None and verb.label in ("conditional", "modal")


def present_cue(doc: "Document", m: "PersonMention") -> str | None:
    """A positive sign that the sentence presents the mention at the time of publication, described for the
    message; None when the sentence is about the past or its time cannot be read (then nothing is reported).

    The person must be the subject of the governing verb (not an address, "President X, do not …").  A present,
    present-perfect or future verb counts when the sentence has no word tying it to an earlier term (no one
    holds a title they lost in the future); a past verb counts only with a recent-time marker next to it
    ("said on Tuesday", "told reporters today").
    """
    text = doc.text
    s, e = _sentence(doc, m)
    sentence = text[s:e]
    verb, index, toks = _governing(doc, m, s, e)
    if verb is None or verb.start <= index:
        return None  # the person is not the subject ("critics attack President X" may judge the term)
    if not _subject_of(toks, m, index, verb.start):
        return None  # "the slogan of President X, because the mood makes …": the verb is another clause's
    name_end = next((k for k in range(index, len(toks)) if toks[k].end >= m.name_end), index)
    if name_end + 1 < len(toks) and toks[name_end + 1].text == "," and verb.start == name_end + 2:
        return None  # "President X, do not …": an address, not a statement about the person
    words = " ".join(verb.words)
    lowered = {w.lower() for w in verb.words}
    if verb.aspect.startswith("perfect") and verb.start < index and not lowered & _CONTINUING:
        return None  # "has been at odds with President X": experience over a span that may lie in the term
    if (verb.label == "present" and verb.finite is not None) or verb.label == "future":
        if _ERA_WORDS.search(sentence) and not _CURRENT_WORDS & lowered:
            return None
        return f"{verb.label} tense '{words}'"
    recent = _RECENT.search(text, max(s, toks[verb.start].start - 30), min(e, toks[verb.end - 1].end + 40))
    if verb.label == "past" and verb.aspect in ("simple", "progressive") and recent:
        return f"'{words}' {recent.group().strip()}"
    return None


def _subject_of(toks: list, m: "PersonMention", index: int, verb_start: int) -> bool:
    """Whether the mention can be the subject of the verb after it: not the object of a preposition ("the
    lingo of President X") or of a verb ("fires the attorney general, X, and installs"), and no clause opens
    between the name and the verb ("…, because the mood makes")."""
    first = next((k for k in range(index + 1) if toks[k].end > m.start), index)
    while first > 0 and toks[first - 1].tag == "DT":
        first -= 1
    if first > 0 and toks[first - 1].tag in ("IN", "TO") and toks[first - 1].text.lower() not in _SUBORDINATORS:
        return False
    if first > 0 and toks[first - 1].tag.startswith("VB"):
        return False  # the object of a verb: "Trump fires the attorney general, X, and installs …" is Trump's
    return not any(t.tag in ("IN", "WRB") and t.text.lower() in _SUBORDINATORS for t in toks[index + 1:verb_start])


def _governing(doc: "Document", m: "PersonMention", s: int, e: int) -> tuple["VerbGroup | None", int, list]:
    """The verb group governing the mention's name (None if the sentence has none), the name's token index and
    the tagged sentence."""
    from factlint.lang.tagger import governing_verb, tag_text

    toks = tag_text(doc.text, s, e)
    index = next((i for i, t in enumerate(toks) if t.end > m.name_start), None)
    if index is None:
        return None, -1, toks
    return governing_verb([t.text for t in toks], [t.tag for t in toks], index), index, toks
