"""Which lines changed since a git revision, so ``check --diff BASE`` reports only what an edit introduced.

A long-lived newsroom archive has old findings nobody will fix; a reviewer wants to hear only about the lines
this change touched.  ``git diff --unified=0 BASE`` (working tree against BASE) gives those lines as hunks;
renames are followed, new files count wholly, and files git does not track count wholly when named explicitly
(an editor checking a new draft before adding it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import regex

from factlint.errors import GitError

_HUNK = regex.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


@dataclass
class ChangedLines:
    """Changed line numbers per file (absolute, resolved paths); ``whole`` files count as changed everywhere."""

    lines: dict[Path, set[int]] = field(default_factory=dict)
    whole: set[Path] = field(default_factory=set)

    def touches(self, path: str, first: int, last: int) -> bool:
        """Whether any of the 1-based lines ``first..last`` of ``path`` was added or changed."""
        key = _key(path)
        if key in self.whole:
            return True
        changed = self.lines.get(key)
        return bool(changed) and any(n in changed for n in range(first, last + 1))

    def has_changes(self, path: str) -> bool:
        """Whether the file has any changed line at all (files without can be skipped entirely)."""
        key = _key(path)
        return key in self.whole or bool(self.lines.get(key))


def _key(path: str) -> Path:
    return Path(os.path.abspath(path)).resolve()


def _git(args: list[str], cwd: Path) -> str:
    import subprocess  # only --diff runs pay for it

    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotePath=false", *args], cwd=cwd, capture_output=True, check=False,
        )
    except FileNotFoundError:
        raise GitError("--diff needs git, which is not installed") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return proc.stdout.decode("utf-8", "surrogateescape")


def changed_lines(base: str, paths: list[str], explicit: set[str]) -> ChangedLines:
    """Lines added or changed in the working tree since ``base``, for the files in ``paths``.

    ``explicit`` are the paths the user named (not found by walking a directory): such a file that git does
    not track counts as wholly new.  Raises ``GitError`` when a file is outside a git work tree or ``base``
    is not a commit.
    """
    out = ChangedLines()
    tops: dict[Path, Path] = {}
    by_top: dict[Path, list[str]] = {}
    for path in paths:
        folder = _key(path).parent
        if folder not in tops:
            try:
                tops[folder] = Path(_git(["rev-parse", "--show-toplevel"], folder).strip()).resolve()
            except GitError:
                raise GitError(f"{path}: not in a git work tree, so --diff has nothing to compare") from None
        by_top.setdefault(tops[folder], []).append(path)
    for top, files in by_top.items():
        try:
            _git(["rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"], top)
        except GitError:
            raise GitError(f"--diff {base}: not a commit in {top}") from None
        patch = _git(
            ["diff", "--no-ext-diff", "--no-textconv", "--no-color", "--unified=0", "-M", "--src-prefix=a/",
             "--dst-prefix=b/", base, "--"], top,
        )
        for rel, lines in parse_patch(patch).items():
            out.lines.setdefault((top / rel).resolve(), set()).update(lines)
        named = [f for f in files if f in explicit]
        if named:
            tracked = _git(["ls-files", "-z", "--", *(f":(literal){_key(f)}" for f in named)], top)
            known = {(top / t).resolve() for t in tracked.split("\0") if t}
            out.whole.update(_key(f) for f in named if _key(f) not in known and os.path.isfile(f))
    return out


def parse_patch(patch: str) -> dict[str, set[int]]:
    """The new-side line numbers of every hunk of a ``git diff --unified=0`` patch, by new path."""
    result: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in patch.split("\n"):
        if line.startswith("+++ "):
            name = _unquote_path(line[4:])
            current = None if name is None else result.setdefault(name, set())
        elif line.startswith("@@ ") and current is not None:
            m = _HUNK.match(line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) if m.group(2) is not None else 1)
                current.update(range(start, start + count))
        elif line.startswith("diff --git "):
            current = None
    return result


def _unquote_path(raw: str) -> str | None:
    """The path of a ``+++`` header: ``/dev/null`` is None; git C-quotes odd names and tab-ends spaced ones."""
    if raw == "/dev/null":
        return None
    if raw.startswith('"'):
        name = _c_unquote(raw)
    else:
        name = raw[:-1] if raw.endswith("\t") else raw
    return name[2:] if name.startswith("b/") else name


def _c_unquote(raw: str) -> str:
    """Undo git's C-style quoting (``"a\\"b\\303\\251"``) into the file name it stands for."""
    data = bytearray()
    i = 1
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            break
        if ch == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt in "0123" and i + 3 < len(raw):
                data.append(int(raw[i + 1:i + 4], 8))
                i += 4
                continue
            data.append(_ESCAPES.get(nxt, ord(nxt)))
            i += 2
            continue
        data.extend(ch.encode("utf-8", "surrogateescape"))
        i += 1
    return data.decode("utf-8", "surrogateescape")
