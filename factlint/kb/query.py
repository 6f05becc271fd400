"""``factlint kb who``: what the KB knows about a person on a day, for an editor checking a title by hand."""

from __future__ import annotations

from datetime import date

from factlint.kb.model import KB, Person, age_on


def lookup(kb: KB, name: str) -> list[Person]:
    """People known by ``name``: a full name or alias first, else a surname."""
    return kb.find_person(name) or kb.find_by_surname(name)


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
