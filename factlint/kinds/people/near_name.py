"""The ``name-near-kb`` kind: a well-known person's name misspelt once ("European Commission President Manuel
Barosso", "Zacarias Mousaoui" when the KB has Barroso and Moussaoui).

A misspelling written once has no partner in the article for ``name-variants`` to compare, but the words
around it often single out whom it means: the title a KB person held on the article's date, or the given names
of exactly one KB person.  The written surname is then compared with that person's.
"""

from __future__ import annotations

import os
import unicodedata
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, NamedTuple

import regex

from factlint.kb import model
from factlint.kinds.people import name_forms
from factlint.support import regexcache
from factlint.support.cache import files_stamp, read_cached, write_cached
from factlint.support.memo import latest
from factlint.extractors.people import PersonMention, offices_for, person_mentions
from factlint.kb.model import KB, Person, Role, surname
from factlint.kinds.base import CheckKind, Edit, Hit, Param
from factlint.kinds.people.common import office_name, reference_periods
from factlint.kinds.people.name_forms import distance, fold, is_word_or_name
from factlint.lang.well_known import Famous, WellKnown, well_known

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.kinds.analysis import Analysis

# "Given Surname" pairs, overlapping ("Chancellor Gerhard Schroder" gives "Chancellor Gerhard" and "Gerhard
# Schroder"); a following capitalised word means the pair is not a whole name.
_PAIR = regexcache.compile(r"(?<![\p{L}\p{M}'’\-.])(\p{Lu}[\p{Ll}\p{M}]+)[^\S\n]+(\p{Lu}[\p{Ll}\p{M}]+)"
                           r"(?![\p{L}\p{M}\-]|['’]\p{L}{2}|[^\S\n]+\p{Lu})")
# A credit: the name of whoever wrote, filmed or photographed ("Name, USA TODAY", "Name/AP", "By Name"), a person
# the KB does not know, however like a newsmaker's the name is.
_CREDIT_AFTER = regexcache.compile(r"[^\S\n]*[,/|][^\S\n]*\p{Lu}[\p{Lu}\p{N}&.'’ ]*\p{Lu}[^\S\n]*(?:\n|\Z)")
_CREDIT_BEFORE = regexcache.compile(r"(?:^|\n)[^\S\n]*(?:By|Photo(?:graph)?(?:[^\S\n]+by)?|Credit|Video|Reporting(?:[^\S\n]+by)?)"
                                    r":?[^\S\n]*\Z", regex.IGNORECASE)
_DOUBLED = regexcache.compile(r"(.)\1+")
# A given name more well-known people share than this (John, Maria) singles out nobody.
_PINPOINT = 20


class _Index(NamedTuple):
    """The KB's people (by id) by folded given name and by office held, and every folded surname a KB person has.

    Ids rather than the people themselves, so that the cached index holds no second copy of the KB."""

    given: dict[str, tuple[str, ...]]
    surnames: frozenset[str]
    holders: dict[str, tuple[str, ...]]  # office id -> the people who held it, in KB order


@latest
def _index(kb: KB) -> _Index:
    """The index of ``kb``: folding every KB person's names costs more than the rest of a one-article run's
    check, so the index of a KB loaded from files is kept in the sealed cache, stamped with the KB's files and
    with the code that derives it (this module, the folding, the surnames)."""
    stamp = _stamp(kb)
    key = "\n".join(os.path.abspath(f) for f in kb.files)
    cached = read_cached("name-near", key, stamp) if stamp else None
    if isinstance(cached, _Index):
        return cached
    given: dict[str, list[str]] = {}
    surnames: set[str] = set()
    holders: dict[str, list[str]] = {}
    for p in kb.people.values():
        for g in _given_names(p):
            given.setdefault(g, []).append(p.id)
        surnames.update(fold(s) for s in _surnames(p))
        for office in dict.fromkeys(r.office for r in p.roles):
            holders.setdefault(office, []).append(p.id)
    index = _Index({g: tuple(ids) for g, ids in given.items()}, frozenset(surnames),
                   {o: tuple(ids) for o, ids in holders.items()})
    if stamp:
        write_cached("name-near", key, stamp, index)
    return index


def _stamp(kb: KB) -> str | None:
    if not kb.stamp:
        return None
    try:
        return files_stamp([__file__, name_forms.__file__, model.__file__], kb.stamp)
    except OSError:
        return None


def _surnames(p: Person) -> set[str]:
    return {surname(n) for n in p.names if len(n.split()) > 1 and "," not in n}


def _given_names(p: Person) -> set[str]:
    """The folded given names of a person ("José Manuel Barroso": jose, manuel); initials are not names."""
    out: set[str] = set()
    for n in p.names:
        sur = surname(n)
        if sur == n or not n.endswith(sur):
            continue
        out.update(fold(w) for w in n[: -len(sur)].split() if len(w) > 1 and w[0].isupper() and "." not in w)
    return out


@latest
def _parts(kb: KB) -> dict[int, tuple[set[str], set[str]]]:
    """Filled by ``_names``: a person's surnames and given names by ``id`` (the KB, kept here, holds the people)."""
    return {}


def _names(kb: KB, p: Person) -> tuple[set[str], set[str]]:
    """``p``'s surnames and folded given names, worked out once a process: a long article asks for the holders of
    the same offices and the people of the same given names again and again."""
    parts = _parts(kb)
    found = parts.get(id(p))
    if found is None:
        found = parts[id(p)] = (_surnames(p), _given_names(p))
    return found


def _famous_words(pair: "regex.Match[str]", famous: WellKnown) -> bool:
    return fold(pair.group(1)) in famous.by_given or fold(pair.group(2)) in famous.by_surname


def _page(p: Famous) -> str:
    return f"Pantheon 1.0; https://en.wikipedia.org/?curid={p.page}"


@lru_cache(maxsize=1 << 16)
def _collapse(word: str) -> str:
    """The word with each run of a doubled letter written once (cached: the same KB surnames recur)."""
    return _DOUBLED.sub(r"\1", word)


def _transposed(a: str, b: str) -> bool:
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(a) == len(b) and len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
        and a[diff[1]] == b[diff[0]]


@lru_cache(maxsize=1 << 16)
def slips(written: str, known: str) -> int:
    """How many slips turn ``known`` into ``written`` (folded): Damerau–Levenshtein edits, except that a doubled
    letter added, dropped or moved to a neighbour counts as one (Barroso → Barosso, Wagoner → Waggoner).
    Cached: an article's unknown surnames are compared with the same KB surnames again and again."""
    a, b = fold(written), fold(known)
    if a == b:
        return 0
    return min(distance(a, b, 3), distance(_collapse(a), _collapse(b), 3) + 1)


def typo_shaped(written: str, known: str) -> bool:
    """A slip of the pen rather than another name: only a doubling differs, or two neighbours are swapped.
    Davis/Davies, Rutte/Rutter, Kerry/Terry are different names and differ otherwise."""
    a, b = fold(written), fold(known)
    return _collapse(a) == _collapse(b) or _transposed(a, b) or _transposed(_collapse(a), _collapse(b))


def given_slip(written: str, known: str) -> bool:
    """A given name mistyped rather than another given name: two neighbours swapped, or, from five letters, one
    letter dropped or added ("Jaques" for Jacques).  A letter replaced is another name (Jon, Jan); a doubled
    letter, or the accents left out, is another romanisation of the same name (Masoud, Massoud; Gunter, Günter)."""
    a, b = fold(written), fold(known)
    if a == b or _collapse(a) == _collapse(b) or _bare(written) == _bare(known):
        return False
    if _transposed(a, b):
        return True
    return min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) == 1 and distance(a, b, 2) == 1


def _bare(word: str) -> str:
    """The word without its accents, lower case (Günter: gunter), as English prose often writes foreign names."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)).lower()


def _written_given(p: Person, sur: str) -> set[str]:
    """The given names of ``p`` as written, from the full names that end in ``sur`` (initials left out)."""
    out: set[str] = set()
    for n in p.names:
        if fold(surname(n)) == fold(sur) and n.endswith(surname(n)):
            out.update(w for w in n[: -len(surname(n))].split() if len(w) > 1 and w[0].isupper() and "." not in w)
    return out


class _Near(NamedTuple):
    person: Person | Famous
    known: str          # the KB surname it is near
    source: str
    via: str            # what singled the person out, for the message


def _held(role: Role, first: date, last: date) -> bool:
    return not ((role.start is not None and role.start.first > last) or (role.end is not None and role.end.last < first))


class NameNearKBKind(CheckKind):
    """Reports a surname one slip (two, from eight letters) away from a KB person's, where the words before it
    single out that person: a title whose holder on the article's date (any holder, when the article is undated or
    the title is "former") is the only one with a surname that close, or given names that only one KB person with
    such a surname has.  No KB person may have the surname as written, and it may not be a word or a name the word
    list knows.  Given names alone are weaker evidence, so there only slips of the pen count (a doubled letter
    dropped, added or moved, two letters swapped): "Alan Johnston" is another person than Alan Johnson.
    Unless ``well_known`` is false, the people of the shipped well-known list (Pantheon 1.0: a Wikipedia article
    in 25 languages or more) are compared the same way by given names, when the given name is one few of them
    share (not John).  A given name mistyped before the exact surname of a well-known person or of a KB person
    (two letters swapped, or from five letters one letter dropped or added: "Jaques Chirac"; a doubled letter or
    accents left out are other romanisations) is reported too, when
    only one such person has a given name that close and the written one is no given name any of them has, nor a
    word or name the word list knows; never when the right spelling is in the article as well (then
    ``name-variants`` compares the two).
    """

    quotations = "candidates"
    params = {
        "skip_quotes": Param("bool", "leave names inside direct quotations alone", default=True),
        "min_length": Param("int", "the shortest KB surname judged (short names are near too many others)",
                            default=5, minimum=3),
        "well_known": Param("bool", "also compare with the shipped list of well-known people (Pantheon 1.0)",
                            default=True),
    }
    message_values = {
        "written": "the name as written",
        "preferred": "the KB's spelling of the person's name",
        "via": "what singles the person out (the office held, or the given names)",
        "source": "the KB's source for it",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.min_length = int(rule.params["min_length"])
        self.well_known = bool(rule.params["well_known"])

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc, kb = analysis.doc, analysis.kb
        idx = _index(kb)
        pub = analysis.publication_date()
        done: set[int] = set()
        for m in person_mentions(analysis.mentions):
            if m.person is not None or m.title is None or m.surname_only or " " not in m.written:
                continue
            if self.quoted(doc, m.name_start) or doc.in_caption(m.start):
                continue
            written = surname(m.written)
            if not self._candidate(written, kb, idx):
                continue
            near = self._by_title(m, written, doc, kb, pub)
            if near is not None:
                done.add(m.name_end)
                yield self._hit(m.name_start, m.name_end, m.written, written, near)
        famous = well_known(fold) if self.well_known else None
        for pair in _PAIR.finditer(doc.text, overlapped=True):
            people = [kb.people[i] for i in idx.given.get(fold(pair.group(1)), ())]
            if not (people or (famous and _famous_words(pair, famous)) or fold(pair.group(2)) in idx.surnames) \
                    or pair.end() in done \
                    or self.quoted(doc, pair.start()) or doc.in_caption(pair.start()):
                continue
            written = pair.group(2)
            if _CREDIT_AFTER.match(doc.text, pair.end()) or _CREDIT_BEFORE.search(doc.text[max(0, pair.start() - 40):
                                                                                            pair.start()]):
                continue
            close = [(p, k) for p in people or () for k in _names(kb, p)[0]
                     if self._close(written, k) and typo_shaped(written, k)] if self._candidate(written, kb, idx) else []
            if len({p.id for p, _ in close}) == 1:
                p, known = close[0]
                source = next((r.source for r in p.roles), p.born_source or "the KB")
                done.add(pair.end())
                yield self._hit(pair.start(), pair.end(), pair.group(), written,
                                _Near(p, known, source, f"the only {pair.group(1)} it knows with a surname that close"))
            elif not close:
                found = self._given(pair, famous, kb, idx, doc)
                if found is not None:
                    done.add(pair.end())
                    yield self._hit(pair.start(), pair.end(), pair.group(), found[1], found[0])

    def _given(self, pair: "regex.Match[str]", famous: WellKnown | None, kb: KB, idx: _Index,
               doc: "Document") -> tuple[_Near, str] | None:
        """A surname judged by the well-known list (when it is on), else a given name judged by KB people."""
        found = self._famous(pair, famous, kb, idx, doc) if famous else None
        return found if found is not None else self._kb_given(pair, kb, idx, doc, famous)

    def _kb_given(self, pair: "regex.Match[str]", kb: KB, idx: _Index, doc: "Document",
                  famous: WellKnown | None) -> tuple[_Near, str] | None:
        """The given name one slip from the given name of the only KB person with the surname as written ("Jaques
        Chirac"): the written given name no KB or well-known person has, nor a word or name the word list knows."""
        given, written = pair.group(1), pair.group(2)
        if len(given) < 4 or fold(given) in idx.given or (famous and fold(given) in famous.by_given) \
                or is_word_or_name(given):
            return None
        close = {(p.id, g) for p in kb.find_by_surname(written) for g in _written_given(p, written)
                 if given_slip(given, g)}
        if len({i for i, _ in close}) != 1:
            return None
        pid, g = close.pop()
        p = kb.people[pid]
        if g in doc.tokens.letter_runs:
            return None
        source = next((r.source for r in p.roles), p.born_source or "the KB")
        return _Near(p, g, source, f"the only {written} it knows with a given name that close"), given

    def _famous(self, pair: "regex.Match[str]", famous: WellKnown, kb: KB, idx: _Index,
                doc: "Document") -> tuple[_Near, str] | None:
        """A well-known person the pair misspells, and the word misspelt: the surname, one slip of the pen from
        the surname of the only well-known person with that given name that close (a given name many share,
        like John, singles out nobody), or the given name, two letters swapped, before a well-known surname.
        Nothing when the right spelling is in the article too: ``name-variants`` compares the two."""
        given, written = pair.group(1), pair.group(2)
        if 0 < famous.count_given(fold(given)) <= _PINPOINT and self._candidate(written, kb, idx) \
                and fold(written) not in famous.by_surname:
            close = {p for p in famous.with_given(fold(given)) if self._close(written, p.surname) and typo_shaped(written, p.surname)}
            if len(close) == 1:
                p = close.pop()
                if p.surname not in doc.tokens.letter_runs:
                    return _Near(p, p.surname, _page(p), f"the only well-known {given} with a surname that close"), \
                        written
        people = famous.with_surname(fold(written))
        if people and len(given) >= 4 and fold(given) not in famous.by_given and fold(given) not in idx.given \
                and not is_word_or_name(given):
            close = {(p, g) for p in people for g in p.given if given_slip(given, g)}
            if len({p for p, _ in close}) == 1:
                p, g = close.pop()
                if g not in doc.tokens.letter_runs:
                    return _Near(p, g, _page(p), f"the only well-known {written} with a given name that close"), given
        return None

    def _candidate(self, written: str, kb: KB, idx: _Index) -> bool:
        """A written surname worth comparing: unknown to the KB and to the word list."""
        return " " not in written and fold(written) not in idx.surnames and not kb.find_by_surname(written) \
            and not is_word_or_name(written)

    def _close(self, written: str, known: str) -> bool:
        if " " in known or len(known) < self.min_length:
            return False
        n = slips(written, known)
        return 0 < n <= (1 if len(known) <= 7 else 2)

    def _by_title(self, m: PersonMention, written: str, doc: "Document", kb: KB, pub: date | None) -> _Near | None:
        """The one holder of the title, on the article's date (or the times its sentence names), whose surname is
        near the written one and whose given names include the written ones."""
        assert m.title is not None
        offices = {o.id for o in offices_for(kb, m.title)}
        if not offices:
            return None
        periods = [(pub, pub), *reference_periods(doc, m.name_start, pub)] if pub and not m.title.past else None
        given = {fold(w) for w in m.written[: -len(written)].split() if len(w) > 1 and "." not in w}
        found: dict[str, _Near] = {}
        holders = _index(kb).holders  # only people who held one of the offices can match: not every KB person
        for p in (kb.people[i] for i in dict.fromkeys(i for o in offices for i in holders.get(o, ()))):
            surnames, given_names = _names(kb, p)
            if not given <= given_names:
                continue  # asked first: the given names turn away most holders, before their terms are read
            roles = [r for r in p.roles if r.office in offices
                     and (periods is None or any(_held(r, a, b) for a, b in periods))]
            if not roles:
                continue
            for known in surnames:
                if self._close(written, known):
                    r = roles[0]
                    found[p.id] = _Near(p, known, r.source, f"{office_name(kb, r.office)}, {r.span_text()}")
        return next(iter(found.values())) if len(found) == 1 else None

    def _hit(self, start: int, end: int, written_name: str, written: str, near: _Near) -> Hit:
        new = near.known
        at = start + written_name.rfind(written)
        edit = Edit(at, at + len(written), new, f"spelled {new} in the KB") if written in written_name else None
        return Hit(start, end, {"written": written_name, "preferred": near.person.name, "via": near.via,
                                "source": near.source}, suggestions=(edit,) if edit else ())
