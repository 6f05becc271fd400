"""Helpers shared by the people and entity kinds: which mentions may be judged, and against which dates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from factlint.support import regexcache
from factlint.extractors.people import PersonMention

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.kb.model import KB

_YEAR = regexcache.compile(r"(?<![\d,.\-/])(1[89]\d\d|20\d\d)(?![\d\-/])")


def judgeable(m: PersonMention, doc: "Document | None" = None) -> bool:
    """A mention a KB check may judge: it resolves to one KB person by a full name (or a surname bound to one
    written earlier), outside photo captions (dated when the photo was taken, galleries updated later).
    Quotations are the rule's policy, applied through ``CheckKind.quotations``."""
    return m.person is not None and not (m.surname_only and not m.bound) and not (doc and doc.in_caption(m.start))


def other_years(doc: "Document", offset: int, pub: date) -> list[int]:
    """Years other than the publication year written in the sentence at ``offset``.

    A sentence about 2019 ("In 2019, defence minister X said …") may give the title held then, so checks against
    the publication date must also accept that year.
    """
    span = doc.sentence_at(offset)
    text = doc.text[span.start:span.end] if span else doc.text[max(0, offset - 200):offset + 200]
    return sorted({int(y) for y in _YEAR.findall(text) if int(y) != pub.year and int(y) <= pub.year + 1})


def office_name(kb: "KB", office_id: str) -> str:
    """The office's canonical name for messages (its id when the KB has no such office)."""
    office = kb.offices.get(office_id)
    return office.name if office else office_id
