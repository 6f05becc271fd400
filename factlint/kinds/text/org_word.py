"""The ``organisation-word`` kind: the word that says what kind of body a name is, misspelt ("Rainier
Bancorpartion", "Pacific Coporation").

A misspelt corporate or institutional word has no partner in the article for ``name-variants`` to compare (the
name is usually written out once), but these words are few and fixed, so the right spelling is known: a
capitalised word after a name, unknown to the word list and a slip or two from one of them, is that word
misspelt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import regex

from factlint.kinds.base import CheckKind, Edit, Hit, Param, RuleParamError
from factlint.kinds.people.name_context import foreign
from factlint.kinds.people.name_forms import FUNCTION, Occurrence
from factlint.lang.words import is_common_word, is_known_name
from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

# The words that end a company's or an institution's name in English (seven letters or more: shorter ones, like
# Party or Union, are a slip from too many surnames: Florence Parly).
ORGANISATION_WORDS = frozenset("""Corporation Bancorporation Incorporated Company Companies Association Associates
Congress Federation Foundation Institute Institution International Holdings Industries Enterprises Partners
Partnership Society Council Committee Commission University College Department Ministry Authority Organisation
Organization Limited Financial Securities Investments Technologies Technology Systems Communications Laboratories
Pharmaceuticals Petroleum Airlines Airways Electronics Insurance Manufacturing Resources Services Properties
Exchange Administration Commonwealth Federal National Assembly Parliament Republic Democratic Conservative Liberal
Socialist Coalition Alliance""".split())
# The same words in the languages whose names English news quotes most (Instituto Nacional, Karolinska
# Institutet): these are spellings, not slips.  Words with accents, and words in a foreign phrase, are foreign
# already and never compared.
_FOREIGN = frozenset("""Congreso Congresso Congres Compania Compagnie Associazione Asociacion Associacao Fundacion
Fundacao Fondation Fondazione Federacion Federazione Institut Instituto Istituto Institutet Instituut Internacional
Internazionale Internationale Nacional Nazionale Nationale Universidad Universite Universitat Universita
Universiteit Organizacion Sociedad Societe Societa Comision Commissione Comite Comitato Ministerio Ministero
Holding Partner Parlament Parlamento Republica Repubblica Republik Democratica Democratico Democratique Liberale
Socialista Coalicion Alianza Alleanza Servicios Servizi Sistemas Sistemi Industrias Laboratorios Federale""".split())
_MAX_VERDICTS = 1 << 15  # words whose verdict the kind keeps at most
# A capitalised word after another capitalised word on the same line ("Rainier Bancorpartion").
_AFTER_NAME = regexcache.compile(r"(?<=(?<![\p{L}\p{M}'’\-])(\p{Lu}[\p{L}\p{M}'’.&\-]*)[^\S\n]+)"
                                 r"(\p{Lu}\p{Ll}{4,})(?![\p{L}\p{M}\-'’])")


class OrganisationWordKind(CheckKind):
    """Reports a capitalised word after a name that is a slip or two from a corporate or institutional word
    (Corporation, Association, Congress, University, ...; one slip for words up to seven letters, two from
    eight) and is itself no English word and no name the word list knows.  Both start with the same letter.
    The same words in other languages (Instituto, Universidad, Congreso) and words with accents are left alone,
    as are words after a function word only ("The Assemby" is not surely a name) and quotations, unless
    ``skip_quotes`` is false.  ``extra`` adds a newsroom's own words.
    """

    quotations = "candidates"
    params = {
        "extra": Param("list", "more organisation words to compare with", default=[]),
        "skip_quotes": Param("bool", "leave words inside direct quotations alone", default=True),
    }
    message_values = {"written": "the word as written", "correct": "the organisation word it is a slip from"}

    def __init__(self, rule):
        super().__init__(rule)
        extra = rule.params["extra"]
        if not all(isinstance(w, str) and regex.fullmatch(r"\p{Lu}\p{Ll}{4,}", w.strip()) for w in extra):
            raise RuleParamError("extra", "extra lists capitalised words of five letters or more")
        words = ORGANISATION_WORDS | {w.strip() for w in extra}
        self.by_letter: dict[str, list[str]] = {}
        for w in sorted(words):
            self.by_letter.setdefault(w[0], []).append(w)
        # The verdict on each capitalised word seen after a name, across articles (emptied when full: a server
        # checking text after text would otherwise keep every word it was ever sent).
        self._verdicts: dict[str, str | None] = {}

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        for m in _AFTER_NAME.finditer(doc.text):
            written = m.group(2)
            if m.group(1) in FUNCTION:
                continue
            # The word's verdict first: it is nearly always None, and the place's tests are then never needed.
            if written not in self._verdicts:
                if len(self._verdicts) >= _MAX_VERDICTS:
                    self._verdicts.clear()
                self._verdicts[written] = self._slip_of(written)
            correct = self._verdicts[written]
            if correct is None or self.quoted(doc, m.start(2)) \
                    or foreign(doc.text, Occurrence(written, m.start(2), m.end(2), None, None, False)):
                continue
            yield Hit(m.start(2), m.end(2), {"written": written, "correct": correct},
                      suggestions=(Edit(m.start(2), m.end(2), correct, f"spelled {correct}"),))

    def _slip_of(self, written: str) -> str | None:
        """The one organisation word ``written`` is a slip from, or None (a word, a name, foreign, or none near).
        Depends on the word alone, so ``check`` keeps the verdicts for the rule's lifetime, across articles."""
        if (written in _FOREIGN or written in ORGANISATION_WORDS or is_common_word(written)
                or is_known_name(written) or not written.isascii()):
            return None
        near = [w for w in self.by_letter.get(written[0], ())
                if not (w.startswith(written) or written.startswith(_stem(w)))  # Industrie, Financials: forms
                and 0 < keying_slips(written, w, 2) <= (1 if min(len(w), len(written)) <= 7 else 2)]
        return near[0] if len(near) == 1 else None


def _stem(word: str) -> str:
    """The word as its derivatives begin (Society: Societi-es)."""
    return word[:-1] if word.endswith("y") else word


def keying_slips(a: str, b: str, cap: int) -> int:
    """Letters dropped or added (only one of the two) and neighbours swapped that turn ``b`` into ``a``,
    capped at ``cap + 1``.

    A letter replaced by another is no slip here: Hollings is a name, not Holdings mistyped, and Partiers not
    Partners; a key missed or hit twice, or two keys swapped (Commitee, Commmittee, Bancorpartion), is what a
    slip of the hand makes of a long fixed word.
    """
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > cap:
        return cap + 1
    far = cap + 1
    prev2: list[int] = []
    prev = [far] * (len(b) + 1)
    prev[0] = 0
    for i in range(1, len(a) + 1):
        row = [i] + [far] * len(b)  # a letter of the longer word with none of the shorter's: added
        for j in range(1, len(b) + 1):
            row[j] = min(prev[j] + 1, prev[j - 1] if a[i - 1] == b[j - 1] else far)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return min(prev[len(b)], far)
