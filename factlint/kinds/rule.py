"""A rule as loaded from YAML: common keys, the kind's parameters, and where it was defined."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factlint.kinds.base import CheckKind

COMMON_KEYS = {
    "id": "kebab-case identifier, unique across all loaded packs",
    "kind": "the check kind that executes the rule",
    "category": "one of numbers, dates, people, entities, style",
    "severity": "error, warning or info",
    "message": "template of the finding's message; {name} is replaced by a value the kind provides",
    "description": "what the rule catches and why, shown by `factlint explain`",
    "scope": "sentence, paragraph or document: how far apart compared facts may stand",
    "enabled": "false to ship a rule switched off",
    "examples": "list of {text, fires, date}: example sentences, checked by `factlint test`",
}
SCOPES = ("sentence", "paragraph", "document")


@dataclass
class Example:
    """An example from a rule's documentation, also run as a test."""

    text: str
    fires: bool
    date: str | None = None


@dataclass
class Rule:
    """A validated rule.  ``params`` holds the kind's own keys with defaults filled in."""

    id: str
    kind: str
    category: str
    severity: str
    message: str
    description: str
    scope: str = "sentence"
    enabled: bool = True
    examples: list[Example] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    line: int = 0
    check: CheckKind | None = None  # the kind instance executing this rule, set by the loader
