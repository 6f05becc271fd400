"""The default, compiler-style output: ``path:line:col: severity [rule] message``, the line and a caret range."""

from __future__ import annotations

from collections import Counter
from typing import TextIO

_COLORS = {"error": "\x1b[31;1m", "warning": "\x1b[33;1m", "info": "\x1b[36;1m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def write(results, rules, stream: TextIO, color: bool = False) -> None:
    """Print each finding with its source line and a caret under the span, then a summary line."""
    counts: Counter[str] = Counter()
    for result in results:
        doc = result.document
        for f in result.findings:
            counts[f.severity] += 1
            sev = f"{_COLORS[f.severity]}{f.severity}{_RESET}" if color else f.severity
            loc = f"{f.path}:{f.line}:{f.column}:"
            loc = f"{_BOLD}{loc}{_RESET}" if color else loc
            stream.write(f"{loc} {sev} [{f.rule}] {f.message}\n")
            if doc is not None:
                line = doc.source_line(f.line)
                if line.strip():
                    width = (f.end_column - f.column) if f.end_line == f.line else len(line) - f.column + 1
                    caret = " " * (f.column - 1) + "^" * max(1, width)
                    stream.write(f"    {_expand(line)}\n    {_expand(caret)}\n")
            for r in f.related:
                note = f"{r.path}:{r.line}:{r.column}: note: {r.message}\n"
                stream.write(f"{_DIM}{note}{_RESET}" if color else note)
    total = sum(counts.values())
    files = len(results)
    if total:
        parts = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s])
        stream.write(f"\n{total} finding{'s' if total != 1 else ''} ({parts}) in {files} file{'s' if files != 1 else ''}\n")
    else:
        stream.write(f"No findings in {files} file{'s' if files != 1 else ''}.\n")


def _expand(text: str) -> str:
    """Tabs to single spaces, so the caret line lines up with the source line."""
    return text.replace("\t", " ")
