"""The ``check`` command's work: settings per file, rules per settings, findings, filters, report, exit code.

``collect`` does everything but the report so that other front ends (the GitHub Action, ``baseline create``)
check once and write what they need; ``run_check`` is the command line's whole run.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from factlint.config import ConfigError, Settings, SettingsResolver, check_names
from factlint.run.discover import iter_files, selected
from factlint.engine.loader import RuleError
from factlint.kinds.rule import Rule
from factlint.engine.runner import known_rules
from factlint.errors import BaselineError, GitError, OutputError
from factlint.findings import FileResult, Finding, severity_rank

if TYPE_CHECKING:
    from factlint.run.gitdiff import ChangedLines

MACHINE_FORMATS = ("json", "sarif", "html")  # documents a reader parses: nothing else may share their stream


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
    diff_base: str | None = None
    baseline: str | None = None
    jobs: int | None = None
    statistics: bool = False
    no_exclude: bool = False  # check named files even when include/exclude would skip them
    fix: bool = False  # apply the suggestions rules mark safe, then report what is left
    dry_run: bool = False  # with fix: print the unified diff instead of writing


@dataclass
class CheckOutcome:
    """What a run found, after the ``--diff`` and ``--baseline`` filters."""

    results: list[FileResult]
    rules: list[Rule]
    errors: bool = False
    failing: bool = False
    hidden_by_baseline: int = 0

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if self.failing else 0


class _Settings:
    """Settings per path from the one resolver, each distinct one checked once against the rules it loads."""

    def __init__(self, request: CheckRequest):
        r = request
        self.resolver = SettingsResolver(r.config_path, select=r.select, ignore=r.ignore, fail_on=r.fail_on,
                                         locale=r.locale)
        self.packs = r.packs
        self.checked: set[int] = set()

    def for_path(self, path: Path) -> Settings:
        settings = self.resolver.for_path(path)
        if id(settings) not in self.checked:  # the resolver hands out one object per configuration
            check_names(settings, {rule.id for rule in known_rules(settings, self.packs)})
            self.checked.add(id(settings))
        return settings


@dataclass(frozen=True)
class _Target:
    path: str
    source: str | None  # the text already read (standard input), else None
    shown: str
    explicit: bool  # named by the user rather than found in a directory


def collect(request: CheckRequest) -> CheckOutcome:
    """Check every file and apply the filters; errors and notices go to stderr as they are found.

    Raises ``ConfigError``, ``RuleError``, ``GitError`` or ``BaselineError`` for problems that stop the run.
    """
    from factlint.run.parallel import Progress, Task, check_all, want_progress

    cache = _Settings(request)
    targets = _targets(request, cache)
    accepted = None
    if request.baseline:
        from factlint.run.baseline import load

        accepted = load(request.baseline)  # a bad baseline file stops the run before any work
    changed = None
    if request.diff_base:
        from factlint.run.gitdiff import changed_lines

        files = [t for t in targets if t.source is None]
        changed = changed_lines(request.diff_base, [t.path for t in files], {t.path for t in files if t.explicit})
        kept = [t for t in targets if t.source is not None or changed.has_changes(t.path)]
        targets = kept
    tasks = []
    used: list[Settings] = []
    for t in targets:
        settings = cache.for_path(Path(t.shown if t.source is not None else t.path))
        if settings not in used:
            used.append(settings)
        tasks.append(Task(t.path, settings, request.packs, request.pub_date, t.source, t.shown))
    progress = Progress(len(tasks), sys.stderr) if want_progress(len(tasks), request.quiet) else None
    results = check_all(tasks, request.jobs, progress)
    errors = False
    said: set[str] = set()  # a note about the run (a missing optional package) comes from every file it touched
    for result in results:
        for line in result.errors:
            print(f"factlint: {line}", file=sys.stderr)
            errors = True
        if not request.quiet:
            for line in result.notices:
                if line not in said:
                    said.add(line)
                    print(f"factlint: note: {line}", file=sys.stderr)
    if changed is not None:
        stdin_names = {t.shown for t in targets if t.source is not None}
        for result in results:
            if result.path not in stdin_names:  # standard input has no history: all of it is new
                result.findings = [f for f in result.findings if _touches(changed, f)]
    hidden = 0
    if accepted is not None:
        from factlint.run.baseline import filter_new

        hidden = filter_new(results, request.baseline, accepted)
    settings_for_report = used[0] if used else cache.for_path(Path.cwd())
    rules = known_rules(settings_for_report, request.packs)
    failing = any(
        severity_rank(f.severity) >= severity_rank(cache.for_path(Path(r.path)).fail_on)
        for r in results for f in r.findings
    )
    return CheckOutcome(results, rules, errors, failing, hidden)


def _touches(changed: ChangedLines, finding: Finding) -> bool:
    """A finding is new when its own place, or a place it compares with, is on a changed line."""
    if changed.touches(finding.path, finding.line, finding.end_line):
        return True
    return any(changed.touches(r.path, r.line, r.end_line) for r in finding.related)


def _collect_or_say_why(request: CheckRequest) -> "CheckOutcome | None":
    """``collect``, with a configuration, rule, git or baseline error printed as its one-line messages."""
    try:
        return collect(request)
    except (ConfigError, RuleError, GitError, BaselineError) as exc:
        for line in str(exc).splitlines():
            print(f"factlint: {line}", file=sys.stderr)
        return None


def run_check(request: CheckRequest) -> int:
    """Check every file, write the report (and statistics), and return the exit code."""
    if request.output and not _output_ok(request.output, request.paths):
        return 2
    outcome = _collect_or_say_why(request)
    if outcome is None:
        return 2
    if request.fix:
        from factlint.run.fix import fix_results

        stdin = {request.stdin_filename or "<stdin>"} if "-" in request.paths else set()
        changed = fix_results(outcome.results, stdin, request.dry_run, sys.stdout, sys.stderr)
        if request.dry_run:
            return 1 if changed else 0
        if changed:  # report what is left, where it now stands
            outcome = _collect_or_say_why(request)
            if outcome is None:
                return 2
    try:
        _write_report(request, outcome.results, outcome.rules)
    except OutputError as exc:
        print(f"factlint: {exc}", file=sys.stderr)
        return 2
    if request.statistics:
        from factlint.run.statistics import write_statistics

        to_stdout = request.output or request.fmt not in MACHINE_FORMATS
        write_statistics(outcome.results, sys.stdout if to_stdout else sys.stderr)
    if outcome.hidden_by_baseline and not request.quiet:
        n = outcome.hidden_by_baseline
        print(f"factlint: note: {n} finding{'s' if n != 1 else ''} recorded in the baseline not shown", file=sys.stderr)
    return outcome.exit_code


def create_baseline(request: CheckRequest, baseline_file: str) -> int:
    """``factlint baseline create``: check, then record every finding in ``baseline_file``."""
    from factlint.run.baseline import create

    if not _output_ok(baseline_file, request.paths):
        return 2
    outcome = _collect_or_say_why(request)
    if outcome is None:
        return 2
    if outcome.errors:
        print(f"factlint: {baseline_file} not written: some files could not be checked", file=sys.stderr)
        return 2
    try:
        total, entries = create(outcome.results, baseline_file)
    except OutputError as exc:
        print(f"factlint: {exc}", file=sys.stderr)
        return 2
    files = len(outcome.results)
    print(f"Recorded {total} finding{'s' if total != 1 else ''} ({entries} distinct) from "
          f"{files} file{'s' if files != 1 else ''} in {baseline_file}")
    return 0


def _output_ok(path: str, inputs: list[str]) -> bool:
    """Whether ``path`` may take the run's output (checked before any work); says why not on stderr."""
    from factlint.support.output import check_output

    try:
        check_output(path, [p for p in inputs if p != "-"])
    except OutputError as exc:
        print(f"factlint: {exc}", file=sys.stderr)
        return False
    return True


def _targets(request: CheckRequest, cache: _Settings) -> list[_Target]:
    """Every file to check, in a stable order; stdin is read once."""
    out, skipped = [], []
    for given in request.paths:
        if given == "-":
            shown = request.stdin_filename or "<stdin>"
            out.append(_Target(shown, sys.stdin.read(), shown, True))
            continue
        p = Path(given)
        settings = cache.for_path(p)
        explicit = not p.is_dir()
        if explicit and not request.no_exclude and p.is_file():
            base = Path(settings.path).parent if settings.path else Path.cwd()
            if not selected(given, settings.include, settings.exclude, base):
                skipped.append(given)
                continue
        unreadable: list[str] = []
        for path in iter_files([given], settings.include, settings.exclude, unreadable):
            out.append(_Target(path, None, path, explicit))
        for line in unreadable:
            print(f"factlint: note: {line}", file=sys.stderr)
    if skipped and not request.quiet:
        shown = ", ".join(skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")
        print(f"factlint: note: not checked, by the configuration's include/exclude: {shown} "
              "(--no-exclude checks them)", file=sys.stderr)
    return out


def _write_report(request: CheckRequest, results: list[FileResult], rules: list[Rule]) -> None:
    from factlint.reporters import get_reporter

    write = get_reporter(request.fmt)
    if request.output:
        import io

        from factlint.support.output import write_output

        buffer = io.StringIO()
        write(results, rules, buffer, color=False)
        write_output(request.output, buffer.getvalue(), [r.path for r in results])
        return
    # Colour on a terminal unless told otherwise; NO_COLOR (https://no-color.org) is the usual way to say so.
    auto = sys.stdout.isatty() and request.fmt == "text" and not os.environ.get("NO_COLOR")
    color = request.color if request.color is not None else auto
    write(results, rules, sys.stdout, color=color)
