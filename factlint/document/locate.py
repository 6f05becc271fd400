"""From a finding's source line and column back to the prose: the inverse of ``Document.source_range``.

Findings speak in source coordinates (what the writer edits), but some consumers need the prose: the HTML
report highlights the words an editor reads, and baseline fingerprints use the sentence around a finding.
Reach it through ``Document.locator``, which builds one per document.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from factlint.document.model import Document, Span


class Place(Protocol):
    """A source range as findings and their related locations give it (1-based, end exclusive)."""

    line: int
    column: int
    end_line: int
    end_column: int


class ProseLocator:
    """Maps 1-based source ``(line, column)`` pairs of one document to offsets into ``doc.text``."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._line_starts = doc.line_starts
        self._src_starts = [s for _, s in doc.segments]
        self._sentence_src = [doc.source_offset(s.start) for s in doc.sentences]

    def source_offset(self, line: int, column: int) -> int:
        """The offset into ``doc.source`` of a 1-based line and column (clamped to the source)."""
        line = min(max(line, 1), len(self._line_starts))
        return min(self._line_starts[line - 1] + max(column, 1) - 1, len(self.doc.source))

    def prose_offset(self, line: int, column: int) -> int:
        """The prose offset of the character at a source position; markup positions map to the next prose."""
        src = self.source_offset(line, column)
        doc = self.doc
        if not doc.segments:
            return min(src, len(doc.text))
        k = bisect.bisect_right(self._src_starts, src) - 1
        if k < 0:
            return 0
        text_start, source_start = doc.segments[k]
        limit = doc.segments[k + 1][0] if k + 1 < len(doc.segments) else len(doc.text)
        return min(text_start + (src - source_start), limit)

    def source_span(self, place: Place) -> tuple[int, int]:
        """The ``[start, end)`` offsets into ``doc.source`` of a finding's (or related location's) range."""
        start = self.source_offset(place.line, place.column)
        return start, max(self.source_offset(place.end_line, place.end_column), start)

    def prose_span(self, place: Place) -> tuple[int, int]:
        """The prose ``[start, end)`` of a finding's (or related location's) range."""
        line, column, end_line, end_column = place.line, place.column, place.end_line, place.end_column
        start = self.prose_offset(line, column)
        if (end_line, end_column) <= (line, column):
            return start, start
        end = self.prose_offset(end_line, end_column - 1) + 1 if end_column > 1 else self.prose_offset(end_line, 1)
        return start, min(max(end, start), len(self.doc.text))

    def sentence_at_source(self, line: int, column: int) -> Span | None:
        """The sentence whose source text contains a source position, if any."""
        src = self.source_offset(line, column)
        k = bisect.bisect_right(self._sentence_src, src) - 1
        if k < 0:
            return None
        sentence = self.doc.sentences[k]
        end = self.doc.source_offset(max(sentence.end - 1, sentence.start)) + 1
        return sentence if src < end else None
