"""Compiled regular expressions kept across runs, so a pre-commit run does not rebuild them every time.

The ``regex`` module parses and optimises a pattern in pure Python before handing a flat program to its C core;
for factlint's grammars (dates, numbers, titles) that costs about 100 ms per process, most of a one-article
run.  The program is a deterministic function of the pattern, the flags and the ``regex`` version, so this
module records what the parser produced and, in later processes, hands it straight to the C core.

It relies on one private detail of ``regex`` (``regex._main._compile`` handing ``_regex.compile`` its
arguments), so it is guarded: the cache is keyed on the ``regex`` and Python versions, anything unexpected
falls back to ``regex.compile``, and patterns built the normal way behave identically.

A marshalled program handed to the C core is code-adjacent (an edited one can crash the process or silently
match differently), so the file is sealed like every cache entry (``factlint.support.cache``): a file this
factlint did not write under its own key is never unmarshalled.
"""

from __future__ import annotations

import atexit
import marshal
import sys
import threading
from typing import Any

import regex

from factlint.support.cache import read_sealed, write_sealed

_LOCK = threading.Lock()
_VERSION = f"{regex.__version__}-{sys.version_info[0]}.{sys.version_info[1]}"
# pattern key -> the C core's arguments, each marshalled on its own: a process unmarshals only the entries it
# uses, not the programs of every pattern other runs cached
_entries: dict[tuple, bytes] | None = None
_dirty = False
# Entries kept on disk at most: those this process used, then the most recently added others.  Patterns that
# change (a newsroom editing its rules, a new factlint) would otherwise grow the file, and its load time, forever.
_MAX_ENTRIES = 400
_used: set[tuple] = set()


def compile(pattern: str, flags: int = 0, **named_lists: Any) -> regex.Pattern:  # noqa: A001
    """``regex.compile(pattern, flags, **named_lists)``, served from the on-disk cache when seen before.

    Named lists (``\\L<name>``) are part of the key: the compiled program depends on their contents.
    """
    global _dirty
    entries = _load()
    lists = tuple(sorted((name, tuple(sorted(values))) for name, values in named_lists.items()))
    key = (pattern, int(flags), lists)
    stored = entries.get(key)
    _used.add(key)
    if stored is not None:
        try:
            return _core().compile(*marshal.loads(stored))
        except Exception:  # a damaged entry: rebuild it
            entries.pop(key, None)
    compiled, args = _compile_recording(pattern, flags, named_lists)
    if args is not None:
        with _LOCK:
            entries[key] = args
            if not _dirty:
                _dirty = True
                atexit.register(_save)
    return compiled


def escape(text: str) -> str:
    """``regex.escape(text)``, without its per-character Python loop for a word of letters and digits (which it
    returns unchanged): the vocabularies put thousands of words into patterns at start-up."""
    return text if text.isalnum() else regex.escape(text)


def _core() -> Any:
    from regex import _regex

    return _regex


def _compile_recording(
    pattern: str, flags: int, named_lists: dict[str, Any]
) -> tuple[regex.Pattern, bytes | None]:
    """Compile normally, capturing the arguments the parser passes to the C core, marshalled (None if that
    fails)."""
    try:
        from regex import _main
    except ImportError:
        return regex.compile(pattern, flags, **named_lists), None
    real = _main._regex
    recorded: list[tuple] = []

    class _Recorder:
        def __getattr__(self, name: str) -> Any:
            return getattr(real, name)

        @staticmethod
        def compile(*args: Any) -> Any:
            recorded.append(args)
            return real.compile(*args)

    with _LOCK:
        _main._regex = _Recorder()
        try:
            compiled = _main._compile(pattern, flags, False, named_lists, False)
        except Exception:
            compiled = None
        finally:
            _main._regex = real
    if compiled is None:  # let regex raise its own error, with its own message
        return regex.compile(pattern, flags, **named_lists), None
    args = recorded[-1] if len(recorded) == 1 else None
    if args is not None:
        # Flags arrive as enum members (RegexFlag); the C core takes plain ints, which marshal can store.
        args = tuple(int(a) if isinstance(a, int) and type(a) is not int else a for a in args)
    return compiled, _marshalled(args) if args is not None else None


def _marshalled(args: tuple) -> bytes | None:
    try:
        return marshal.dumps(args)
    except ValueError:
        return None


def _name() -> str:
    return f"regex-{_VERSION}.v2.marshal"


def _load() -> dict[tuple, bytes]:
    global _entries
    if _entries is None:
        _entries = {}
        body = read_sealed("regex", _name())
        if body is not None:
            try:
                loaded = marshal.loads(body)
            except (ValueError, EOFError, TypeError):
                loaded = None
            if isinstance(loaded, dict):
                _entries = loaded
    return _entries


def _save() -> None:
    if _entries is None:
        return
    others = [k for k in _entries if k not in _used]
    kept = [k for k in _entries if k in _used] + others[len(others) - max(0, _MAX_ENTRIES - len(_used)):]
    keep = {k: _entries[k] for k in kept}
    write_sealed("regex", _name(), marshal.dumps(keep))
