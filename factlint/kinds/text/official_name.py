"""The ``official-name`` kind: a body's official name written wrongly where the article gives only the wrong form
("the Trade Unions Congress", "the US Securities Exchange Commission", "General Electric Corp").

``name-variants`` needs the right form elsewhere in the article to compare with; a body named once has none.  But
the names of the bodies news names most are few and fixed, so a capitalised name that is a near miss of exactly
one of them (a letter dropped, added or swapped in one word, an "s" moved between words, a small word missing)
and is no known name itself is that name mistyped; a company's name followed by a legal form it never had is
that company with the wrong form.  Whole words changed are another body (National Security Council, National
Security Agency) and never compared.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, NamedTuple

from factlint.kinds.base import CheckKind, Edit, Hit, Param
from factlint.kinds.people.name_context import foreign
from factlint.kinds.people.name_forms import FUNCTION, Occurrence
from factlint.kinds.text.name_index import SMALL_WORDS, NameIndex, Target, name_index, run_tokens, s_key, word_key
from factlint.lang.official_names import FORM_CLASS, LEGAL_FORMS, Company

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.kb.model import KB
    from factlint.kinds.analysis import Analysis

# The lower-case words that may follow a name without belonging to it ("the SEC and the FBI"; not "of").
_OPEN_AFTER = frozenset({"and", "or"})


class _Tok(NamedTuple):
    text: str  # the word as compared: no possessive, no sentence-final full stop
    start: int
    end: int


class OfficialNameKind(CheckKind):
    """Reports a capitalised name that is a near miss of exactly one official name of a body (the shipped list in
    ``rules/data/official-names.yaml`` and the KB's multi-word body and country names): one letter dropped, added
    or two swapped in one word (a word of five letters or more, the slip itself no English word or known name, and
    no British/American spelling or derived form such as a plural or demonym), an "s" moved, added or dropped
    other than at the name's end ("Trade Unions Congress"), or, for the shipped names, one "of", "and", "for" or
    "on" missing ("Securities Exchange Commission").  A company's name of the shipped list followed at once by a
    legal form of another class than any it has had ("General Electric Corp") is reported too.  The name must
    stand alone: nothing capitalised before it but "The" and the like or a country ("US"), nothing after it but
    a lower-case word other than "of", "for" and the like (the "Trade Union Congress of the Philippines" is
    another body).  Quotations are left alone unless ``skip_quotes`` is false.
    """

    quotations = "candidates"
    params = {
        "skip_quotes": Param("bool", "leave names inside direct quotations alone", default=True),
    }
    message_values = {
        "written": "the name as written",
        "correct": "the official form it is a near miss of",
        "how": "what differs",
        "source": "where the official form is given",
    }

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        kb = analysis.kb
        index = name_index(kb)
        for run in run_tokens(doc.text):
            toks = [_Tok(*t) for t in run]
            yield from self._bodies(doc, kb, index, toks)
            yield from self._legal_forms(doc, kb, index, toks)

    def _bodies(self, doc: "Document", kb: "KB", index: NameIndex, toks: list[_Tok]) -> Iterator[Hit]:
        keys = [word_key(t.text) for t in toks]
        known = _known_spans(index, keys)
        for s in range(len(toks)):
            if not _opens(kb, toks, s):
                continue
            for e in range(s + 2, len(toks) + 1):
                if not _closes(toks, e) or any(a < e and s < b for a, b in known):
                    continue
                found = _near(index, toks[s:e], tuple(keys[s:e]))
                if found is None or self.quoted(doc, toks[s].start):
                    continue
                target, how = found
                start, end = toks[s].start, toks[e - 1].end
                if foreign(doc.text, Occurrence(doc.text[start:end], start, end, None, None, False)):
                    continue
                yield Hit(start, end, {"written": doc.text[start:end], "correct": target.name, "how": how,
                                       "source": target.source},
                          suggestions=(Edit(start, end, target.name, f"officially {target.name}"),))

    def _legal_forms(self, doc: "Document", kb: "KB", index: NameIndex, toks: list[_Tok]) -> Iterator[Hit]:
        keys = [word_key(t.text) for t in toks]
        for s in range(len(toks)):
            if not _opens(kb, toks, s):
                continue
            for company in index.companies.get(keys[s], ()):
                n = len(company.base.split())
                if s + n >= len(toks) or tuple(keys[s:s + n]) != tuple(word_key(w) for w in company.base.split()):
                    continue
                suffix = toks[s + n]
                written_class = FORM_CLASS.get(suffix.text)
                classes = {f.form for f in company.forms}
                if written_class is None or written_class in classes \
                        or tuple(keys[s:s + n + 1]) in index.known or self.quoted(doc, toks[s].start):
                    continue
                start, end = toks[s].start, suffix.end
                yield Hit(start, end, {"written": doc.text[start:end], "correct": _forms_text(company),
                                       "how": "legal form",
                                       "source": company.forms[-1].source},
                          suggestions=_form_edit(company, suffix, start))


def _opens(kb: "KB", toks: list[_Tok], s: int) -> bool:
    """A name may start at ``toks[s]``: a capitalised word after a lower-case word, or after nothing but words
    that are no part of a name ("The", "US")."""
    if not toks[s].text[:1].isupper():
        return False
    for t in reversed(toks[:s]):
        if not t.text[:1].isupper():
            return True
        if t.text not in FUNCTION and kb.jurisdiction_for(t.text) is None:
            return False
    return True


def _closes(toks: list[_Tok], e: int) -> bool:
    """A name may end before ``toks[e]``: its last word is capitalised and nothing but "and"/"or" follows."""
    return toks[e - 1].text[:1].isupper() and (e == len(toks) or toks[e].text in _OPEN_AFTER)


def _known_spans(index: NameIndex, keys: list[str]) -> list[tuple[int, int]]:
    """The token ranges of the run that are a known name exactly: no part of one is a near miss of another."""
    return [(s, e) for s in range(len(keys)) for e in range(s + 2, min(len(keys), s + index.longest) + 1)
            if tuple(keys[s:e]) in index.known]


def _near(index: NameIndex, toks: list[_Tok], key: tuple[str, ...]) -> tuple[Target, str] | None:
    """The one official name ``toks`` is a near miss of, with what differs; None when none or several are."""
    if key in index.known or len(key) > index.longest + 1:
        return None
    found: dict[str, tuple[Target, str]] = {}
    for i in range(len(key)):
        for target, word in index.one_off.get(key[:i] + (None,) + key[i + 1:], ()):  # type: ignore[operator]
            written = toks[i].text
            if index.slip(written, word):
                found.setdefault(target.body, (target, f"'{written}' for '{word}'"))
    for target in index.s_moved.get(s_key(key), ()):
        if target.words[:-1] != key[:-1] and not _plural_head(key, target.words):
            found.setdefault(target.body, (target, "an 's' moved"))
    for target, small in index.missing.get(key, ()):
        found.setdefault(target.body, (target, f"'{small}' missing"))
    return next(iter(found.values())) if len(found) == 1 else None


def _plural_head(key: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """The one difference is an "s" on the word before "of" or "for": several bodies named at once ("the
    Departments of State and Defense"), not a misnaming."""
    diff = [i for i, (a, b) in enumerate(zip(key, right)) if a != b]
    return (len(diff) == 1 and key[diff[0]] == right[diff[0]] + "s" and diff[0] + 1 < len(key)
            and key[diff[0] + 1] in SMALL_WORDS)


def _forms_text(company: Company) -> str:
    parts = []
    for f in company.forms:
        when = " ".join(x for x in (f"from {f.start}" if f.start else "", f"until {f.until}" if f.until else "") if x)
        parts.append(f"{company.base} {f.form}" + (f" ({when})" if when else ""))
    return " or ".join(parts)


def _form_edit(company: Company, suffix: _Tok, start: int) -> tuple[Edit, ...]:
    """The company's one legal form, spelled as the written one is (Co for Corp, Company for Corporation)."""
    if len(company.forms) != 1:
        return ()
    spellings, rights = LEGAL_FORMS[FORM_CLASS[suffix.text]], LEGAL_FORMS[company.forms[0].form]
    right = rights[min(spellings.index(suffix.text), len(rights) - 1)]
    new = f"{company.base} {right}"
    return (Edit(start, suffix.end, new, f"officially {new}"),)
