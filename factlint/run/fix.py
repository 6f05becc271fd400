"""``check --fix``: apply the suggestions rules mark safe, and only those, to the files they were found in.

A file is written only when it has a safe suggestion, only if it still holds exactly the text that was checked
(an editor may have saved it meanwhile: never write over what was not read), and in one step (a temporary file
beside it, then a rename), so a crash leaves either the old file or the new one.  Only Markdown and plain text
are fixed: their suggestions' spans were mapped one for one from the source (the engine drops any that are
not); HTML is left to an editor.  ``--dry-run`` prints the unified diff instead of writing.
"""

from __future__ import annotations

import difflib
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from factlint.document import format_for

if TYPE_CHECKING:
    from factlint.document.model import Document
    from factlint.findings import FileResult, Finding, Suggestion

FIXABLE_FORMATS = ("markdown", "text")


class Change(NamedTuple):
    """One replacement made: where, by which rule, the text before and after."""

    line: int
    column: int
    rule: str
    old: str
    new: str


def fix_results(results: "list[FileResult]", skip: set[str], dry_run: bool, out: TextIO, err: TextIO) -> int:
    """Fix (or with ``dry_run`` show the diff for) every file with safe suggestions; the number of files changed.

    ``skip`` names results that are no file on disk (standard input).  Problems are one line each on ``err``.
    """
    changed = 0
    for result in results:
        doc = result.document
        if doc is None or result.path in skip or format_for(result.path) not in FIXABLE_FORMATS:
            continue
        fixed, changes = apply_safe(doc, result.findings)
        if not changes:
            continue
        try:
            raw = Path(result.path).read_bytes()
        except OSError as exc:
            err.write(f"factlint: {result.path}: not fixed: cannot read it again: {exc.strerror or exc}\n")
            continue
        bom = raw.startswith(b"\xef\xbb\xbf")
        if raw.decode("utf-8", "replace").removeprefix("\ufeff") != doc.source:
            err.write(f"factlint: {result.path}: not fixed: the file changed since it was checked "
                      "(or has Windows line ends)\n")
            continue
        if dry_run:
            out.writelines(difflib.unified_diff(
                doc.source.splitlines(keepends=True), fixed.splitlines(keepends=True),
                fromfile=result.path, tofile=result.path,
            ))
        else:
            try:
                write_atomic(Path(result.path), (b"\xef\xbb\xbf" if bom else b"") + fixed.encode("utf-8"))
            except OSError as exc:
                err.write(f"factlint: {result.path}: not fixed: cannot write it: {exc.strerror or exc}\n")
                continue
            for c in changes:
                err.write(f"fixed {result.path}:{c.line}:{c.column}: [{c.rule}] {c.old!r} -> {c.new!r}\n")
        changed += 1
    return changed


def apply_safe(doc: "Document", findings: "list[Finding]") -> tuple[str, list[Change]]:
    """The source with the first safe suggestion of each finding applied (overlapping ones after the first
    skipped: the next run sees what is left), and the changes made, in order."""
    picks: list[tuple[int, int, Finding, Suggestion]] = []
    for f in findings:
        s = next((s for s in f.suggestions if s.safe), None)
        if s is not None:
            picks.append((offset(doc, s.line, s.column), offset(doc, s.end_line, s.end_column), f, s))
    picks.sort(key=lambda p: (p[0], p[1]))
    pieces, changes, pos = [], [], 0
    for start, end, f, s in picks:
        if start < pos or end <= start:
            continue
        pieces += [doc.source[pos:start], s.replacement]
        changes.append(Change(s.line, s.column, f.rule, doc.source[start:end], s.replacement))
        pos = end
    pieces.append(doc.source[pos:])
    return "".join(pieces), changes


def offset(doc: "Document", line: int, column: int) -> int:
    """The source offset of a 1-based line and column."""
    return doc.line_starts[line - 1] + column - 1


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one rename, keeping its permission bits; errors are raised.

    (``factlint.support.cache.write_atomic`` ignores errors, which suits a cache and not an article.)
    """
    mode = stat.S_IMODE(path.stat().st_mode)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

