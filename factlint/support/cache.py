"""factlint's on-disk cache folder and the one safe way to write into it.

Caches only ever save time: a missing, unreadable or read-only cache folder makes factlint slower, never wrong.
"""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path
from typing import Any, Iterable


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/factlint`` (``~/.cache/factlint`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factlint"


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (readers never see half a file); errors are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        pass


def files_stamp(paths: Iterable[str], tag: str) -> str:
    """What identifies files as they are now: ``tag`` (versions), then each path, modification time and size.

    Raises ``OSError`` (with ``filename`` set) for a file that cannot be examined.
    """
    parts = [tag]
    for path in paths:
        st = os.stat(path)
        parts.append(f"{os.path.abspath(path)}\0{st.st_mtime_ns}\0{st.st_size}")
    return "\n".join(parts)


def _entry(kind: str, key: str) -> Path:
    # One file per key (the files it was built from), overwritten when they change: nothing piles up.
    return cache_dir() / f"{kind}-{zlib.crc32(key.encode()):08x}.pickle"


def read_cached(kind: str, key: str, stamp: str) -> Any | None:
    """What was stored for ``key`` if it was stored under exactly ``stamp``, else None."""
    try:
        saved_stamp, data = pickle.loads(_entry(kind, key).read_bytes())
    except Exception:  # absent, truncated or written by another version: build again
        return None
    return data if saved_stamp == stamp else None


def write_cached(kind: str, key: str, stamp: str, data: Any) -> None:
    """Store ``data`` for ``key`` under ``stamp`` (silently skipped when the cache cannot be written)."""
    write_atomic(_entry(kind, key), pickle.dumps((stamp, data), protocol=pickle.HIGHEST_PROTOCOL))
