"""Writing what factlint produces (reports, baselines, imported KB files): atomically, and never over an input.

``-o story.md`` once replaced the article being checked with its own report.  An output is refused when it is
one of the files read, and written through a temporary file and a rename, so an interrupted run leaves the old
file whole.
"""

from __future__ import annotations

import os
from typing import Iterable

from factlint.errors import OutputError
from factlint.support.cache import write_atomic


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.abspath(a) == os.path.abspath(b)


def check_output(path: str, inputs: Iterable[str] = ()) -> None:
    """Raise ``OutputError`` unless ``path`` can take a new file: not an input, not a folder, in a folder that is."""
    try:
        if os.path.isdir(path):
            raise OutputError(f"{path}: cannot write there: it is a directory")
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise OutputError(f"{path}: cannot write there: no directory {folder}")
    except ValueError:  # a NUL byte in the name
        raise OutputError(f"{path!r}: cannot write there: not a valid file name") from None
    for given in inputs:
        if _same(path, given):
            raise OutputError(f"{path}: not written: it is one of the files being read")


def write_output(path: str, text: str, inputs: Iterable[str] = ()) -> None:
    """Replace ``path`` with ``text`` (UTF-8) in one step; ``OutputError`` when it is an input or cannot be written."""
    check_output(path, inputs)
    try:
        write_atomic(path, text.encode("utf-8", "surrogateescape"), quiet=False)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from None
