"""The knowledge-base model: people, the offices they held and when, and entities whose names changed.

Everything here is immutable and plain data, so a loaded KB can be pickled into the compiled cache and shared by
every rule.  Dates are ``PartialDate`` values at the precision the source gave (a year, a month or a day):
comparisons answer ``None`` ("cannot tell") whenever the precision does not settle the question, because a
linter that guesses a day for "2014" would report errors that are not there.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class PartialDate(NamedTuple):
    """A date known to a year, a month or a day.  ``month``/``day`` are 0 when not known.

    A year-only date stands for the whole year (never 1 January): it covers every day from ``first`` to ``last``.
    """

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` for anything else."""
        parts = text.strip().split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValueError(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
        year = int(parts[0])
        if year < 1:
            raise ValueError(f"year 0 does not exist in {text!r}")
        month = int(parts[1]) if len(parts) > 1 else 0
        day = int(parts[2]) if len(parts) > 2 else 0
        if len(parts) > 1 and not 1 <= month <= 12:
            raise ValueError(f"month out of range in {text!r}")
        if len(parts) > 2:
            date(year, month, day)  # raises ValueError for 2023-02-30
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def first(self) -> date:
        """The earliest day this date can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> date:
        """The latest day this date can mean."""
        if self.day:
            return date(self.year, self.month, self.day)
        if self.month:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, 12, 31)

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def age_on(born: PartialDate, on: date) -> tuple[int, int]:
    """The range ``(lowest, highest)`` of ages a person born on ``born`` can have on ``on``.

    A day-precision birth date gives one age; a year-only one gives two possible ages, and a check must accept
    both.  The arithmetic is the date extractor's, so stated ages and KB ages are counted alike.
    """
    from factlint.lang.calendar import age_on as ages_between  # lazily: the KB loads without it

    return ages_between(born.first, born.last, on)


class Jurisdiction(NamedTuple):
    """A country or organisation that offices belong to, with the words prose uses for it."""

    id: str
    name: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()


class Office(NamedTuple):
    """A post a person can hold; ``titles`` are the lower-case forms prose uses, without the jurisdiction.

    ``abolished``: the day the office ceased to exist (Italy's treasury ministry, merged in 2001).  News keeps
    giving the old title to the holder of the office that took its place, so a title dated after that day is
    never judged against this office.
    """

    id: str
    name: str
    jurisdiction: str | None = None
    single_holder: bool = True
    titles: tuple[str, ...] = ()
    wikidata: str | None = None
    abolished: PartialDate | None = None

    def abolished_by(self, d: date) -> bool:
        """Whether the office had certainly ceased to exist on ``d``."""
        return self.abolished is not None and self.abolished.last <= d


class Role(NamedTuple):
    """One term of one person in one office.  ``end`` is the last day held; ``None`` means still held, unless
    ``end_unknown``: the term ended but no source says when (a dataset whose coverage stops while the term runs
    proves only that it had not ended by then), so no date after the start is known to be in or out of it."""

    office: str
    start: PartialDate | None
    end: PartialDate | None
    source: str
    acting: bool = False
    end_unknown: bool = False

    def status_on(self, d: date) -> bool | None:
        """True if the KB says this term certainly covers ``d``, False if it certainly does not, None if unsure.

        An unknown start never proves the term covered a date; an open end means the term runs on.
        """
        if self.end is not None and self.end.last < d:
            return False
        if self.start is not None and self.start.first > d:
            return False
        if self.start is None or self.start.last > d:
            return None
        if self.end is None and self.end_unknown:
            return None
        if self.end is None or self.end.first >= d:
            return True
        return None

    def span_text(self) -> str:
        """``2023-09-06 – 2025-07-17`` or ``from 2025-07-18`` for messages."""
        if self.start and self.end:
            return f"{self.start} – {self.end}"
        if self.start:
            return f"from {self.start}{' (end unknown)' if self.end_unknown else ''}"
        if self.end:
            return f"until {self.end}"
        return "dates unknown"


class Person(NamedTuple):
    """A person the KB knows: names, birth date, and every recorded term in office."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    born: PartialDate | None = None
    born_source: str | None = None
    roles: tuple[Role, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def history_covers(self, d: date) -> bool:
        """Whether ``d`` falls within the span of the person's recorded roles.

        Outside it (before the first recorded start, or after the last recorded end) the KB is silent about the
        person, so a check must not conclude anything.  An open role covers every later date; a role whose end
        is unknown covers nothing past its start.
        """
        starts = [r.start.first for r in self.roles if r.start is not None]
        if not starts or d < min(starts):
            return False
        if any(r.end is None and not r.end_unknown for r in self.roles):
            return True
        return d <= max((r.end.last for r in self.roles if r.end is not None), default=min(starts))


class EntityName(NamedTuple):
    """One name of an entity and the period it was current (``until`` is the last day it was)."""

    name: str
    start: PartialDate | None
    until: PartialDate | None
    source: str
    ambiguous: bool = False


class Entity(NamedTuple):
    """A named thing whose names changed over time (a platform, a company, a city)."""

    id: str
    kind: str
    names: tuple[EntityName, ...] = ()


@dataclass
class KB:
    """A loaded knowledge base with its lookup indexes.

    Lookups are by the forms prose uses: any full name or alias, a surname derived from them, an office title
    with an optional jurisdiction word.  The indexes are built once (``build_indexes``) and pickled with the KB.
    ``stamp`` identifies the files a loaded KB was read from (their contents, see ``factlint.kb.loader``), so that
    data derived from it can be cached on disk under it too; it is empty for a KB built in memory.
    """

    jurisdictions: dict[str, Jurisdiction] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    stamp: str = field(default="", repr=False, compare=False)
    _by_name: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _by_surname: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _by_title: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _jurisdiction_words: dict[str, str] = field(default_factory=dict, repr=False)

    def build_indexes(self) -> None:
        """Fill the lookup tables from the records; call after the records change."""
        by_name: dict[str, list[str]] = {}
        by_surname: dict[str, list[str]] = {}
        for p in self.people.values():
            for n in p.names:
                _add(by_name, name_key(n), p.id)
                _add(by_surname, name_key(surname(n)), p.id)
        by_title: dict[str, list[str]] = {}
        for o in self.offices.values():
            for t in o.titles:
                _add(by_title, name_key(t), o.id)
        words: dict[str, str] = {}
        for j in self.jurisdictions.values():
            for w in (j.name, *j.names, *j.adjectives):
                words.setdefault(name_key(w), j.id)
        self._by_name = {k: tuple(v) for k, v in by_name.items()}
        self._by_surname = {k: tuple(v) for k, v in by_surname.items()}
        self._by_title = {k: tuple(v) for k, v in by_title.items()}
        self._jurisdiction_words = words

    # -- people ---------------------------------------------------------------------------------------------

    def find_person(self, name: str) -> list[Person]:
        """People whose full name or alias is ``name`` (case and curly apostrophes ignored)."""
        return [self.people[i] for i in self._by_name.get(name_key(name), ())]

    def name_heads(self) -> tuple[frozenset[str], int]:
        """The first words of all full names and aliases (as ``name_key`` writes them) and the most words one has.

        A caller trying every word sequence of a capitalised run skips, with these, the sequences that cannot be
        a known name, instead of one ``find_person`` lookup each.
        """
        keys = self._by_name
        return frozenset(k.split(" ", 1)[0] for k in keys), max((k.count(" ") + 1 for k in keys), default=0)

    def find_by_surname(self, name: str) -> list[Person]:
        """People whose derived surname is ``name``: several when the surname is shared."""
        return [self.people[i] for i in self._by_surname.get(name_key(name), ())]

    def roles_on(self, person: Person, on: date) -> list[Role]:
        """The roles the KB says ``person`` certainly held on ``on``."""
        return [r for r in person.roles if r.status_on(on) is True]

    # -- offices --------------------------------------------------------------------------------------------

    def jurisdiction_for(self, word: str) -> str | None:
        """The jurisdiction id a name or adjective ("Ukraine", "Ukrainian", "U.S.") refers to."""
        return self._jurisdiction_words.get(name_key(word))

    def offices_for_title(self, title: str, jurisdiction: str | None = None) -> list[Office]:
        """Offices with the title form ``title`` ("defence minister"), narrowed to ``jurisdiction`` if given.

        ``jurisdiction`` may be an id or a word prose uses ("Ukraine's" → pass "Ukraine").
        """
        found = [self.offices[i] for i in self._by_title.get(name_key(title), ())]
        if jurisdiction is not None:
            jid = jurisdiction if jurisdiction in self.jurisdictions else self.jurisdiction_for(jurisdiction)
            found = [o for o in found if o.jurisdiction == jid]
        return found

    def title_forms(self) -> list[str]:
        """Every title form the KB knows, lower case."""
        return list(self._by_title)

    def holders(self, office_id: str, on: date) -> list[tuple[Person, Role]]:
        """Who the KB says certainly held ``office_id`` on ``on``."""
        out = []
        for p in self.people.values():
            for r in p.roles:
                if r.office == office_id and r.status_on(on) is True:
                    out.append((p, r))
        return out

    # -- entities -------------------------------------------------------------------------------------------

    def entity_names(self) -> list[tuple[Entity, EntityName]]:
        return [(e, n) for e in self.entities.values() for n in e.names]


_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "bin",
              "ibn", "al", "el", "ter", "ten", "zu"}
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi"}


def surname(full_name: str) -> str:
    """The surname reporters use alone: the last word, with lower-case particles kept ("von der Leyen").

    A name that has no surname to derive ("Madonna", "Charles III", "Charles, Prince of Wales") is returned
    whole, so it is only ever matched whole.
    """
    if "," in full_name:
        return full_name
    words = full_name.split()
    while len(words) > 1 and words[-1].lower() in _SUFFIXES:
        words = words[:-1]
    if len(words) < 2:
        return full_name
    i = len(words) - 1
    while i > 0 and words[i - 1].lower() in _PARTICLES and words[i - 1][:1].islower():
        i -= 1
    return " ".join(words[i:])


def name_key(s: str) -> str:
    """The form names, titles and jurisdiction words are indexed and looked up by (case, curly apostrophes and
    spacing ignored)."""
    return " ".join(s.replace("’", "'").split()).casefold()


def _add(index: dict[str, list[str]], key: str, value: str) -> None:
    bucket = index.setdefault(key, [])
    if value not in bucket:
        bucket.append(value)
