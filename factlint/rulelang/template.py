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


def _text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.6g}" if abs(value) >= 1e6 else f"{value:g}"
    return str(value)
