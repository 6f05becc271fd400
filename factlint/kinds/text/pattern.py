"""The ``pattern`` kind: a regular expression that must not match the prose.

Runs through the ``regex`` module with a timeout per window of text (``WINDOW`` characters), so a pathological
pattern in a newsroom's rule pack (catastrophic backtracking) costs at most that long and is reported, instead of
hanging the run, while an ordinary pattern over a 50 MB file is not cut off merely because the file is long.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.support.regexbound import pattern_problem
from factlint.kinds.base import CheckKind, Edit, Hit, Param, RuleParamError, RuleTimeout
from factlint.rulelang.template import render, template_names

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis
    from factlint.kinds.rule import Rule


class PatternKind(CheckKind):
    """Reports every match of a regular expression in the article's prose.

    Use it for wording the house style forbids or for phrases that are usually wrong ("the the").  The match is
    case-sensitive unless ``ignore_case`` is set, and bounded by word boundaries unless ``whole_word`` is false.
    A match whose text fully matches one of ``exceptions`` (always case-sensitive, so a brand name can be
    excepted exactly) is not reported.  Named groups in the pattern
    (``(?P<name>…)``) are available to the message as ``{name}``; the whole match is ``{match}``.
    ``suggest`` is a template of the same values for the text that should replace the match ("{word}" for a
    doubled word); ``safe: true`` lets ``check --fix`` apply it, for a replacement that cannot change the sense.
    """

    quotations = "hits"
    params = {
        "pattern": Param("str", "regular expression (Python `regex` syntax) to report", required=True),
        "ignore_case": Param("bool", "match regardless of case", default=False),
        "whole_word": Param("bool", "only match at word boundaries", default=True),
        "exceptions": Param("list", "regexes; a match whose whole text matches one is not reported", default=[], items="str"),
        "skip_quotes": Param("bool", "do not report matches inside direct quotations", default=False),
        "timeout": Param("float", "seconds the pattern may run on 64 KB of text before it is abandoned", default=0.5,
                         above=0, maximum=60),
        "suggest": Param("str", "template of the replacement to suggest for a match (same values as the message)"),
        "safe": Param("bool", "whether `check --fix` may apply the suggestion unasked", default=False),
    }
    message_values = {"match": "the matched text", "<group>": "each named group of the pattern"}

    def __init__(self, rule: "Rule"):
        super().__init__(rule)
        p = rule.params
        flags = regex.IGNORECASE if p["ignore_case"] else 0
        source = p["pattern"]
        if p["whole_word"]:
            source = rf"(?<!\w)(?:{source})(?!\w)"
        self.pattern = _compile("pattern", source, flags)
        self.exceptions = [_compile("exceptions", e, 0) for e in p["exceptions"]]
        self.timeout = float(p["timeout"])
        self.suggest = p.get("suggest")
        if self.suggest is not None:
            try:
                template_names(self.suggest)
            except ValueError as exc:
                raise RuleParamError("suggest", str(exc)) from None
        elif p["safe"]:
            raise RuleParamError("safe", "safe needs a suggest template")
        self.safe = bool(p["safe"])
        provided = {"match", *self.pattern.groupindex}
        for key, template in (("message", rule.message), ("suggest", self.suggest or "")):
            unknown = [n for n in template_names(template) if n not in provided]
            if unknown:  # printed as written otherwise: a typo would reach every finding unnoticed
                raise RuleParamError(key, f"{key} uses '{{{unknown[0]}}}', which is neither {{match}} nor a named "
                                          f"group of the pattern (it provides: {', '.join(sorted(provided))})")

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        try:
            for m in _windowed(self.pattern, analysis.doc.text, self.timeout):
                text = m.group(0)
                if not text or any(e.fullmatch(text, timeout=self.timeout) for e in self.exceptions):
                    continue
                values = {"match": text}
                values.update({k: v for k, v in m.groupdict().items() if v is not None})
                edits = ()
                if self.suggest is not None:
                    new = render(self.suggest, values)
                    edits = (Edit(m.start(), m.end(), new, f"replace with '{new}'", self.safe),)
                yield Hit(m.start(), m.end(), values, suggestions=edits)
        except TimeoutError:
            raise RuleTimeout(f"pattern timed out after {self.timeout:g} s; rule skipped for this file") from None


WINDOW = 65536  # characters searched under one timeout
REACH = 4096  # how far past its window a match (with its lookarounds) may run


def _windowed(pattern: regex.Pattern, text: str, timeout: float) -> Iterator[regex.Match]:
    """The matches of ``finditer(text)``, found window by window so that each window has its own timeout.

    A match must start inside its window but may run ``REACH`` characters past it; the next window resumes
    where the last match ended, exactly as one ``finditer`` would, so the matches are the same for any match
    (with its lookarounds) shorter than ``REACH``.
    """
    n, pos = len(text), 0
    while pos < n:
        stop = pos + WINDOW
        resume = stop
        for m in pattern.finditer(text, pos, min(n, stop + REACH), timeout=timeout):
            if m.start() >= stop:
                break
            resume = max(stop, m.end())
            yield m
        pos = resume


def _compile(key: str, source: str, flags: int) -> regex.Pattern:
    problem = pattern_problem(source)
    if problem:
        raise RuleParamError(key, problem)
    try:
        return regexcache.compile(source, flags)
    except regex.error as exc:
        raise RuleParamError(key, f"invalid regular expression: {exc}") from None
