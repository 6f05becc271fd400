"""Capitalised forms of an article and the tests that tell a respelling from another word (for ``name-variants``).

Kept apart from the kind so that the kind reads as the decision it makes: here are the token scan, the edit
distance, and the morphology and form-only differences (plurals, demonyms, accents, hyphens) that are not
misspellings.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from factlint.document.tokens import Tokens
from factlint.lang.words import is_common_word, is_known_name
from factlint.support import regexcache

_WEB = regexcache.compile(r"\.(?:com|org|net|gov|co|uk)\b")
_SENTENCE_END = set("!?:;\"“‘'(-–—\n")
_OPENS_AFTER = _SENTENCE_END | {".", " ", "\t"}  # the characters before a space that may leave a word first
_ABBREVIATION = regexcache.compile(r"(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Messrs|Dr|Drs|St|Sens?|Reps?|Govs?|Gens?|Lt|Col|Sgt|Capt|Maj|Adm|"
                                   r"Cpl|Pvt|Det|Supt|Insp|Hon|Rev|Fr|Amb|Atty|Prof|Profs|Jr|Sr)\.$")

TITLES = frozenset("""Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Professor President Senator Sen Rep Gov Governor
Minister Secretary Chairman Chief Judge Justice King Queen Prince Princess Pope Rev Father General Gen Col Captain
Capt Lt Sgt Analyst Mayor Chancellor Premier Ambassador Commissioner Director Officer Coach Agent Saint St Mme Mlle
Herr Frau Sheikh Sheik Imam Rabbi Bishop Archbishop Cardinal Brother Sister Speaker Leader Deputy Vice Former
Detective Inspector Constable Admiral Marshal Dean Chair Attorney Councillor Councilman Councilwoman Congressman
Congresswoman Pastor Emperor Empress Duke Duchess Earl Baron Baroness Count Countess""".split())
FUNCTION = frozenset("""The A An And Or But If In On At Of For To By With From As Is It This That These Those He She
They We You I His Her Their Our My Its When While After Before Since Until Not No Yes So Then There Here What Who
Whom Whose Which Where Why How All Some Any Each Every Both Such Only Also Even Just Yet Still Meanwhile However
Although Though Because Despite Under Over About Into Onto Upon Among Between Against Without Within Through During
Last Next New Old""".split())
PARTICLES = frozenset("Van Von De Da Di Du La Le Del Della Bin Al El Abu Ben Mac St Ter Ten Den Der Dos Das Los San "
                      "Santa".split())
_DERIVATIONS = frozenset(
    "s es n an ian ans ians ns ese i is ish ic ics ism isms ist ists ite ites er ers x ia ine ness ity ized ize ern "
    "erns ean eans r sm ed ing o a".split()) | {""}
_PARTICLES_LOWER = frozenset("bin ibn bint al el van von de da del la le ben abu".split())


class Occurrence(NamedTuple):
    """One capitalised form at ``[start, end)`` of the prose, with the capitalised words right before and after."""

    form: str
    start: int
    end: int
    prev: str | None
    next: str | None
    sentence_start: bool
    prev_first: bool = False  # the word before opens its sentence ("Later Olvensbey"): not surely a name


def _strip_possessive(word: str) -> str:
    last = word[-1]
    if last == "s" and word[-2:-1] in ("'", "’"):
        return word[:-2]
    return word[:-1] if last in ("'", "’") else word


def scan(tokens: Tokens) -> tuple[dict[str, list[Occurrence]], "LowerWords"]:
    """Capitalised forms by spelling (hyphen compounds whole and by part), and the article's lower-case words.

    Only the capitalised words are walked one by one, each with the words a space away on either side.
    """
    text = tokens.text
    forms: dict[str, list[Occurrence]] = defaultdict(list)
    first = False
    for start, end, before_word, after_word in tokens.capitalised():
        word = _strip_possessive(text[start:end])
        prev_first = first
        before, after = text[start - 1] if start else " ", text[end: end + 1]
        web = after == "." and _WEB.match(text, end)  # "example.com": the pattern opens with its dot
        if before in "@#/." or after in ("/", "@") or web or "Ã" in word or "â" in word:
            continue
        last = text[start - 2] if start > 1 and text[start - 1] == " " else " "
        if last not in _OPENS_AFTER:  # "the Smith": the common case, decided by the character before the space
            first = False
        else:
            head = text[max(0, start - 40): start].rstrip(" \t")
            first = not head or head[-1] in _SENTENCE_END or (head[-1] == "." and not _ABBREVIATION.search(head))
        prev = _strip_possessive(before_word) if before_word is not None and not first else None
        if text[start - 2: start] == ". " and (initial := _word_before(tokens, start, ". ")) is not None:
            if len(initial[0]) == 1 and tokens.first_start < initial[1]:
                # "Blake M. Roney": the given name is the word before the middle initial
                given = _word_before(tokens, initial[1], " ")
                prev = given[0] if given is not None and given[0][0].isupper() else initial[0]
        nxt = _strip_possessive(after_word) if after_word is not None else None
        forms[word].append(Occurrence(word, start, start + len(word), prev, nxt, first, prev_first))
        if "-" in word:
            parts, offset = word.split("-"), start
            for i, part in enumerate(parts):
                if part[:1].isupper() and len(part) > 1:
                    p = parts[i - 1] if i else prev
                    n = parts[i + 1] if i + 1 < len(parts) else nxt
                    forms[part].append(Occurrence(part, offset, offset + len(part), p, n, first and not i,
                                                  prev_first if not i else False))
                offset += len(part) + 1
    return forms, LowerWords(tokens)


class LowerWords:
    """How often the article writes a word in lower case, alone or as part of a hyphen compound (possessives
    dropped; a word alone counts twice, as itself and as its only part).  Each word is counted when first asked
    for, from the lower-case words that contain it: most articles ask of a form or two, if any."""

    def __init__(self, tokens: Tokens):
        self._tokens = tokens
        self._counts: dict[str, int] = {}

    def __getitem__(self, word: str) -> int:
        count = self._counts.get(word)
        if count is None:
            count = 0
            for raw in self._tokens.lower_words_containing(word):
                found = _strip_possessive(raw)
                if "Ã" in found or "â" in found:
                    continue
                if "-" in found:
                    count += (found == word) + found.split("-").count(word)
                else:
                    count += 2 * (found == word)
            self._counts[word] = count
        return count


def _word_before(tokens: Tokens, start: int, gap: str) -> tuple[str, int] | None:
    """The word (possessive dropped) and its start, when it ends ``gap`` before ``start``."""
    at = start - len(gap)
    if at < 1 or tokens.text[at:start] != gap:
        return None
    span = tokens.word_ending_at(at)
    return (_strip_possessive(tokens.text[span[0]: span[1]]), span[0]) if span else None


def is_word_or_name(word: str) -> bool:
    """Whether the word list knows ``word`` as an ordinary word or as a name."""
    return is_common_word(word) or is_known_name(word)


def distance(a: str, b: str, cap: int = 3) -> int:
    """Optimal-string-alignment Damerau–Levenshtein distance (a transposition costs one), capped at ``cap + 1``.

    The cap also ends the table early: once two rows in a row exceed it, no later cell can come back under it
    (a cell draws on the row above, or on the one above that for a transposition), so a pair of unrelated names
    costs a few rows, not the whole table.
    """
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    # The bag distance (letters one word has beyond the other) is a lower bound: an edit changes it by at most
    # one and a transposition not at all.  Most pairs compared are unrelated names, dismissed here cheaply.
    # Distinct letters one word lacks bound it from below in turn, and cost two set operations.
    sa, sb = set(a), set(b)
    if len(sa - sb) > cap or len(sb - sa) > cap:
        return cap + 1
    count_a, count_b = a.count, b.count
    over_a = over_b = 0
    for ch in sa | sb:
        d = count_a(ch) - count_b(ch)
        if d > 0:
            over_a += d
        else:
            over_b -= d
    if over_a > cap or over_b > cap:
        return cap + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    over = False
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > cap:
            if over:
                return cap + 1
            over = True
        else:
            over = False
        prev2, prev = prev, row
    return min(prev[len(b)], cap + 1)


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """The word without accents, apostrophe style or hyphens (México/Mexico, O’Rourke/O'Rourke are one spelling).

    Cached: the name kinds fold the same few thousand names over and over, article after article.  An ASCII word
    (most of them, and most of the well-known list) has nothing to unfold: lower case and hyphens only."""
    if word.isascii():
        return word.lower().replace("-", "")
    word = word.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss").replace("ñ", "ny")
    word = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(ch for ch in word if not unicodedata.combining(ch)).lower().replace("-", "")


def same_word(a: str, b: str) -> bool:
    """Whether two forms are one word: a form-only difference or a derivation (Koreas/Korean, Calvinism/Calvinist,
    Kenya/Kenyan, Iran-Iraq/Iraq-Iran).  A trailing "e" is not one: Forsyth/Forsythe are two spellings."""
    if a.count("-") != b.count("-") or fold(a) == fold(b) or fold(a).replace("z", "s") == fold(b).replace("z", "s"):
        return True  # Organisation/Organization is house style, not a misspelling
    if "-" in a:
        differ = [(x, y) for x, y in zip(a.split("-"), b.split("-")) if x != y]
        if len(differ) == 1 and (differ[0][0][:1].islower() or same_word(*differ[0])):
            return True  # Israeli-Gaza/Israel-Gaza, Kurdish-held/Kurdish-led
    if "-" in a and sorted(a.lower().split("-")) == sorted(b.lower().split("-")):
        return True
    la, lb = a.lower(), b.lower()
    k = 0
    while k < min(len(la), len(lb)) and la[k] == lb[k]:
        k += 1
    for kk in range(k, max(3, k - 3) - 1, -1):
        ta, tb = la[kk:], lb[kk:]
        if ta in _DERIVATIONS and tb in _DERIVATIONS:
            return True
        if {ta, tb} == {"", "y"} and is_word_or_name(a if len(a) < len(b) else b):
            return True  # German/Germany, Trump/Trumpy, Stewart/Stewarty; Zelensky/Zelenskyy is still compared
    ta, tb = la[k:], lb[k:]
    if k >= 4 and ta and tb and {ta, tb} <= _DERIVATIONS | {"a", "e", "o", "y", "ia", "ian"}:
        return True  # Argentina/Argentine
    return False


_GENDER_TAILS = {("", "a"), ("", "e"), ("o", "a"), ("", "ne"), ("e", "a"), ("", "ine"), ("w", "a"), ("s", "e"),
                 ("", "ie")}


def relatives(a: str, b: str) -> bool:
    """Andrew/Andrea, Paul/Paula, Louis/Louise: given names of two relatives, not a respelling."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    tails = tuple(sorted((a[k:], b[k:]), key=len))
    return tails in _GENDER_TAILS or tails[::-1] in _GENDER_TAILS


def given_name(o: Occurrence, loose: bool = False) -> str | None:
    """The word before the form when it reads as a given name or an initial (not a title).  Unless ``loose``, a
    common word ("House", "Will") does not count: it is evidence of one person only when it is surely a name."""
    p = o.prev
    if not p or not p[0].isupper() or p in TITLES or p in FUNCTION or (p.isupper() and len(p) > 1):
        return None
    return p if (loose and not o.prev_first) or len(p) == 1 or not is_common_word(p) else None


def surname_after(o: Occurrence, loose: bool = False) -> str | None:
    """The word after the form when it reads as a surname (the form is then a given name): "Osama bin", "Hossein
    Salami".  Unless ``loose``, a common word does not count, as for ``given_name``."""
    n = o.next
    if loose and n in _PARTICLES_LOWER:
        return n
    if not n or not n[0].isupper() or len(n) == 1 or n in FUNCTION or n in TITLES:
        return None
    return n if loose or not is_common_word(n) else None
