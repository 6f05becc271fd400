"""factlint's on-disk cache folder and the one safe way to write into it.

Caches only ever save time: a missing, unreadable or read-only cache folder makes factlint slower, never wrong.
"""

from __future__ import annotations

import os
from pathlib import Path


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
