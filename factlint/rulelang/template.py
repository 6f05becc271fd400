"""Message templates: ``{name}`` is replaced by a value; nothing else is interpreted.

``str.format`` would let a rule file reach attributes (``{x.__class__}``), so rules get this small substitution
instead: names are plain identifiers, ``{{`` and ``}}`` stand for braces.
"""

from __future__ import annotations

from typing import Any

import regex

from factlint.support import regexcache

_FIELD = regexcache.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}|[{}]")


def template_names(template: str) -> list[str]:
    """The value names a template uses; raises ValueError on a stray brace."""
    names = []
    for m in _FIELD.finditer(template):
        tok = m.group(0)
        if tok in ("{{", "}}"):
            continue
        if m.group(1) is None:
            raise ValueError(f"stray '{tok}' in message (write '{tok}{tok}' for a literal brace)")
        names.append(m.group(1))
    return names


def render(template: str, values: dict[str, Any]) -> str:
    """Fill a template; a name without a value is left as written so a message never crashes."""

    def sub(m: regex.Match) -> str:
        tok = m.group(0)
        if tok == "{{":
            return "{"
        if tok == "}}":
            return "}"
        name = m.group(1)
        if name is None or name not in values:
            return tok
        return _text(values[name])

    return _FIELD.sub(sub, template)


_EMPTY = "\x00"  # stands for a value that rendered as nothing, so its surrounding space can go with it
_GAP = regexcache.compile(r" ?\x00(?=[ ,.;:)]|$)|\x00")
_LINE_REF = regexcache.compile(r"\(line (\d+)\)")


def render_message(template: str, values: dict[str, Any]) -> str:
    """Fill a finding's message: an empty value leaves no double space ("240  (line 3)" when a noun is not
    written), and a "(line N)" repeating the one before it reads "(same line)" instead."""
    filled = render(template, {k: (_EMPTY if _text(v) == "" else v) for k, v in values.items()})
    filled = _GAP.sub("", filled)
    seen: list[str] = []

    def line_ref(m: regex.Match) -> str:
        same = bool(seen) and seen[-1] == m.group(1)
        seen.append(m.group(1))
        return "(same line)" if same else m.group(0)

    return _LINE_REF.sub(line_ref, filled)


def _text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.6g}" if abs(value) >= 1e6 else f"{value:g}"
    return str(value)
