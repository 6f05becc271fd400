"""The ``role_at_date`` kind: a title given to a person, checked against the KB on the article's date."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterator

from factlint.extractors.people import PersonMention, Title, offices_for, person_mentions
from factlint.kb.model import KB, Office, Person, Role, surname
from factlint.kinds.base import CheckKind, Hit, Param
from factlint.kinds.people.common import judgeable, office_name, other_years

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

_NOT_CURRENT = {"former", "then", "late", "past", "incoming", "acting", "interim"}


class RoleAtDateKind(CheckKind):
    """Checks a person's title against the knowledge base on the article's publication date.

    ``mode: current`` reports a title given as current ("Defence Minister X", "X, the secretary of …") that the
    KB says the person did not hold on that date.  ``mode: former`` reports a title given as past ("former …",
    "then-…", "ex-…", "who served as …") for an office the person only took after that date.  ``mode:
    stale-former`` reports "former …" for an office the person still held on that date.

    The KB must know positively: the person is in it, the title maps to an office of a known jurisdiction (a
    title naming an unknown place or body, or changed by "deputy", "vice" and the like, is never judged), and
    either the date falls within the person's recorded history or another holder of that single-holder office
    is recorded for that day.  Dates given at year or month precision that do not settle the question, titles
    with "acting", "interim" or "-elect", surnames not bound to a full name, quotations, undated articles and
    sentences that name another year the title fits are all left alone.
    """

    needs_pub_date = True
    quotations = "hits"
    params = {
        "mode": Param("str", "which claim to check", default="current", choices=("current", "former", "stale-former")),
        "skip_quotes": Param("bool", "leave mentions inside direct quotations alone", default=True),
    }
    message_values = {
        "name": "the person's canonical name",
        "title": "the title as written",
        "office": "the KB office's canonical name",
        "date": "the publication date (YYYY-MM-DD)",
        "held": "when the person held the office, or who held it on that date",
        "actual": "'; on that date <surname> was …' with the offices the person held then, or ''",
        "source": "the sources of the KB facts cited",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.mode = rule.params["mode"]

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        titled = [m for m in person_mentions(analysis.mentions) if m.title is not None and m.person is not None]
        if not titled:
            return
        pub = analysis.pub_date
        kb: KB = analysis.kb
        for m in titled:
            if not judgeable(m):
                continue
            years = other_years(doc, m.start, pub)
            result = {"current": self._current, "former": self._former, "stale-former": self._stale}[self.mode](
                kb, m, m.title, m.person, pub, years)
            if result is not None:
                yield Hit(m.start, m.end, {"name": m.person.name, "title": m.title.text, "date": str(pub), **result})

    # -- modes ------------------------------------------------------------------------------------------------

    def _current(self, kb: KB, m: PersonMention, t: Title, p: Person, on: date, years: list[int]) -> dict | None:
        if t.modifiers & _NOT_CURRENT:
            return None
        offices = offices_for(kb, t, p)
        if not offices:
            return None
        ids = {o.id for o in offices}
        mine = [r for r in p.roles if r.office in ids]
        if any(r.status_on(on) is not False for r in mine):
            return None  # held, or the dates cannot say
        if any(_held_in_year(r, y) for r in mine for y in years):
            return None  # the sentence is about a year when the title fitted
        others: list[tuple[Person, Role]] = []
        if len(offices) == 1 and offices[0].single_holder:
            others = [(q, r) for q, r in kb.holders(offices[0].id, on) if q.id != p.id]
        known = (mine and p.history_covers(on)) or others
        if not known:
            return None
        office = offices[0] if len(offices) == 1 else kb.offices[mine[0].office] if mine else offices[0]
        return self._values(kb, p, office, mine, others, on)

    def _former(self, kb: KB, m: PersonMention, t: Title, p: Person, on: date, years: list[int]) -> dict | None:
        if not t.past or t.modifiers & {"incoming", "acting", "interim"}:
            return None
        offices = offices_for(kb, t, p)
        mine = [r for r in p.roles if r.office in {o.id for o in offices}]
        if not mine or not p.history_covers(on):
            return None
        if any(r.start is None or r.start.first <= on for r in mine):
            return None  # held (or may have been held) before the date
        office = kb.offices[mine[0].office]
        values = self._values(kb, p, office, mine, [], on)
        values["held"] = "first held " + values["held"].removeprefix("held ")
        return values

    def _stale(self, kb: KB, m: PersonMention, t: Title, p: Person, on: date, years: list[int]) -> dict | None:
        if "former" not in t.modifiers or t.modifiers & {"then", "late", "past"}:
            return None
        offices = offices_for(kb, t, p)
        held = [r for r in p.roles if r.office in {o.id for o in offices} and r.status_on(on) is True]
        if not held:
            return None
        r = held[0]
        return {"office": office_name(kb, r.office), "held": f"held {r.span_text()}", "actual": "",
                "source": r.source}

    # -- message ----------------------------------------------------------------------------------------------

    def _values(self, kb: KB, p: Person, office: Office, mine: list[Role], others: list[tuple[Person, Role]],
                on: date) -> dict:
        sources: list[str] = []
        parts = []
        for r in sorted(mine, key=lambda r: r.start.first if r.start else date.min):
            parts.append(r.span_text())
            sources.append(r.source)
        held = "held " + ", ".join(parts) if parts else ""
        if others:
            names = ", ".join(f"{q.name} ({r.span_text()})" for q, r in others)
            held = f"{held}; held by {names} on that date" if held else f"held by {names} on that date"
            sources.extend(r.source for _, r in others)
        now = [r for r in p.roles if r.status_on(on) is True]
        actual = ""
        if now:
            actual = f"; on that date {surname(p.name)} was " + " and ".join(
                f"{office_name(kb, r.office)}{' (acting)' if r.acting else ''} ({r.span_text()})" for r in now)
            sources.extend(r.source for r in now)
        return {"office": office.name, "held": held, "actual": actual,
                "source": ", ".join(dict.fromkeys(s for s in sources if s))}


def _held_in_year(r: Role, year: int) -> bool:
    first, last = date(year, 1, 1), date(year, 12, 31)
    starts_ok = r.start is None or r.start.first <= last
    ends_ok = r.end is None or r.end.last >= first
    return starts_ok and ends_ok
