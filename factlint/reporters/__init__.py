"""Reporters turn checked files into output; each format lives in its own module.

A reporter is ``write(results, rules, stream, color=False)``; the registry maps ``--format`` names to them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from factlint.findings import FileResult, Finding

REPORTERS: dict[str, str] = {
    "text": "factlint.reporters.text:write",
    "json": "factlint.reporters.json_format:write",
    "sarif": "factlint.reporters.sarif:write",
    "github": "factlint.reporters.github:write",
    "html": "factlint.reporters.html:write",
}


def get_reporter(name: str) -> Callable:
    """The ``write`` function of a format."""
    module, _, attr = REPORTERS[name].partition(":")
    return getattr(importlib.import_module(module), attr)


def all_findings(results: "list[FileResult]") -> "list[Finding]":
    """Every finding of every result, in file order."""
    return [f for r in results for f in r.findings]
