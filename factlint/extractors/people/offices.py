"""Which KB offices a title written in the text can mean.

This stays with the people extractor rather than in ``factlint.kb``: the KB answers "which offices have this
title form" (``KB.offices_for_title``); deciding that a qualified ("Russian President") or changed ("deputy
minister") title means no KB office at all is a reading of the extracted ``Title``, and the KB package must
not depend on the extractor's types.
"""

from __future__ import annotations

from factlint.extractors.people.model import Title
from factlint.kb.model import KB, Office, Person


def offices_for(kb: KB, title: Title, person: Person | None = None) -> list[Office]:
    """The KB offices a title can mean: none if it names an unknown place or body or another office
    ("deputy …"); with a known jurisdiction, that jurisdiction's; otherwise, for a known person, only the
    offices of that title the person held at some time (a bare "President Mario Draghi" is the ECB's president,
    a body the KB may lack, not Italy's), else any."""
    if title.qualified or title.changed:
        return []
    found = kb.offices_for_title(title.form, title.jurisdiction) if title.jurisdiction else \
        kb.offices_for_title(title.form)
    if title.jurisdiction is None and person is not None:
        held = {r.office for r in person.roles}
        found = [o for o in found if o.id in held]
    return found
