"""What the language server knows between requests, without the protocol: settings, rules and last results.

The rules and the knowledge base are loaded once per process (``engine.runner.rules_for`` and ``kb.loader``
cache them) and reused for every keystroke; only the document is parsed again.  Settings come from the
workspace's ``.factlint.yaml`` through the same resolver as ``check``, rebuilt when a configuration changes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.config import CONFIG_NAMES, ConfigError, SettingsResolver, check_names
from factlint.engine.loader import RuleError
from factlint.engine.runner import check_file, known_rules, rules_for

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.findings import Finding
    from factlint.kinds.rule import Rule

# The editor's language ids factlint reads, and the file name extension that picks the same reader.
LANGUAGES = {"markdown": ".md", "html": ".html", "plaintext": ".txt", "text": ".txt"}
CONFIG_FILES = (*CONFIG_NAMES, "pyproject.toml")


@dataclass
class Checked:
    """The last check of one open document: what the editor showed, and what problems stopped it."""

    version: int | None
    document: Document | None
    findings: list[Finding]
    errors: list[str]


class Workspace:
    """Settings per file, the loaded rules, and the last result of each open document (by URI)."""

    def __init__(self) -> None:
        self.resolver = SettingsResolver()
        self.results: dict[str, Checked] = {}
        self._lock = threading.Lock()  # checks run in a worker thread; a reload must not race one

    def reload(self) -> None:
        """Forget every configuration read, so the next check reads them again (a ``.factlint.yaml`` changed)."""
        with self._lock:
            self.resolver = SettingsResolver()

    def check(self, uri: str, path: str, text: str, version: int | None) -> Checked:
        """Check the editor's text of a document as if it were the file at ``path``, and remember the result."""
        with self._lock:
            try:
                settings = self.resolver.for_path(Path(path))
                check_names(settings, {r.id for r in known_rules(settings)})
                rules = rules_for(settings)
            except (ConfigError, RuleError) as exc:
                checked = Checked(version, None, [], [str(exc)])
            else:
                result = check_file(path, settings, rules, source=text)
                checked = Checked(version, result.document, result.findings, result.errors)
        self.results[uri] = checked
        return checked

    def rule(self, rule_id: str, path: str) -> Rule | None:
        """A loaded rule by id, under the settings of ``path`` (for a hover's explanation)."""
        try:
            settings = self.resolver.for_path(Path(path))
            return next((r for r in known_rules(settings) if r.id == rule_id), None)
        except (ConfigError, RuleError):
            return None

    def forget(self, uri: str) -> None:
        self.results.pop(uri, None)


def is_config(path: str) -> bool:
    """Whether a file is one a change to which may change the settings."""
    return Path(path).name in CONFIG_FILES


def checked_path(path: str | None, uri: str, language: str | None) -> str | None:
    """The file name to check a document as: its own when factlint reads its format, else one whose extension
    matches the editor's language (an untitled buffer); None for a document factlint does not read."""
    from factlint.document import FORMATS

    if path and Path(path).suffix.lower() in FORMATS:
        return path
    ext = LANGUAGES.get(language or "")
    if ext is None:
        return None
    base = path or uri.rsplit("/", 1)[-1] or "untitled"
    return f"{base}{ext}"
