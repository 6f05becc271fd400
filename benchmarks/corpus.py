"""Shared by the corpus benchmarks: where ``../shared/corpus`` is, and factlint's JSON findings on a set of files.

factlint runs as a user runs it (``python -m factlint check --format json``), so a benchmark measures what the
command line reports, not an internal API that could drift from it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CANDIDATES = [REPO.parent / "shared" / "corpus", REPO.parent.parent / "shared" / "corpus"]


def find_corpus(arg: str | None = None) -> Path | None:
    """The corpus folder given on the command line, else ``../shared/corpus`` beside the checkout, else None."""
    if arg:
        return Path(arg) if Path(arg).is_dir() else None
    return next((c for c in CANDIDATES if c.is_dir()), None)


def run_factlint(paths: list[str], jobs: int = 2, extra: tuple[str, ...] = ()) -> tuple[list[dict], float]:
    """factlint's findings on ``paths`` (files or folders) and the wall time the run took, in seconds.

    The paths are passed as arguments, in chunks small enough for the operating system's limit.
    """
    findings: list[dict] = []
    start = time.perf_counter()
    chunk = 2000
    for i in range(0, len(paths), chunk):
        proc = subprocess.run(
            [sys.executable, "-m", "factlint", "check", "--format", "json", "-q", "-j", str(jobs), *extra,
             *paths[i:i + chunk]],
            capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"},
        )
        if proc.returncode not in (0, 1):
            raise SystemExit(f"factlint failed (exit {proc.returncode}): {proc.stderr.strip()[:500]}")
        findings.extend(json.loads(proc.stdout)["findings"])
    return findings, time.perf_counter() - start


def body_words(path: Path) -> int:
    """Words in an article file, front matter left out (the measure the precision bar is stated in)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            text = text[end + 4:]
    return len(text.split())
