"""The ``role_at_date`` kind: a title given to a person, checked against the KB on the article's date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Iterator

from factlint.extractors.people import PersonMention, Title, offices_for, person_mentions, shared_title
from factlint.extractors.people.offices import ORG_TITLES
from factlint.kb.model import KB, Office, Person, Role, surname
from factlint.kinds.base import CheckKind, Edit, Hit, Param
from factlint.kinds.people.common import judgeable, office_name, reference_periods
from factlint.kinds.people.timeframe import historical_frame, hypothetical, present_cue

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.kinds.analysis import Analysis

_NOT_CURRENT = {"former", "then", "late", "past", "incoming", "outgoing", "acting", "interim"}
# A term starting this soon after the article's date: the person is president-elect (or designate), and news
# style already writes "President X" in pieces about the coming term.
_ELECT_DAYS = 80


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
    with "acting", "interim" or "-elect", surnames not bound to a full name (or bound to one while a namesake
    held the office), quotations, undated articles, sentences that name a time the title fits (a year, a
    decade, a month, a date at its own precision), and bare titles that states and other officials give too
    ("Attorney General X", "chief of staff") dated before the person's national term (``offices.SHARED_TITLES``)
    are all left alone.

    ``mode: current`` tells three cases apart from the mention's own sentence (``timeframe``):

    1. a title the person had never held by the date, or held only later ("French Prime Minister" for a
       president; "the NSDC secretary" before the appointment): reported, unless the sentence is a hypothesis
       ("could a President X", "a President X", would/could/might, if/whether) or the term starts within 80
       days after the date (the president-elect is already called "President X" in pieces about the coming
       term, so a date in that gap is unsure);
    2. a title held earlier, in a historical reference (past tense, "Bush's tax cuts", "under President X",
       "an adviser to President X", "appointed by President X", "when President X …", a year of the term):
       correct news style, never reported;
    3. a title held earlier but presented as current: a present or present-perfect governing verb ("President
       Obama says") with nothing in the sentence tying it to the term, or a past verb dated to the days around
       publication ("said on Tuesday", "today").  Reported with "here presented as current" and the cue;
       ``held_earlier: skip`` switches this case off.  Any other tense is unsure and stays silent.

    The last day of a term (handover day) is unsure in every mode.
    """

    needs_pub_date = True
    quotations = "hits"
    params = {
        "mode": Param("str", "which claim to check", default="current", choices=("current", "former", "stale-former")),
        "skip_quotes": Param("bool", "leave mentions inside direct quotations alone", default=True),
        "held_earlier": Param("str", "mode current: report a title held earlier when the sentence presents it as "
                              "current ('report'), or never ('skip')", default="report", choices=("report", "skip")),
    }
    message_values = {
        "name": "the person's canonical name",
        "title": "the title as written",
        "office": "the KB office's canonical name",
        "date": "the publication date (YYYY-MM-DD)",
        "held": "when the person held the office, or who held it on that date",
        "actual": "'; on that date <surname> was …' with the offices the person held then, or ''",
        "how": "mode current: '; here presented as current (<cue>)' for a title held earlier, else ''",
        "source": "the sources of the KB facts cited",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.mode = rule.params["mode"]
        self.held_earlier = rule.params["held_earlier"]

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        titled = [m for m in person_mentions(analysis.mentions) if m.title is not None]
        if not titled:
            return
        pub = analysis.pub_date
        kb: KB = analysis.kb
        for m in titled:
            if m.person is None and self.mode == "current":
                m = _by_title(kb, m, pub)
            if m is None or not judgeable(m, doc):
                continue
            periods = reference_periods(doc, m.start, pub, cap=self.mode != "stale-former")
            result = {"current": self._current, "former": self._former, "stale-former": self._stale}[self.mode](
                kb, m, m.title, m.person, pub, periods)
            if result is not None and self.mode == "current":
                result = self._presented(analysis, kb, m, pub, result)
            if result is not None:
                edits = _title_edits(doc, kb, m, pub) if self.mode == "current" else ()
                yield Hit(m.start, m.end, {"name": m.person.name, "title": m.title.text, "date": str(pub), **result},
                          suggestions=edits)

    # -- modes ------------------------------------------------------------------------------------------------

    def _presented(self, analysis: "Analysis", kb: KB, m: PersonMention, on: date, result: dict) -> dict | None:
        """Case 1 (never held by the date) or 3 (held earlier, presented as current), else None: see the class."""
        doc = analysis.doc
        mine = result.pop("_mine")
        if any(r.start is not None and 0 < (r.start.first - on).days <= _ELECT_DAYS for r in mine):
            return None  # president-elect period
        if any(r.end is not None and r.end.last < on for r in mine):
            if self.held_earlier == "skip" or historical_frame(doc, m) or hypothetical(doc, m):
                return None
            cue = present_cue(doc, m)
            if cue is None:
                return None
            result["how"] = f"; here presented as current ({cue})"
        elif hypothetical(doc, m):
            return None
        elif mine and (historical_frame(doc, m, era=False) or any(
                _held_during(r, a, b) for r in mine for a, b in _later_periods(doc, m.name_start, on))):
            return None  # held later, and the sentence (or the one before) is set in that term: an updated page
        return result

    def _current(self, kb: KB, m: PersonMention, t: Title, p: Person, on: date,
                 periods: list[tuple[date, date]]) -> dict | None:
        if t.modifiers & _NOT_CURRENT:
            return None
        # An abolished office's title lives on for its successor's holder ("Treasury Minister" for Italy's
        # economy minister after 2001): never judged after the abolition.
        offices = [o for o in offices_for(kb, t, p) if not o.abolished_by(on)]
        if not offices:
            return None
        ids = {o.id for o in offices}
        mine = [r for r in p.roles if r.office in ids]
        if shared_title(t) and not _held_by(mine, on):
            return None  # "Attorney General X" before X's federal term: most likely a state's attorney general
        if m.surname_only and not mine and _namesake_held(kb, p, m.written, ids):
            return None  # "Treasury Secretary Baker" after "Howard Baker": the title names another Baker
        if any(r.status_on(on) is not False or _handover(r, on) for r in mine):
            return None  # held, the dates cannot say, or the article is dated on the handover day
        if any(_held_during(r, a, b) for r in mine for a, b in periods):
            return None  # the sentence is about a time when the title fitted
        others: list[tuple[Person, Role]] = []
        if len(offices) == 1 and offices[0].single_holder:
            others = [(q, r) for q, r in kb.holders(offices[0].id, on) if q.id != p.id]
        known = (mine and p.history_covers(on)) or others
        if not known:
            return None
        office = offices[0] if len(offices) == 1 else (
            _office_named(offices, t.form) or (kb.offices[mine[0].office] if mine else offices[0]))
        return {**self._values(kb, p, office, mine, others, on), "how": "", "_mine": mine}

    def _former(self, kb: KB, m: PersonMention, t: Title, p: Person, on: date,
                periods: list[tuple[date, date]]) -> dict | None:
        if not t.past or t.modifiers & {"incoming", "acting", "interim"}:
            return None
        offices = offices_for(kb, t, p)
        mine = [r for r in p.roles if r.office in {o.id for o in offices}]
        if not mine or not p.history_covers(on) or shared_title(t):
            return None  # a bare shared title held before the national term was another body's (``_current``)
        if _held_by(mine, on):
            return None  # held (or may have been held) before the date
        office = kb.offices[mine[0].office]
        values = self._values(kb, p, office, mine, [], on)
        values["held"] = "first held " + values["held"].removeprefix("held ")
        return values

    def _stale(self, kb: KB, m: PersonMention, t: Title, p: Person, on: date,
               periods: list[tuple[date, date]]) -> dict | None:
        if "former" not in t.modifiers or t.modifiers & {"then", "late", "past"}:
            return None
        offices = offices_for(kb, t, p)
        held = [r for r in p.roles if r.office in {o.id for o in offices} and r.status_on(on) is True]
        if not held or any(_handover(r, on) for r in held):
            return None
        if any(not _held_during(r, b, b) for r in held for _, b in periods if b > on):
            return None  # the sentence names a later time, when "former" fits
        r = held[0]
        return {"office": office_name(kb, r.office), "held": f"held {r.span_text()}", "actual": "",
                "source": r.source}

    # -- message ----------------------------------------------------------------------------------------------

    def _values(self, kb: KB, p: Person, office: Office, mine: list[Role], others: list[tuple[Person, Role]],
                on: date) -> dict:
        sources: list[str] = []
        parts = []
        several = len({r.office for r in mine}) > 1  # a title several offices carry: say which term was which
        for r in sorted(mine, key=lambda r: r.start.first if r.start else date.min):
            parts.append(f"{office_name(kb, r.office)} {r.span_text()}" if several else r.span_text())
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


def _title_edits(doc: "Document", kb: KB, m: PersonMention, on: date) -> tuple[Edit, ...]:
    """For a title the person did not hold on ``on``: the one office they held that day, and "former …" when
    every term of the office written ended before it.  Nothing when the KB does not say one of these."""
    t, p = m.title, m.person
    written = doc.text[t.start:t.end]  # the span replaced (``t.text`` may include a country adjective before it)
    edits = []
    now = [r for r in p.roles if r.status_on(on) is True and not r.acting]
    if len(now) == 1:
        office = office_name(kb, now[0].office)
        title = _title_for(kb.offices.get(now[0].office), t, written) or office
        edits.append(Edit(t.start, t.end, title, f"the office {surname(p.name)} held on {on}: {office}"))
    ids = {o.id for o in offices_for(kb, t, p)}
    mine = [r for r in p.roles if r.office in ids]
    if mine and all(r.end is not None and r.end.last < on for r in mine):
        sentence = doc.sentence_at(t.start)
        former = "Former" if sentence is not None and sentence.start == t.start else "former"
        edits.append(Edit(t.start, t.end, f"{former} {written}", f"{surname(p.name)} had left the office by {on}"))
    return tuple(edits)


def _title_for(office: Office | None, t: Title, written: str) -> str | None:
    """The office's prose title in the written title's case where the full name would not read: the text names
    the jurisdiction already ("French Prime Minister" → "French President", not "French President of France"),
    or the title stands before the name ("Defence Minister Rustem Umerov").  None elsewhere (an apposition
    takes the full name), or when the text names another jurisdiction."""
    if office is None or not office.titles or " ".join(written.lower().split()) != t.form:
        return None  # the title written holds more than the bare title ("Secretary of Ukraine's …"): keep it all
    if t.jurisdiction is not None and office.jurisdiction != t.jurisdiction:
        return None
    if t.jurisdiction is None and t.position != "before":
        return None
    form = office.titles[0]
    if written[:1].isupper():
        form = " ".join(w if w in ("of", "the", "and", "for") else w[:1].upper() + w[1:] for w in form.split())
    return form


def _office_named(offices: list[Office], form: str) -> Office | None:
    """Of several offices that carry a title ("President" for the Soviet head of state's three posts), the one
    whose name holds the title form, if one does."""
    return next((o for o in offices if form.lower() in o.name.lower()), None)


def _held_during(r: Role, first: date, last: date) -> bool:
    starts_ok = r.start is None or r.start.first <= last
    ends_ok = r.end is None or r.end.last >= first
    return starts_ok and ends_ok


def _namesake_held(kb: KB, p: Person, written: str, ids: set[str]) -> bool:
    """Whether another KB person with the surname ``written`` held one of the offices ``ids``: a bare surname
    bound to ``p`` by an earlier full name may then mean that namesake."""
    return any(q.id != p.id and any(r.office in ids for r in q.roles) for q in kb.find_by_surname(written))


def _held_by(roles: list[Role], on: date) -> bool:
    """Whether one of ``roles`` had (or may have) started by ``on``."""
    return any(r.start is None or r.start.first <= on for r in roles)


def _handover(r: Role, on: date) -> bool:
    """``on`` may be the term's last day: the successor may already be in office (inauguration at noon)."""
    return r.end is not None and r.end.first <= on <= r.end.last


def _later_periods(doc: "Document", offset: int, on: date) -> list[tuple[date, date]]:
    """The times, later years included, named by the sentence at ``offset`` and the one before it in the same
    paragraph ("… early on April 14, 2018.  US President X announced …" on a page dated 2015)."""
    found = reference_periods(doc, offset, on, cap=False)
    here, para = doc.sentence_at(offset), doc.paragraph_at(offset)
    if here is None or para is None:
        return found
    k = here.start - 1
    while k > para.start and doc.text[k].isspace():
        k -= 1
    return found + (reference_periods(doc, k, on, cap=False) if k > para.start else [])


def _by_title(kb: KB, m: PersonMention, on: date) -> PersonMention | None:
    """A titled bare surname no full name introduced ("President Obama said …"), bound to the one KB person
    with that surname who had held an office of that title by ``on``: the title identifies a former holder.
    Someone who took the office only later is not identified this way (another person may share the name), nor
    is anyone by a bare title that banks, companies and states' governors give too (``ORG_TITLES``), unless the
    office is a state's: "President Obama" is the former president, but "Governor Carney" or "Chairman Jordan"
    names a state governor or a committee chair as often as a central banker, and "President Kim" a head of
    state as often as the World Bank's.  Bodies are the jurisdictions the KB gives no adjective (no demonym)."""
    if not m.surname_only:
        return None
    bare_org = m.title.jurisdiction is None and m.title.form in ORG_TITLES
    found = []
    for p in kb.find_by_surname(m.written):
        ids = {o.id for o in offices_for(kb, m.title, p) if not bare_org or _a_state(kb, o)}
        if any(r.office in ids and r.start is not None and r.start.last <= on for r in p.roles):
            found.append(p)
    if len(found) != 1:
        return None
    p = found[0]
    return replace(m, key=p.id, full_name=p.name, person=p, bound=True)


def _a_state(kb: KB, office: Office) -> bool:
    """Whether the office belongs to a state (a jurisdiction with a demonym) rather than a bank or other body."""
    j = kb.jurisdictions.get(office.jurisdiction)
    return j is not None and bool(j.adjectives)
