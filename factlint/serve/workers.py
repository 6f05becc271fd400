"""Checks run in worker processes, one request at a time each, so a runaway check can be stopped.

A thread cannot be killed: a check that runs past the request's time limit would keep its core busy (and its
memory) after the client got its 503.  A process can: the worker that ran over is killed and a fresh one
started in its place, while the other workers go on serving.  Each worker loads the rules and knowledge base
once, and checks a short warm-up article before it says it is ready, so the lazy imports (readers, tagger)
are paid at start-up rather than by the first request.  A worker is also replaced after ``MAX_JOBS`` checks,
which bounds what per-settings caches (one per distinct ``select``/``ignore``) can hold.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from dataclasses import dataclass
from datetime import date
from typing import Any

from factlint.config import Settings
from factlint.findings import FileResult

MAX_JOBS = 2000
START_TIMEOUT = 120.0  # seconds a new worker may take to load the rules and check the warm-up article
# Touches the lazy parts (the readers, the tagger, the name lists, the knowledge base): a dated article with a
# titled person, a name written two ways, figures and a conversion, in each format.
_WARM_UP = ("President Volodymyr Zelenskyy said on Monday, March 4, 2024, that the the budget of $12 million "
            "(£9.5 million) had passed. Zelensky added that 186 of the 176 drones were shot down.")
_WARM_UP_FORMATS = {"text": _WARM_UP, "markdown": f"---\ndate: 2024-03-05\n---\n\n{_WARM_UP}\n",
                    "html": f"<p>{_WARM_UP}</p>"}


class CheckTimeout(Exception):
    """The check ran past the request's time limit; its worker was stopped."""


class WorkerLost(Exception):
    """The worker died during the check (killed from outside, out of memory); another was started."""


class Busy(Exception):
    """No worker became free in time."""


@dataclass(frozen=True)
class Job:
    """One text to check (plain data: it crosses the process boundary)."""

    text: str
    fmt: str
    name: str
    pub_date: date | None
    settings: Settings


def _worker_main(conn: Any, settings: Settings) -> None:
    """The worker's loop: load the rules once, warm up, then check each job sent until the pipe closes."""
    from factlint.document import load_text
    from factlint.engine.runner import check_document, rules_for

    rules = rules_for(settings)
    for fmt, text in _WARM_UP_FORMATS.items():
        check_document(load_text(text, fmt=fmt), settings, rules)
    conn.send("ready")
    while True:
        try:
            job: Job = conn.recv()
        except EOFError:
            return
        result = FileResult(job.name)
        try:
            doc = load_text(job.text, path=job.name, pub_date=job.pub_date, fmt=job.fmt)
            result.findings, result.errors, result.notices = check_document(doc, job.settings, rules_for(job.settings))
            result.document = doc
        except Exception as exc:  # an article the readers cannot take: the client is told, the worker lives on
            result.errors.append(f"{job.name}: {exc}")
        conn.send(result)


class _Worker:
    def __init__(self, settings: Settings):
        ctx = multiprocessing.get_context("spawn")  # no fork of a process that runs an event loop and threads
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, settings), daemon=True, name="factlint-check")
        self.process.start()
        child.close()
        self.jobs = 0
        if not self.conn.poll(START_TIMEOUT) or self.conn.recv() != "ready":
            self.stop()
            raise RuntimeError("a checking worker did not start")

    def run(self, job: Job, timeout: float) -> FileResult | None:
        """The result, or None when the check ran over (the worker is then stopped)."""
        self.jobs += 1
        self.conn.send(job)
        if not self.conn.poll(timeout):
            self.stop()
            return None
        return self.conn.recv()

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """``size`` workers; a request waits at most ``wait`` seconds for one, then runs at most ``timeout``."""

    def __init__(self, settings: Settings, size: int, timeout: float, wait: float = 30.0):
        self.settings, self.size, self.timeout, self.wait = settings, size, timeout, wait
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()

    async def start(self) -> None:
        """Start every worker (in parallel: each loads the rules itself)."""
        self._idle = asyncio.Queue()
        loop = asyncio.get_running_loop()
        for worker in await asyncio.gather(*(loop.run_in_executor(None, _Worker, self.settings)
                                              for _ in range(self.size))):
            self._all.add(worker)
            self._idle.put_nowait(worker)

    async def check(self, job: Job) -> FileResult:
        """Check ``job`` in a free worker; ``Busy`` or ``CheckTimeout`` when it cannot be done in time."""
        assert self._idle is not None, "start() first"
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.wait)
        except asyncio.TimeoutError:
            raise Busy from None
        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(None, worker.run, job, self.timeout)
        except (EOFError, OSError):
            self._replace(worker)
            raise WorkerLost from None
        except BaseException:
            self._replace(worker)
            raise
        if result is None:
            self._replace(worker)
            raise CheckTimeout
        if worker.jobs >= MAX_JOBS:
            self._replace(worker)
        else:
            self._idle.put_nowait(worker)
        return result

    def _replace(self, worker: _Worker) -> None:
        """Stop ``worker`` and start another in the background; the request that found it does not wait."""
        self._all.discard(worker)
        loop = asyncio.get_running_loop()

        def fresh() -> _Worker:
            worker.stop()
            return _Worker(self.settings)

        def done(future: asyncio.Future) -> None:
            if future.exception() is None:
                self._all.add(future.result())
                assert self._idle is not None
                self._idle.put_nowait(future.result())

        loop.run_in_executor(None, fresh).add_done_callback(done)

    async def close(self) -> None:
        """Stop every worker."""
        for worker in list(self._all):
            worker.stop()
        self._all.clear()
