"""The default, compiler-style output: ``path:line:col: severity [rule] message``, the line and a caret range."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, TextIO

from factlint.findings import SEVERITIES

if TYPE_CHECKING:
    from factlint.kinds.rule import Rule
    from factlint.findings import FileResult

# Article text reaches the terminal: its control characters (an ESC starting a colour, cursor or title sequence,
# a bidi override reordering what is shown) are replaced one for one by visible stand-ins, so carets still align.
_CONTROLS = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)} | {0x7F: 0x2421}
_CONTROLS |= {c: 0xFFFD for c in [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}


def safe(text: str) -> str:
    """``text`` with terminal control characters (C0 but tab and newline, DEL, C1, bidi controls) made visible."""
    return text.translate(_CONTROLS)

_COLORS = {"error": "\x1b[31;1m", "warning": "\x1b[33;1m", "info": "\x1b[36;1m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def write(results: "list[FileResult]", rules: "list[Rule]", stream: TextIO, color: bool = False) -> None:
    """Print each finding with its source line and a caret under the span, then a summary line."""
    counts: Counter[str] = Counter()
    for result in results:
        doc = result.document
        for f in result.findings:
            counts[f.severity] += 1
            if color:
                sev = f"{_COLORS[f.severity]}{f.severity}{_RESET}"
                stream.write(f"{_BOLD}{safe(f.path)}:{f.line}:{f.column}:{_RESET} {sev} [{f.rule}] {safe(f.message)}\n")
            else:
                stream.write(f"{safe(str(f))}\n")
            if doc is not None:
                line = doc.source_line(f.line)
                if line.strip():
                    width = (f.end_column - f.column) if f.end_line == f.line else len(line) - f.column + 1
                    shown, col = _window(line, f.column - 1, max(1, width))
                    caret = " " * col + "^" * min(max(1, width), _WIDTH)
                    stream.write(f"    {safe(shown)}\n    {caret}\n")
            for r in f.related:
                note = safe(f"{r.path}:{r.line}:{r.column}: note: {r.message}") + "\n"
                stream.write(f"{_DIM}{note}{_RESET}" if color else note)
            for x in f.suggestions:
                fixable = ", safe to apply with --fix" if x.safe else ""
                stream.write(f"    suggestion: {x.replacement!r} ({x.description}{fixable})\n")
    total = sum(counts.values())
    files = len(results)
    if total:
        parts = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in reversed(SEVERITIES) if counts[s])
        stream.write(f"\n{total} finding{'s' if total != 1 else ''} ({parts}) in {files} file{'s' if files != 1 else ''}\n")
    else:
        stream.write(f"No findings in {files} file{'s' if files != 1 else ''}.\n")


_WIDTH = 100


def _window(line: str, start: int, width: int) -> tuple[str, int]:
    """At most ``_WIDTH`` characters of a long line around the flagged span, and the span's column in them.

    Articles often keep a whole paragraph on one line; printing it all would bury the caret.
    """
    line = line.replace("\t", " ")
    if len(line) <= _WIDTH:
        return line, start
    left = max(0, min(start - 30, len(line) - _WIDTH))
    right = left + _WIDTH
    shown = line[left:right]
    col = start - left
    if left > 0:
        shown = "…" + shown[1:]
    if right < len(line):
        shown = shown[:-1] + "…"
    return shown, col
