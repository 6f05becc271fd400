"""factlint's on-disk cache folder, sealed so that whatever else writes there is only ever a cache miss.

Caches only ever save time: a missing, unreadable, read-only or tampered cache folder makes factlint slower,
never wrong, and never runs anything found there.  The folder is not trusted: in CI it is restored from other
branches (actions/cache), and anyone who can write it could otherwise plant a pickle that runs as code.  So
every entry carries an HMAC-SHA256 over the factlint and Python versions, the entry's kind and name and its
bytes, under a random key kept *outside* the cache folder (``$XDG_STATE_HOME/factlint/cache-key``, mode 0600).
Someone who can write the cache folder but not read that key can neither forge nor alter an entry; replaying
one of factlint's own entries gains nothing, since names are content hashes of what the entry was built from.
An entry is deserialised only after its seal verifies, and pickled entries are read by an unpickler that knows
only plain data types and factlint's own classes.  Without a usable key (state folder unwritable, or inside the
cache folder) nothing is read from or written to the cache.
"""

from __future__ import annotations

import gc
import hashlib
import hmac
import io
import os
import pickle
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from factlint import __version__

_MAC_SIZE = 32
# What a pickled entry may name: plain data, and factlint's own classes (never functions, never other modules).
_PLAIN = {("builtins", n) for n in ("set", "frozenset", "tuple", "list", "dict", "bytearray", "complex", "slice")}
_PLAIN |= {("datetime", n) for n in ("date", "datetime", "time", "timedelta", "timezone")}


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/factlint`` (``~/.cache/factlint`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "factlint"


def key_path() -> Path:
    """Where the cache's secret lives: ``$XDG_STATE_HOME/factlint/cache-key`` (``~/.local/state`` by default)."""
    base = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "factlint" / "cache-key"


@lru_cache(maxsize=4)
def _secret(where: Path, cache: Path) -> bytes | None:
    """The key at ``where`` (made on first use), or None when it cannot be kept apart from the cache folder."""
    try:
        if where.resolve().is_relative_to(cache.resolve()):
            return None  # a key the cache's writers could read or replace protects nothing
        try:
            with open(where, "rb") as fh:
                key = fh.read(64)
        except FileNotFoundError:
            where.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(where, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(os.urandom(32))
            with open(where, "rb") as fh:  # a concurrent first run may have won the race: use what is on disk
                key = fh.read(64)
        return key if len(key) >= 32 else None
    except (OSError, ValueError):
        return None


def _mac(secret: bytes, kind: str, name: str, payload: bytes) -> bytes:
    head = f"factlint {__version__}\0python {sys.version}\0{kind}\0{name}\0".encode("utf-8", "surrogatepass")
    return hmac.new(secret, head + payload, hashlib.sha256).digest()


def write_atomic(path: Path | str, data: bytes, *, quiet: bool = True) -> None:
    """Replace ``path`` with ``data`` in one step: readers, and an interrupted run, see the old file or the new.

    The temporary file is made with ``O_EXCL`` beside the target (a planted symlink cannot redirect it).  Errors
    are ignored when ``quiet`` (caches), raised as ``OSError`` otherwise (reports, baselines).
    """
    import tempfile  # only a run that writes pays for it (tempfile brings shutil, random, bz2, lzma)

    path = Path(path)
    tmp = None
    try:
        if quiet:
            path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if not quiet:  # a report is an ordinary file: the usual permissions, not mkstemp's 0600
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        if not quiet:
            raise
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def read_sealed(kind: str, name: str) -> bytes | None:
    """The bytes stored as ``kind``/``name`` if their seal verifies, else None (absent, damaged or planted)."""
    cache = cache_dir()
    secret = _secret(key_path(), cache)
    if secret is None:
        return None
    try:
        data = (cache / name).read_bytes()
    except (OSError, ValueError):
        return None
    mac, payload = data[:_MAC_SIZE], data[_MAC_SIZE:]
    return payload if hmac.compare_digest(mac, _mac(secret, kind, name, payload)) else None


def write_sealed(kind: str, name: str, payload: bytes) -> None:
    """Store ``payload`` as ``kind``/``name`` with its seal (silently skipped when the cache cannot be used)."""
    cache = cache_dir()
    secret = _secret(key_path(), cache)
    if secret is not None:
        write_atomic(cache / name, _mac(secret, kind, name, payload) + payload)


def files_stamp(paths: Iterable[str], tag: str) -> str:
    """What identifies files as they are now: ``tag`` (versions), then each path and the SHA-256 of its bytes.

    Content, not modification time and size, so that a same-size edit within the clock's resolution is seen.
    Raises ``OSError`` (with ``filename`` set) for a file that cannot be read.
    """
    parts = [tag]
    for path in paths:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        parts.append(f"{os.path.abspath(path)}\0{digest.hexdigest()}")
    return "\n".join(parts)


class _DataUnpickler(pickle.Unpickler):
    """Builds only plain data and factlint's own classes: a defence behind the seal, not instead of it."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _PLAIN or (module == "factlint" or module.startswith("factlint.")):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not data")


def _entry_name(kind: str, key: str, stamp: str) -> str:
    # Named by what it was built from, so an entry cannot be served for other files or other contents.
    digest = hashlib.sha256(f"{key}\0{stamp}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return f"{kind}-{digest}.pickle"


def read_cached(kind: str, key: str, stamp: str) -> Any | None:
    """What was stored for ``key`` under exactly ``stamp``, if its seal verifies; else None."""
    payload = read_sealed(kind, _entry_name(kind, key, stamp))
    if payload is None:
        return None
    collecting = gc.isenabled()
    gc.disable()  # an entry is tens of thousands of new containers, none of them garbage: a collection is waste
    try:
        return _DataUnpickler(io.BytesIO(payload)).load()
    except Exception:  # sealed by this key but unreadable here (another build of a class): build again
        return None
    finally:
        if collecting:
            gc.enable()


def write_cached(kind: str, key: str, stamp: str, data: Any) -> None:
    """Store ``data`` for ``key`` under ``stamp`` (silently skipped when the cache cannot be written).

    Entries are named by content, so an edited file would leave its old entry behind: a small marker per key
    names the last entry written, which is deleted when a newer one replaces it (a planted marker can at worst
    make factlint delete one of its own cache files).
    """
    name = _entry_name(kind, key, stamp)
    marker = cache_dir() / f"{kind}-{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}.last"
    try:
        old = marker.read_text(encoding="ascii").strip()
        if old != name and old.startswith(f"{kind}-") and old.endswith(".pickle") and os.sep not in old:
            (cache_dir() / old).unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
    write_sealed(kind, name, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    write_atomic(marker, name.encode("ascii"))
