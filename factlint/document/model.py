"""The document model: the prose of an article, mapped back to its source file.

Every extractor and check works on ``Document.text`` (the visible prose, with markup removed) and speaks in
offsets into that string.  ``Document.position`` turns such an offset back into the 1-based line and column of
the file the writer edits, so findings always point into the source, whatever the format.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from factlint.document.locate import ProseLocator
    from factlint.document.tokens import Tokens


class Span(NamedTuple):
    """A half-open range ``[start, end)`` of offsets into ``Document.text``.

    Value classes used on every run are named tuples rather than dataclasses: building a frozen dataclass costs
    about 1 ms at import, a named tuple a fraction of that, and a pre-commit run on one article counts them.
    """

    start: int
    end: int


class Directive(NamedTuple):
    """A ``factlint-…`` suppression comment found in the source."""

    action: str  # "disable-next-line", "disable", "enable", "disable-file", "disable-line"
    rules: tuple[str, ...]  # empty: every rule
    reason: str | None
    line: int  # 1-based source line of the directive itself
    column: int


@dataclass
class Document:
    """An article ready for checking.

    ``segments`` maps the prose back to the source: each entry ``(text_start, source_start)`` says that from
    ``text_start`` on, characters of ``text`` are copied one for one from ``source`` starting at
    ``source_start`` (until the next segment).  Characters the extractor synthesises (a paragraph break between
    two blocks) belong to the segment before them.
    """

    path: str
    source: str
    text: str
    segments: list[tuple[int, int]]
    front_matter: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    pub_date: date | None = None
    pub_date_source: str | None = None  # "--date", "front matter", "html meta", "dateline"
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    quotes: list[Span] = field(default_factory=list)
    captions: list[Span] = field(default_factory=list)  # photo captions and galleries (document/captions.py)
    directives: list[Directive] = field(default_factory=list)
    # Where ``source`` starts in its file: the lines before it and the column its first line starts at. Not
    # (0, 0) only for a part of a file checked in parts (engine/parts.py), whose findings speak of the file.
    origin: tuple[int, int] = (0, 0)
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _seg_starts: list[int] = field(default_factory=list, repr=False)
    _locator: ProseLocator | None = field(default=None, repr=False, compare=False)
    _tokens: Tokens | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._line_starts = line_starts_of(self.source)
        self._seg_starts = [s for s, _ in self.segments]

    @property
    def line_starts(self) -> list[int]:
        """Offsets in ``source`` at which each line starts (index 0 is line 1)."""
        return self._line_starts

    def source_offset(self, offset: int) -> int:
        """The offset in ``source`` of the prose character at ``offset``."""
        if not self.segments:
            return min(offset, len(self.source))
        k = bisect.bisect_right(self._seg_starts, offset) - 1
        if k < 0:
            k = 0
        text_start, source_start = self.segments[k]
        # Synthesised characters past the copied run stay at the end of that run.
        limit = self._seg_starts[k + 1] if k + 1 < len(self.segments) else len(self.text)
        run = max(0, min(offset, limit) - text_start)
        return min(source_start + run, len(self.source))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` in the source file of the prose offset ``offset``."""
        src = self.source_offset(offset)
        line = bisect.bisect_right(self._line_starts, src) - 1
        lines_before, first_column = self.origin
        return line + 1 + lines_before, src - self._line_starts[line] + 1 + (first_column if line == 0 else 0)

    def end_position(self, end: int) -> tuple[int, int]:
        """1-based ``(line, column)`` just past the prose character at ``end - 1`` (an exclusive end)."""
        if end <= 0:
            return self.position(0)
        line, col = self.position(end - 1)
        return line, col + 1

    def source_range(self, start: int, end: int) -> tuple[int, int, int, int]:
        """The source ``(line, column, end_line, end_column)`` of the prose range ``[start, end)``, end exclusive.

        The one way a prose span becomes a place in the file, so findings and the places they compare with agree.
        """
        return (*self.position(start), *self.end_position(end))

    @property
    def locator(self) -> ProseLocator:
        """The way back from source places to the prose (built on first use: only reports and baselines need it)."""
        if self._locator is None:
            from factlint.document.locate import ProseLocator

            self._locator = ProseLocator(self)
        return self._locator

    @property
    def tokens(self) -> Tokens:
        """The words of the prose (found on first use, once for every check that reads words)."""
        if self._tokens is None:
            from factlint.document.tokens import Tokens

            self._tokens = Tokens(self.text)
        return self._tokens

    def source_line(self, line: int) -> str:
        """The text of 1-based source line ``line`` without its newline."""
        if line < 1 or line > len(self._line_starts):
            return ""
        start = self._line_starts[line - 1]
        stop = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.source)
        return self.source[start:stop].rstrip("\r")

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing ``offset``, if any."""
        return _span_at(self.sentences, offset)

    def paragraph_at(self, offset: int) -> Span | None:
        """The paragraph containing ``offset``, if any."""
        return _span_at(self.paragraphs, offset)

    def in_quote(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a direct quotation."""
        return _span_at(self.quotes, offset) is not None

    def in_caption(self, offset: int) -> bool:
        """Whether ``offset`` lies in a photo caption or gallery, which speaks from its own day."""
        return _span_at(self.captions, offset) is not None


def line_starts_of(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (index 0 is line 1)."""
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def trimmed(text: str, start: int, end: int) -> Span | None:
    """``[start, end)`` without surrounding white space, or None when nothing else is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _span_at(spans: list[Span], offset: int) -> Span | None:
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        s = spans[mid]
        if offset < s.start:
            hi = mid
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    return None
