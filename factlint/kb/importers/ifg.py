"""``factlint kb import ifg``: UK ministers from the Institute for Government Ministers Database, merged into the KB.

The IfG database (CC BY 4.0) lists every UK minister since 4 May 1979 with day dates: ``person`` (one row per
name a person went by, so "Peter Mandelson" and "Lord Mandelson" share an id), ``post``, ``appointment`` and
``appointment_characteristics`` (the spans of an appointment, each with its cabinet status and whether it was
acting).  A mapping file (``tools/kb/ifg_posts.yaml``) names the KB office of each post that sat in the full
cabinet; every appointment to a mapped post is imported, whatever its cabinet status on the day, because a term
left out would make a correct article about its holder look wrong.  Spans held in an acting capacity become
``acting`` terms; consecutive spans in one office are one term.

People the KB already has keep their record (the KB keeps one record per person): the report says which terms
agree with it, which disagree (the KB is kept) and which it lacks (to add by hand, citing the database).  A new
person needs a full name: someone the database knows only by a peer's style ("Baroness Amos") is left out,
because a style is not a name the checks can bind.
"""

from __future__ import annotations

import csv
import os
from datetime import date, timedelta
from typing import Any

from factlint.kb.importers.common import KBImportError, Report, ascii_name, new_id
from factlint.kb.model import KB, PartialDate, Person

IFG = "Institute for Government Ministers Database"
IFG_URL = "https://www.instituteforgovernment.org.uk/ministers-database"
TABLES = ("person", "post", "appointment", "appointment_characteristics")
_TOLERANCE_DAYS = 7  # dataset and KB dates that differ by less are the same reshuffle
# Words that open a peer's or knight's style, not a full name: such a name matches the KB but never names a record.
_STYLES = {"lord", "baroness", "lady", "viscount", "earl", "marquess", "duke", "sir", "dame"}


def read_tables(folder: str) -> dict[str, list[dict[str, str]]]:
    """The four tables the import reads, from ``folder`` (the database's ``data/`` CSV files)."""
    out = {}
    for name in TABLES:
        path = os.path.join(folder, f"{name}.csv")
        try:
            with open(path, encoding="utf-8-sig", newline="") as fh:
                out[name] = list(csv.DictReader(fh))
        except OSError as exc:
            raise KBImportError(f"{path}: {exc.strerror}") from None
    return out


class Term:
    """One imported term: an IfG person in a KB office from ``start`` to ``end`` (None: still held)."""

    def __init__(self, person: str, office: str, start: str, end: str | None, acting: bool, appointment: str):
        self.person, self.office, self.start, self.end = person, office, start, end
        self.acting = acting
        self.appointments = [appointment]

    def source(self) -> str:
        return f"{IFG_URL} ({IFG}, appointment {', '.join(a[:8] for a in self.appointments)})"

    def text(self, name: str) -> str:
        return f"{name} {self.office}{' (acting)' if self.acting else ''} {self.start} – {self.end or 'now'}"


def _day(text: str) -> date:
    return date.fromisoformat(text)


def terms(tables: dict[str, list[dict[str, str]]], posts: dict[str, str], report: Report,
          shared: set[str] | frozenset[str] = frozenset()) -> list[Term]:
    """The terms of mapped posts, split where an appointment was acting and joined where one office runs on;
    a term of a single-holder office (not in ``shared``) ends on its successor's first day, as the KB writes a
    handover, when the database has the two overlap by a few days."""
    spans: dict[str, list[dict[str, str]]] = {}
    for row in tables["appointment_characteristics"]:
        spans.setdefault(row["appointment_id"], []).append(row)
    post_office = _mapped_posts(tables, posts, spans, report)
    out: list[Term] = []
    latest: dict[tuple[str, str, bool], Term] = {}  # a person's last term in an office, acting or not
    for a in sorted(tables["appointment"], key=lambda a: (a["person_id"], a["start_date"])):
        office = post_office.get(a["post_id"])
        if office is None:
            continue
        own = sorted(spans.get(a["id"], []), key=lambda s: s["start_date"])
        for s in own or [{"start_date": a["start_date"], "end_date": a["end_date"], "is_acting": "False"}]:
            acting = s["is_acting"] == "True"
            end = s["end_date"] or None
            if end is not None and end < s["start_date"]:
                report.left_out.append(f"appointment {a['id'][:8]} ({office}): ends {end} before it starts "
                                       f"{s['start_date']} in the database")
                continue
            last = latest.get((a["person_id"], office, acting))
            if last and last.end is not None and _day(s["start_date"]) <= _day(last.end) + timedelta(days=1):
                last.end = end if end is None or _day(end) > _day(last.end) else last.end
                if a["id"] not in last.appointments:
                    last.appointments.append(a["id"])
                continue
            latest[(a["person_id"], office, acting)] = Term(a["person_id"], office, s["start_date"], end, acting,
                                                            a["id"])
            out.append(latest[(a["person_id"], office, acting)])
    names = {pid: full_name(n) or n[-1] for pid, n in names_of(tables).items()}
    _handovers([t for t in out if t.office not in shared and not t.acting], names, report)
    return out


def _mapped_posts(tables: dict[str, list[dict[str, str]]], posts: dict[str, str],
                  spans: dict[str, list[dict[str, str]]], report: Report) -> dict[str, str]:
    """Post id → KB office for the posts that sat in the full cabinet; the unmapped ones are reported."""
    cabinet = {a["post_id"] for a in tables["appointment"]
               if any(s["cabinet_status"] == "Full cabinet" for s in spans.get(a["id"], ()))}
    counts: dict[str, int] = {}
    for a in tables["appointment"]:
        if a["post_id"] in cabinet and any(s["cabinet_status"] == "Full cabinet" for s in spans.get(a["id"], ())):
            counts[a["post_id"]] = counts.get(a["post_id"], 0) + 1
    out = {}
    for p in tables["post"]:  # a junior post can share a cabinet post's name ("Minister for Women"): ids decide
        if p["id"] not in cabinet:
            continue
        if p["name"] in posts:
            out[p["id"]] = posts[p["name"]]
        else:
            report.left_out.append(f"post {p['name']!r} (full cabinet, {counts[p['id']]} appointments): "
                                   "not in the mapping")
    return out


def _handovers(single: list[Term], names: dict[str, str], report: Report) -> None:
    """End each term on the next holder's first day when the database has it end up to a week later."""
    single.sort(key=lambda t: (t.office, t.start))
    for a, b in zip(single, single[1:]):
        if a.office == b.office and a.person != b.person and a.start < b.start:
            end = _day(a.end) if a.end else date.max
            if 0 < (end - _day(b.start)).days <= _TOLERANCE_DAYS:
                report.disagreements.append(f"{a.text(names.get(a.person, a.person))}: ends at the successor "
                                            f"{names.get(b.person, b.person)}'s start {b.start}")
                a.end = b.start


def names_of(tables: dict[str, list[dict[str, str]]]) -> dict[str, list[str]]:
    """Each IfG person's names, latest last (a peerage's style comes after the name it replaced)."""
    rows: dict[str, list[dict[str, str]]] = {}
    for p in tables["person"]:
        rows.setdefault(p["id"], []).append(p)
    return {pid: [r["name"] for r in sorted(rs, key=lambda r: (r["start_date"] or "", r["end_date"] or "9999"))]
            for pid, rs in rows.items()}


def full_name(names: list[str]) -> str | None:
    """The latest name that is a person's own rather than a peer's or knight's style."""
    own = [n for n in names if n.split()[0].lower() not in _STYLES and len(n.split()) > 1]
    return own[-1] if own else None


def _uk(kb: KB, p: Person) -> bool:
    """Whether the KB has ``p`` in some UK office: a namesake who holds none is someone else."""
    return any(kb.offices.get(r.office) is not None and kb.offices[r.office].jurisdiction == "united-kingdom"
               for r in p.roles)


def existing(kb: KB, names: list[str], own_terms: list[Term]) -> list[Person]:
    """KB people an IfG person is: by any of their names, else by surname and a term in the same office
    starting within a week of one of theirs.  A namesake who holds no UK office is not taken for them."""
    found: dict[str, Person] = {}
    for n in names:
        for p in kb.find_person(n):
            found[p.id] = p
    if found:
        return list(found.values())
    own = full_name(names)
    if not own:
        return []
    near = {}
    for p in kb.find_by_surname(own.split()[-1]):
        for r in p.roles:
            if r.start is not None and any(t.office == r.office and _close(r.start, t.start) for t in own_terms):
                near[p.id] = p
    return list(near.values())


def _close(a: PartialDate | None, b: str | None) -> bool:
    """Whether a KB date and a dataset day are the same (within the tolerance, or inside a coarser KB date)."""
    if a is None or b is None:
        return a is None and b is None
    d = _day(b)
    return abs((a.first - d).days) <= _TOLERANCE_DAYS or (a.precision != "day" and a.first <= d <= a.last)


def _compare(kb: KB, p: Person, t: Term, what: str, report: Report) -> None:
    """Merged when the KB's overlapping terms in the office start and end with ``t``; else a disagreement, or a
    term for the KB person to gain by hand."""
    lo, hi = _day(t.start), _day(t.end) if t.end else date.max
    mine = [r for r in p.roles if r.office == t.office and r.start is not None and r.start.first <= hi
            and (r.end is None or r.end.last >= lo)]
    if not mine:
        report.left_out.append(f"{what}: KB person {p.id} has no {t.office} term here (add it by hand)")
        return
    first = min(mine, key=lambda r: r.start.first)
    last = max(mine, key=lambda r: r.end.last if r.end else date.max)
    ends_agree = (t.end is None and last.end is None) or (t.end is not None and _close(last.end, t.end))
    if _close(first.start, t.start) and ends_agree:
        report.merged.append(f"{what} = {p.id}")
    else:
        report.disagreements.append(f"{what}: KB {p.id} has {', '.join(r.span_text() for r in mine)}; KB kept")


def reconcile(kb: KB, tables: dict[str, list[dict[str, str]]],
              mapping: dict[str, Any]) -> tuple[dict[str, Any], Report]:
    """KB records for the IfG people the KB lacks, and the report of what happened to every term."""
    report = Report()
    posts = {str(k): str(v) for k, v in (mapping.get("posts") or {}).items()}
    unknown = sorted({o for o in posts.values() if o not in kb.offices}
                     - {o["id"] for o in mapping.get("offices", [])})
    if unknown:
        raise KBImportError(f"the mapping names offices neither the KB nor its 'offices' define: {', '.join(unknown)}")
    names = names_of(tables)
    by_person: dict[str, list[Term]] = {}
    shared = {o["id"] for o in mapping.get("offices", []) if o.get("single_holder") is False}
    shared |= {o.id for o in kb.offices.values() if not o.single_holder}
    for t in terms(tables, posts, report, shared):
        by_person.setdefault(t.person, []).append(t)
    people: dict[str, dict[str, Any]] = {}
    for ifg_id, own_terms in by_person.items():
        own_names = names.get(ifg_id, [ifg_id])
        label = full_name(own_names) or own_names[-1]
        known = existing(kb, own_names, own_terms)
        if len(known) > 1:
            report.left_out += [f"{t.text(label)}: several KB people match ({', '.join(p.id for p in known)})"
                                for t in own_terms]
            continue
        if known and not _uk(kb, known[0]):
            report.left_out += [f"{t.text(label)}: KB {known[0].id} holds no UK office (a namesake?)"
                                for t in own_terms]
            continue
        if known:
            for t in own_terms:
                _compare(kb, known[0], t, t.text(label), report)
            continue
        name = full_name(own_names)
        if name is None:
            report.left_out += [f"{t.text(label)}: the database gives no full name" for t in own_terms]
            continue
        roles = [_role(kb, t, name, shared, report) for t in own_terms]
        roles = [r for r in roles if r is not None]
        if not roles:
            continue
        pid = new_id(kb, people, name)
        person: dict[str, Any] = {"id": pid, "name": name}
        if ascii_name(name) != name:
            person["aliases"] = [ascii_name(name)]
        person["roles"] = roles
        people[pid] = person
    records: dict[str, Any] = {}
    # The mapping's offices someone holds: a new record, or a hand-written one citing it for a term added by hand.
    held = {r["office"] for p in people.values() for r in p["roles"]}
    held |= {r.office for p in kb.people.values() for r in p.roles}
    offices = [o for o in mapping.get("offices", []) if o["id"] not in kb.offices and o["id"] in held]
    if offices:
        records["offices"] = offices
    records["people"] = sorted(people.values(), key=lambda p: p["id"])
    return records, report


def _role(kb: KB, t: Term, name: str, shared: set[str], report: Report) -> dict[str, Any] | None:
    """The KB role for a new person's term, unless the KB has someone else in the office then."""
    what = t.text(name)
    lo = _day(t.start).toordinal()
    mid = date.fromordinal((lo + _day(t.end).toordinal()) // 2 if t.end else lo + 2)
    clash = [q.name for q, _ in kb.holders(t.office, mid)] if t.office not in shared else []
    if clash and not t.acting:
        report.left_out.append(f"{what}: the KB has {', '.join(clash)} in {t.office} then")
        return None
    role: dict[str, Any] = {"office": t.office, "start": t.start}
    if t.end:
        role["end"] = t.end
    role["source"] = t.source()
    if t.acting:
        role["acting"] = True
    report.added.append(what)
    return role
