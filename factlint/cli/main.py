"""The ``factlint`` command line: check, archive, rules, explain, test, schema (and kb, registered below).

Exit codes: 0 no finding at or above ``fail-on``; 1 findings; 2 usage, configuration, rule-file or input errors.
Errors are one line on stderr naming the file (and line); the run goes on with the other files.
"""

from __future__ import annotations

import sys
from datetime import date

import click

from factlint import __version__
from factlint.config import ConfigError, check_names, resolve_settings
from factlint.engine.loader import RuleError
from factlint.findings import SEVERITIES

FORMATS = ("text", "json", "sarif", "github", "html")


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    items = tuple(v.strip() for value in values for v in value.split(",") if v.strip())
    return items or None


def _parse_date(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date in the form YYYY-MM-DD") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="factlint")
def main() -> None:
    """factlint: a fact-consistency linter for news articles."""


def _rule_options(command):
    """The options ``check`` and ``archive`` share: the publication date, which rules run, and what fails."""
    for option in reversed((
        click.option("--date", "pub_date", callback=_parse_date,
                     help="Publication date (YYYY-MM-DD), overriding the article's."),
        click.option("--fail-on", type=click.Choice(SEVERITIES), help="Lowest severity that makes the exit code 1."),
        click.option("--rules", "packs", multiple=True, type=click.Path(),
                     help="Extra rule pack (directory or file); repeatable."),
        click.option("--select", multiple=True, help="Only these rule ids or categories (comma-separated; repeatable)."),
        click.option("--ignore", multiple=True,
                     help="Switch off these rule ids or categories (comma-separated; repeatable)."),
    )):
        command = option(command)
    return command


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@_rule_options
@click.option("--config", "config_path", type=click.Path(), help="Use this configuration file for every checked file.")
@click.option("--locale", type=click.Choice(["US", "UK"], case_sensitive=False), help="House date order for 3/12/2023.")
@click.option("--stdin-filename", help="Name (and so format) of the article read from '-'.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when a terminal).")
@click.option("--output", "-o", type=click.Path(), help="Write the report to this file instead of stdout.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print notices (such as a missing publication date) or progress.")
@click.option("--diff", "diff_base", metavar="BASE", help="Report only findings on lines added or changed since git revision BASE.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline file.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Files checked in parallel (default: the number of cores; one for a small job).")
@click.option("--statistics", is_flag=True, help="After the findings, print counts per rule and category.")
@click.option("--no-exclude", is_flag=True, help="Check the files named here even when include/exclude would skip them.")
@click.option("--fix", is_flag=True, help="Apply the suggestions rules mark safe (Markdown and text files), then report the rest.")
@click.option("--dry-run", is_flag=True, help="With --fix: print the unified diff instead of writing (exit 1 if it is not empty).")
def check(paths, fmt, pub_date, fail_on, packs, select, ignore, config_path, locale, stdin_filename, color, output, quiet,
          diff_base, baseline, jobs, statistics, no_exclude, fix, dry_run):
    """Check articles (files or directories; '-' reads standard input)."""
    from factlint.run.check import CheckRequest, run_check

    if dry_run and not fix:
        raise click.UsageError("--dry-run goes with --fix")

    request = CheckRequest(
        paths=list(paths) or ["."], fmt=fmt, pub_date=pub_date, fail_on=fail_on, packs=tuple(packs),
        select=_split(select), ignore=_split(ignore), config_path=config_path,
        locale=locale.upper() if locale else None, stdin_filename=stdin_filename, color=color, output=output,
        quiet=quiet, diff_base=diff_base, baseline=baseline, jobs=jobs, statistics=statistics, no_exclude=no_exclude,
        fix=fix, dry_run=dry_run,
    )
    sys.exit(run_check(request))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--dask", "address", metavar="ADDRESS", help="Scheduler of a running Dask cluster (tcp://host:8786); default: a local cluster.")
@click.option("--workers", "-w", type=click.IntRange(min=1), help="Worker processes of the local cluster (default: the number of cores).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the JSON Lines records to this file instead of stdout.")
@click.option("--resume", is_flag=True, help="Append to --output, skipping files it records as done with the same versions.")
@_rule_options
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: the nearest to the working directory).")
@click.option("--locale", type=click.Choice(["US", "UK"], case_sensitive=False), help="House date order for 3/12/2023.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
def archive(paths, address, workers, output, resume, pub_date, fail_on, packs, select, ignore, config_path, locale,
            quiet):
    """Check an archive (folders, files or fsspec URLs such as s3://bucket/prefix) on a Dask cluster.

    Writes one JSON record per file as it is done, then a summary (docs/archive.md); needs factlint[dask].
    """
    try:
        from factlint.archive.run import ArchiveRequest, run_archive
    except ImportError as exc:
        _die(f"archive needs Dask: pip install 'factlint[dask]' ({exc})")
    if resume and (not output or output == "-"):
        _die("--resume needs --output FILE: the earlier run's records say what is done")
    request = ArchiveRequest(
        paths=list(paths), address=address, workers=workers, output=output, resume=resume, pub_date=pub_date,
        fail_on=fail_on, packs=tuple(packs), select=_split(select), ignore=_split(ignore), config_path=config_path,
        locale=locale.upper() if locale else None, quiet=quiet,
    )
    try:
        sys.exit(run_archive(request))
    except (ConfigError, RuleError) as exc:
        _die(str(exc))


@main.group()
def baseline() -> None:
    """Record today's findings so that 'check --baseline' reports only new ones."""


@baseline.command("create")
@click.argument("file", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--date", "pub_date", callback=_parse_date, help="Publication date (YYYY-MM-DD), overriding the article's.")
@click.option("--rules", "packs", multiple=True, type=click.Path(), help="Extra rule pack (directory or file); repeatable.")
@click.option("--select", multiple=True, help="Only these rule ids or categories (comma-separated; repeatable).")
@click.option("--ignore", multiple=True, help="Switch off these rule ids or categories (comma-separated; repeatable).")
@click.option("--config", "config_path", type=click.Path(), help="Use this configuration file for every checked file.")
@click.option("--locale", type=click.Choice(["US", "UK"], case_sensitive=False), help="House date order for 3/12/2023.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Files checked in parallel (default: the number of cores; one for a small job).")
@click.option("--quiet", "-q", is_flag=True, help="Do not print notices or progress.")
def baseline_create(file, paths, pub_date, packs, select, ignore, config_path, locale, jobs, quiet):
    """Check PATHS (default: .) and record every finding in FILE (JSON; commit it beside the articles)."""
    from factlint.run.check import CheckRequest, create_baseline

    request = CheckRequest(
        paths=list(paths) or ["."], pub_date=pub_date, packs=tuple(packs), select=_split(select),
        ignore=_split(ignore), config_path=config_path, locale=locale.upper() if locale else None, jobs=jobs,
        quiet=quiet,
    )
    sys.exit(create_baseline(request, file))


def _settings_and_rules(config_path: str | None, packs: tuple[str, ...] = ()):
    """Settings from the given (or nearest) config, and every rule they know of; errors exit with code 2."""
    from factlint.engine.runner import known_rules

    try:
        settings = resolve_settings(config_path=config_path)
        return settings, known_rules(settings, packs)
    except (ConfigError, RuleError) as exc:
        _die(str(exc))


def _die(message: str) -> None:
    for line in message.splitlines():
        click.echo(f"factlint: {line}", err=True)
    sys.exit(2)


@main.command("rules")
@click.option("--rules", "packs", multiple=True, type=click.Path(), help="Extra rule pack to include.")
@click.option("--config", "config_path", type=click.Path(), help="Configuration file.")
@click.option("--all", "show_all", is_flag=True, help="Also list rules switched off by configuration.")
@click.option("--markdown", is_flag=True, help="Print the full rule reference as Markdown (docs/rules.md).")
def list_rules(packs, config_path, show_all, markdown):
    """List the rules: id, kind, category, severity and description."""
    settings, rules = _settings_and_rules(config_path, tuple(packs))
    if markdown:
        from factlint.engine.ruledocs import rules_markdown

        click.echo(rules_markdown(rules), nl=False)
        return
    rows = []
    for r in rules:
        on = settings.rule_enabled(r.id, r.category, r.enabled)
        if on or show_all:
            sev = settings.severity_for(r.id, r.category, r.severity)
            rows.append((r.id, r.kind, r.category, sev, _first_sentence(r.description) + ("" if on else " [off]")))
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(("RULE", "KIND", "CATEGORY", "SEVERITY"))]
    click.echo("  ".join(h.ljust(w) for h, w in zip(("RULE", "KIND", "CATEGORY", "SEVERITY"), widths)) + "  DESCRIPTION")
    for row in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row[:4], widths)) + "  " + row[4])


@main.command()
@click.argument("rule_id")
@click.option("--rules", "packs", multiple=True, type=click.Path(), help="Extra rule pack to include.")
def explain(rule_id, packs):
    """Print a rule's documentation, its parameters and examples."""
    _, rules = _settings_and_rules(None, tuple(packs))
    rule = next((r for r in rules if r.id == rule_id), None)
    if rule is None:
        from difflib import get_close_matches

        close = get_close_matches(rule_id, [r.id for r in rules], n=1)
        _die(f"no rule '{rule_id}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
    click.echo(f"{rule.id}  ({rule.category}, {rule.severity}, kind: {rule.kind})")
    click.echo(f"defined in {rule.path}:{rule.line}\n" if rule.path else "built in: no rule file defines it\n")
    import textwrap

    click.echo(textwrap.fill(rule.description, width=100) + "\n")
    click.echo(f"Message: {rule.message}")
    if rule.params:
        click.echo("\nParameters:")
        for key, value in rule.params.items():
            click.echo(f"  {key}: {_as_written(value)}")
    if rule.examples:
        click.echo("\nExamples:")
        for ex in rule.examples:
            mark = "fires " if ex.fires else "passes"
            when = f" (published {ex.date})" if ex.date else ""
            click.echo(f"  {mark}: {ex.text}{when}")
    doc = (rule.check.__doc__ or "").strip() if rule.check is not None else ""
    if doc:
        import inspect

        click.echo(f"\nAbout the '{rule.kind}' kind:\n" + inspect.cleandoc(doc))


@main.command("test")
@click.argument("packs", nargs=-1, type=click.Path())
@click.option("--fixtures", "fixture_dirs", multiple=True, type=click.Path(), help="Fixture directory (default: beside the pack).")
def test_rules(packs, fixture_dirs):
    """Run rule tests: annotated fixtures and every rule's examples."""
    from factlint.run.ruletest import run_rule_tests

    try:
        failures, summary = run_rule_tests(list(packs), list(fixture_dirs))
    except (ConfigError, RuleError) as exc:
        _die(str(exc))
    for line in failures:
        click.echo(line)
    click.echo(summary)
    sys.exit(1 if failures else 0)


@main.command("config")
@click.argument("path", required=False, type=click.Path())
@click.option("--config", "config_path", type=click.Path(), help="Show this configuration file instead of the nearest.")
def show_config(path, config_path):
    """Print the configuration that applies to PATH (default: .) and the file and line each value comes from."""
    from pathlib import Path

    from factlint.config import FIELDS

    try:
        settings = resolve_settings(Path(path or "."), config_path=config_path)
    except ConfigError as exc:
        _die(str(exc))
    origins = dict(settings.origins)
    click.echo(f"# configuration for {path or '.'}" + ("" if settings.path else " (no configuration file: defaults)"))
    for key, name in FIELDS.items():
        value = getattr(settings, name)
        if name in ("severity", "serve"):  # mappings, kept as pairs
            shown = ", ".join(f"{k}: {list(v) if isinstance(v, tuple) else v}" for k, v in value)
        else:
            shown = ", ".join(value) if isinstance(value, tuple) else value
        click.echo(f"{key}: {'[' + shown + ']' if isinstance(value, tuple) else shown or 'none'}"
                   f"  # {origins.get(name, 'default')}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: the nearest).")
@click.option("--cors-origin", "cors_origins", multiple=True, help="Origin a browser may call from; repeatable.")
@click.option("--token-env", help="Environment variable holding the bearer token requests must carry.")
@click.option("--max-bytes", type=click.IntRange(min=1), help="Largest request body taken.")
@click.option("--timeout", type=click.FloatRange(min=0.01), help="Seconds one check may run before a 503.")
@click.option("--concurrency", type=click.IntRange(min=1), help="Checks run at once (one worker process each).")
def serve(host, port, config_path, cors_origins, token_env, max_bytes, timeout, concurrency):
    """Serve the checks over HTTP (POST /v1/check) and a paste-and-check page at /."""
    try:
        import uvicorn

        from factlint.serve.app import create_app
    except ImportError as exc:
        _die(f"'serve' needs the serve extra: pip install 'factlint[serve]' ({exc})")
    from factlint.serve.options import resolve_options

    settings, rules = _settings_and_rules(config_path)
    try:
        check_names(settings, {r.id for r in rules})
        options = resolve_options(settings, {"cors-origins": cors_origins, "token-env": token_env,
                                             "max-bytes": max_bytes, "timeout": timeout, "concurrency": concurrency})
    except ConfigError as exc:
        _die(str(exc))
    click.echo(f"factlint serve: listening on http://{host}:{port}/ (the page), POST /v1/check (the API)", err=True)
    uvicorn.run(create_app(options, settings), host=host, port=port, log_level="warning",
                limit_concurrency=options.concurrency + options.queue + 16)


@main.command()
def schema():
    """Print the JSON Schema of rule files (for editors that validate YAML)."""
    import json

    from factlint.engine.schema import rule_file_schema

    click.echo(json.dumps(rule_file_schema(), indent=2))


@main.command()
def lsp():
    """Run the language server on standard input and output (for editors; needs the 'lsp' extra)."""
    try:
        from factlint.lsp.server import serve
    except ImportError as exc:
        _die(f"the language server needs pygls: pip install 'factlint[lsp]' ({exc})")
    serve()


def _as_written(value: object) -> str:
    """A parameter as the rule file writes it: a regex keeps single backslashes (``repr`` would double them)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "[" + ", ".join(_as_written(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_as_written(v)}" for k, v in value.items()) + "}"
    return "null" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def _first_sentence(text: str) -> str:
    """The first sentence of a description, for one-line listings.

    A full stop inside brackets or quotation marks ("on Nov. 3", "(… . X of them)") or before a lower-case word
    ends no sentence, so the listing does not stop mid-example.
    """
    head = text.strip().split("\n")[0]
    depth = quotes = 0
    for i, ch in enumerate(head):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in '"\u201c\u201d':
            quotes += 1
        elif (ch == "." and not depth and quotes % 2 == 0 and head[i + 1: i + 2] == " "
              and head[i + 1:].lstrip()[:1].isupper()):
            return head[: i + 1]
    return head


from factlint.cli.kb import kb as _kb_group  # noqa: E402  (the `factlint kb …` commands)

main.add_command(_kb_group)
