"""``factlint kb who``: what the KB knows about a person on a day, for an editor checking a title by hand."""

from __future__ import annotations

import re
from datetime import date

from factlint.kb.model import KB, Person, age_on, name_key, surname

_INITIAL = re.compile(r"(\w)\.")


def lookup(kb: KB, name: str) -> list[Person]:
    """People known by ``name``: a full name or alias first, then the same surname with given names the
    initials stand for ("I. K. Gujral", "F.W. de Klerk"), else a surname."""
    return kb.find_person(name) or _by_initials(kb, name) or kb.find_by_surname(name)


def _by_initials(kb: KB, name: str) -> list[Person]:
    """People whose surname is the one written after the initials and whose given names start with them, in
    order: news writes initials for given names the KB spells out."""
    head = " ".join(name.split())
    match = re.fullmatch(r"((?:\w\.\s*)+)(\S.*)", head)
    if not match:
        return []
    initials = [i.lower() for i in _INITIAL.findall(match.group(1))]
    found = []
    for p in kb.find_by_surname(match.group(2)):
        for full in p.names:
            given = full[: -len(surname(full))].split() if full.endswith(surname(full)) else []
            if name_key(surname(full)) == name_key(match.group(2)) and \
                    [g[0].lower() for g in given if g[0].isalpha()] == initials:
                found.append(p)
                break
    return found


def describe(kb: KB, person: Person, on: date) -> str:
    """A plain-text report: roles held on ``on`` (with sources), birth date and age, every recorded term."""
    lines = [f"{person.name} ({person.id})"]
    if person.aliases:
        lines.append(f"  also written: {', '.join(person.aliases)}")
    if person.born is not None:
        low, high = age_on(person.born, on)
        age = str(low) if low == high else f"{low} or {high}"
        lines.append(f"  born {person.born}; age {age} on {on} [{person.born_source or 'no source'}]")
    held = [r for r in person.roles if r.status_on(on) is True]
    unsure = [r for r in person.roles if r.status_on(on) is None]
    lines.append(f"  on {on}:")
    for r in held:
        lines.append(f"    {_office_name(kb, r.office)}{' (acting)' if r.acting else ''} ({r.span_text()}) [{r.source}]")
    for r in unsure:
        lines.append(f"    possibly {_office_name(kb, r.office)} ({r.span_text()}; the dates do not settle it) "
                     f"[{r.source}]")
    if not held and not unsure:
        lines.append("    no office recorded")
    if person.roles:
        lines.append("  all recorded terms:")
        for r in sorted(person.roles, key=lambda r: r.start.first if r.start else date.min):
            lines.append(f"    {_office_name(kb, r.office)}{' (acting)' if r.acting else ''}: {r.span_text()} "
                         f"[{r.source}]")
    return "\n".join(lines)


def _office_name(kb: KB, office_id: str) -> str:
    office = kb.offices.get(office_id)
    return office.name if office else office_id
