"""factlint's Python API: check texts and files from a program (a Spark or Dask job, a CMS hook, a notebook).

A small facade that stays put while the engine's modules move: a ``Checker`` resolves the configuration and
loads the rule packs once (and the knowledge base on first need, then from the per-process cache), so a job
builds one per worker or partition and checks any number of articles with it.  Everything it returns pickles
and its findings have the JSON shape of ``factlint check --format json`` (``Finding.to_json``).

    from factlint.api import Checker
    checker = Checker()                      # the nearest .factlint.yaml of the working directory, if any
    result = checker.check_text("…", path="story.md", date=date(2024, 3, 1))
    [f.to_json() for f in result.findings]
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from factlint.config import Settings, check_names, resolve_settings
from factlint.document import SourceError, decode_source, load_document
from factlint.engine.runner import check_document, check_file, known_rules, rules_for
from factlint.findings import FileResult, Finding

__all__ = ["Checker", "FileResult", "Finding"]


class Checker:
    """Settings and rules resolved once; ``check_*`` methods then cost only the checking.

    ``config`` names a configuration file (default: the nearest one above the working directory);
    ``select``/``ignore``/``locale`` override it as the command line's options do, ``packs`` adds rule packs,
    and ``date`` replaces every article's own publication date, as ``--date`` does.  Raises ``ConfigError`` or ``RuleError`` for a configuration or rule pack that is wrong.
    """

    def __init__(self, config: str | None = None, *, select: Iterable[str] | None = None,
                 ignore: Iterable[str] | None = None, locale: str | None = None, packs: Iterable[str] = (),
                 date: date | None = None):
        self.settings: Settings = resolve_settings(
            config_path=config, select=tuple(select) if select is not None else None,
            ignore=tuple(ignore) if ignore is not None else None, locale=locale,
        )
        self.packs = tuple(str(p) for p in packs)
        self.date = date
        check_names(self.settings, {rule.id for rule in known_rules(self.settings, self.packs)})
        self.rules = rules_for(self.settings, self.packs)

    @classmethod
    def from_settings(cls, settings: Settings, packs: tuple[str, ...] = (), date: date | None = None) -> "Checker":
        """A checker for settings already resolved (and checked) elsewhere, such as a Dask client's."""
        checker = cls.__new__(cls)
        checker.settings, checker.packs, checker.date = settings, packs, date
        checker.rules = rules_for(settings, packs)
        return checker

    def check_text(self, text: str, path: str = "<text>", format: str | None = None,
                   date: date | None = None) -> FileResult:
        """Check an article's text; ``path`` is the name shown in findings and, with no ``format``
        (markdown, html or text), the extension that picks the reader."""
        doc = load_document(path, text, pub_date=date or self.date, fmt=format)
        result = FileResult(path, document=doc)
        result.findings, result.errors, result.notices = check_document(doc, self.settings, self.rules)
        return result

    def check_bytes(self, data: bytes, path: str, date: date | None = None) -> FileResult:
        """Check a file's bytes read from anywhere (an object store, a database); a binary or non-UTF-8 file
        gives a result with one error instead of findings, as ``factlint check`` reports it."""
        try:
            text = decode_source(path, data)
        except SourceError as exc:
            return FileResult(path, errors=[str(exc)])
        return self.check_text(text, path, date=date)

    def check_file(self, path: str | Path) -> FileResult:
        """Check one local file; an unreadable one gives a result with an error, never an exception."""
        return check_file(str(path), self.settings, self.rules, self.date)

    def check_files(self, paths: Iterable[str | Path]) -> Iterator[FileResult]:
        """Check local files one by one, lazily (a partition of millions streams through)."""
        for path in paths:
            yield self.check_file(path)
