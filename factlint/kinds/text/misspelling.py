"""The ``known-misspelling`` kind: a well-known proper name written as reporters commonly misspell it ("Carribean",
"Sao Paolo").

The misspellings come from a shipped list with its sources (``factlint.lang.misspellings``) plus any a rule adds;
each listed form is no other name's spelling, so a match is always a finding, with the correct spelling suggested.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import regex

from factlint.kinds.base import CheckKind, Edit, Hit, Param, RuleParamError
from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis


class KnownMisspellingKind(CheckKind):
    """Reports each listed misspelling of a proper name (and its plural: "Ukranians"), suggesting the correct
    spelling.  ``shipped`` uses the shipped list (sources in ``factlint/lang/data/misspelt-names.tsv``); ``extra``
    maps a newsroom's own misspellings to their spellings.  Matching is case-sensitive and by whole word (a hyphen
    may join it: "Ukranian-born").
    """

    quotations = "hits"
    params = {
        "shipped": Param("bool", "use the shipped list of misspelt names", default=True),
        "extra": Param("dict", "more misspellings → correct spellings", default={}),
        "skip_quotes": Param("bool", "leave misspellings inside direct quotations alone", default=False),
    }
    message_values = {"written": "the misspelling as written", "correct": "the correct spelling"}

    def __init__(self, rule):
        super().__init__(rule)
        extra = rule.params["extra"]
        if not all(isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip() for k, v in extra.items()):
            raise RuleParamError("extra", "extra maps misspellings to spellings (text to text)")
        names: dict[str, str] = {}
        if rule.params["shipped"]:
            from factlint.lang.misspellings import misspelt_names

            names.update(misspelt_names())
        names.update({k.strip(): v.strip() for k, v in extra.items()})
        if not names:
            raise RuleParamError("extra", "no misspellings to look for: set extra or keep shipped")
        self.names = names
        alts = "|".join(regex.escape(w).replace(r"\ ", r"[^\S\n]+") for w in sorted(names, key=len, reverse=True))
        self.pattern = regexcache.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<word>{alts})(?P<plural>s)?(?![\p{{L}}\p{{M}}])")

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        for m in self.pattern.finditer(analysis.doc.text):
            word = " ".join(m.group("word").split())
            correct = self.names[word] + (m.group("plural") or "")
            yield Hit(m.start(), m.end(), {"written": m.group(), "correct": correct},
                      suggestions=(Edit(m.start(), m.end(), correct, f"spelled {correct}"),))
