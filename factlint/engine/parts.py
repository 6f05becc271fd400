"""Checking a file too large to analyse whole (a wire-feed dump, a converted book, a generated file) in parts.

Several stages of the analysis grow faster than the text (figures compared with figures, names searched per
surname), and its structures take tens of bytes per character: a 50 MB file would take minutes and gigabytes.
A file longer than ``Settings.split_bytes`` is therefore cut into parts of about a quarter of that, at blank
lines, else line breaks, else sentence ends, else white space; each part is analysed as its own document with
the file's publication date, and its analysis is freed before the next.  Findings are mapped back to the file's
lines and columns (``Document.origin``), and the file's suppression directives are applied once over all of them, so a
``factlint-disable`` … ``factlint-enable`` region works across parts.  Checks that relate distant places of one
text (a name spelled two ways, a total and its parts) see one part at a time; the user is told so.
"""

from __future__ import annotations

from datetime import date
from typing import Iterator, NamedTuple, TypeVar

import regex

from factlint.config import Settings
from factlint.document import SourceError, format_for, load_document
from factlint.document.model import Directive, Document
from factlint.engine.runner import analyse, finish, result_error
from factlint.findings import FileResult, Finding
from factlint.kinds.rule import Rule
from factlint.support import regexcache

# Where a part may end, best first: after a blank line, a line break, a sentence end, any white space.
_CUTS = tuple(regexcache.compile(p) for p in (r"\n[ \t]*\n", r"\n", r"[.!?][\"'”’)\]]*[ \t]+", r"\s+"))
_FARTHEST = 8  # in part sizes: how far past its window a part may grow to close a code block
_FENCE = regexcache.compile(r"^ {0,3}(?:`{3,}|~{3,})", regex.M)
_RAW_TAG = regexcache.compile(r"<(/?)(?:script|style)\b", regex.I)


class Part(NamedTuple):
    """A piece of the file: ``[start, end)`` in its text, and where it starts (0-based line and column)."""

    start: int
    end: int
    line: int
    column: int


def parts_of(text: str, size: int, fmt: str) -> Iterator[Part]:
    """The file cut into parts of about ``size`` characters (rarely more than twice that), in order, covering it.

    A cut is not made inside a comment, a Markdown code fence or an HTML script or style element (counted from
    the part's start), nor before a ``---`` line that a Markdown reader would take for front matter.
    """
    start, line, column = 0, 0, 0
    while start < len(text):
        end = len(text) if len(text) - start <= size * 3 // 2 else _cut(text, start, size, fmt)
        yield Part(start, end, line, column)
        newlines = text.count("\n", start, end)
        column = end - text.rfind("\n", start, end) - 1 if newlines else column + end - start
        line += newlines
        start = end


def _cut(text: str, start: int, size: int, fmt: str) -> int:
    """Where the part from ``start`` ends: the first balanced cut of the best kind between ``size`` and twice
    that; else, past that window (a long code block), the first balanced line break; else the first cut found."""
    target, limit = start + size, min(len(text), start + 2 * size)
    base = _Balance(text, fmt, start)
    base.upto(target)
    first = None
    for pattern in _CUTS:
        balance = base.copy()
        for m in pattern.finditer(text, target, limit):
            first = m.end() if first is None else first
            if balance.upto(m.end()):
                return m.end()
    balance = base.copy()
    for m in _CUTS[1].finditer(text, target, min(len(text), start + _FARTHEST * size)):
        if balance.upto(m.end()):
            return m.end()
    return first if first is not None else limit


class _Balance:
    """Whether a cut would leave a comment, a Markdown code fence or an HTML script or style element open,
    counted from the part's start as the cut moves forward (each character counted once).

    A cut is also refused before a ``---`` line, which a Markdown reader would take for front matter.
    """

    def __init__(self, text: str, fmt: str, start: int):
        self.text, self.fmt, self.pos = text, fmt, start
        self.comments = self.fences = self.raw = 0

    def copy(self) -> _Balance:
        other = _Balance(self.text, self.fmt, self.pos)
        other.comments, other.fences, other.raw = self.comments, self.fences, self.raw
        return other

    def upto(self, end: int) -> bool:
        text, start = self.text, self.pos
        # A stray closer ("a --> b" in prose) closes nothing: the counts never go below zero.
        self.comments = max(0, self.comments + text.count("<!--", start, end) - text.count("-->", start, end))
        if self.fmt == "markdown":
            self.fences += len(_FENCE.findall(text, start, end))
        elif self.fmt == "html":
            tags = _RAW_TAG.findall(text, start, end)
            self.raw = max(0, self.raw + tags.count("") - tags.count("/"))
        self.pos = end
        closed = self.comments == 0 and self.fences % 2 == 0 and self.raw == 0
        return closed and not (self.fmt == "markdown" and text.startswith("---", end))


def check_in_parts(path: str, text: str, settings: Settings, rules: list[Rule], pub_date: date | None) -> FileResult:
    """Check ``text`` (the whole file, named ``path``) part by part; one ``FileResult`` as for a whole file.

    The result's document holds the file's source only (its prose is not built whole): reporters show source
    lines, ``--fix`` edits the source.
    """
    result = FileResult(path)
    text = text.replace("\r\n", "\n") if "\r\n" in text else text
    fmt = format_for(path)
    size = max(1, settings.split_bytes // 4)
    findings: list[Finding] = []
    directives: list[Directive] = []
    head: _Head | None = None  # what the first part says about the whole article
    count = 0
    for part in parts_of(text, size, fmt):
        count += 1
        try:
            doc = load_document(path, text[part.start:part.end], pub_date=pub_date or (head.pub_date if head else None),
                                fmt=fmt)
        except SourceError as exc:
            result_error(result, exc)
            if head is None:  # the front matter is unreadable: nothing is checked, as for a whole file
                return result
            continue
        if head is None:
            head = _Head(doc.pub_date, doc.pub_date_source, doc.front_matter)
        else:  # the article's date and front matter are the first part's; a dateline or heading here is not
            doc.pub_date, doc.pub_date_source, doc.front_matter = head
            doc.title = None
        doc.origin = (part.line, part.column)  # findings and their messages then give the file's lines
        found, errors, notices = analyse(doc, settings, rules)
        findings.extend(found)
        directives.extend(_placed(d, part) for d in doc.directives)
        _add_new(result.errors, errors)
        _add_new(result.notices, notices)
        del doc, found  # the part's analysis goes before the next part is read
    whole = Document(path=path, source=text, text=text, segments=[(0, 0)])
    result.document = whole
    result.findings = finish(path, directives, findings, len(whole.line_starts), settings, rules)
    result.notices.append(f"{path}: {len(text) / 1e6:.1f} MB checked in {count} parts of about {size / 1000:g} KB; "
                          "checks across parts were not made")
    return result


class _Head(NamedTuple):
    pub_date: date | None
    pub_date_source: str | None
    front_matter: dict


T = TypeVar("T")


def _add_new(into: list[T], items: list[T]) -> None:
    """Each part says the same thing about the file (no date, a rule's failure): the file says it once."""
    into.extend(x for x in items if x not in into)


def _placed(d: Directive, part: Part) -> Directive:
    """A part's directive at its place in the file (a part's first line may start inside a line of the file)."""
    return d._replace(line=part.line + d.line, column=d.column + (part.column if d.line == 1 else 0))
