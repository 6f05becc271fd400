"""What runs on a Dask worker: a batch of files read, hashed and checked, one JSON-ready record per file.

Rules and the knowledge base are loaded once per worker process, not per task: ``checker_for`` keeps one
``Checker`` per job, and the ``Preload`` plugin builds it (and loads the KB) when a worker starts, so a worker
that Dask restarts after a crash is ready before its first task.  A file that cannot be read or checked
becomes an error record; nothing a single article does stops its batch.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from factlint.api import Checker
from factlint.archive.listing import is_url
from factlint.config import Settings


@dataclass(frozen=True)
class Job:
    """What every task of a run shares: settings resolved (and checked) on the client, packs, ``--date``."""

    settings: Settings
    packs: tuple[str, ...]
    pub_date: date | None


_CHECKERS: dict[Job, Checker] = {}


def checker_for(job: Job) -> Checker:
    """The worker process's ``Checker`` for a job, built on first use."""
    checker = _CHECKERS.get(job)
    if checker is None:
        checker = _CHECKERS[job] = Checker.from_settings(job.settings, job.packs, job.pub_date)
    return checker


class Preload(WorkerPlugin):
    """Load the rules and knowledge base when a worker starts (or restarts), before any task needs them."""

    name = "factlint-preload"

    def __init__(self, job: Job):
        self.job = job

    def setup(self, worker: Any) -> None:
        from factlint.errors import KBError
        from factlint.kb.loader import load_kb

        checker_for(self.job)
        try:
            load_kb(self.job.settings.kb_files)
        except KBError:
            pass  # each file that needs the KB reports this error itself


def read_bytes(path: str) -> bytes:
    """A file's bytes from the local disk or, for a URL, through fsspec."""
    if not is_url(path):
        return Path(path).read_bytes()
    import fsspec

    with fsspec.open(path, "rb") as fh:
        return fh.read()


def file_record(path: str, sha256: str | None, size: int | None, findings: list, errors: list[str],
                notices: list[str]) -> dict:
    """One line of the JSON Lines output (docs/archive.md): a file and what checking it gave."""
    return {"type": "file", "path": path, "sha256": sha256, "bytes": size,
            "findings": [f.to_json() for f in findings], "errors": errors, "notices": notices}


def check_one(checker: Checker, path: str, done_sha256: str | None = None) -> dict:
    """The record for one file, or a ``skip`` record when its content is the one a resumed run already did."""
    try:
        data = read_bytes(path)
    except FileNotFoundError:
        return file_record(path, None, None, [], [f"{path}: no such file"], [])
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        return file_record(path, None, None, [], [f"{path}: cannot read: {reason}"], [])
    sha = hashlib.sha256(data).hexdigest()
    if sha == done_sha256:
        return {"type": "skip", "path": path, "sha256": sha}
    try:
        result = checker.check_bytes(data, path)
    except Exception as exc:  # a bug on one article must not lose the rest of the batch
        return file_record(path, sha, len(data), [], [f"{path}: failed: {type(exc).__name__}: {exc} "
                                                      "(please report this)"], [])
    return file_record(path, sha, len(data), result.findings, result.errors, result.notices)


def check_batch(job: Job, batch: list[tuple[str, str | None]]) -> list[dict]:
    """Records for a task's files, each given with the hash a resumed run already checked (or None)."""
    checker = checker_for(job)
    return [check_one(checker, path, done) for path, done in batch]
