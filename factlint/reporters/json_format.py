"""JSON output: ``{"version": 1, "files": N, "findings": [...]}`` — a public contract; only ever add keys.

The document is written finding by finding, each as one string, byte for byte what ``json.dump(..., indent=2,
ensure_ascii=False)`` writes for the whole: the findings of a huge file were all turned into dicts at once and
then written in a few hundred thousand small pieces by the standard library's indenting encoder, which is pure
Python and was the largest part of writing the report.
"""

from __future__ import annotations

from json.encoder import encode_basestring
from typing import TYPE_CHECKING, TextIO

from factlint.reporters import all_findings

if TYPE_CHECKING:
    from factlint.kinds.rule import Rule
    from factlint.findings import FileResult

_INDENT = "  "


def write(results: "list[FileResult]", rules: "list[Rule]", stream: TextIO, color: bool = False) -> None:
    """Write every finding in the stable JSON shape."""
    findings = all_findings(results)
    stream.write(f'{{\n  "version": 1,\n  "files": {len(results)},\n  "findings": ')
    if not findings:
        stream.write("[]")
    else:
        stream.write("[")
        inner = "\n" + _INDENT * 2
        for i, f in enumerate(findings):
            stream.write(("," if i else "") + inner + _encode(f.to_json(), inner))
        stream.write("\n" + _INDENT + "]")
    stream.write("\n}\n")


def _encode(value: object, newline: str = "\n") -> str:
    """``value`` as ``json.dumps(value, indent=2, ensure_ascii=False)`` writes it, each line break followed by
    ``newline``'s indentation (a value nested that deep).  Strings, numbers, booleans, None, lists, tuples and
    dicts with string keys: what a finding holds."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    deeper = newline + _INDENT
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + ",".join(deeper + _encode(v, deeper) for v in value) + newline + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        for k in value:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
        return "{" + ",".join(deeper + encode_basestring(k) + ": " + _encode(v, deeper)
                              for k, v in value.items()) + newline + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
