"""JSON output: ``{"version": 1, "files": N, "findings": [...]}`` — a public contract; only ever add keys."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from factlint.reporters import all_findings

if TYPE_CHECKING:
    from factlint.kinds.rule import Rule
    from factlint.findings import FileResult


def write(results: "list[FileResult]", rules: "list[Rule]", stream: TextIO, color: bool = False) -> None:
    """Write every finding in the stable JSON shape."""
    data = {"version": 1, "files": len(results), "findings": [f.to_json() for f in all_findings(results)]}
    json.dump(data, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
