"""The ``name-variants`` kind: a proper name spelled one way and, elsewhere in the article, a letter or two off.

Needs no KB: the article itself shows which form is its own (used more often, introduced with a given name,
known to the word list), and the other form is reported wherever it appears.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from factlint.extractors.people import person_mentions
from factlint.kinds.base import CheckKind, Edit, Hit, Param
from factlint.lang.misspellings import misspelt_names
from factlint.kinds.people.name_context import (
    after_kin, compound, foreign, in_post, in_roster, spacing_variants)
from factlint.kinds.people.name_forms import (
    PARTICLES, Occurrence, distance, given_name, is_word_or_name, relatives, same_word, scan, surname_after)
from factlint.lang.words import is_common_word, is_known_name
from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

_CAMEL = regexcache.compile(r"\p{Ll}\p{Lu}")
_NOT_A_SLIP = regexcache.compile(r"\[sic\]|(?i:misspel|spelled|spelt|spelling|also known as|a\.k\.a\.|née|formerly)")


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


class NameVariantsKind(CheckKind):
    """Reports a capitalised name written one way and elsewhere in the same article a letter or two differently.

    Both forms have ``min_length`` letters or more, start alike and differ by one edit (two from eight letters).
    Plurals, possessives, demonyms, accents and hyphenation are forms of one word.  The suspect is the rarer form
    (on a tie the one the word list does not know, else the later one); it must not be a common word, and it is
    reported only with evidence that it is the same name: the same given name on both, the other form introduced
    with a given name before a bare mention, or a clear majority for a form against an unknown one.  Two given
    names, a surname particle on one side only, a relative's name (Paul/Paula), "[sic]" or a note about spelling
    mean two names, and no finding; so do two given names the word list knows used once each (Thomas/Tomas), short
    names one letter apart when one is a known word (Rosen/Risen), a team sheet listing both, a kinship word
    before the form ("his wife, Ivana"), and a compound of another of the article's names (Egyptair).  Counts
    include a form's plurals and possessives.  On a tie the message says either form may be the slip.  A
    CamelCase form whose two words appear apart at least twice (TimeWarner, Time Warner) is reported too.
    Embedded posts, links, foreign phrases (unless the other form is in one as well) and quotations are left
    alone, the last unless ``skip_quotes`` is false or the article also writes the form in its own words (then
    the quoted one is the writer's slip too).
    """

    quotations = "candidates"
    params = {
        "min_length": Param("int", "letters each form needs at least", default=5),
        "skip_quotes": Param("bool", "leave spellings inside direct quotations alone", default=True),
    }
    message_values = {
        "written": "the form used here",
        "preferred": "the article's own form",
        "times": "how often the article's own form is used (once, twice, 3 times)",
        "line": "the source line of its first use",
        "tie": "empty, or a note that both forms are used equally often, so either may be the slip",
    }

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        forms, lower = scan(doc.tokens)
        n = max(2, int(self.rule.params["min_length"]))
        index: dict[tuple[str, int], list[str]] = defaultdict(list)
        for f in forms:
            if len(f) >= n and not f.isupper():
                index[(f[0].lower(), len(f))].append(f)
        best: dict[str, tuple] = {}
        family: dict[str, int] = {}
        letters = {f: set(f) for group in index.values() for f in group}
        for (letter, size), group in index.items():
            most = 1 if size <= 7 else 2  # the edits _pair allows between a form of this size and a longer one
            for a in group:
                la = letters[a]
                for other in range(size, size + most + 1):
                    for b in index.get((letter, other), ()):
                        # letters one form lacks bound the distance from below: most pairs end here, unread
                        lb = letters[b]
                        if len(la - lb) > most or len(lb - la) > most:
                            continue
                        found = (other > size or a < b) and self._pair(a, b, forms, lower, index, family, doc.text)
                        if found and (found[0] not in best or len(found[3]) > len(best[found[0]][3])):
                            best[found[0]] = found  # Ukranian: reported against Ukrainian, not also Ukrainians
        kb_names = cache(lambda: _Covered((m.name_start, m.name_end) for m in person_mentions(analysis.mentions)
                                          if m.person is not None))  # fmt: skip
        for found in best.values():
            yield from self._hits(analysis, kb_names, *found)
        for joined, split, mine, theirs in spacing_variants(forms, doc.text, lambda at: self.quoted(doc, at)):
            if joined not in best:
                yield from self._hits(analysis, kb_names, joined, split, mine, theirs, False)

    def _pair(self, a: str, b: str, forms: dict[str, list[Occurrence]], lower, index, family,
              text: str) -> tuple | None:
        """(suspect, base, occurrences, tie) when ``a`` and ``b`` read as one name spelled two ways, else None."""
        most = 1 if min(len(a), len(b)) <= 7 else 2
        if a.lower() == b.lower() or distance(a, b, most) > most or same_word(a, b):
            return None
        ca, cb = _family(a, forms, index, family), _family(b, forms, index, family)  # Tsarnaevs counts Tsarnaev
        if ca != cb:
            v, b_ = (a, b) if ca < cb else (b, a)
        elif is_known_name(a) != is_known_name(b):
            v, b_ = (b, a) if is_known_name(a) else (a, b)
        else:
            v, b_ = (a, b) if forms[a][0].start > forms[b][0].start else (b, a)
        ov, ob = forms[v], forms[b_]
        cv, cb_ = min(ca, cb), max(ca, cb)
        if (lower[v] or lower[v.lower()] or is_common_word(v) or (_CAMEL.search(v) and not _CAMEL.search(b_))
                or compound(v, forms)):
            return None
        if any(in_roster(text, o) for o in ov) and any(in_roster(text, o) for o in ob):
            return None  # Horan and Horgan on one team sheet
        if _joined_to_another_name(ov, forms, text) and not any(_in_compound(text, o) for o in ob):
            # "the Security Pacific-Rainer deal" with "Rainier" alone elsewhere: a compound of two of the
            # article's names, so not a new person's given name (Rainer), whatever the word list says
            return (v, b_, ov, ob, False) if cv <= cb_ and not lower[b_.lower()] else None
        loose_v = {given_name(o, loose=True) for o in ov} - {None}
        loose_b = {given_name(o, loose=True) for o in ob} - {None}
        if (loose_v & PARTICLES) != (loose_b & PARTICLES):
            return None  # Van Hollen is not Holler
        loose_v -= PARTICLES
        loose_b -= PARTICLES
        if loose_v and not any(_same_given(x, y) for x in loose_v for y in loose_b):
            return None  # introduced with a given name of its own: another person (Smith and Smyth)
        follow_v = {surname_after(o, loose=True) for o in ov} - {None}
        follow_b = {surname_after(o, loose=True) for o in ob} - {None}
        if not follow_v & follow_b and (
                (follow_v and (all(surname_after(o, loose=True) for o in ov) or not follow_b))
                or (not follow_v and all(surname_after(o) for o in ob))):
            return None  # one is a given name before a surname the other never has (Jordain Carney, Osama bin)
        if follow_v & follow_b and relatives(v, b_):
            return None  # Paula Young and Paul Young
        strict_v = {g for g in (given_name(o) for o in ov) if g and len(g) > 1}
        strict_b = {g for g in (given_name(o) for o in ob) if g and len(g) > 1}
        same_given = bool(follow_v & follow_b) or any(_same_given(x, y) for x in strict_v for y in strict_b)
        known_v = is_known_name(v)
        known_b = is_known_name(b_) or is_common_word(b_)
        if follow_v & follow_b and known_v and is_known_name(b_) and cv == cb_:
            return None  # Thomas/Tomas Sandoval once each: two real given names, nothing tells which is meant
        introduced = (any(given_name(o) for o in ob) and ob[0].start < ov[0].start and not loose_v and not follow_v)
        if _one_substitution(v, b_) and len(v) <= 6:
            # Davis/Davos, Rosen/Risen: short names a letter apart, one of them a word the list knows, are often
            # two names even with one given name (James Rosen, James Risen)
            evidence = same_given and not (is_word_or_name(v) or is_word_or_name(b_))
        elif same_given:
            evidence = bool(follow_v & follow_b) or not known_v or cv <= cb_  # Charles Clarke … Charles Clark
        elif known_v:
            evidence = False  # two names the word list knows (Rosen, Risen): only a shared given name tells
        else:
            evidence = (known_b and cb_ > cv) or (cb_ >= 2 and cv == 1) or (cb_ >= 5 and cb_ >= 3 * cv) or (introduced and cv <= cb_)
        return (v, b_, ov, ob, cv == cb_ and known_v == is_known_name(b_)) if evidence else None

    def _hits(self, analysis: "Analysis", kb_names: "Callable[[], _Covered]", v: str, b: str, ov: list[Occurrence],
              ob: list[Occurrence], tie: bool) -> Iterator[Hit]:
        doc = analysis.doc
        text = doc.text
        if v in misspelt_names():  # a listed misspelling ("Ukranian") is the misspelling kind's to report
            return
        in_kb_name = kb_names()  # a KB person's spellings are the name-spelling kind's to judge
        first_b = ob[0]
        foreign_b = any(foreign(text, o) for o in ob)
        line_b = doc.position(first_b.start)[0]
        kept = []
        for o in ov:
            sentence = doc.sentence_at(o.start)
            around = text[sentence.start: sentence.end] if sentence else text[max(0, o.start - 80): o.end + 80]
            if (_NOT_A_SLIP.search(around) or in_post(text, o) or after_kin(text, o)
                    or (foreign(text, o) and not foreign_b) or o.start in in_kb_name):
                continue
            kept.append(o)
        # A quotation keeps its speaker's spelling, unless the article makes the same slip in its own words: then
        # the quoted one is the writer's too ("the Rubkan camp" in prose and in a quoted statement).
        if all(self.quoted(doc, o.start) for o in kept):
            return
        lines: set[int] = set()
        for o in kept:
            line = doc.position(o.start)[0]
            if line in lines:
                continue
            lines.add(line)
            note = f": each is used {_times(len(ob))}, so either may be the slip" if tie else ""
            yield Hit(o.start, o.end,
                      {"written": v, "preferred": b, "times": _times(len(ob)), "line": line_b, "tie": note},
                      ((first_b.start, first_b.end, f"spelled {b} here"),),
                      (Edit(o.start, o.end, b, f"the article's own spelling: {b}"),))


def _in_compound(text: str, o: Occurrence) -> bool:
    return text[o.start - 1: o.start] == "-" or text[o.end: o.end + 1] == "-"


def _joined_to_another_name(ov: list[Occurrence], forms: dict[str, list[Occurrence]], text: str) -> bool:
    """Whether every use of the form is one half of a hyphen compound whose other half the article also uses on
    its own ("Security Pacific-Rainer deal" and "Security Pacific Corp"): two of the article's names joined."""
    for o in ov:
        before = text[o.start - 1: o.start] == "-"
        if not before and text[o.end: o.end + 1] != "-":
            return False
        other = o.prev if before else o.next
        if not other or not any(not _in_compound(text, x) for x in forms.get(other, ())):
            return False
    return True


def _one_substitution(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _same_given(x: str, y: str) -> bool:
    """Whether two given names may be one person's: equal, an initial of the other, or one letter apart."""
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return x == y or (distance(x, y, 1) <= 1 and not relatives(x, y))


def _family(word: str, forms: dict[str, list[Occurrence]], index: dict, cache: dict[str, int]) -> int:
    """How often the article uses ``word`` with its plurals and possessives (same_word forms)."""
    if word not in cache:
        key = word[0].lower()
        cache[word] = sum(len(forms[x]) for size in range(len(word) - 3, len(word) + 4)
                          for x in index.get((key, size), ())
                          if x == word or (x.count("-") == word.count("-") and same_word(word, x)))
    return cache[word]


class _Covered:
    """The offsets inside any of some spans, found by bisection.

    Every occurrence of a variant is tested against the article's KB names: scanning them all per occurrence
    was quadratic in the length of one file."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if start >= end:
                continue  # an empty span holds no offset
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, offset: int) -> bool:
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and offset < self._ends[k]
