"""Whole-process timing shared by the benchmarks: a warm-up run, then the median of repeated runs.

Runs as a user's would: with bytecode caching on (a sandbox may set PYTHONDONTWRITEBYTECODE, which would make
every run recompile factlint and measure that instead) and with factlint's own caches warmed by the first run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time

USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_run(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    """Median wall time in seconds of ``runs`` runs of ``cmd``, after one unmeasured warm-up run."""
    env = {**USER_ENV, **(env or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    warm = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if warm.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:4])}… failed: {warm.stderr.strip()[:300]}")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_cpu(cmd: list[str], runs: int, env: dict[str, str] | None = None, empty_cache: bool = False) -> float:
    """Median CPU seconds (user + system, from ``os.wait4`` on the child) of ``runs`` runs of ``cmd``.

    CPU time, unlike wall time, hardly moves when other work shares the machine.  With ``empty_cache`` every run
    gets a new, empty ``XDG_CACHE_HOME`` (a first run, or CI without a restored cache); otherwise one unmeasured
    run warms the caches first.
    """
    import shutil
    import tempfile

    env = {**USER_ENV, **(env or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = []
    for i in range(runs + (0 if empty_cache else 1)):
        folder = tempfile.mkdtemp(prefix="factlint-cache-") if empty_cache else None
        run_env = {**env, "XDG_CACHE_HOME": folder} if folder else env
        proc = subprocess.Popen(cmd, env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
        if empty_cache or i:
            times.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(times)
