"""The ``factlint kb`` command group: lint, import and query the knowledge base.

Exit codes follow the main CLI: 0 clean, 1 problems found (``lint``) or nothing found (``who``), 2 when a file
cannot be read.
"""

from __future__ import annotations

import sys
from datetime import date

import click

LINT_FORMATS = ("text", "json", "sarif")  # a KB file has no prose to show, so no HTML report
_KB_OPTION = click.option(
    "-k", "--kb", "kb_files", multiple=True, type=click.Path(dir_okay=False),
    help="Extra KB file, read after the shipped ones and the configuration's (repeatable; later files override "
    "earlier ids).",
)


def _fail(message: str) -> None:
    click.echo(f"factlint: {message}", err=True)
    sys.exit(2)


def _config_kb_files() -> list[str]:
    """The ``kb`` files of the nearest configuration, so ``kb who`` answers as ``check`` would."""
    from factlint.config import ConfigError, resolve_settings

    try:
        return list(resolve_settings().kb_files)
    except ConfigError as exc:
        _fail(str(exc))
        return []


def _load(kb_files: tuple[str, ...]):
    from factlint.kb.loader import KBError, load_kb

    try:
        return load_kb(_config_kb_files() + list(kb_files))
    except KBError as exc:
        _fail(str(exc))


def _write(text: str, output: str | None) -> None:
    if output:
        from factlint.errors import OutputError
        from factlint.support.output import write_output

        try:
            write_output(output, text)
        except OutputError as exc:
            _fail(str(exc))
    else:
        click.echo(text, nl=False)


@click.group("kb")
def kb() -> None:
    """Work with the knowledge base of people, offices and entity names."""


@kb.command("lint")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(LINT_FORMATS), default="text", show_default=True,
              help="Output format (the same reporters as 'factlint check').")
def lint_cmd(files: tuple[str, ...], fmt: str) -> None:
    """Check KB FILES (default: the shipped KB) for overlapping terms, impossible dates, missing sources and
    unknown ids."""
    from factlint.kb.lint import lint_results
    from factlint.kb.loader import KBError
    from factlint.reporters import all_findings, get_reporter

    try:
        results = lint_results(list(files))
    except KBError as exc:
        _fail(str(exc))
    if fmt == "text" and not all_findings(results):
        from factlint.kb.loader import parse_file
        from factlint.support.resources import shipped_kb_files

        parsed = [parse_file(p) for p in (files or shipped_kb_files())]
        people = sum(len(pf.people) for pf in parsed)
        terms = sum(len(role_lines) for pf in parsed for _, _, role_lines in pf.people)
        click.echo(f"{people} people, {terms} terms in {len(parsed)} file{'s' if len(parsed) != 1 else ''}: no problems")
        return
    get_reporter(fmt)(results, [], sys.stdout)
    if any(f.severity == "error" for f in all_findings(results)):
        sys.exit(1)


@kb.group("import")
def import_group() -> None:
    """Turn external data (a Wikidata query result, a CSV) into KB YAML."""


@import_group.command("wikidata")
@click.argument("results", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the YAML here instead of stdout.")
@_KB_OPTION
def import_wikidata_cmd(results: str, output: str | None, kb_files: tuple[str, ...]) -> None:
    """Convert a SPARQL JSON result (see docs/kb.md for the query) into KB YAML.

    Positions whose Q-id a KB office already names (its ``wikidata`` key) are mapped to that office."""
    from factlint.kb.importers.common import KBImportError, to_yaml
    from factlint.kb.importers.wikidata import import_wikidata, load_results

    known = {o.wikidata: o.id for o in _load(kb_files).offices.values() if o.wikidata}
    try:
        records = import_wikidata(load_results(results), known)
    except KBImportError as exc:
        _fail(f"{results}: {exc}" if not str(exc).startswith(results) else str(exc))
    _write(to_yaml(records, f"Imported from Wikidata ({results}) by factlint kb import wikidata."), output)


@import_group.command("leaders")
@click.option("--archigos", required=True, type=click.Path(dir_okay=False), help="Archigos 4.1 CSV (archigos.csv).")
@click.option("--plad", required=True, type=click.Path(dir_okay=False), help="PLAD CSV (PLAD.csv), for ends after 2015.")
@click.option("--mapping", "mappings", required=True, multiple=True, type=click.Path(dir_okay=False),
              help="Countries' offices by period (tools/kb/leader_offices*.yaml); repeat for each regional file.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the YAML here instead of stdout.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False), help="Write the full report here.")
@_KB_OPTION
def import_leaders_cmd(archigos: str, plad: str, mappings: tuple[str, ...], output: str | None,
                       report_path: str | None, kb_files: tuple[str, ...]) -> None:
    """Heads of state and government from Archigos and PLAD, mapped to offices and reconciled with the KB
    (existing people keep their ids; the summary goes to stderr)."""
    import yaml

    from factlint.kb.importers.common import KBImportError, to_yaml
    from factlint.kb.importers.leaders import merge_mappings, read_csv, reconcile, spells

    tables: list[tuple[str, dict]] = []
    for mapping in mappings:
        try:
            with open(mapping, encoding="utf-8") as fh:
                tables.append((mapping, yaml.safe_load(fh) or {}))
        except (OSError, yaml.YAMLError) as exc:
            _fail(f"{mapping}: {exc}")
    try:
        table = merge_mappings(tables)
        records, report = reconcile(_kb_without(output, kb_files), spells(read_csv(archigos), read_csv(plad)), table)
    except (OSError, KBImportError) as exc:
        _fail(str(exc))
    header = (f"Generated by factlint kb import leaders from {ARCHIGOS_NOTE}, mapped to offices by "
              f"{', '.join(mappings)}. "
              "Do not edit: fix the mapping or a hand-written KB file and regenerate (tools/kb/README.md).")
    _write(to_yaml(records, header), output)
    if report_path:
        _write(report.text(), report_path)
    click.echo(report.text().splitlines()[0], err=True)


def _kb_without(output: str | None, kb_files: tuple[str, ...]):
    """The KB minus the file being regenerated: its own earlier output must not count as "already known"."""
    import os

    from factlint.kb.loader import KBError, load_kb
    from factlint.support.resources import shipped_kb_files

    skip = os.path.abspath(output) if output else None
    files = [f for f in [*shipped_kb_files(), *_config_kb_files(), *kb_files] if os.path.abspath(f) != skip]
    try:
        return load_kb(files, shipped=False)
    except KBError as exc:
        _fail(str(exc))


ARCHIGOS_NOTE = "Archigos 4.1 and PLAD (github.com/reddylee/Datasets)"


@import_group.command("ifg")
@click.option("--data", required=True, type=click.Path(file_okay=False),
              help="Folder with the IfG Ministers Database tables (person, post, appointment, "
              "appointment_characteristics .csv).")
@click.option("--mapping", required=True, type=click.Path(dir_okay=False),
              help="IfG posts to KB offices (tools/kb/ifg_posts.yaml).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the YAML here instead of stdout.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False), help="Write the full report here.")
@_KB_OPTION
def import_ifg_cmd(data: str, mapping: str, output: str | None, report_path: str | None,
                   kb_files: tuple[str, ...]) -> None:
    """UK ministers since 1979 from the Institute for Government Ministers Database, reconciled with the KB
    (existing people keep their ids and records; the summary goes to stderr)."""
    import yaml

    from factlint.kb.importers.common import KBImportError, to_yaml
    from factlint.kb.importers.ifg import IFG, IFG_URL, read_tables, reconcile

    try:
        with open(mapping, encoding="utf-8") as fh:
            table = yaml.safe_load(fh) or {}
        records, report = reconcile(_kb_without(output, kb_files), read_tables(data), table)
    except (OSError, KBImportError, yaml.YAMLError) as exc:
        _fail(f"{mapping}: {exc}" if isinstance(exc, (OSError, yaml.YAMLError)) else str(exc))
    header = (f"Generated by factlint kb import ifg from the {IFG} ({IFG_URL}, CC BY 4.0), mapped to offices by "
              f"{mapping}. Do not edit: fix the mapping or a hand-written KB file and regenerate (tools/kb/README.md).")
    _write(to_yaml(records, header), output)
    if report_path:
        _write(report.text(), report_path)
    click.echo(report.text().splitlines()[0], err=True)


@import_group.command("csv")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the YAML here instead of stdout.")
@_KB_OPTION
def import_csv_cmd(file: str, output: str | None, kb_files: tuple[str, ...]) -> None:
    """Convert a CSV of office holders (columns documented in docs/kb.md) into KB YAML."""
    from factlint.kb.importers.csv import import_csv
    from factlint.kb.importers.common import KBImportError, to_yaml

    loaded = _load(kb_files)
    try:
        records = import_csv(file, set(loaded.offices), set(loaded.jurisdictions))
    except KBImportError as exc:
        _fail(str(exc))
    _write(to_yaml(records, f"Imported from {file} by factlint kb import csv."), output)


@kb.command("who")
@click.argument("name")
@click.option("--on", "on", metavar="YYYY-MM-DD", help="The day to ask about (default: today).")
@_KB_OPTION
def who_cmd(name: str, on: str | None, kb_files: tuple[str, ...]) -> None:
    """Print what the KB knows about NAME on a day: offices held, with sources, birth date and age."""
    from factlint.kb.query import describe, lookup

    try:
        day = date.fromisoformat(on) if on else date.today()
    except ValueError:
        _fail(f"--on takes a date YYYY-MM-DD, not {on!r}")
    kb_ = _load(kb_files)
    people = lookup(kb_, name)
    if not people:
        click.echo(f"{name}: not in the knowledge base")
        sys.exit(1)
    click.echo("\n\n".join(describe(kb_, p, day) for p in people))
