"""``factlint kb import wikidata``: turn a Wikidata SPARQL result (JSON) into KB YAML.

Wikidata is the one open source with statement-level start and end dates for office holders, each with its
precision.  The importer keeps that precision (a year-precision start becomes ``"2014"``, never 1 January),
drops dates coarser than a year, keeps the Q-id as the person's id and source, and writes one role per
statement.  The query to run is in docs/kb.md.
"""

from __future__ import annotations

import json
import re
from typing import Any

from factlint.kb.importers.common import KBImportError, slug
from factlint.kb.model import PartialDate

_PRECISION_PARTS = {9: 1, 10: 2, 11: 3}  # Wikidata precision → number of YYYY-MM-DD parts to keep
_QID = re.compile(r"(Q\d+)$")


def wikidata_date(value: str | None, precision: str | None) -> PartialDate | None:
    """A PartialDate at the statement's precision, or None when absent, BCE or coarser than a year.

    Without a precision only the year is kept: it is true whatever the real precision was (≥ year).
    """
    if not value:
        return None
    m = re.match(r"^\+?(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        prec = int(precision) if precision is not None else 9
    except ValueError:
        return None
    parts = _PRECISION_PARTS.get(prec)
    if parts is None:
        return None  # decade, century…: not a date a check can use
    return PartialDate.parse("-".join(m.groups()[:parts]))


def qid(uri: str) -> str:
    """``http://www.wikidata.org/entity/Q123`` → ``Q123``."""
    m = _QID.search(uri.strip())
    if not m:
        raise KBImportError(f"not a Wikidata entity URI: {uri!r}")
    return m.group(1)


def import_wikidata(data: dict[str, Any], known_offices: dict[str, str] | None = None) -> dict[str, Any]:
    """KB records (a dict ready for YAML) from a parsed SPARQL 1.1 JSON result.

    ``known_offices`` maps a position's Q-id to an office id the KB already has: roles then refer to it and no
    new office is written.  Other positions become new offices named by their English label.
    """
    try:
        rows = data["results"]["bindings"]
    except (KeyError, TypeError):
        raise KBImportError("not a SPARQL JSON result: no results.bindings") from None
    known_offices = known_offices or {}

    def val(row: dict[str, Any], var: str) -> str | None:
        cell = row.get(var)
        return cell.get("value") if isinstance(cell, dict) else None

    offices: dict[str, dict[str, Any]] = {}
    people: dict[str, dict[str, Any]] = {}
    births: dict[str, set[str]] = {}
    for row in rows:
        person_uri, position_uri = val(row, "person"), val(row, "position")
        if not person_uri or not position_uri:
            raise KBImportError("every row needs ?person and ?position (see the query in docs/kb.md)")
        pid, pos = qid(person_uri), qid(position_uri)
        if pos in known_offices:
            office_id = known_offices[pos]
        else:
            label = val(row, "posName") or pos
            office_id = slug(label) or pos.lower()
            offices.setdefault(pos, {"id": office_id, "name": label, "titles": [label.lower()], "wikidata": pos})
        person = people.setdefault(pid, {"id": pid, "name": val(row, "name") or pid, "aliases": [], "roles": []})
        for alias in (val(row, "aliases") or "").split("|"):
            alias = alias.strip()
            # A one-word alias is a surname (derived anyway) or a nickname: not a full-name spelling.
            if len(alias.split()) > 1 and alias != person["name"] and alias not in person["aliases"]:
                person["aliases"].append(alias)
        born = wikidata_date(val(row, "dob"), val(row, "dobPrec"))
        if born is not None:
            births.setdefault(pid, set()).add(str(born))
        role: dict[str, Any] = {"office": office_id}
        start = wikidata_date(val(row, "start"), val(row, "startPrec"))
        end = wikidata_date(val(row, "end"), val(row, "endPrec"))
        if start is not None:
            role["start"] = str(start)
        if end is not None:
            role["end"] = str(end)
        role["source"] = f"https://www.wikidata.org/wiki/{pid}"
        if role not in person["roles"]:
            person["roles"].append(role)
    out_people = []
    for pid, person in people.items():
        dates = births.get(pid, set())
        record: dict[str, Any] = {"id": pid, "name": person["name"]}
        if person["aliases"]:
            record["aliases"] = person["aliases"]
        if len(dates) == 1:  # conflicting birth dates: leave it out rather than pick one
            record["born"] = dates.pop()
            record["born_source"] = f"https://www.wikidata.org/wiki/{pid}"
        record["roles"] = sorted(person["roles"], key=lambda r: (r["office"], r.get("start", "")))
        out_people.append(record)
    result: dict[str, Any] = {}
    if offices:
        result["offices"] = list(offices.values())
    result["people"] = sorted(out_people, key=lambda p: p["name"])
    return result


def load_results(path: str) -> dict[str, Any]:
    """Read a SPARQL JSON file, with a one-line error for anything that is not JSON."""
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except OSError as exc:
        raise KBImportError(f"{path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise KBImportError(f"{path}:{exc.lineno}: not JSON: {exc.msg}") from None
