"""``factlint kb import csv``: a spreadsheet of office holders → KB YAML.

Newsrooms keep lists of officials in spreadsheets.  One row is one term in office (or, with an empty
``office``, just a person and their birth date); rows naming the same person are merged.  Columns (header row
required, order free, unknown columns rejected):

=============  ========  ====================================================================================
column         required  meaning
=============  ========  ====================================================================================
name           yes       canonical full name
person         no        person id (default: the name as a kebab-case slug)
aliases        no        other full-name spellings, separated by ``|``
born           no        birth date ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
born_source    with born URL or dataset name for the birth date
office         no        office id (an existing KB office, or a new one defined by ``office_name``)
office_name    no        canonical name of a new office
jurisdiction   no        jurisdiction id of a new office (one the KB has, or a new one defined by
                         ``jurisdiction_name``)
jurisdiction_  no        name of a jurisdiction the KB lacks (``jurisdiction_name``; default: from its id), so
name                     the output passes ``kb lint``
titles         no        title forms of a new office, separated by ``|``
start, end     no        term dates, at the precision known
source         with      URL or dataset name for the term
               office
acting         no        ``true`` for an acting or interim term
=============  ========  ====================================================================================
"""

from __future__ import annotations

import csv
from typing import Any

from factlint.kb.importers.common import KBImportError, slug
from factlint.kb.model import PartialDate

COLUMNS = (
    "person", "name", "aliases", "born", "born_source", "office", "office_name", "jurisdiction", "jurisdiction_name",
    "titles", "start", "end", "source", "acting",
)


def import_csv(path: str, known_offices: set[str] | frozenset[str] = frozenset(),
               known_jurisdictions: set[str] | frozenset[str] | None = None) -> dict[str, Any]:
    """KB records (a dict ready for YAML) from the CSV file at ``path``.

    ``known_offices`` are office ids the KB already defines; a row naming any other office must define it with
    ``office_name``.  Likewise, when ``known_jurisdictions`` is given, a new office's jurisdiction must be one
    of them or be defined with ``jurisdiction_name`` (else ``kb lint`` would reject the output).  Errors name the
    file and line.
    """
    try:
        fh = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise KBImportError(f"{path}: {exc.strerror}") from None
    with fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        unknown = [c for c in header if c.strip() not in COLUMNS]
        if unknown:
            raise KBImportError(f"{path}:1: unknown column(s) {', '.join(unknown)} (known: {', '.join(COLUMNS)})")
        if "name" not in header:
            raise KBImportError(f"{path}:1: a 'name' column is required")
        offices: dict[str, dict[str, Any]] = {}
        people: dict[str, dict[str, Any]] = {}
        places: dict[str, dict[str, Any]] = {}
        for row in reader:
            line = reader.line_num
            cell = {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}
            _row(path, line, cell, people, offices, known_offices)
            _jurisdiction(cell, places, known_jurisdictions)
    result: dict[str, Any] = {}
    if places:
        result["jurisdictions"] = list(places.values())
    if offices:
        result["offices"] = list(offices.values())
    result["people"] = list(people.values())
    return result


def _jurisdiction(cell: dict[str, str], places: dict[str, dict[str, Any]],
                  known: set[str] | frozenset[str] | None) -> None:
    """Define the row's jurisdiction when the KB lacks it, so the output passes ``kb lint``: by
    ``jurisdiction_name``, else named after its id ("xland" → "Xland")."""
    jid, name = cell.get("jurisdiction"), cell.get("jurisdiction_name")
    if not jid or jid in places or (not name and (known is None or jid in known)):
        return
    places[jid] = {"id": jid, "name": name or jid.replace("-", " ").title()}


def _date(path: str, line: int, column: str, value: str) -> str:
    try:
        return str(PartialDate.parse(value))
    except ValueError as exc:
        raise KBImportError(f"{path}:{line}: column {column}: {exc}") from None


def _row(
    path: str,
    line: int,
    cell: dict[str, str],
    people: dict[str, dict[str, Any]],
    offices: dict[str, dict[str, Any]],
    known_offices: set[str] | frozenset[str],
) -> None:
    name = cell.get("name", "")
    if not name:
        raise KBImportError(f"{path}:{line}: empty name")
    pid = cell.get("person") or slug(name)
    person = people.setdefault(pid, {"id": pid, "name": name})
    if person["name"] != name:
        raise KBImportError(f"{path}:{line}: person {pid!r} is named {person['name']!r} on an earlier line")
    for alias in filter(None, (a.strip() for a in cell.get("aliases", "").split("|"))):
        aliases = person.setdefault("aliases", [])
        if alias not in aliases:
            aliases.append(alias)
    if cell.get("born"):
        born = _date(path, line, "born", cell["born"])
        if not cell.get("born_source"):
            raise KBImportError(f"{path}:{line}: born needs a born_source")
        if person.get("born", born) != born:
            raise KBImportError(f"{path}:{line}: born {born} contradicts {person['born']} on an earlier line")
        person["born"], person["born_source"] = born, cell["born_source"]
    office = cell.get("office")
    if not office:
        return
    if office not in known_offices and office not in offices:
        if not cell.get("office_name"):
            raise KBImportError(f"{path}:{line}: unknown office {office!r}: define it with office_name (and titles)")
        record: dict[str, Any] = {"id": office, "name": cell["office_name"]}
        if cell.get("jurisdiction"):
            record["jurisdiction"] = cell["jurisdiction"]
        titles = [t.strip().lower() for t in cell.get("titles", "").split("|") if t.strip()]
        if titles:
            record["titles"] = titles
        offices[office] = record
    if not cell.get("source"):
        raise KBImportError(f"{path}:{line}: a term needs a source")
    role: dict[str, Any] = {"office": office}
    for col in ("start", "end"):
        if cell.get(col):
            role[col] = _date(path, line, col, cell[col])
    role["source"] = cell["source"]
    if cell.get("acting", "").lower() in ("true", "yes", "1"):
        role["acting"] = True
    person.setdefault("roles", []).append(role)
