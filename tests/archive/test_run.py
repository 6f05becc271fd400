"""``factlint archive`` on a real Dask cluster: the same findings as ``factlint check``, one record per file even
when a worker is killed mid-run, error records for bad files, resume, ``memory://`` input, and the command."""

from __future__ import annotations

import io
import json
import os
import signal

import pytest

distributed = pytest.importorskip("distributed")

from factlint.archive.manifest import read_done, run_stamp  # noqa: E402
from factlint.archive.run import archive, local_cluster  # noqa: E402
from factlint.archive.listing import list_sources  # noqa: E402
from factlint.archive.worker import Job  # noqa: E402
from factlint.config import Settings  # noqa: E402

WORDS = ["budget", "vote", "plan", "road", "school", "bridge"]
INCLUDE = Settings().include


def _article(i: int) -> str:
    word = WORDS[i % len(WORDS)]
    slip = f"the {word} {word}" if i % 3 == 0 else f"the {word}"
    weekday = "Monday, March 5" if i % 4 == 0 else "Tuesday, March 5"  # Monday is wrong in 2024
    return f"---\ndate: 2024-03-{i % 20 + 6:02d}\n---\n\nThe council discussed {slip} on {weekday}.\n"


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, as ``factlint archive`` starts them (shared by this module's tests)."""
    with local_cluster(2) as c, distributed.Client(c) as client:
        yield c, client


@pytest.fixture
def articles(tmp_path):
    root = tmp_path / "archive"
    for i in range(40):
        path = root / f"desk{i % 3}" / f"{i:02d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_article(i), encoding="utf-8")
    (root / "desk0" / "broken.md").write_bytes(b"\xff\xfe not utf-8 \x81")
    return root


def _by_path(records: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in records:
        if r["type"] == "file":
            out.setdefault(r["path"], []).append(r)
    return out


def _check_json(cli, root) -> dict[str, list[dict]]:
    """``factlint check --format json``'s findings, per file."""
    per_file: dict[str, list[dict]] = {}
    for f in cli("check", "--format", "json", str(root)).json()["findings"]:
        per_file.setdefault(f["path"], []).append(f)
    return per_file


class KillOnFirstRecord(io.StringIO):
    """An output stream that kills one worker (SIGKILL, as a lost machine) when the first record arrives."""

    def __init__(self, client):
        super().__init__()
        self.client, self.killed = client, None

    def write(self, text: str) -> int:
        if self.killed is None:
            pids = self.client.run(os.getpid)
            self.killed = sorted(pids.values())[0]
            os.kill(self.killed, signal.SIGKILL)
        return super().write(text)


def test_a_worker_killed_mid_run_loses_no_file_and_findings_match_check(cluster, articles, cli) -> None:
    _, client = cluster
    job = Job(Settings(), (), None)
    out = KillOnFirstRecord(client)
    tally = archive(client, job, list_sources([str(articles)], INCLUDE, ()), out, {}, "warning", batch_files=2)
    records = _by_path([json.loads(line) for line in out.getvalue().splitlines()])
    with pytest.raises(ProcessLookupError):
        os.kill(out.killed, 0)  # the worker really died; its tasks were run again elsewhere
    assert len(records) == 41 and all(len(r) == 1 for r in records.values())
    expected = _check_json(cli, articles)
    for path, (record,) in records.items():
        assert record["findings"] == expected.get(path, []), path
    broken = records[str(articles / "desk0" / "broken.md")][0]
    assert broken["findings"] == [] and "not UTF-8" in broken["errors"][0]
    assert tally.checked == 41 and tally.errors == 1 and tally.findings == sum(map(len, expected.values())) > 10


def test_resume_skips_unchanged_files_and_rechecks_changed_or_failed_ones(cluster, articles, tmp_path) -> None:
    _, client = cluster
    output = str(tmp_path / "out.jsonl")
    job = Job(Settings(), (), None)
    stamp = run_stamp(job)
    with open(output, "w") as out:
        out.write(json.dumps({"type": "run", **stamp}) + "\n")
        archive(client, job, list_sources([str(articles)], INCLUDE, ()), out, {}, "warning")
        out.write('{"type": "file", "path": "half a li')  # a client killed mid-write
    (articles / "desk1" / "01.md").write_text(_article(0), encoding="utf-8")  # edited since
    done, whole = read_done(output, stamp)
    assert len(done) == 40 and str(articles / "desk0" / "broken.md") not in done  # errors are retried
    assert read_done(output, {**stamp, "rules": "other"})[0] == {}  # new rules: nothing is done
    again = io.StringIO()
    tally = archive(client, job, list_sources([str(articles)], INCLUDE, ()), again, done, "warning")
    rechecked = sorted(json.loads(line)["path"] for line in again.getvalue().splitlines())
    assert rechecked == sorted([str(articles / "desk0" / "broken.md"), str(articles / "desk1" / "01.md")])
    assert tally.skipped == 39 and whole == len(open(output, "rb").read().rsplit(b"\n", 1)[0]) + 1


def test_the_command_streams_json_lines_and_resumes(cluster, articles, cli, tmp_path) -> None:
    c, _ = cluster
    output = str(tmp_path / "run.jsonl")
    run = cli("archive", str(articles), "--dask", c.scheduler_address, "-o", output)
    lines = [json.loads(line) for line in open(output, encoding="utf-8")]
    assert run.code == 2  # the broken file, as check reports it
    assert lines[0]["type"] == "run" and lines[-1]["type"] == "summary" and len(lines) == 43
    assert lines[-1]["checked"] == 41 and lines[-1]["by_rule"]["weekday-mismatch"] == 10
    cli("archive", str(articles), "--dask", c.scheduler_address, "-o", output, "--resume")
    lines = [json.loads(line) for line in open(output, encoding="utf-8")]
    assert lines[-1]["skipped"] == 40 and lines[-1]["checked"] == 1 and len(lines) == 43 + 3
    assert "--resume needs --output" in cli("archive", str(articles), "--resume").err


def test_memory_urls_are_read_on_the_workers(articles) -> None:
    """fsspec input; memory:// lives in one process, so this cluster's workers are threads of this one."""
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    fs.pipe({"/arch-test/a.md": _article(0).encode(), "/arch-test/b.txt": b"Plain text, no slip.\n"})
    try:
        with local_cluster(1, processes=False) as c, distributed.Client(c) as client:
            out = io.StringIO()
            archive(client, Job(Settings(), (), None), list_sources(["memory://arch-test"], INCLUDE, ()), out, {},
                    "warning")
    finally:
        fs.rm("/arch-test", recursive=True)
    records = _by_path([json.loads(line) for line in out.getvalue().splitlines()])
    a = records["memory:///arch-test/a.md"][0]
    assert sorted(f["rule"] for f in a["findings"]) == ["repeated-word", "weekday-mismatch"]
    assert a["findings"][0]["path"] == "memory:///arch-test/a.md" and records["memory:///arch-test/b.txt"]
