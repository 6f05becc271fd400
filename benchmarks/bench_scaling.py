"""Growth of time and memory with the size of ONE file: a linter must not hang on a wire dump or a book.

Usage: python benchmarks/bench_scaling.py [--sizes 0.2,0.8,3.2,12.8] [--variants lines,oneline] [--keep DIR]

Each input is synthesised from the annotated fixture articles in fixtures/default/ (their bodies, annotations
stripped, one front matter with a publication date on top), repeated until the size is reached: the
"lines" variant keeps paragraphs on their own lines, the "oneline" variant joins everything into a single
line (a converted or generated file).  Each run is a separate ``factlint check`` process; its CPU time and
peak RSS come from ``os.wait4`` on that child alone, so one run's memory does not mask the next.  The fitted
exponent is the least-squares slope of log(time) on log(size): 1.0 is linear.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures" / "default"
ANNOTATION = re.compile(r"\s*<!--.*?-->")


def bodies() -> list[str]:
    """The fixture articles' bodies: front matter and test annotations removed, paragraphs kept."""
    out = []
    for path in sorted(FIXTURES.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):
            end = text.find("\n---", 4)
            text = text[end + 4:] if end != -1 else text
        text = ANNOTATION.sub("", text).strip()
        if text:
            out.append(text)
    return out


def synthesise(size: int, one_line: bool) -> str:
    """About ``size`` bytes of news-like text made by cycling through the fixture bodies."""
    parts = bodies()
    head = "---\ntitle: Scaling benchmark\ndate: 2024-03-14\n---\n\n"
    chunks, total, i = [head], len(head), 0
    sep = " " if one_line else "\n\n"
    while total < size:
        body = parts[i % len(parts)]
        if one_line:
            body = " ".join(body.split())
        chunks.append(body + sep)
        total += len(body) + len(sep)
        i += 1
    return "".join(chunks)


def run(path: Path, extra: list[str]) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak RSS in MiB and exit code of one ``factlint check`` of ``path``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factlint", "check", "-q", "--format", "json", "-j", "1",
                             *extra, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):  # 2: a file or rule error (a rule's regex timed out): say which, go on
        problems = [line for line in err.splitlines() if "note:" not in line]
        print(f"  exit {proc.returncode} on {path.name}: {' | '.join(problems)[-300:]}")
    rss = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    return wall, usage.ru_utime + usage.ru_stime, rss, proc.returncode


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(ys) on log(xs)."""
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly)) / den if den else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="0.2,0.8,3.2,12.8", help="comma-separated sizes in MB")
    parser.add_argument("--variants", default="lines,oneline", help="lines, oneline or both")
    parser.add_argument("--keep", type=Path, help="write the generated files here (default: a temp folder)")
    args, extra = parser.parse_known_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    folder = args.keep or Path(tempfile.mkdtemp(prefix="factlint-scaling-"))
    folder.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"one file per run, -j 1; {os.cpu_count()} cores, load {load:.2f}")
    for variant in args.variants.split(","):
        cpus = []
        for mb in sizes:
            path = folder / f"{variant}-{mb:g}MB.md"
            path.write_text(synthesise(int(mb * 1e6), variant == "oneline"), encoding="utf-8")
            wall, cpu, rss, code = run(path, extra)
            cpus.append(cpu)
            print(f"{variant:8} {mb:6.2f} MB: {wall:7.2f} s wall  {cpu:7.2f} s CPU  {rss:7.1f} MiB peak RSS  "
                  f"{mb / max(cpu, 1e-6):5.2f} MB/CPU-s  exit {code}", flush=True)
            if not args.keep:
                path.unlink()
        if len(sizes) > 1:
            print(f"{variant:8} fitted exponent (log-log slope of CPU time on size): {slope(sizes, cpus):.2f}")


if __name__ == "__main__":
    main()
