"""Checking many files on several cores, with results in the order the files were given.

An archive of thousands of articles is checked file by file, and files are independent, so a process pool
scales with the cores.  Only plain data crosses the process boundary: a ``Task`` (paths, ``Settings``, pack
paths, the date) goes in, a ``FileResult`` (findings, messages, the parsed ``Document``) comes back; each worker
loads the rules itself once (``rules_for`` caches them per process).  One file, or ``-j 1``, never starts a
pool, and without an explicit ``-j`` neither does a small job (a pre-commit run on a few articles): starting
processes costs more than checking a few hundred kilobytes.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterator, TextIO

from factlint.config import Settings
from factlint.engine.runner import check_file, rules_for
from factlint.findings import FileResult

PROGRESS_MIN_FILES = 20  # fewer files finish before a bar would be worth reading
POOL_MIN_BYTES = 256_000  # about what one core checks in the time a pool takes to start and stop


@dataclass(frozen=True)
class Task:
    """One file to check, with everything a worker process needs (all of it pickles)."""

    path: str
    settings: Settings
    packs: tuple[str, ...]
    pub_date: date | None
    source: str | None
    shown: str


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def check_task(task: Task) -> FileResult:
    """Check one file (in whichever process runs this).

    The parsed ``Document`` is kept only when there are findings (reporters and baselines read the text
    around them): most of an archive is clean, and its documents would only be pickled and held in memory.
    """
    rules = rules_for(task.settings, task.packs)
    result = check_file(task.path, task.settings, rules, task.pub_date, source=task.source, display_path=task.shown)
    if not result.findings:
        result.document = None
    return result


class Progress:
    """A one-line bar on a terminal's stderr: ``checking 120/1138 files [####------]``, erased when done."""

    def __init__(self, total: int, stream: TextIO, width: int = 30):
        self.total, self.stream, self.width = total, stream, width
        self.done = 0

    def advance(self) -> None:
        self.done += 1
        filled = self.width * self.done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\rchecking {self.done}/{self.total} files [{bar}]")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def want_progress(count: int, quiet: bool, stream: TextIO = sys.stderr) -> bool:
    """A bar only helps a person watching a terminal wait for many files."""
    return not quiet and count >= PROGRESS_MIN_FILES and stream.isatty()


def _input_bytes(tasks: list[Task]) -> int:
    total = 0
    for t in tasks:
        if t.source is not None:
            total += len(t.source)
        else:
            try:
                total += os.path.getsize(t.path)
            except OSError:
                pass
    return total


def check_all(tasks: list[Task], jobs: int | None = None, progress: Progress | None = None) -> list[FileResult]:
    """Results for ``tasks`` in the same order; in a process pool when more than one file and job.

    ``jobs`` None means: all cores when there is enough text to repay starting them, else one.
    """
    if jobs is None:
        jobs = default_jobs() if len(tasks) > 1 and _input_bytes(tasks) >= POOL_MIN_BYTES else 1
    step: Callable[[], None] = progress.advance if progress else (lambda: None)
    try:
        results = []
        for result in _run(tasks, min(jobs, len(tasks))):
            results.append(result)
            step()
        return results
    finally:
        if progress:
            progress.close()


def _run(tasks: list[Task], jobs: int) -> Iterator[FileResult]:
    if jobs <= 1:
        yield from map(check_task, tasks)
        return
    from concurrent.futures import ProcessPoolExecutor

    try:
        pool = ProcessPoolExecutor(max_workers=jobs)
    except (OSError, NotImplementedError, ImportError):  # no working multiprocessing here: stay serial
        yield from map(check_task, tasks)
        return
    with pool:
        # Small chunks keep both cores busy to the end and the bar moving; large enough to amortise the pickling.
        chunk = max(1, min(16, len(tasks) // (jobs * 8)))
        yield from pool.map(check_task, tasks, chunksize=chunk)
