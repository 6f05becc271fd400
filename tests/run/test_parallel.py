"""``-j N``: parallel checking gives the same report as serial, in file order; the progress bar, and --quiet."""

from __future__ import annotations

import os
import pickle
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.config import Settings
from factlint.run.parallel import PROGRESS_MIN_FILES, Task, check_all, check_task

WORDS = ["budget", "vote", "plan", "road", "school", "bridge"]


def factlint(*args: str, cwd: Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from factlint.cli.main import main; main()", *args],
                          cwd=cwd, capture_output=True, text=True, **kw)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Articles in nested folders, every third with a slip; names chosen so walk order differs from creation."""
    for i in range(PROGRESS_MIN_FILES + 5):
        folder = tmp_path / f"desk{i % 3}"
        folder.mkdir(exist_ok=True)
        word = WORDS[i % len(WORDS)]
        slip = f"the {word} {word}" if i % 3 == 0 else f"the {word}"
        (folder / f"{(i * 7) % 31:02d}-story.md").write_text(
            f"---\ndate: 2024-03-{i % 28 + 1:02d}\n---\n\nThe council discussed {slip} on Monday.\n"
        )
    return tmp_path


def test_parallel_output_equals_serial_in_file_order(archive: Path) -> None:
    for fmt in ("text", "json", "sarif"):
        serial = factlint("check", "-j", "1", "--format", fmt, ".", cwd=archive)
        parallel = factlint("check", "-j", "2", "--format", fmt, ".", cwd=archive)
        assert (parallel.returncode, parallel.stdout) == (serial.returncode, serial.stdout), fmt
    lines = [line.split(":")[0] for line in serial_text(archive) if "[repeated-word]" in line]
    assert len(lines) == 9
    assert lines == sorted(lines)


def serial_text(archive: Path) -> list[str]:
    return factlint("check", "-j", "2", ".", cwd=archive).stdout.splitlines()


def test_results_cross_the_process_boundary(archive: Path) -> None:
    path = str(next(archive.glob("desk0/*.md")))
    result = check_task(Task(path, Settings(), (), None, None, path))
    back = pickle.loads(pickle.dumps(result))
    assert back.findings == result.findings and back.findings
    assert back.document.text == result.document.text
    assert back.document.position(5) == result.document.position(5)


def test_no_pool_for_one_file_or_one_job(archive: Path, monkeypatch) -> None:
    import concurrent.futures

    started = []

    class Refused:
        def __init__(self, *a, **kw):
            started.append(kw)
            raise AssertionError("a process pool was started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Refused)
    paths = sorted(str(p) for p in archive.glob("*/*.md"))
    tasks = [Task(p, Settings(), (), None, None, p) for p in paths]
    assert len(check_all(tasks[:1], jobs=4)) == 1
    assert len(check_all(tasks, jobs=1)) == len(tasks)
    assert len(check_all(tasks, jobs=None)) == len(tasks)  # by default, a few kilobytes are checked serially
    assert started == []
    with pytest.raises(AssertionError, match="a process pool was started"):
        check_all(tasks[:2], jobs=2)
    big = archive / "long.md"
    big.write_text("The council met on Monday.\n\n" * 12_000)  # over 300 kB
    with pytest.raises(AssertionError, match="a process pool was started"):
        check_all(tasks[:1] + [Task(str(big), Settings(), (), None, None, str(big))], jobs=None)


def test_a_file_error_in_a_worker_is_reported_in_order(archive: Path) -> None:
    (archive / "desk1" / "00-broken.md").write_bytes(b"\x00\x01binary")
    proc = factlint("check", "-j", "2", "--format", "json", ".", cwd=archive)
    assert proc.returncode == 2
    assert "desk1/00-broken.md: binary file, not an article" in proc.stderr


def _run_on_tty(args: list[str], cwd: Path) -> str:
    """Run factlint with stderr on a pseudo-terminal (as a person at a terminal has) and return what it showed."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", "from factlint.cli.main import main; main()", *args], cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=30)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_on_a_terminal_only(archive: Path) -> None:
    total = PROGRESS_MIN_FILES + 5
    shown = _run_on_tty(["check", "-j", "2", "--date", "2024-03-01", "."], archive)
    assert f"checking {total}/{total} files [" in shown
    assert shown.endswith("\r\x1b[K")  # the bar is erased when done
    assert "checking" not in _run_on_tty(["check", "-q", "-j", "2", "."], archive)
    piped = factlint("check", "-j", "2", "--date", "2024-03-01", ".", cwd=archive)
    assert "checking" not in piped.stderr

