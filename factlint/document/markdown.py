"""Markdown reader: front matter, then the prose a reader sees, without code, link targets or markers."""

from __future__ import annotations

from typing import Any

import regex

from factlint.support import regexcache
from factlint.document.directives import COMMENT, parse_comment
from factlint.document.frontmatter import parse_front_matter
from factlint.document.reader import Parsed, line_col

_FRONT_MATTER = regexcache.compile(r"---[ \t]*\r?\n(.*?)(?:^|\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", regex.S)
_FENCE = regexcache.compile(r"^ {0,3}(`{3,}|~{3,})")
_LINE_MARKERS = regexcache.compile(
    r"^(?: {0,3}>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?"
)
_HEADING = regexcache.compile(r"^ {0,3}(?:>[ \t]?)*#{1,6}[ \t]")
_LIST_ITEM = regexcache.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_RULE_LINE = regexcache.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$|^ {0,3}(?:=+|-+)[ \t]*$")
_REF_DEF = regexcache.compile(r"^ {0,3}\[[^\]]+\]:\s*\S.*$")
_INLINE = regexcache.compile(
    r"""
    (?P<code>(?<!`)(`+)(?!`).+?(?<!`)\2(?!`))
  | (?P<image>!\[[^\]]*\]\([^)]*\))
  | (?P<link>\[(?P<ltext>[^\]]*)\](?P<ltarget>\([^)]*\)|\[[^\]]*\]))
  | (?P<autolink><(?:https?|mailto|ftp):[^>\s]*>)
  | (?P<url>\b(?:https?://|www\.)[^\s<>()\[\]]+)
  | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)
  | (?P<emph>(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])|(?<!\w)_{1,3}(?=\S)|(?<=\S)_{1,3}(?!\w))
    """,
    regex.X | regex.S,
)


def read_markdown(source: str, path: str) -> Parsed:
    """Find what to drop from a Markdown source, its paragraphs, directives and front matter."""
    parsed = Parsed()
    body_start = 0
    if source.startswith("---"):
        m = _FRONT_MATTER.match(source)
        if m:
            parsed.front_matter = parse_front_matter(m.group(1), path, line_offset=1)
            body_start = m.end()
            parsed.drops.append((0, body_start))

    # Comments first: they may span lines and hide anything inside them.
    for m in COMMENT.finditer(source, body_start):
        parsed.drops.append(m.span())
        line, col = line_col(source, m.start())
        d = parse_comment(m.group(1), line, col)
        if d is not None:
            parsed.directives.append(d)

    in_fence: str | None = None
    prev_blank = True
    para_start: int | None = None
    pos = body_start
    for raw in source[body_start:].splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        start, end = pos, pos + len(line)
        pos += len(raw)
        if in_fence is not None:
            parsed.drops.append((start, end))
            if line.strip().startswith(in_fence):
                in_fence = None
            continue
        plain = _opens_plain(line)
        fm = None if plain else _FENCE.match(line)
        if fm:
            in_fence = fm.group(1)
            parsed.drops.append((start, end))
            para_start = _close(parsed, para_start, start)
            prev_blank = True
            continue
        if not line.strip():
            para_start = _close(parsed, para_start, start)
            prev_blank = True
            continue
        if prev_blank and (line.startswith("    ") or line.startswith("\t")) and not _LIST_ITEM.match(line):
            parsed.drops.append((start, end))  # indented code block
            continue
        if not plain and (_RULE_LINE.match(line) or _REF_DEF.match(line)):
            parsed.drops.append((start, end))
            para_start = _close(parsed, para_start, start)
            prev_blank = True
            continue
        block_line = not plain and bool(_HEADING.match(line) or _LIST_ITEM.match(line))
        if block_line:
            para_start = _close(parsed, para_start, start)
        marker = None if plain else _LINE_MARKERS.match(line)
        if marker and marker.end() > 0:
            parsed.drops.append((start, start + marker.end()))
        if _may_hold_inline(line):
            for im in _INLINE.finditer(line):
                _drop_inline(parsed, im, start)
        if para_start is None:
            para_start = start
        if not plain and _HEADING.match(line):
            para_start = _close(parsed, para_start, end)
        prev_blank = False
    _close(parsed, para_start, len(source))
    return parsed


def _opens_plain(line: str) -> bool:
    """Whether the line opens with ordinary text, where no block pattern (fence, rule, reference, heading, list
    item, quote or indent marker) can match: most lines of an article, spared six regex calls each."""
    first = line[:1]
    return bool(first) and first not in _BLOCK_OPENERS and not first.isdigit()


# Every character a block pattern above can match first (a list number's digits aside).
_BLOCK_OPENERS = frozenset(" \t`~-*_=[>#+")


def _may_hold_inline(line: str) -> bool:
    """Whether ``_INLINE`` can match in the line: each of its branches needs one of these characters or a URL's
    opening, and a line without any is spared the pattern's try at every position."""
    return any(ch in line for ch in "`[<*_") or "http" in line or "www." in line


def _close(parsed: Parsed, para_start: int | None, end: int) -> None:
    if para_start is not None and end > para_start:
        parsed.paragraphs.append((para_start, end))
    return None


def _drop_inline(parsed: Parsed, m: Any, base: int) -> None:
    if m.group("link"):
        # Keep the link text, drop the brackets and the target.
        parsed.drops.append((base + m.start("link"), base + m.start("ltext")))
        parsed.drops.append((base + m.end("ltext"), base + m.end("link")))
        # Emphasis inside link text is rare; leave it.
    else:
        parsed.drops.append((base + m.start(), base + m.end()))
