"""Findings: what a check reports, in source coordinates, ready for any reporter.

This is the one result model: the engine produces it, ``kb lint`` produces it, and reporters, baselines and
statistics read it, so none of them needs to know who found what.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from factlint.document.model import Document

SEVERITIES = ("info", "warning", "error")
CATEGORIES = ("numbers", "dates", "people", "entities", "style")


def severity_rank(severity: str) -> int:
    """Order of severities, so ``fail-on`` can compare them."""
    return SEVERITIES.index(severity)


class Location(NamedTuple):
    """A place in a source file: 1-based lines and columns, end exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str = ""


class Suggestion(NamedTuple):
    """A replacement a check proposes for a source range (1-based, end exclusive).

    ``safe`` marks a replacement that cannot change what the article says (a doubled word removed), the only
    kind ``check --fix`` applies unasked; the others are choices an editor confirms (a code action, a click).
    """

    replacement: str
    line: int
    column: int
    end_line: int
    end_column: int
    description: str
    safe: bool = False

    def to_json(self) -> dict:
        return {
            "replacement": self.replacement, "line": self.line, "column": self.column, "end_line": self.end_line,
            "end_column": self.end_column, "description": self.description, "safe": self.safe,
        }


class Finding(NamedTuple):
    """One problem found in one file.  ``related`` lists the other places the message compares with;
    ``suggestions`` the replacements the check knows, best first."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    category: str
    severity: str
    message: str
    related: tuple[Location, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule, self.message)

    def __str__(self) -> str:
        """The one-line form every text listing starts a finding with: ``path:line:col: severity [rule] message``."""
        return f"{self.path}:{self.line}:{self.column}: {self.severity} [{self.rule}] {self.message}"

    def to_json(self) -> dict:
        """The public JSON shape of a finding (a stable contract: only ever add keys).

        ``suggestions`` is present only on findings that have some, so output without any is unchanged.
        """
        data = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "related": [
                {
                    "path": r.path,
                    "line": r.line,
                    "column": r.column,
                    "end_line": r.end_line,
                    "end_column": r.end_column,
                    "message": r.message,
                }
                for r in self.related
            ],
        }
        if self.suggestions:
            data["suggestions"] = [x.to_json() for x in self.suggestions]
        return data


@dataclass
class FileResult:
    """What checking one file produced: findings, and at most one error or notice line each for the user.

    ``document`` is the parsed article when there is one (reporters show the text around findings); files that
    are not articles, such as knowledge-base YAML, leave it None.
    """

    path: str
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    document: Document | None = None
