"""The official names the ``official-name`` kind compares with, indexed by the near misses each one has, and the
capitalised runs of an article cut into the same words.

Built once per KB: the shipped bodies and companies (``factlint.lang.official_names``) and the KB's multi-word
jurisdiction names.  Every near miss of a name is a key of a dictionary (the name with one word left open, with
its words' final "s" dropped, with a small word left out), so an article's run is judged by a few look-ups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from factlint.kinds.people.name_forms import fold
from factlint.kinds.text.org_word import keying_slips
from factlint.lang.official_names import FORM_CLASS, LEGAL_FORMS, Company, load_official_names
from factlint.lang.words import is_common_word, is_known_name
from factlint.support import regexcache
from factlint.support.memo import latest

if TYPE_CHECKING:
    from factlint.kb.model import KB

# The lower-case words inside a name (Bank of England, Banco de la Nación) and the ampersand (Procter & Gamble).
_SMALL = "of|and|for|the|on|in|to|de|du|des|la|le|del|der|von|van|y|et|&"
_TOKEN = regexcache.compile(r"(?<![\p{L}\p{M}\p{N}'’.&\-])"
                            r"(?:\p{Lu}[\p{L}\p{M}\p{N}'’&.\-]*|(?:" + _SMALL + r")(?![\p{L}\p{M}\p{N}]))")
_POSSESSIVE = regexcache.compile(r"['’]s?\Z")
# The small words whose absence makes a near miss ("Securities Exchange Commission"); a missing "the" does not:
# "Organization of Petroleum Exporting Countries" is how wire copy has long written OPEC's name.
_MISSABLE = frozenset({"of", "and", "for", "on", "&"})
# British and American spellings of one word (Labour/Labor, Centre/Center, Organisation/Organization).
_SPELLINGS = (("isation", "ization"), ("our", "or"), ("tre", "ter"), ("ence", "ense"), ("ise", "ize"),
              ("ogue", "og"), ("mme", "m"), ("ll", "l"))
SMALL_WORDS = frozenset(_SMALL.split("|"))
_MIN_SLIP_WORD = 5  # a shorter word one letter off is as often another word as a slip


class Target(NamedTuple):
    """One right form of a body's name: as written, its words as compared, where it is given, and the body."""

    name: str
    words: tuple[str, ...]
    source: str
    body: str  # the body's official name folded: forms of one body are one answer, not several


@dataclass
class NameIndex:
    known: set[tuple[str, ...]] = field(default_factory=set)
    one_off: dict[tuple, list[tuple[Target, str]]] = field(default_factory=dict)
    s_moved: dict[tuple[str, ...], list[Target]] = field(default_factory=dict)
    missing: dict[tuple[str, ...], list[tuple[Target, str]]] = field(default_factory=dict)
    companies: dict[str, list[Company]] = field(default_factory=dict)
    longest: int = 0

    def add(self, name: str, source: str, body: str, small_words: bool) -> None:
        """Index ``name`` and its near misses; ``small_words``: a missing "of"/"and" is one too."""
        runs = run_tokens(name)
        if len(runs) != 1 or len(runs[0]) != len(name.split()) or len(runs[0]) < 2:
            return
        written = [t[0] for t in runs[0]]
        words = tuple(word_key(w) for w in written)
        target = Target(name, words, source, " ".join(fold(w) for w in body.split()))
        self.known.add(words)
        self.longest = max(self.longest, len(words))
        for i, w in enumerate(written):
            if w[:1].isupper() and len(words[i]) >= _MIN_SLIP_WORD:
                self.one_off.setdefault(words[:i] + (None,) + words[i + 1:], []).append((target, w))
            if small_words and words[i] in _MISSABLE and 0 < i < len(words) - 1:
                self.missing.setdefault(words[:i] + words[i + 1:], []).append((target, w))
        self.s_moved.setdefault(s_key(words), []).append(target)

    @staticmethod
    def slip(written: str, right: str) -> bool:
        """``written`` is ``right`` with one letter dropped, added or two swapped, and no word, name, British or
        American spelling, or derived form (plural, demonym) of its own."""
        a, b = word_key(written), word_key(right)
        if a == b or a[:1] != b[:1] or a.startswith(b.rstrip("s")) or b.startswith(a.rstrip("s")):
            return False
        if keying_slips(a, b, 1) != 1 or _one_spelling(a, b):
            return False
        return not (is_common_word(written) or is_known_name(written))


def word_key(word: str) -> str:
    """A word as names are compared: folded (accents, hyphens, case), without a possessive or a final full stop."""
    return fold(_POSSESSIVE.sub("", word)).rstrip(".")


def s_key(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without a final "s" ("Trade Unions" and "Trades Union" alike)."""
    return tuple(w.rstrip("s") if len(w) > 3 else w for w in words)


def _one_spelling(a: str, b: str) -> bool:
    return any(a.replace(uk, us) == b.replace(uk, us) for uk, us in _SPELLINGS)


def run_tokens(text: str) -> list[list[tuple[str, int, int]]]:
    """The runs of capitalised words (with the small words between them) on one line, each word as compared
    (no possessive; a final full stop only on an abbreviation: "U.S.", "Co.") with its span."""
    runs: list[list[tuple[str, int, int]]] = []
    prev_end, stop = -1, False
    for m in _TOKEN.finditer(text):
        word = _POSSESSIVE.sub("", m.group()) or m.group()
        full_stop = word.endswith(".") and word not in FORM_CLASS and "." not in word[:-1]
        if full_stop:
            word = word[:-1]
        start = m.start()
        gap = text[prev_end:start] if prev_end >= 0 else ""
        if runs and not stop and gap and not gap.strip() and "\n" not in gap:
            runs[-1].append((word, start, start + len(word)))
        else:
            runs.append([(word, start, start + len(word))])
        prev_end, stop = m.end(), full_stop
    return [r for r in runs if any(w[:1].isupper() for w, _, _ in r)]


@latest
def name_index(kb: "KB") -> NameIndex:
    """The index of the shipped official names and ``kb``'s multi-word body and country names."""
    index = NameIndex()
    data = load_official_names()
    for body in data.bodies:
        for name in (body.name, *body.also):
            index.add(name, body.source, body.name, small_words=True)
    for j in kb.jurisdictions.values():
        for name in dict.fromkeys((j.name, *j.names)):
            index.add(name, f"KB: {j.name}", j.name, small_words=False)
    for _, n in kb.entity_names():
        index.add(n.name, n.source, n.name, small_words=False)
    for company in data.companies:
        first = word_key(company.base.split()[0])
        index.companies.setdefault(first, []).append(company)
        for f in company.forms:
            for spelling in LEGAL_FORMS[f.form]:
                index.known.add(tuple(word_key(w) for w in f"{company.base} {spelling}".split()))
    return index
