"""GitHub Actions workflow commands: one ``::error file=…,line=…::message`` annotation per finding."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from factlint.reporters import all_findings
from factlint.reporters.text import safe

if TYPE_CHECKING:
    from factlint.kinds.rule import Rule
    from factlint.findings import FileResult

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub requires (``%``, CR and LF), control characters made visible.

    The Actions log renders ANSI sequences, so an ESC from article text could restyle or hide log lines.
    """
    return safe(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """A workflow command's property value: the message escapes plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def write(results: "list[FileResult]", rules: "list[Rule]", stream: TextIO, color: bool = False) -> None:
    """Annotations GitHub shows on the pull request's changed files."""
    for f in all_findings(results):
        props = ",".join(
            f"{k}={escape_property(str(v))}"
            for k, v in (
                ("file", f.path), ("line", f.line), ("col", f.column), ("endLine", f.end_line),
                ("endColumn", f.end_column), ("title", f"factlint {f.rule}"),
            )
        )
        stream.write(f"::{_LEVEL[f.severity]} {props}::{escape_data(f.message)}\n")
