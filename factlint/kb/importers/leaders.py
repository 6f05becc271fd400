"""``factlint kb import leaders``: heads of state and government from Archigos 4.1 and PLAD, reconciled with the KB.

Archigos and PLAD list one "effective leader" a country with day dates but no office.  A mapping file
(``tools/kb/leader_offices.yaml``) says, per country and period, which office that leader held; a spell is
imported only when it lies wholly inside one mapped period and its leader is not excluded there, because an
effective-leader spell that crosses an office change (a prime minister who became president) cannot be split
without a source.  Names come from the Archigos DBpedia link (full names), or for a spell without one from the
mapping's ``names`` (obsid → full name and the list page it was read from); otherwise a spell is imported only
if the KB already knows the person.  Archigos stops on 2015-12-31: such an end is replaced by PLAD's (matched on
the Archigos id), and a spell PLAD still reports open on its own last day gets ``end_unknown`` — never an open
term.  PLAD's spells that Archigos lacks (leaders since 2016) are imported only where the mapping has checked them
(a period marked ``plad: true``, or the spell's own entry in ``names`` naming its office): PLAD's leader is not always the effective executive (Armenia's presidents).  People the KB has keep their id and record; the report says what was merged, added and left out.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import unquote

from factlint.kb.importers.common import KBImportError, Report, ascii_name, new_id
from factlint.kb.model import KB, PartialDate, name_key

ARCHIGOS = "Archigos 4.1"
PLAD = "PLAD"
_ARCHIGOS_END = "2015-12-31"  # the last day Archigos covers: an end there is the coverage's, not the term's
_TOLERANCE_DAYS = 7  # dataset and KB dates that differ by less are the same handover
_ARTICLE = re.compile(r"(?<= )(?:al|el|Al|El)-(?=\w)")  # "Nouri al-Maliki": copy often drops the article
_BORN = re.compile(r"\d{4}-\d{2}-\d{2}")  # Archigos codes unknown dates as NA or -777


@dataclass
class Spell:
    """One Archigos spell, after PLAD's end has replaced a coverage end, or one PLAD spell Archigos lacks."""

    obsid: str
    leadid: str
    country: str
    leader: str
    name: str | None
    start: str
    end: str | None  # None: end unknown
    born: str | None
    source: str
    born_source: str | None = None  # None: Archigos's


def read_csv(path: str) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise KBImportError(f"{path}: {exc.strerror}") from None


def dbpedia_name(uri: str) -> str | None:
    """``http://dbpedia.org/resource/Harold_Wilson`` → ``Harold Wilson``; None for no link or no full name."""
    if not uri or uri == "NA" or "/resource/" not in uri:
        return None
    name = unquote(uri.rsplit("/resource/", 1)[1]).replace("_", " ")
    name = name.split(" (", 1)[0].strip()
    if len(name.split()) < 2 or " of " in name:
        return None  # a mononym or "Farouk of Egypt": not a name the checks can bind safely
    return name


def spells(archigos: list[dict[str, str]], plad: list[dict[str, str]], since: str = "1945") -> list[Spell]:
    """Archigos spells ending in or after ``since``, with PLAD's ends for those Archigos leaves open."""
    plad_by_id: dict[str, list[dict[str, str]]] = {}
    for row in plad:
        plad_by_id.setdefault(row.get("archigos_id", ""), []).append(row)
    out = []
    for row in archigos:
        if row["enddate"] < since:
            continue
        end: str | None = row["enddate"]
        source = f"{ARCHIGOS} (obsid {row['obsid']})"
        if end == _ARCHIGOS_END:
            match = [p for p in plad_by_id.get(row["leadid"], []) if p["startdate"] == row["startdate"]]
            if len(match) == 1 and match[0]["exit"] != "Still in Office":
                end = match[0]["enddate"]
                source += f"; end: {PLAD} ({match[0]['plad_id']})"
            else:
                end = None
        born = row.get("borndate") if _BORN.fullmatch(row.get("borndate") or "") else None  # not NA, -777
        out.append(Spell(row["obsid"], row["leadid"], row["idacr"], row["leader"], dbpedia_name(row["dbpedia.uri"]),
                         row["startdate"], end, born, source))
    known = {row["leadid"] for row in archigos}
    out.extend(_plad_spell(row) for row in plad if row.get("archigos_id", "") not in known and row["enddate"] >= since)
    return out


def _plad_spell(row: dict[str, str]) -> Spell:
    """A PLAD spell Archigos does not have (most began after its coverage ends).  PLAD gives a full name or a
    surname only ("May"), and codes a leader still in office on its last day with that day as the end."""
    leader = " ".join(row["leader"].split())
    end = None if row.get("exit") == "Still in Office" else row["enddate"]
    born = row.get("birthdate") if _BORN.fullmatch(row.get("birthdate") or "") else None
    return Spell(row["plad_id"], f"plad:{row['plad_id']}", row["idacr"], leader,
                 leader if len(leader.split()) > 1 else None, row["startdate"], end, born,
                 f"{PLAD} (plad_id {row['plad_id']})", born_source=f"{PLAD} (plad_id {row['plad_id']})" if born else None)


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _period_for(spell: Spell, periods: list[dict[str, Any]], vouched: str | None = None) -> dict[str, Any] | None:
    """The mapped period holding the whole spell, unless its leader is excluded there.  A PLAD spell needs the
    mapping's word for it: a period marked ``plad: true``, or a names entry of its own naming the office it was a
    term of (``vouched``), which must be the period's."""
    for period in periods:
        lo, hi = str(period.get("from", "0000")), str(period.get("until", "9999"))
        end = spell.end or spell.start
        if lo <= spell.start and end <= hi:
            if spell.leadid.startswith("plad:") and not (period.get("plad") or vouched == period["office"]):
                return None  # PLAD's own spells only where the mapping has checked them against the list page
            excluded = {str(x) for x in period.get("exclude", ())}
            if spell.leader in excluded or f"{spell.leader}@{spell.start}" in excluded:
                return None
            return period
    return None


def _existing(kb: KB, spell: Spell, office: str) -> list[str]:
    """KB people this spell is about: by full name, else by a surname holding the same office near those dates."""
    if spell.name:
        found = [p.id for p in kb.find_person(spell.name) if any(r.office == office for r in p.roles)]
        found = found or [p.id for p in kb.find_person(spell.name)]
        if found:
            return found
    key = name_key(spell.leader.split(",")[0].split()[-1]) if spell.leader.strip() else ""
    near = []
    for p in kb.find_by_surname(key) if key else []:
        for r in p.roles:
            if r.office == office and r.start is not None and abs((r.start.first - _day(spell.start)).days) < 400:
                near.append(p.id)
                break
    return near


def _close(a: PartialDate | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs((a.first - _day(b)).days) <= _TOLERANCE_DAYS or (a.precision != "day" and a.first <= _day(b) <= a.last)


def _agrees(terms: list[Any], sp: Spell) -> bool:
    """Whether the KB's terms overlapping a spell (consecutive terms count as one) start and end with it."""
    first = min(terms, key=lambda r: r.start.first)
    last = max(terms, key=lambda r: r.end.last if r.end else date.max)
    return _close(first.start, sp.start) and (sp.end is None or last.end is None or _close(last.end, sp.end))


def merge_mappings(tables: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """One mapping from several files (one a region, so each stays readable): a country, a names entry, a
    jurisdiction or an office given by two files is an error naming both, never a silent override."""
    merged: dict[str, Any] = {"countries": {}, "names": {}, "jurisdictions": [], "offices": []}
    seen: dict[tuple[str, str], str] = {}
    for path, table in tables:
        if not isinstance(table, dict):
            raise KBImportError(f"{path}: a mapping is a table with countries, names, jurisdictions and offices")
        for section in ("countries", "names"):
            for key, value in (table.get(section) or {}).items():
                if (section, str(key)) in seen:
                    raise KBImportError(f"{path}: {section} {key} is also in {seen[section, str(key)]}")
                seen[section, str(key)] = path
                merged[section][key] = value
        for section in ("jurisdictions", "offices"):
            for record in table.get(section) or []:
                if (section, record["id"]) in seen:
                    raise KBImportError(f"{path}: {section[:-1]} {record['id']} is also in "
                                        f"{seen[section, record['id']]}")
                seen[section, record["id"]] = path
                merged[section].append(record)
    return merged


def reconcile(kb: KB, all_spells: list[Spell], mapping: dict[str, Any]) -> tuple[dict[str, Any], Report]:
    """KB records for the spells the mapping places in an office, and the report of what happened to each."""
    report = Report()
    countries: dict[str, Any] = mapping.get("countries", {})
    people: dict[str, dict[str, Any]] = {}
    ids_by_lead: dict[str, str] = {}
    used_offices: set[str] = set()
    names: dict[str, Any] = mapping.get("names", {})
    for sp in all_spells:
        periods = countries.get(sp.country)
        if not periods:
            continue
        given = names.get(sp.obsid) or {}
        # A surname-only spell, or a PLAD spell (PLAD misspells names), named from the list page the mapping cites.
        if given.get("name") and (not sp.name or sp.leadid.startswith("plad:")):
            sp.name, sp.source = str(given["name"]), f"{sp.source}; name: {given['source']}"
        if given.get("born"):  # Archigos's birth date is wrong in places: the cited page's replaces it
            sp.born, sp.born_source = str(given["born"]), str(given.get("born_source", given["source"]))
        what = f"{sp.country} {sp.name or sp.leader} {sp.start} – {sp.end or '?'} [{sp.obsid}]"
        period = _period_for(sp, periods, vouched=given.get("office"))
        if period is None:
            report.left_out.append(f"{what}: no mapped office holds the whole spell")
            continue
        office = period["office"]
        known = _existing(kb, sp, office)
        if len(known) > 1:
            report.left_out.append(f"{what}: several KB people match ({', '.join(known)})")
            continue
        if known:
            p = kb.people[known[0]]
            mine = [r for r in p.roles if r.office == office and r.start is not None
                    and r.start.first <= _day(sp.end or sp.start) and (r.end is None or r.end.last >= _day(sp.start))]
            if not mine:
                report.left_out.append(f"{what}: KB person {p.id} has no {office} term here (add it by hand)")
            elif not _agrees(mine, sp):
                spans = ", ".join(r.span_text() for r in mine)
                report.disagreements.append(f"{what}: KB {p.id} has {spans}; KB kept")
            else:
                report.merged.append(f"{what} = {p.id}")
            continue
        if not sp.name:
            report.left_out.append(f"{what}: no full name in the data and not in the KB")
            continue
        lo = _day(sp.start).toordinal()
        mid = date.fromordinal((lo + _day(sp.end).toordinal()) // 2 if sp.end else lo + 2)
        clash = [q.name for q, _ in kb.holders(office, mid)]
        if clash:
            report.left_out.append(f"{what}: the KB has {', '.join(clash)} in {office} then")
            continue
        if sp.end:
            nxt = [r for _, r in kb.holders(office, _day(sp.end)) if r.start is not None and r.start.precision == "day"
                   and _day(sp.start) < r.start.first < _day(sp.end)]
            if nxt:  # the KB's successor took office a few days before the dataset's end: the KB's day wins
                report.disagreements.append(f"{what}: ends at the KB successor's start {nxt[0].start}")
                sp.end = str(nxt[0].start)
        pid = ids_by_lead.get(sp.leadid) or _same_person(people, sp, office) or new_id(kb, people, sp.name)
        ids_by_lead[sp.leadid] = pid
        person = people.setdefault(pid, {"id": pid, "name": sp.name, "roles": []})
        aliases = _aliases(sp.name, [str(a) for a in given.get("aliases", ())], person.get("aliases", []))
        if aliases:
            person["aliases"] = aliases
        if sp.born and "born" not in person:
            person["born"], person["born_source"] = sp.born, sp.born_source or f"{ARCHIGOS} (leadid {sp.leadid})"
        role: dict[str, Any] = {"office": office, "start": sp.start}
        if sp.end:
            role["end"] = sp.end
        else:
            role["end_unknown"] = True
        role["source"] = sp.source
        person["roles"].append(role)
        used_offices.add(office)
        report.added.append(what)
    records: dict[str, Any] = {}
    juris = [j for j in mapping.get("jurisdictions", []) if j["id"] not in kb.jurisdictions]
    offices = [o for o in mapping.get("offices", []) if o["id"] not in kb.offices and o["id"] in used_offices]
    if juris:
        records["jurisdictions"] = juris
    if offices:
        records["offices"] = offices
    records["people"] = sorted(people.values(), key=lambda p: p["id"])
    return records, report


def _same_person(people: dict[str, dict[str, Any]], sp: Spell, office: str) -> str | None:
    """The person this import already made with the spell's full name in the same office (births not
    differing): Archigos gives some leaders a new leadid for a later spell (Nawaz Sharif's of 2013)."""
    for pid, person in people.items():
        if person["name"] == sp.name and any(r["office"] == office for r in person["roles"]) \
                and (sp.born is None or person.get("born") in (None, sp.born)):
            return pid
    return None


def _aliases(name: str, cited: list[str], earlier: list[str]) -> list[str]:
    """The other spellings English copy uses: without accents, without the Arabic article (``Haider al-Abadi``
    → ``Haider Abadi``), and the romanizations the mapping's names table cites (``Hassan Rohani``)."""
    bare = _ARTICLE.sub("", name)
    forms = [*earlier, ascii_name(name), bare, ascii_name(bare), *cited]
    return [f for f in dict.fromkeys(forms) if f != name]

