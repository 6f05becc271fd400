"""Per-document analysis shared by all rules: extractors run once, lazily, only if some rule asks.

A rule that needs dates reads ``analysis.dates``; the date extractor then runs once for the document and every
later rule reuses the result.  Nothing is imported or computed for analyses no enabled rule uses, which keeps a
pre-commit run on one article fast.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from factlint.kinds.base import PubDateMissing

if TYPE_CHECKING:
    from datetime import date

    from factlint.config import Settings
    from factlint.document.model import Document
    from factlint.extractors.dates.model import DateMention
    from factlint.extractors.numbers.model import Quantity
    from factlint.extractors.people.model import EntityMention, PersonMention
    from factlint.kb.model import KB


class Analysis:
    """The document plus everything extracted from it, computed on first use."""

    def __init__(self, doc: "Document", settings: "Settings"):
        self.doc = doc
        self.settings = settings
        self.missing_pub_date = False
        self.run_notes: set[str] = set()  # said once per run, not per file (a missing optional package)

    def note_once(self, message: str) -> None:
        """Tell the user something about the run, not about this file: the CLI prints each such note once."""
        self.run_notes.add(message)

    @property
    def pub_date(self) -> "date":
        """The publication date, for kinds that declare ``needs_pub_date``: never None.

        On an undated article reading it raises ``PubDateMissing``, which the engine catches to skip the rest of
        the rule for this file; the miss is remembered so the run tells the user once per file how to give a
        date (``--date`` or front matter) instead of silently checking less.
        """
        if self.doc.pub_date is None:
            self.missing_pub_date = True
            raise PubDateMissing
        return self.doc.pub_date

    def publication_date(self) -> "date | None":
        """The publication date or None, for a kind that needs it for some findings only (a yearless date).

        A miss is remembered as by ``pub_date``, but the rule goes on with the findings that need no date.
        """
        if self.doc.pub_date is None:
            self.missing_pub_date = True
        return self.doc.pub_date

    @cached_property
    def dates(self) -> "list[DateMention]":
        """Date and time expressions (``factlint.extractors.dates``), resolved against the publication date."""
        from factlint.extractors.dates import extract_dates

        return extract_dates(self.doc, locale=self.settings.locale)

    @cached_property
    def quantities(self) -> "list[Quantity]":
        """Quantities with their bindings (``factlint.extractors.numbers``); date spans are not counted."""
        from factlint.extractors.numbers import extract_quantities

        return extract_quantities(self.doc, self.dates)

    @cached_property
    def kb(self) -> "KB":
        """The knowledge base: shipped files plus the newsroom's (``factlint.kb``), loaded once per process."""
        from factlint.kb.loader import load_kb

        return load_kb(self.settings.kb_files)

    @cached_property
    def mentions(self) -> "list[PersonMention | EntityMention]":
        """Titled mentions of people and named entities (``factlint.extractors.people``)."""
        from factlint.extractors.people import find_mentions

        return find_mentions(self.doc, self.kb)
