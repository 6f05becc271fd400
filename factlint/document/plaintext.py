"""Plain-text reader: paragraphs by blank lines (or one per line when the text has none), factlint comments."""

from __future__ import annotations

from factlint.support import regexcache
from factlint.document.directives import COMMENT, is_factlint_comment, parse_comment
from factlint.document.reader import Parsed, line_col

_BLANK = regexcache.compile(r"\n[ \t]*\r?\n")
_TERMINAL = regexcache.compile(r"[.!?:;…\"'”’)\]]\s*$")


def read_plaintext(source: str, path: str) -> Parsed:
    """Paragraphs and directives of a plain-text article.

    A file with blank lines is split into blocks at them; inside a block, a short line without final
    punctuation (a headline or subhead) is a paragraph of its own.  A file without blank lines has one paragraph
    per line, which is how many newsroom exports (and the reference article) are written.
    """
    parsed = Parsed()
    for m in COMMENT.finditer(source):
        if is_factlint_comment(m.group(1)):
            parsed.drops.append(m.span())
            line, col = line_col(source, m.start())
            d = parse_comment(m.group(1), line, col)
            if d is not None:
                parsed.directives.append(d)
    has_blank = _BLANK.search(source) is not None
    pos = 0
    para_start: int | None = None
    for raw in source.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        start, end = pos, pos + len(line)
        pos += len(raw)
        if not line.strip():
            if para_start is not None:
                parsed.paragraphs.append((para_start, start))
                para_start = None
            continue
        if para_start is None:
            para_start = start
        standalone = not has_blank or (len(line) < 100 and not _TERMINAL.search(line))
        if standalone:
            parsed.paragraphs.append((para_start, end))
            para_start = None
    if para_start is not None:
        parsed.paragraphs.append((para_start, len(source)))
    first = next((p for p in parsed.paragraphs if source[p[0]:p[1]].strip()), None)
    if first and has_blank and len(source[first[0]:first[1]]) < 150 and not _TERMINAL.search(source[first[0]:first[1]]):
        parsed.title = source[first[0]:first[1]].strip()
    return parsed
