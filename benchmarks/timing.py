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
