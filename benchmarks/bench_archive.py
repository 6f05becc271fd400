"""``factlint archive`` on a LocalCluster of 1 and 2 workers against ``factlint check -j 2``: files per second.

Run: ``.venv/bin/python benchmarks/bench_archive.py [corpus-dir] [--limit N]`` (needs ``factlint[dask]``).

Each command runs once, as a user runs it, and its wall time includes starting and stopping the cluster or
pool: that is the fixed cost an archive run pays before its millions of files amortise it.  CPU time is of
the command and every process it waited for (workers included), so a machine shared with other jobs, which
stretches wall time, still shows what the work itself cost.  Exits quietly without the corpus or Dask.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

from corpus import find_corpus


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, children included) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(f"{' '.join(cmd[2:5])}… failed (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--limit", type=int, help="Only the first N folders' worth of files (a quicker run).")
    args = parser.parse_args()
    corpus = find_corpus(args.corpus)
    if corpus is None or importlib.util.find_spec("distributed") is None:
        print("bench_archive: no corpus or no Dask (pip install 'factlint[dask]'); skipped")
        return
    paths = sorted(str(p) for p in corpus.iterdir() if p.is_dir())[: args.limit] if args.limit else [str(corpus)]
    python = [sys.executable, "-m", "factlint"]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "archive.jsonl")
        rows = []
        wall, cpu = timed([*python, "check", "--format", "json", "-q", "-j", "2", "-o", os.path.join(tmp, "c.json"),
                           *paths])
        files = json.load(open(os.path.join(tmp, "c.json")))["files"]
        rows.append(("check -j 2", wall, cpu))
        for workers in (1, 2):
            wall, cpu = timed([*python, "archive", "-q", "-w", str(workers), "-o", out, *paths])
            summary = json.loads(open(out).read().splitlines()[-1])
            assert summary["checked"] == files, (summary, files)
            rows.append((f"archive -w {workers}", wall, cpu))
    print(f"{files} files from {corpus}")
    print(f"{'command':<14} {'wall s':>8} {'files/s':>8} {'CPU s':>8} {'CPU ms/file':>12}")
    for name, wall, cpu in rows:
        print(f"{name:<14} {wall:8.1f} {files / wall:8.1f} {cpu:8.1f} {1000 * cpu / files:12.2f}")
    base, two = rows[0], rows[2]
    print(f"overhead of archive -w 2 against check -j 2: wall {100 * (two[1] / base[1] - 1):+.0f}%, "
          f"CPU {100 * (two[2] / base[2] - 1):+.0f}%")


if __name__ == "__main__":
    main()
