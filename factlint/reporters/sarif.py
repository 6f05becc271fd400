"""SARIF 2.1.0 output for code-scanning tools (GitHub code scanning, IDE viewers).

Rules appear under ``tool.driver.rules`` with their descriptions; a finding's related places become
``relatedLocations``, its suggestions ``fixes``.  Paths are written as relative URIs with forward slashes, as code scanning expects.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import TYPE_CHECKING, TextIO

from factlint import __version__
from factlint.reporters import all_findings

if TYPE_CHECKING:
    from factlint.kinds.rule import Rule
    from factlint.findings import FileResult, Suggestion

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return PurePath(path).as_posix()


def _location(path: str, line: int, col: int, end_line: int, end_col: int) -> dict:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(path)},
            "region": {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": max(end_col, 1)},
        }
    }


def _fix(path: str, x: "Suggestion") -> dict:
    """A suggestion as a SARIF fix: one replacement of the region in the finding's file."""
    region = _location(path, x.line, x.column, x.end_line, x.end_column)["physicalLocation"]["region"]
    return {
        "description": {"text": x.description},
        "artifactChanges": [{
            "artifactLocation": {"uri": _uri(path)},
            "replacements": [{"deletedRegion": region, "insertedContent": {"text": x.replacement}}],
        }],
    }


def write(results: "list[FileResult]", rules: "list[Rule]", stream: TextIO, color: bool = False) -> None:
    """Write one SARIF run with every loaded rule and every finding."""
    descriptors = []
    index: dict[str, int] = {}
    for rule in rules:
        index[rule.id] = len(descriptors)
        descriptors.append({
            "id": rule.id,
            "name": rule.id,
            "shortDescription": {"text": rule.description.split("\n")[0]},
            "fullDescription": {"text": rule.description},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
            "properties": {"category": rule.category, "kind": rule.kind},
        })
    findings = all_findings(results)
    sarif_results = []
    for f in findings:
        item = {
            "ruleId": f.rule,
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [_location(f.path, f.line, f.column, f.end_line, f.end_column)],
            "properties": {"category": f.category},
        }
        if f.rule in index:
            item["ruleIndex"] = index[f.rule]
        if f.related:
            item["relatedLocations"] = [
                {"id": i, **_location(r.path, r.line, r.column, r.end_line, r.end_column), "message": {"text": r.message}}
                for i, r in enumerate(f.related, 1)
            ]
        if f.suggestions:
            item["fixes"] = [_fix(f.path, x) for x in f.suggestions]
        sarif_results.append(item)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factlint",
                "version": __version__,
                "rules": descriptors,
            }},
            "results": sarif_results,
            "columnKind": "unicodeCodePoints",
        }],
    }
    json.dump(log, stream, indent=2, ensure_ascii=False)
    stream.write("\n")
