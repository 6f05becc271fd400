"""Building prose from a source by deleting markup, keeping a map from every prose character to the source.

Format readers mark source ranges to drop (code, link targets, comments, markers); ``build_prose`` copies the
rest and records one segment per copied run, which is all ``Document.position`` needs.
"""

from __future__ import annotations


def build_prose(
    source: str, drops: list[tuple[int, int]], breaks: dict[int, str] | None = None
) -> tuple[str, list[tuple[int, int]]]:
    """Copy ``source`` without the ``drops`` ranges; return the prose and its ``(text_start, source_start)`` segments.

    ``breaks`` maps the start of a dropped range to text that stands in for it (HTML block tags become a paragraph
    break, so "<p>One</p><p>Two</p>" does not read "OneTwo"); that text maps to the start of the range.
    """
    breaks = breaks or {}
    parts: list[str] = []
    segments: list[tuple[int, int]] = []
    pos = 0
    out = 0
    for start, end in sorted(drops):
        if end <= pos:
            continue
        start = max(start, pos)
        if start > pos:
            segments.append((out, pos))
            parts.append(source[pos:start])
            out += start - pos
        filler = breaks.get(start)
        if filler:
            segments.append((out, start))
            parts.append(filler)
            out += len(filler)
        pos = end
    if pos < len(source):
        segments.append((out, pos))
        parts.append(source[pos:])
    return "".join(parts), segments
