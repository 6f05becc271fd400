"""The people extractor's patterns: title words, name shapes, and the title trie compiled from a KB.

Title forms come from the KB's offices plus ``GENERIC_TITLES`` (so in-article consistency works for people
the KB does not know).  The KB-dependent patterns are compiled once per KB and process; everything else is
a module constant shared by the title reader (``people.titles``) and the mention finder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

import regex

from factlint.kb.model import KB, Entity, EntityName
from factlint.lang.regextrie import finditer_at_whole_words, trie_regex
from factlint.support import regexcache
from factlint.support.memo import latest

GENERIC_TITLES = (
    "president", "vice president", "prime minister", "deputy prime minister", "premier", "chancellor",
    "governor", "lieutenant governor", "senator", "mayor", "minister", "foreign minister", "finance minister",
    "defence minister", "defense minister", "interior minister", "justice minister", "health minister",
    "secretary of state", "king", "queen", "speaker", "representative", "congressman", "congresswoman",
    "chief executive", "chairman", "chairwoman", "attorney general", "ambassador",
)
# Words before a title that keep the office but say when it was held.
MODIFIERS = {
    "former": "former", "ex": "former", "erstwhile": "former", "one-time": "former", "onetime": "former",
    "then": "then", "late": "late", "acting": "acting", "interim": "interim", "caretaker": "interim",
    "outgoing": "outgoing", "incoming": "incoming", "designate": "incoming", "newly-appointed": "new",
    "new": "new", "current": "current", "sitting": "current",
    # Removed from office: the title is the one they lost ("ousted President X").
    "ousted": "former", "deposed": "former", "toppled": "former", "overthrown": "former", "exiled": "former",
}
# Words before a title that make it a different office ("deputy defence minister" is not the minister).
OFFICE_CHANGERS = {
    "deputy", "vice", "assistant", "shadow", "junior", "under", "associate", "honorary", "first", "second",
    "senior", "principal", "chief", "permanent", "parliamentary", "opposition", "presumptive", "would-be",
    "future", "retired", "candidate", "nominee", "aspiring", "self-proclaimed", "self-declared", "de", "facto",
}
# Capitalised words that may stand before a title without qualifying it ("When President X …").
FUNCTION_WORDS = {
    "a", "an", "the", "and", "but", "or", "as", "when", "while", "after", "before", "since", "because", "if",
    "then", "with", "by", "for", "from", "to", "of", "in", "on", "at", "that", "this", "says", "said", "told",
    "under", "both", "also", "meanwhile", "earlier", "later", "now", "yesterday", "today", "last", "mr",
    "mrs", "ms", "dr", "his", "her", "their", "its", "our", "my", "your", "we", "i", "he", "she", "they",
    "it", "former", "ex", "late",
}
# Lower-case possessives that point at the jurisdiction already in play ("the country's president").
IMPLICIT_JURISDICTION = {"country's", "nation's", "government's", "state's", "country’s", "nation’s",
                          "government’s", "state’s"}
PAST_LEADS = ("who was", "who served as", "who had been", "who was then", "was then", "who became",
               "who once served as", "who previously served as", "once", "previously")
CURRENT_LEADS = ("who is", "who serves as", "who has been", "who is now", "now")

_SEP = r"[^\S\n]+"
_TITLE_SEP = r"(?:[^\S\n]+|-)"
_NAME_TOKEN = r"(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}]+(?:['’\-]\p{L}[\p{L}\p{M}]+)*)"
_PARTICLE = r"(?:von|van|der|den|de|da|di|del|della|la|le|du|dos|das|bin|ibn|al|el|ter)"
_NAME = rf"{_NAME_TOKEN}(?:{_SEP}(?:{_PARTICLE}{_SEP})*{_NAME_TOKEN}){{0,3}}"
NAME_AFTER = regexcache.compile(rf"(?P<comma>,)?{_SEP}(?P<name>{_NAME})")
NAME_BEFORE = regexcache.compile(rf"(?P<name>{_NAME}),{_SEP}(?P<lead>(?:\p{{Ll}}+{_SEP}){{0,4}})\Z")
WORD = regexcache.compile(r"(?:\p{Lu}\.){2,}|[\p{L}\p{M}'’\-]+|[^\s\p{L}\p{M}]")
# After an apposition ("X, the president"), a speech verb makes the title the subject of the next clause:
# "nominated Mr. Hagel, the president said".
# A role word just before a name: the person already has a title there ("Israeli leader Benjamin Netanyahu").
ROLE_BEFORE = regexcache.compile(r"(?i:\b(?:leader|president|premier|minister|chancellor|chief|king|queen|secretary|"
                                 r"governor|chairman|chairwoman|chair|head))[^\S\n]+\Z")
SPEECH_NEXT = regexcache.compile(r"[^\S\n]+(?:said|says|told|added|noted|wrote|argued|insisted|explained)\b")
TRAILING_OK = regexcache.compile(r"[^\S\n]*(?:[,.;:)\]–—]|\Z|\n|[^\S\n]+(?:and|who|said|says|told|has|had|is|was|"
                             r"will|would|in|on|at|of|to|for|from|with|during|after|before|when|as)\b)")
HEADS = regexcache.compile(rf"(?P<name>{_NAME}),{_SEP}who{_SEP}(?P<verb>heads|leads|chairs|runs|headed|led|chaired|ran)"
                       rf"{_SEP}the{_SEP}(?P<org>[\p{{L}}'’\-]+(?:{_SEP}[\p{{L}}'’\-]+){{0,6}}?)(?=[,.;:]|{_SEP}(?:and|since|until|from)\b)")
# What every ``HEADS`` match contains: a cheap search for it spares the name-first scan on most articles.
HEADS_CUE = regexcache.compile(rf",{_SEP}who{_SEP}(?:heads|leads|chairs|runs|headed|led|chaired|ran){_SEP}the{_SEP}")
ELECT = regexcache.compile(r"-elect\b|[^\S\n]+designate\b", regex.IGNORECASE)
OF_AFTER = regexcache.compile(rf"{_SEP}of{_SEP}(?:the{_SEP})?(?P<q>\p{{Lu}}[\p{{L}}\p{{M}}.'’]*(?:{_SEP}(?:and{_SEP}|of{_SEP})?"
                          rf"\p{{Lu}}[\p{{L}}\p{{M}}.'’]*)*)")


@dataclass
class Compiled:
    titles: "regex.Pattern[str]"
    first_words: tuple[str, ...]    # lower-case words a title can start with, to find candidates by str.find
    entity_plain: "regex.Pattern[str] | None"
    entity_names: dict[str, list[tuple[Entity, EntityName]]] = field(default_factory=dict)
    name_heads: frozenset[str] = frozenset()  # first words of KB names (``name_key`` form)
    name_words: int = 0                       # the most words a KB name has


# Any possessive standing for "the" inside a title ("secretary of Ukraine's … council"); resolved afterwards.
_POSSESSIVE_IN_TITLE = r"(?:the|[^\W\d_][\w.\-]*(?:[^\S\n]+[^\W\d_][\w.\-]*){0,3}['’]s)"
POSSESSIVE = regexcache.compile(r"['’]s\b")
DETERMINER_END = regexcache.compile(r"(?:\bthe|['’]s)[^\S\n]*\Z", regex.IGNORECASE)
PUNCT_NEXT = regexcache.compile(r"[^\S\n]*[,.;:)]")
# A run of capitalised words (names, with particles), looked up in the KB's name index piece by piece.
CAPITALISED_RUN = regexcache.compile(rf"(?<![\p{{L}}\p{{M}}\-'’]){_NAME_TOKEN}(?:{_SEP}(?:{_PARTICLE}{_SEP})*{_NAME_TOKEN}){{0,5}}")
TOKEN = regexcache.compile(r"\S+")


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("-", " ").split()).casefold()


@latest
def compile_kb(kb: KB) -> Compiled:
    """The KB-dependent patterns, built once per KB and process.

    The title alternation is a word trie, compiled through ``regexcache`` so that a run after the first reuses
    the compiled program.  KB names need no pattern at all (capitalised runs are looked up in the name index).
    """
    forms = sorted(set(kb.title_forms()) | set(GENERIC_TITLES))
    phrases = []
    for f in forms:
        words = f.replace("-", " ").split()
        # "secretary of the … council" is also written "secretary of Ukraine's … council".
        phrases.append(["\0the" if w == "the" and i and words[i - 1] == "of" else w for i, w in enumerate(words)])

    def title_token(w: str) -> str:
        if w == "\0the":
            return _POSSESSIVE_IN_TITLE
        return regexcache.escape(w).replace("'", "['’]")

    # The words of a title are spaced or hyphenated ("Secretary-General", "Director-General" in UN style).
    titles = regexcache.compile(rf"(?<![^\W\d_])(?:{trie_regex(phrases, title_token, _TITLE_SEP)})(?![^\W\d_])",
                                regex.IGNORECASE)
    ent_names: dict[str, list[tuple[Entity, EntityName]]] = {}
    for e in kb.entities.values():
        for n in e.names:
            ent_names.setdefault(n.name, []).append((e, n))
    entity_plain = None
    if ent_names:
        alts = "|".join(regexcache.escape(n) for n in sorted(ent_names, key=len, reverse=True))
        entity_plain = regexcache.compile(rf"(?<![\p{{L}}\p{{N}}\-@#./])(?:{alts})(?![\p{{L}}\p{{N}}\-])")
    first_words = tuple(sorted({p[0] for p in phrases}))
    return Compiled(titles, first_words, entity_plain, ent_names, *kb.name_heads())


def title_matches(text: str, c: Compiled) -> Iterator["regex.Match[str]"]:
    """The title matches in ``text``, as ``finditer`` would give them, found from a title's first word."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: offsets would shift
        return c.titles.finditer(text)
    return finditer_at_whole_words(c.titles, text, low, c.first_words)
