"""Which KB offices a title written in the text can mean.

This stays with the people extractor rather than in ``factlint.kb``: the KB answers "which offices have this
title form" (``KB.offices_for_title``); deciding that a qualified ("Russian President") or changed ("deputy
minister") title means no KB office at all is a reading of the extracted ``Title``, and the KB package must
not depend on the extractor's types.
"""

from __future__ import annotations

from factlint.extractors.people.model import Title
from factlint.kb.model import KB, Office, Person


# Titles that states, armed forces, campaigns and other officials' offices give as well as the national
# government ("Attorney General" of Florida, a senator's "chief of staff", a campaign's "press secretary").
# Written bare, such a title names the national office only for someone who held it: one the person took only
# later was then, most likely, another body's (``shared_title``).
SHARED_TITLES = frozenset({"attorney general", "chief of staff", "press secretary", "national security adviser",
                           "national security advisor"})
# Titles that banks, companies, parties and universities also give ("President Mario Draghi" of the ECB,
# "Governor X" of a central bank): written bare, they name no state office the person did not hold.
ORG_TITLES = frozenset({"president", "vice president", "chairman", "chairwoman", "chair", "chief executive",
                        "governor", "chancellor", "speaker", "secretary", "director", "head"}) | SHARED_TITLES


def offices_for(kb: KB, title: Title, person: Person | None = None) -> list[Office]:
    """The KB offices a title can mean: none if it names an unknown place or body or another office
    ("deputy …"); with a known jurisdiction, that jurisdiction's; otherwise, for a known person, those in the
    jurisdictions the person has held office in (for a title bodies also give, ``ORG_TITLES``, only the offices
    the person held: a bare "President Mario Draghi" is the ECB's president, not Italy's), else any."""
    if title.qualified or title.changed:
        return []
    found = kb.offices_for_title(title.form, title.jurisdiction) if title.jurisdiction else \
        kb.offices_for_title(title.form)
    if title.jurisdiction is None and person is not None:
        if title.form in ORG_TITLES:
            held = {r.office for r in person.roles}
            found = [o for o in found if o.id in held]
        else:
            mine = {kb.offices[r.office].jurisdiction for r in person.roles if r.office in kb.offices}
            found = [o for o in found if o.jurisdiction in mine]
    return found


def shared_title(title: Title) -> bool:
    """Whether the title is written bare and is one other bodies also give (``SHARED_TITLES``): the KB cannot say
    that the person did not hold such a title elsewhere on a day before their national term."""
    return title.jurisdiction is None and title.form in SHARED_TITLES
