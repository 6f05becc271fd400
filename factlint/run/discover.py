"""Which files a run checks: directories walked with the include and exclude globs, and named files kept by the
same globs (pre-commit names every staged file, so an excluded draft must stay excluded when named)."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Iterator

_SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}


def _excluded(rel: str, patterns: tuple[str, ...]) -> bool:
    parts = rel.split("/")
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(parts[-1], pat):
            return True
        # "drafts" or "drafts/**" excludes everything below a folder of that name.
        base = pat[:-3] if pat.endswith("/**") else pat
        if any(fnmatch.fnmatch("/".join(parts[:i]), base) or fnmatch.fnmatch(parts[i - 1], base)
               for i in range(1, len(parts))):
            return True
    return False


def selected(path: str, include: tuple[str, ...], exclude: tuple[str, ...], base: Path) -> bool:
    """Whether a named file passes ``include`` and ``exclude``, its path taken relative to ``base`` (the
    configuration's folder) when it lies below it, else as given."""
    try:
        rel = Path(os.path.abspath(path)).relative_to(base.resolve()).as_posix()
    except ValueError:
        rel = Path(os.path.normpath(path)).as_posix()
    return wanted(rel, include, exclude)


def wanted(rel: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    """Whether a file at ``rel`` (a '/'-separated path below the folder walked) matches the globs."""
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in include) and not _excluded(rel, exclude)


def skipped_dir(name: str) -> bool:
    """Folders never walked into: version control, virtual environments, caches, hidden folders."""
    return name in _SKIP_DIRS or name.startswith(".")


def iter_files(
    paths: list[str], include: tuple[str, ...], exclude: tuple[str, ...], unreadable: list[str] | None = None,
) -> Iterator[str]:
    """Files to check, in a stable order: explicit files always, directory contents by the globs.

    Folders that cannot be listed are added to ``unreadable`` (the caller says so) rather than silently missed.
    """
    for given in paths:
        p = Path(given)
        if not p.is_dir():
            yield given
            continue
        found = []
        def skipped(exc: OSError) -> None:
            if unreadable is not None:
                unreadable.append(f"{exc.filename}: folder skipped: cannot read it ({exc.strerror})")

        for root, dirs, files in os.walk(p, onerror=skipped):
            dirs[:] = sorted(d for d in dirs if not skipped_dir(d))
            rel_root = os.path.relpath(root, p).replace(os.sep, "/")
            for name in files:
                rel = name if rel_root == "." else f"{rel_root}/{name}"
                if wanted(rel, include, exclude):
                    found.append(os.path.join(root, name))
        yield from sorted(found)
