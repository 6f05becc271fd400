"""The ``broken-figure`` kind: a figure an edit left malformed.

Two shapes survive a hurried edit: a thousands group cut to two digits ("£135,00", one zero lost) and two counts
left side by side where one was meant ("lost eight of their nine 10 games", the old and the new figure).  Both
are read from the text itself, not from the number extractor, which would read them as some figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from factlint.lang.regextrie import finditer_at_words
from factlint.support import regexcache
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

# A grouped numeral whose last group has two digits, with a currency sign before it or a money word after it:
# the plain-text shape of a European decimal comma ("3,50 euros") is left alone by requiring £ or $.
_GROUPS = r"(?<![\w.,])[£$]\d{1,3}(?:,\d{3})*,\d{2}(?![\d,]|\.\d)"


class BrokenFigureKind(CheckKind):
    """Reports malformed figures in the prose (quotations included: a typo is one wherever it stands).

    ``check: groups`` reports a £ or $ amount whose last thousands group has two digits.  ``check: doubled``
    reports two counts in a row before a plural noun, the first a number word from ``numbers`` and the second
    another such word or a numeral, both lower case ("nine 10 games", "three four times"); hyphenated
    compounds ("two three-pointers"), years, and a first count that follows one of ``after_words`` ("the last
    two 93 days apart", "the top three four times") are left alone.
    """

    params = {
        "check": Param("str", "which malformation to report", default="groups", choices=("groups", "doubled")),
        "numbers": Param("list", "number words that may start a doubled count", default=[], items="str"),
        "after_words": Param("list", "words after which a count stands for a noun left out", default=[], items="str"),
    }
    message_values = {"figure": "the malformed figure as written"}

    def __init__(self, rule: Any):
        super().__init__(rule)
        p = rule.params
        self.words: tuple[str, ...] = ()  # the words every match starts with (tried only where one is found)
        if p["check"] == "groups":
            self.pattern = regexcache.compile(_GROUPS)
            return
        words = [w for w in p["numbers"] if w.isalpha()]
        if not words:
            raise RuleParamError("numbers", "the doubled check needs number words")
        self.words = tuple(words)
        alt = "|".join(sorted(words, key=len, reverse=True))
        skip = "|".join(p["after_words"]) or "(?!)"
        # The costly lookbehind (the skip words) is tried only where a number word starts: the assertions hold
        # at one place, so their order changes no match, only how soon most places are turned away.
        self.pattern = regexcache.compile(
            rf"(?<![\w-])(?=(?:{alt})\s)(?<!\b(?i:{skip})\s)(?:{alt})\s(?:(?:{alt})|(?!1[89]\d\d|20\d\d)\d{{1,3}})"
            rf"\s[a-z]+s\b(?![-\w])"
        )  # fmt: skip

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        text = analysis.doc.text
        doubled = self.rule.params["check"] == "doubled"
        found = finditer_at_words(self.pattern, text, text, self.words) if doubled else self.pattern.finditer(text)
        for m in found:
            end = m.end()
            if doubled:
                first, second = m.group(0).split()[:2]
                if first.lower() == second.lower():
                    continue  # "two two rounds" is a repeated word: the repeated-word rule reports it
                end = m.start() + len(f"{first} {second}")
            yield Hit(m.start(), end, {"figure": text[m.start() : end]})
