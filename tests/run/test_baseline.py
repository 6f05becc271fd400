"""``factlint baseline create`` and ``check --baseline``: old findings stay quiet through edits, new ones are told."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """---
date: 2024-03-14
---

The council approved the the budget on Thursday.

The mayor said the vote was close. Critics said the the plan was rushed.

Nobody objected.
"""


def factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from factlint.cli.main import main; main()", *args],
                          cwd=cwd, capture_output=True, text=True)


def reported(proc: subprocess.CompletedProcess) -> list[tuple[int, str]]:
    return [(f["line"], f["message"]) for f in json.loads(proc.stdout)["findings"]]


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "vote.md").write_text(ARTICLE)
    created = factlint("baseline", "create", "baseline.json", "articles", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    assert "Recorded 2 findings (2 distinct) from 1 file in baseline.json" in created.stdout
    return tmp_path


def check(desk: Path, *extra: str) -> subprocess.CompletedProcess:
    return factlint("check", "--format", "json", "--baseline", "baseline.json", *extra, "articles", cwd=desk)


def test_baseline_file_names_what_it_accepts(desk: Path) -> None:
    data = json.loads((desk / "baseline.json").read_text())
    assert data["version"] == 1 and data["tool"] == "factlint"
    assert [(e["path"], e["rule"], e["text"], e["count"]) for e in data["findings"]] == [
        ("articles/vote.md", "repeated-word", "the the", 1),
        ("articles/vote.md", "repeated-word", "the the", 1),
    ]


def test_recorded_findings_are_not_reported(desk: Path) -> None:
    proc = check(desk)
    assert proc.returncode == 0
    assert reported(proc) == []
    assert "2 findings recorded in the baseline not shown" in proc.stderr


def test_edits_elsewhere_that_shift_lines_keep_them_quiet(desk: Path) -> None:
    article = desk / "articles" / "vote.md"
    shifted = ARTICLE.replace("---\n\n", "---\n\nA new first paragraph.\n\nAnd a second one.\n\n", 1)
    article.write_text(shifted.replace("Nobody objected.", "Nobody objected at all."))
    proc = check(desk)
    assert (proc.returncode, reported(proc)) == (0, [])


def test_a_new_finding_is_reported_alone(desk: Path) -> None:
    article = desk / "articles" / "vote.md"
    shifted = ARTICLE.replace("---\n\n", "---\n\nA new first paragraph.\n\n", 1)
    article.write_text(shifted.replace("Nobody objected.", "Nobody raised raised a hand."))
    proc = check(desk)
    assert proc.returncode == 1
    assert reported(proc) == [(11, "'raised' is repeated: \"raised raised\"")]


def test_a_second_identical_slip_in_an_identical_sentence_is_new(desk: Path) -> None:
    article = desk / "articles" / "vote.md"
    article.write_text(ARTICLE + "\nThe council approved the the budget on Thursday.\n")
    proc = check(desk)
    assert reported(proc) == [(11, "'the' is repeated: \"the the\"")]


def test_editing_the_flagged_sentence_makes_it_new(desk: Path) -> None:
    article = desk / "articles" / "vote.md"
    article.write_text(ARTICLE.replace("on Thursday", "on Friday"))
    assert reported(check(desk)) == [(5, "'the' is repeated: \"the the\"")]


def test_fixed_findings_are_silent(desk: Path) -> None:
    article = desk / "articles" / "vote.md"
    article.write_text(ARTICLE.replace("the the", "the"))
    proc = check(desk)
    assert (proc.returncode, reported(proc)) == (0, [])
    assert proc.stderr == ""


def test_paths_match_from_another_folder(desk: Path) -> None:
    proc = factlint("check", "--format", "json", "--baseline", "../baseline.json", "vote.md", cwd=desk / "articles")
    assert (proc.returncode, reported(proc)) == (0, [])


def test_another_file_with_the_same_slip_is_not_covered(desk: Path) -> None:
    (desk / "articles" / "copy.md").write_text(ARTICLE)
    proc = check(desk)
    assert len(reported(proc)) == 2
    assert {f["path"] for f in json.loads(proc.stdout)["findings"]} == {"articles/copy.md"}


@pytest.mark.parametrize("content, message", [
    (None, "baseline.json: baseline file not found"),
    ("{not json", "baseline.json:1: not a baseline file"),
    ('{"tool": "other", "findings": []}', "baseline.json: not a factlint baseline file"),
])
def test_a_bad_baseline_is_a_usage_error(tmp_path: Path, content: str | None, message: str) -> None:
    (tmp_path / "a.md").write_text(ARTICLE)
    if content is not None:
        (tmp_path / "baseline.json").write_text(content)
    proc = factlint("check", "--baseline", "baseline.json", "a.md", cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr
