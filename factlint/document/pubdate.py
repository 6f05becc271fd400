"""Finding an article's publication date when neither the command line nor the metadata gives one.

Only a date the text gives as the day the news was made public counts: a full date (day, month and year) in the
opening of the first body paragraph, either right after a reporting verb ("… announced on December 3, 2023,
that …", as the reference article opens; a byline "Posted by A. Writer on 19 Sep 2016") or as a classic dateline ("WASHINGTON, Dec. 3, 2023 —").  Any other
date there is usually the event's ("… disappeared ten years ago, on May 1, 2014, …"), and a photo caption is
dated when the photo was taken, so neither is taken: such an article is undated.
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
# A reporting verb right before the date (an optional "on" and weekday between): the date the news was given.
_REPORTED = regexcache.compile(
    r"(?r)\b(?:announced|said|says|reported|confirmed|stated|declared|revealed|disclosed|published|released|issued"
    r"|unveiled|told\s+(?:\p{L}+\s+){1,3}?|(?i:posted|published)(?:\s+by\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}?)?)"
    r"\s*(?:on\s+)?(?:\p{L}+day,?\s+)?\Z"
)
# A dateline: the paragraph opens with the date, after at most a place name ("WASHINGTON, ", "Paris, France, "),
# and a dash, a colon, an agency's name in brackets or the end of the line follows it.
_PLACE = regexcache.compile(r"\A\s*(?:\p{Lu}[\p{L}.'’ -]{0,40},\s*){0,2}\Z")
_AFTER_DATELINE = regexcache.compile(r"\s*(?:\(|[-–—:|/]|\Z)")
_WINDOW = 300


def dateline_date(text: str, paragraphs: list[Span], skip_title: str | None,
                  captions: list[Span] = ()) -> date | None:
    """The date the first body paragraph gives for the news (reporting verb or dateline), if it gives one."""
    skip = set(captions)
    for para in paragraphs[:4]:
        chunk = text[para.start:para.end]
        if para in skip or (skip_title and chunk.strip() == skip_title):
            continue
        for m in _FULL_DATE.finditer(chunk, 0, min(len(chunk), _WINDOW)):
            reported = _REPORTED.search(chunk, max(0, m.start() - 60), m.start())
            dateline = _PLACE.match(chunk, 0, m.start()) and _AFTER_DATELINE.match(chunk, m.end())
            if reported or dateline:
                return _to_date(m)
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
