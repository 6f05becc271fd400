"""The ``check`` command's work: settings per file, rules per settings, findings, report, exit code."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factlint.config import ConfigError, Settings, check_names, find_config, load_settings, with_overrides
from factlint.discover import iter_files
from factlint.engine.loader import RuleError
from factlint.engine.runner import FileResult, check_file, rules_for
from factlint.findings import severity_rank


@dataclass
class CheckRequest:
    """Everything the command line said about one ``check`` run."""

    paths: list[str]
    fmt: str = "text"
    pub_date: date | None = None
    fail_on: str | None = None
    packs: tuple[str, ...] = ()
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    config_path: str | None = None
    locale: str | None = None
    stdin_filename: str | None = None
    color: bool | None = None
    output: str | None = None
    quiet: bool = False


class _SettingsCache:
    """One ``Settings`` per configuration file, found by walking up from each file (or fixed by --config)."""

    def __init__(self, request: CheckRequest):
        self.request = request
        self.by_config: dict[str | None, Settings] = {}
        self.by_dir: dict[Path, Settings] = {}

    def for_path(self, path: Path) -> Settings:
        folder = path.parent if not path.is_dir() else path
        folder = folder.resolve()
        if folder not in self.by_dir:
            if self.request.config_path:
                config = Path(self.request.config_path)
                if not config.is_file():
                    raise ConfigError(f"{config}: configuration file not found")
            else:
                config = find_config(folder)
            key = str(config) if config else None
            if key not in self.by_config:
                r = self.request
                settings = with_overrides(
                    load_settings(config), select=r.select, ignore=r.ignore, fail_on=r.fail_on, locale=r.locale
                )
                check_names(settings, {rule.id for rule in rules_for(settings, r.packs)})
                self.by_config[key] = settings
            self.by_dir[folder] = self.by_config[key]
        return self.by_dir[folder]


def run_check(request: CheckRequest) -> int:
    """Check every file, write the report, and return the exit code."""
    cache = _SettingsCache(request)
    results: list[FileResult] = []
    errors = False
    try:
        targets = _targets(request, cache)
        used: list[Settings] = []
        for path, source, shown in targets:
            settings = cache.for_path(Path(shown if source is not None else path))
            if settings not in used:
                used.append(settings)
            rules = rules_for(settings, request.packs)
            result = check_file(path, settings, rules, request.pub_date, source=source, display_path=shown)
            results.append(result)
            for line in result.errors:
                print(f"factlint: {line}", file=sys.stderr)
                errors = True
            if not request.quiet:
                for line in result.notices:
                    print(f"factlint: note: {line}", file=sys.stderr)
    except (ConfigError, RuleError) as exc:
        for line in str(exc).splitlines():
            print(f"factlint: {line}", file=sys.stderr)
        return 2
    settings_for_report = used[0] if used else cache.for_path(Path.cwd())
    rules = rules_for(settings_for_report, request.packs)
    _write_report(request, results, rules)
    failing = any(
        severity_rank(f.severity) >= severity_rank(cache.for_path(Path(r.path)).fail_on)
        for r in results for f in r.findings
    )
    if errors:
        return 2
    return 1 if failing else 0


def _targets(request: CheckRequest, cache: _SettingsCache):
    """(path, source or None, shown path) for every file to check; stdin is read once."""
    out = []
    for given in request.paths:
        if given == "-":
            shown = request.stdin_filename or "<stdin>"
            out.append((shown, sys.stdin.read(), shown))
            continue
        p = Path(given)
        settings = cache.for_path(p)
        for path in iter_files([given], settings.include, settings.exclude):
            out.append((path, None, path))
    return out


def _write_report(request: CheckRequest, results: list[FileResult], rules) -> None:
    from factlint.reporters import get_reporter

    write = get_reporter(request.fmt)
    if request.output:
        with open(request.output, "w", encoding="utf-8") as fh:
            write(results, rules, fh, color=False)
        return
    color = request.color if request.color is not None else (sys.stdout.isatty() and request.fmt == "text")
    write(results, rules, sys.stdout, color=color)
