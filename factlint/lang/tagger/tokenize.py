"""A small tokenizer for news text that splits as UD English-EWT does (so the tagger sees what it was trained on).

Words, numbers with their internal separators ("60,000", "3.5", "2019"), abbreviations with dots ("U.S.", "Dr.",
"a.m."), clitics split off ("Obama" + "'s", "do" + "n't", "they" + "'re"), hyphens as their own token ("then",
"-", "President"), and every other punctuation mark alone. Offsets are character offsets into the text given.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


_ABBREV = r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Rev|St|Jr|Sr|Inc|Corp|Ltd|Co|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.(?!\w)"
_TOKEN = re.compile(
    rf"""
    (?P<abbr>{_ABBREV})
  | (?P<num>\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|m|bn|k)?\b)
  | (?P<neg>n['’]t\b)
  | (?P<clitic>['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)\b)
  | (?P<word>[^\W_]+?(?=n['’]t\b)|[^\W_]+(?:['’](?!(?:[sdmSDM]|re|ve|ll|RE|VE|LL|t)\b)[^\W_]+)*)
  | (?P<ellipsis>\.{{2,}}|…)
  | (?P<dash>--+|[–—])
  | (?P<punct>\S)
    """,
    re.VERBOSE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


_SENT_END = re.compile(r"""[.!?…]+['"”’)]*(?=\s+["“‘(]?[A-Z0-9])|\n\s*\n""")


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans ``(start, end)``: a break after . ! ? before a capital or digit (not after a known
    abbreviation or an initial), and at blank lines."""
    spans = []
    pos = 0
    for m in _SENT_END.finditer(text):
        before = text[max(pos, m.start() - 6):m.start() + 1]
        if m.group().startswith(".") and re.search(rf"(?:^|\W)(?:{_ABBREV}|[A-Z]\.)$", before):
            continue
        spans.append((pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip()]
