"""Throughput of one core: MB of articles checked per CPU-second (the budget is at least 3).

Usage: python benchmarks/bench_throughput.py [FOLDER] [--repeat 3] [--limit N]

Runs ``factlint check -j 1 --format json`` over the folder (default: ``../shared/corpus``) as a user would,
``--repeat`` times, and reads the CPU time (user + system) of that child from ``resource.getrusage
(RUSAGE_CHILDREN)``.  CPU time rather than wall time, because the machine is shared and loaded: other work
stretches the wall clock but not the seconds this process spent on a core.  The size counted is the bytes of
the article files; start-up and rule loading are included, as a user pays them.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import find_corpus  # noqa: E402

SUFFIXES = (".md", ".txt", ".html", ".htm", ".markdown")


def articles(folder: Path) -> list[Path]:
    """The article files under ``folder``, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def cpu_of_run(target: Path) -> float:
    """CPU seconds (user + system) of one ``factlint check -j 1`` of ``target``, children of children included."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-m", "factlint", "check", "-q", "--format", "json", "-j", "1",
                           str(target)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"factlint failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-500:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only N articles, evenly spread over the folders (quicker)")
    args = parser.parse_args()
    folder = find_corpus(args.folder)
    if folder is None:
        sys.exit("no corpus folder: give one, or put the corpus at ../shared/corpus")
    files = articles(folder)
    target = folder
    if args.limit:
        files = files[:: max(1, len(files) // args.limit)][: args.limit]
        target = Path(tempfile.mkdtemp(prefix="factlint-throughput-"))
        for i, f in enumerate(files):  # links keep the suffix the reader goes by; the folder keeps paths apart
            (target / f"{i:05d}{f.suffix}").symlink_to(f.resolve())
    size = sum(f.stat().st_size for f in files) / 1e6
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(files)} articles, {size:.1f} MB, -j 1; {os.cpu_count()} cores, load {load:.2f}")
    rates = []
    for i in range(args.repeat):
        cpu = cpu_of_run(target)
        rates.append(size / cpu)
        print(f"run {i + 1}: {cpu:7.2f} CPU-s  {rates[-1]:5.2f} MB/CPU-s", flush=True)
    print(f"median {statistics.median(rates):.2f} MB per CPU-second (budget: at least 3)")


if __name__ == "__main__":
    main()
