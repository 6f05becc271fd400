"""Turning a source file (Markdown, HTML or plain text) into a ``Document`` ready for checking."""

from __future__ import annotations

import importlib
import os
import stat
from datetime import date
from pathlib import Path

from factlint.document.captions import find_captions
from factlint.document.model import Document, Span, trimmed
from factlint.document.prose import build_prose
from factlint.document.pubdate import dateline_date
from factlint.document.reader import Parsed, SkippedSource, SourceError, parse_date_value, to_text_offsets
from factlint.document.sentences import find_quotes, split_sentences

__all__ = [
    "Document", "Span", "SkippedSource", "SourceError", "load_document", "load_text", "read_source", "decode_source",
    "FORMATS",
]

FORMATS = {
    ".md": "markdown", ".markdown": "markdown", ".mdx": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".text": "text",
}
# Readers are imported on first use: a run over Markdown never compiles the HTML reader's patterns.
_READERS = {
    "markdown": "factlint.document.markdown:read_markdown",
    "html": "factlint.document.html:read_html",
    "text": "factlint.document.plaintext:read_plaintext",
}


def _reader(fmt: str):
    module, _, attr = _READERS[fmt].partition(":")
    return getattr(importlib.import_module(module), attr)


def format_for(path: str) -> str:
    """The reader for a file name: by extension, plain text when unknown."""
    return FORMATS.get(Path(path).suffix.lower(), "text")


def read_source(path: str, max_bytes: int = 20_000_000) -> str:
    """Read a file as UTF-8 article text, or raise ``SourceError`` with a one-line reason naming the file.

    Only regular files are read (a FIFO would block forever, ``/dev/zero`` never ends), at most ``max_bytes``
    of them (a 1 GB file is refused after reading ``max_bytes``, not read whole), and a NUL byte anywhere makes
    the file binary.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except ValueError:
        raise SourceError(f"{path!r}: not a valid file name") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise SkippedSource(f"{path}: skipped: not a regular file (a pipe, device or socket)")
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise SourceError(f"{path}: larger than the maximum article size ({max_bytes / 1e6:g} MB, "
                          "'max-article-size' in the configuration)")
    return decode_source(path, data)


def decode_source(path: str, data: bytes) -> str:
    """Article text from a file's bytes, read wherever they came from (a disk, an object store), or raise
    ``SourceError`` naming ``path`` for a binary file (a NUL byte anywhere) or a non-UTF-8 one."""
    if b"\0" in data:
        raise SourceError(f"{path}: binary file, not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    return text


def load_document(path: str, source: str, pub_date: date | None = None, fmt: str | None = None) -> Document:
    """Build a Document: prose with its position map, paragraphs, sentences, quotes and publication date.

    The publication date comes from, in order: ``pub_date`` (``--date``), front matter ``date``/``published``,
    HTML meta or ``<time>``, and a dateline in the first paragraph; ``pub_date_source`` records which.
    """
    fmt = fmt or format_for(path)
    source = source.replace("\r\n", "\n") if "\r\n" in source else source
    parsed: Parsed = _reader(fmt)(source, path)
    text, segments = build_prose(source, parsed.drops, parsed.breaks)
    para_src = [o for p in parsed.paragraphs for o in p]
    para_txt = to_text_offsets(segments, para_src, len(text))
    paragraphs = [
        span for i in range(0, len(para_txt), 2) if (span := trimmed(text, para_txt[i], para_txt[i + 1]))
    ]
    fm = parsed.front_matter
    title = fm.get("title") if isinstance(fm.get("title"), str) else parsed.title
    doc = Document(
        path=path, source=source, text=text, segments=segments, front_matter=fm, title=title,
        paragraphs=paragraphs, directives=parsed.directives,
    )
    doc.sentences = split_sentences(text, paragraphs)
    doc.quotes = find_quotes(text, paragraphs, doc.sentences)
    doc.captions = find_captions(text, paragraphs)
    doc.pub_date, doc.pub_date_source = _publication_date(doc, pub_date, parsed)
    return doc


def _publication_date(doc: Document, given: date | None, parsed: Parsed) -> tuple[date | None, str | None]:
    if given is not None:
        return given, "--date"
    for key in ("date", "published", "pubdate", "publish_date", "published_at"):
        found = parse_date_value(doc.front_matter.get(key))
        if found is not None:
            return found, "front matter"
    if parsed.meta_date is not None:
        return parsed.meta_date, "html meta"
    found = dateline_date(doc.text, doc.paragraphs, doc.title, doc.captions)
    if found is not None:
        return found, "dateline"
    return None, None


def load_text(text: str, path: str = "<text>", pub_date: date | None = None, fmt: str = "text") -> Document:
    """A Document from a string (tests, stdin): same pipeline as a file."""
    return load_document(path, text, pub_date=pub_date, fmt=fmt)
