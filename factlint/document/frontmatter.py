"""Front matter: the YAML block that opens a Markdown article, read without YAML when it is simple.

Importing PyYAML costs about 10 ms, a tenth of a pre-commit run on one article, and nearly every article's front
matter is a few ``key: value`` lines.  Those are read here; anything else (lists, nesting, escapes, YAML 1.1
booleans, numbers with leading zeros, times) goes to the YAML parser, so the result is always what YAML says.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from factlint.support import regexcache
from factlint.document.reader import SourceError
from factlint.support.yamlfile import YamlError, load_yaml

_LINE = regexcache.compile(
    r"(?P<key>[A-Za-z_][\w-]*):(?:[ \t]+(?P<value>\S.*?))?[ \t]*"
)
_PLAIN_SAFE = regexcache.compile(r"[^-?:,\[\]{}#&*!|>'\"%@`\s][^\n]*")
_ISO_DATE = regexcache.compile(r"(\d{4})-(\d\d)-(\d\d)")
_INT = regexcache.compile(r"[-+]?(?:0|[1-9][0-9_]*)")
# Plain words YAML 1.1 reads as something other than a string, and forms that need its full rules.
_SPECIAL = regexcache.compile(
    r"(?i:y|n|yes|no|true|false|on|off|null|~|\.nan|\.inf|[-+]\.inf)|[-+.\d].*|.*(?:: | #|\\).*"
)


def parse_front_matter(text: str, path: str, line_offset: int) -> dict[str, Any]:
    """The front matter's keys and values, exactly as YAML would read them; ``SourceError`` when invalid."""
    simple = _simple(text)
    if simple is not None:
        return simple
    try:
        data = load_yaml(text, path, line_offset=line_offset, what="front matter")
    except YamlError as exc:
        raise SourceError(str(exc)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError(f"{path}:{line_offset + 1}: front matter: expected a mapping of keys")
    return data


def _simple(text: str) -> dict[str, Any] | None:
    """``key: scalar`` lines read directly, or None when any line needs the YAML parser."""
    out: dict[str, Any] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _LINE.fullmatch(line)
        if m is None or m.group("key") in out:
            return None
        value = _scalar(m.group("value"))
        if value is _NEEDS_YAML:
            return None
        out[m.group("key")] = value
    return out


_NEEDS_YAML = object()


def _scalar(raw: str | None) -> Any:
    if raw is None:
        return None
    if raw[0] == '"':
        inner = raw[1:-1]
        ok = len(raw) > 1 and raw.endswith('"') and '"' not in inner and "\\" not in inner
        return inner if ok else _NEEDS_YAML
    if raw[0] == "'":
        inner = raw[1:-1]
        ok = len(raw) > 1 and raw.endswith("'") and "'" not in inner
        return inner if ok else _NEEDS_YAML
    if m := _ISO_DATE.fullmatch(raw):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return _NEEDS_YAML
    if _INT.fullmatch(raw) and "_" not in raw:
        return int(raw) if len(raw) <= 4000 else raw  # Python refuses longer digit strings: keep the text
    if not _PLAIN_SAFE.fullmatch(raw) or _SPECIAL.fullmatch(raw):
        return _NEEDS_YAML
    return raw
