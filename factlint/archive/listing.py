"""Which files an archive run checks, listed lazily, and their grouping into tasks.

A listing of millions of object-store keys must not be held in memory before the first task starts, so files
are yielded folder by folder (sorted within each, for a stable order) and cut into batches as they come.  Local
paths are walked with ``os.scandir``; anything with a scheme (``s3://``, ``gs://``, ``abfs://``, ``memory://``)
goes through fsspec, whose backend for that scheme must be installed.
"""

from __future__ import annotations

import os
from typing import Iterable, Iterator, NamedTuple

from factlint.run.discover import skipped_dir, wanted

BATCH_FILES = 64  # enough files per task that scheduling costs little against the checking (~10 ms a file)
BATCH_BYTES = 4_000_000  # and a bound on what one task reads, whatever the size of the articles


class Source(NamedTuple):
    """A file to check: its path or URL (as findings will show it) and its size from the listing."""

    path: str
    size: int


def is_url(path: str) -> bool:
    """Whether a path names a file system by scheme (``s3://bucket/key``) rather than a local file."""
    return "://" in path


def _walk_local(top: str, include: tuple[str, ...], exclude: tuple[str, ...], rel: str = "") -> Iterator[Source]:
    with os.scandir(top) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        sub = f"{rel}{entry.name}"
        if entry.is_dir():
            if not skipped_dir(entry.name):
                yield from _walk_local(entry.path, include, exclude, sub + "/")
        elif entry.is_file() and wanted(sub, include, exclude):
            yield Source(entry.path, entry.stat().st_size)


def _walk_url(url: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[Source]:
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if not fs.isdir(root):
        yield Source(url, int(fs.info(root).get("size") or 0))
        return
    root = root.rstrip("/")
    for folder, dirs, files in fs.walk(root, detail=True):
        for name in [d for d in dirs if skipped_dir(d)]:
            del dirs[name]  # fsspec, like os.walk, does not descend into folders removed here
        rel_folder = folder.rstrip("/")[len(root):].strip("/")
        for name in sorted(files):
            rel = f"{rel_folder}/{name}" if rel_folder else name
            if wanted(rel, include, exclude):
                yield Source(fs.unstrip_protocol(files[name]["name"]), int(files[name].get("size") or 0))


def list_sources(paths: Iterable[str], include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[Source]:
    """Files under each path or URL, by the include/exclude globs; a named file is always kept."""
    for given in paths:
        if is_url(given):
            yield from _walk_url(given, include, exclude)
        elif os.path.isdir(given):
            yield from _walk_local(given, include, exclude)
        else:
            try:
                size = os.path.getsize(given)
            except OSError:
                size = 0  # reading it will say what is wrong, as an error record
            yield Source(given, size)


def batches(sources: Iterable[Source], max_files: int = BATCH_FILES,
            max_bytes: int = BATCH_BYTES) -> Iterator[list[Source]]:
    """Consecutive groups of at most ``max_files`` files and (unless one file is larger) ``max_bytes``."""
    batch: list[Source] = []
    size = 0
    for source in sources:
        if batch and (len(batch) >= max_files or size + source.size > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(source)
        size += source.size
    if batch:
        yield batch
