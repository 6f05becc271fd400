"""Inline comments addressed to factlint: suppressions and fixture expectations.

``<!-- factlint-disable-next-line rule-a rule-b -- reason -->``, ``<!-- factlint-disable rule -->`` …
``<!-- factlint-enable -->``, ``<!-- factlint-disable-line rule -->`` and ``<!-- factlint-disable-file -->``
work in every format; rule tests use ``<!-- expect: rule-id -->`` and ``<!-- expect-next-line: rule-id -->``.
Both kinds of comment are removed from the prose so they are never checked as article text.
"""

from __future__ import annotations

import regex

from factlint.support import regexcache
from factlint.document.model import Directive

COMMENT = regexcache.compile(r"<!--(.*?)-->", regex.S)
_DIRECTIVE = regexcache.compile(
    r"^\s*factlint-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*?)(?:\s--\s*(.*?))?\s*$", regex.S
)
_EXPECT = regexcache.compile(r"^\s*(expect|expect-next-line)\s*:\s*(.*?)\s*$", regex.S)


def parse_comment(body: str, line: int, column: int) -> Directive | None:
    """The directive in an HTML comment body, or None if the comment is not addressed to factlint."""
    m = _DIRECTIVE.match(body)
    if m:
        rules = tuple(r for r in regex.split(r"[\s,]+", m.group(2).strip()) if r)
        reason = (m.group(3) or "").strip() or None
        return Directive(m.group(1), rules, reason, line, column)
    m = _EXPECT.match(body)
    if m:
        rules = tuple(r for r in regex.split(r"[\s,]+", m.group(2)) if r)
        return Directive(m.group(1), rules, None, line, column)
    return None


def is_factlint_comment(body: str) -> bool:
    """Whether a comment body is a factlint directive or expectation (and so not article text)."""
    return bool(_DIRECTIVE.match(body) or _EXPECT.match(body))
