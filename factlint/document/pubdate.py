"""Finding an article's publication date when neither the command line nor the metadata gives one.

Only a dateline counts: a full date (day, month and year) near the start of the first paragraph, in the way wire
copy and the reference article open ("… announced on December 3, 2023, that …").  A date introduced by "born" or
standing later in the story is about something else, so it is never taken.
"""

from __future__ import annotations

from datetime import date

import regex

from factlint.support import regexcache
from factlint.document.model import Span
from factlint.lang.vocabulary import MONTH_NUMBER

# The dateline's own month spelling ("Sept.", "Jan."): kept as written, since the date grammar's shape would
# also accept "Jun." and change which datelines are read; the names' numbers come from lang/vocabulary.
_MONTH = (
    r"(?P<{g}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_FULL_DATE = regexcache.compile(
    r"\b(?:" + _MONTH.format(g="m1") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.format(g="m2") + r",?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d))\b"
)
_BORN = regexcache.compile(r"\b(?:born|died|birth|founded|established|since|until|from)\W+(?:\w+\W+){0,2}$", regex.I)
_WINDOW = 300


def dateline_date(text: str, paragraphs: list[Span], skip_title: str | None) -> date | None:
    """The full date near the start of the article's first body paragraph, if one is written there."""
    for para in paragraphs[:2]:
        chunk = text[para.start:para.end]
        if skip_title and chunk.strip() == skip_title:
            continue
        for m in _FULL_DATE.finditer(chunk, 0, min(len(chunk), _WINDOW)):
            if _BORN.search(chunk, max(0, m.start() - 40), m.start()):
                continue
            found = _to_date(m)
            if found is not None:
                return found
        return None
    return None


def _to_date(m: regex.Match) -> date | None:
    if m.group("y3"):
        y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    else:
        name = (m.group("m1") or m.group("m2")).rstrip(".").lower()
        mo = MONTH_NUMBER.get(name[:4] if name.startswith("sept") else name[:3])
        y = int(m.group("y1") or m.group("y2"))
        d = int(m.group("d1") or m.group("d2"))
    try:
        return date(y, mo, d)
    except (TypeError, ValueError):
        return None
