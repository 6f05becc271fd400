"""What a format reader hands to the document builder, and helpers the readers share."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from factlint.document.model import Directive


class SourceError(ValueError):
    """The file cannot be read as an article (bad front matter, not UTF-8, binary…); the message names the place."""


class SkippedSource(SourceError):
    """Not an article file at all (a FIFO or device found among articles): skipped with a note, not an error."""


@dataclass
class Parsed:
    """A reader's result, all in source offsets: ranges to drop, paragraph ranges, directives, metadata."""

    drops: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    front_matter: dict[str, Any] = field(default_factory=dict)
    title: str | None = None
    meta_date: date | None = None  # a publication date stated by markup (HTML meta, <time>)
    breaks: dict[int, str] = field(default_factory=dict)  # dropped-range start -> text standing in for it


def line_col(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``source`` (for the few places that need it once)."""
    line = source.count("\n", 0, offset) + 1
    col = offset - (source.rfind("\n", 0, offset) + 1) + 1
    return line, col


def parse_date_value(value: Any) -> date | None:
    """A publication date from front matter or markup: a YAML date, or an ISO date/datetime string."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                return None
    return None


def to_text_offsets(segments: list[tuple[int, int]], source_offsets: list[int], text_length: int) -> list[int]:
    """Map source offsets to prose offsets (a dropped position maps to the next kept character, or the end)."""
    src_starts = [s for _, s in segments]
    out = []
    for off in source_offsets:
        k = bisect.bisect_right(src_starts, off) - 1
        if k < 0:
            out.append(0)
            continue
        text_start, source_start = segments[k]
        run_end = segments[k + 1][0] if k + 1 < len(segments) else text_length
        out.append(min(text_start + (off - source_start), run_end))
    return out
