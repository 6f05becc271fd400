"""Speed-up of ``factlint check -j N`` over ``-j 1`` on a folder of articles (default: the shared corpus).

Usage: python benchmarks/bench_parallel.py [FOLDER] [--jobs 1,2] [--repeat 3]

Runs the real command line (start-up, rule loading, every file, the JSON report) and prints the best wall
time of each job count, the throughput and the speed-up over one job; it also checks that every job count
printed the same report.  Runs of the job counts alternate and the best is kept, so that other work on a
shared machine (the load average is printed) disturbs the comparison as little as possible.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO.parent / "shared" / "corpus"


def run_once(folder: Path, jobs: int) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", "from factlint.cli.main import main; main()", "check", "-q", "--format", "json",
         "-j", str(jobs), str(folder)],
        capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"factlint failed ({proc.returncode}): {proc.stderr[-500:]}")
    return elapsed, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts (first is the reference)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per job count; the best is kept")
    args = parser.parse_args()
    files = [p for p in args.folder.rglob("*") if p.suffix in (".md", ".txt", ".html", ".htm") and p.is_file()]
    size = sum(p.stat().st_size for p in files)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{args.folder}: {len(files)} files, {size / 1e6:.2f} MB; {os.cpu_count()} cores, load {load:.2f}; "
          f"best of {args.repeat}")
    counts = [int(j) for j in args.jobs.split(",")]
    best = {j: float("inf") for j in counts}
    reports = {}
    for _ in range(args.repeat):
        for jobs in counts:
            elapsed, reports[jobs] = run_once(args.folder, jobs)
            best[jobs] = min(best[jobs], elapsed)
    reference = best[counts[0]]
    for jobs in counts:
        same = "same report" if reports[jobs] == reports[counts[0]] else "REPORT DIFFERS"
        print(f"-j {jobs}: {best[jobs]:6.2f} s  {size / 1e6 / best[jobs]:5.2f} MB/s  "
              f"speed-up {reference / best[jobs]:4.2f}x  ({same})")

if __name__ == "__main__":
    main()
