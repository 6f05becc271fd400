"""The people extractor's data types: titles, person mentions and entity-name mentions.

Kept apart from the extractor so the check kinds can name them without compiling any pattern.
"""

from __future__ import annotations

from dataclasses import dataclass

from factlint.kb.model import Entity, EntityName, Person


@dataclass(frozen=True)
class Title:
    """A title given to a person in the text, with what it says about time and place."""

    start: int
    end: int
    text: str                       # as written
    form: str                       # normalised title form ("defence minister")
    jurisdiction: str | None        # a KB jurisdiction id named by the title, if any
    qualified: bool                 # named a place or body the KB does not know ("Russian", "of the EU")
    changed: bool                   # preceded by a word that makes it another office ("deputy")
    modifiers: frozenset[str]       # former, then, late, acting, interim, outgoing, incoming, elect, past
    position: str                   # "before" the name or "after" it (apposition)

    @property
    def past(self) -> bool:
        """The title is given as held before the article's date (former, then-, ex-, late, past tense)."""
        return bool(self.modifiers & {"former", "then", "late", "past"})


@dataclass
class PersonMention:
    """One place a person is named: the name as written, who it resolves to, and the title given there."""

    start: int                      # whole mention, title included
    end: int
    name_start: int
    name_end: int
    written: str                    # the name as written
    key: str                        # the person this mention refers to: a KB id or a normalised full name
    full_name: str                  # the full name (surname-only references bound to it)
    person: Person | None = None
    title: Title | None = None
    surname_only: bool = False      # written as a bare surname
    bound: bool = True              # a surname-only mention bound to a full name written earlier


@dataclass
class EntityMention:
    """A name of a KB entity ("Twitter", "X") as used in the text."""

    start: int
    end: int
    entity: Entity
    name: EntityName
