"""Finding photo captions and galleries: page furniture that speaks from its own day, not the article's.

Captions are dated when the photo was taken, and galleries embedded in an article ("Photos: …  Hide Caption 3
of 21") are updated long after it was published.  A check that compares a date or a title with the publication
date must not judge them against it, so the reader marks them once, as it marks quotations.

A paragraph is a caption when it holds a gallery counter ("Hide Caption 4 of 45", "12 of 19 Photos"), opens
with a caption label ("Photos:", "Image caption", "Image copyright", "Photo:", "FILE PHOTO:"), ends with a photo
credit ("(AP Photo/Jane Doe)", "(Photo: Jane Doe, AP)", "REUTERS/Jane Doe", "Getty Images"), or repeats another
paragraph of the article word for word (a caption printed twice by the page's layout).

Link cards are the same furniture inside a paragraph: some sites print, after a linked name, the person's full
name and the latest headlines about them, closed by "MORE" ("… Hillary Clinton Hillary Diane Rodham
ClintonEnergy Secretary X expected to resign: report … MORE over …"). The headlines are those of the day the
page was saved, so the card (from the name glued to the first headline to "MORE") is marked like a caption.
"""

from __future__ import annotations

import regex

from factlint.support import regexcache
from factlint.document.model import Span

_GALLERY = regexcache.compile(r"\bHide Caption \d+ of \d+\b|\b\d+ of \d+ Photos\b")
_LABEL = regexcache.compile(
    r"\A(?:Photos?|Image caption|Image copyright|Caption|FILE PHOTO|Photo credit|Pictured|Above)\s*[:\s]",
    regex.IGNORECASE,
)
_CREDIT = regexcache.compile(
    r"(?:\((?:AP\s+)?Photos?\s*[:/][^()]{0,120}\)"
    r"|\b(?:REUTERS|Reuters|AFP|EPA|AP)/\p{Lu}[^\n]{0,80}"
    r"|\bGetty\s+Images(?:\s+for\s+[\w ]{1,40})?"
    r"|\b(?:AFP|EPA|AP)\s+via\s+Getty\s+Images)[.\s]*\Z"
)
# A link card: the repeated surname glued to the capital of the first headline ("ClintonEnergy"), up to " MORE";
# the surname must stand just before as a word of its own (so "McDonald" is no card).
_CARD = regexcache.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}'’\-]*?\p{Ll})(?=\p{Lu}\p{Ll})([^\n]{10,800}?[^\S\n]MORE)\b")
_CARD_LOOKBACK = 80
# A caption paragraph is short; a body paragraph that merely ends with a credit line is left to its sentences.
_MAX_CAPTION = 700
# A repeated paragraph shorter than this is a heading or a sign-off, not a caption.
_MIN_REPEAT = 80


def find_captions(text: str, paragraphs: list[Span]) -> list[Span]:
    """The paragraphs of ``text`` that are photo captions or galleries, and the link cards in other paragraphs,
    in order."""
    seen: dict[str, int] = {}
    for p in paragraphs:
        if p.end - p.start >= _MIN_REPEAT:
            chunk = text[p.start:p.end]
            seen[chunk] = seen.get(chunk, 0) + 1
    out: list[Span] = []
    for p in paragraphs:
        chunk = text[p.start:p.end]
        if (_GALLERY.search(chunk) or _LABEL.match(chunk) or seen.get(chunk, 0) > 1
                or (len(chunk) <= _MAX_CAPTION and _CREDIT.search(chunk))):
            out.append(p)
        elif "MORE" in chunk:
            out.extend(_cards(text, p))
    return out


def _cards(text: str, p: Span) -> list[Span]:
    """The link cards in paragraph ``p``: from the first headline to "MORE"."""
    found = []
    for m in _CARD.finditer(text, p.start, p.end):
        before = text[max(p.start, m.start() - _CARD_LOOKBACK):m.start()]
        if regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(m.group(1))}(?![\p{{L}}\p{{M}}])", before):
            found.append(Span(m.start(2), m.end(2)))
    return found
