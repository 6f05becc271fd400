"""The client side of ``factlint archive``: a cluster found or started, batches fed to it, records streamed out.

Only a bounded window of tasks is in flight (a few per worker thread), refilled as results arrive, so neither
the listing nor the futures of a million-file run are ever held whole; results are written as they complete
(any order), flushed line by line, so an interrupted run keeps what it wrote and ``--resume`` goes on from it.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import IO, Iterable, Iterator

from factlint.archive.listing import BATCH_BYTES, BATCH_FILES, Source, batches, list_sources
from factlint.archive.manifest import read_done, run_stamp
from factlint.archive.worker import Job, Preload, check_batch, file_record
from factlint.findings import severity_rank

TASKS_PER_THREAD = 4  # queued on each worker thread: enough to never leave one idle, few enough to stay lazy


@dataclass
class ArchiveRequest:
    """Everything the command line said about one ``archive`` run."""

    paths: list[str]
    address: str | None = None  # None: a LocalCluster on this machine
    workers: int | None = None  # for the LocalCluster; default one per core
    output: str | None = None  # None or "-": standard output
    resume: bool = False
    config_path: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    locale: str | None = None
    packs: tuple[str, ...] = ()
    pub_date: date | None = None
    fail_on: str | None = None
    quiet: bool = False
    batch_files: int = BATCH_FILES
    batch_bytes: int = BATCH_BYTES


@dataclass
class Tally:
    """Counts for the summary record and the progress line."""

    checked: int = 0
    skipped: int = 0
    errors: int = 0
    findings: int = 0
    failing: int = 0  # findings at or above fail-on
    by_rule: dict[str, int] = field(default_factory=dict)

    def add(self, record: dict, fail_on: str) -> None:
        if record["type"] == "skip":
            self.skipped += 1
            return
        self.checked += 1
        self.errors += bool(record["errors"])
        for f in record["findings"]:
            self.findings += 1
            self.by_rule[f["rule"]] = self.by_rule.get(f["rule"], 0) + 1
            self.failing += severity_rank(f["severity"]) >= severity_rank(fail_on)


class ProgressLine:
    """``archive: 1200 checked, 30 skipped, 2 errors (85 files/s)`` on a terminal's stderr, at most 5 times a second."""

    def __init__(self, stream: IO[str]):
        self.stream, self.start, self.last = stream, time.monotonic(), 0.0

    def update(self, tally: Tally, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < 0.2:
            return
        self.last = now
        rate = tally.checked / max(now - self.start, 1e-6)
        self.stream.write(f"\rarchive: {tally.checked} checked, {tally.skipped} skipped, {tally.errors} with errors "
                          f"({rate:.0f} files/s)\x1b[K")
        if final:
            self.stream.write("\n")
        self.stream.flush()


@contextmanager
def connect(address: str | None, workers: int | None) -> Iterator:
    """A ``distributed.Client`` for the cluster at ``address``, or for a LocalCluster started (and stopped) here.

    The local cluster runs one single-threaded worker process per core: checking is pure Python, so threads
    in one process would share one interpreter lock.
    """
    from distributed import Client

    if address:
        with Client(address) as client:
            yield client
        return
    from factlint.run.parallel import default_jobs

    with local_cluster(workers or default_jobs()) as cluster, Client(cluster) as client:
        yield client


def local_cluster(workers: int, processes: bool = True):
    """A quiet ``LocalCluster``: no dashboard, and its HTTP endpoint on a free port (not a warning when another
    developer's cluster holds 8787)."""
    from distributed import LocalCluster

    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None,
                        scheduler_kwargs={"dashboard_address": ":0"}, silence_logs=logging.ERROR)


def archive(client, job: Job, sources: Iterable[Source], out: IO[str], done: dict[str, str], fail_on: str,
            progress: ProgressLine | None = None, batch_files: int = BATCH_FILES,
            batch_bytes: int = BATCH_BYTES) -> Tally:
    """Check ``sources`` on ``client``'s cluster, writing one record per file to ``out``; return the counts.

    A task that fails as a whole (its worker lost more often than Dask allows, an unpicklable result) becomes
    an error record for each of its files; the run goes on.
    """
    from distributed import as_completed

    client.register_plugin(Preload(job))
    tally = Tally()
    pending: dict = {}
    todo = batches(sources, batch_files, batch_bytes)
    running = as_completed()

    def submit() -> None:
        batch = next(todo, None)
        if batch is not None:
            future = client.submit(check_batch, job, [(s.path, done.get(s.path)) for s in batch], pure=False)
            pending[future] = batch
            running.add(future)

    threads = sum(client.nthreads().values()) or 1
    for _ in range(TASKS_PER_THREAD * threads):
        submit()
    for future in running:
        batch = pending.pop(future)
        try:
            records = future.result()
        except Exception as exc:
            reason = f"not checked: its task failed: {type(exc).__name__}: {exc}"
            records = [file_record(s.path, None, None, [], [f"{s.path}: {reason}"], []) for s in batch]
        future.release()
        submit()
        for record in records:
            if record["type"] == "file":
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            tally.add(record, fail_on)
        out.flush()
        if progress:
            progress.update(tally)
    return tally


def run_archive(request: ArchiveRequest) -> int:
    """The whole command: settings, resume, cluster, records, summary; the exit code as ``check`` gives it."""
    from factlint.api import Checker

    r = request
    checker = Checker(r.config_path, select=r.select, ignore=r.ignore, locale=r.locale, packs=r.packs)
    settings = checker.settings
    fail_on = r.fail_on or settings.fail_on
    job = Job(settings, checker.packs, r.pub_date)
    stamp = run_stamp(job)
    to_file = bool(r.output) and r.output != "-"
    done, keep = read_done(r.output, stamp) if r.resume and to_file else ({}, 0)
    out = _open_output(r.output, r.resume, keep) if to_file else sys.stdout
    progress = ProgressLine(sys.stderr) if not r.quiet and sys.stderr.isatty() else None
    started = time.monotonic()
    try:
        out.write(json.dumps({"type": "run", **stamp, "started": datetime.now(timezone.utc).isoformat(
            timespec="seconds"), "paths": r.paths}) + "\n")
        with connect(r.address, r.workers) as client:
            sources = list_sources(r.paths, settings.include, settings.exclude)
            tally = archive(client, job, sources, out, done, fail_on, progress, r.batch_files, r.batch_bytes)
        if progress:
            progress.update(tally, final=True)
        out.write(json.dumps({"type": "summary", "checked": tally.checked, "skipped": tally.skipped,
                              "errors": tally.errors, "findings": tally.findings, "by_rule": tally.by_rule,
                              "seconds": round(time.monotonic() - started, 3)}) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if tally.errors:
        return 2
    return 1 if tally.failing else 0


def _open_output(path: str, resume: bool, keep: int) -> IO[str]:
    """The output file, new, or (resuming) cut to its last whole line and opened for appending."""
    if not resume:
        return open(path, "w", encoding="utf-8")
    with open(path, "ab") as fh:
        fh.truncate(keep)
    return open(path, "a", encoding="utf-8")
