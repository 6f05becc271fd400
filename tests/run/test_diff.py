"""``factlint check --diff BASE``: only findings on lines changed since a git revision, in real repositories."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factlint.findings import Finding, Location
from factlint.run.gitdiff import ChangedLines, parse_patch

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

OLD = "---\ndate: 2024-03-14\n---\n\nThe council approved the the budget on Thursday.\n\nThe mayor spoke.\n"


def factlint(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from factlint.cli.main import main; main()", *args],
                          cwd=cwd, capture_output=True, text=True)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def findings(proc: subprocess.CompletedProcess) -> list[tuple[str, int, str]]:
    return [(f["path"], f["line"], f["message"]) for f in json.loads(proc.stdout)["findings"]]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "ed@example.com")
    git(tmp_path, "config", "user.name", "Ed")
    (tmp_path / "news desk").mkdir()
    (tmp_path / "news desk" / "council vote.md").write_text(OLD)
    (tmp_path / "old.md").write_text(OLD)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "base")
    return tmp_path


def test_only_the_changed_line_is_reported(repo: Path) -> None:
    article = repo / "news desk" / "council vote.md"
    article.write_text(OLD + "\nOfficials said and and left.\n")
    proc = factlint("check", "--format", "json", "--diff", "HEAD", "news desk/council vote.md", cwd=repo)
    assert findings(proc) == [("news desk/council vote.md", 9, "'and' is repeated: \"and and\"")]
    assert proc.returncode == 1
    # Without --diff both the old and the new slip are there.
    assert len(findings(factlint("check", "--format", "json", "news desk/council vote.md", cwd=repo))) == 2


def test_old_findings_alone_pass(repo: Path) -> None:
    article = repo / "news desk" / "council vote.md"
    article.write_text(OLD.replace("The mayor spoke.", "The mayor spoke briefly."))
    proc = factlint("check", "--diff", "HEAD", ".", cwd=repo)
    assert proc.returncode == 0, proc.stdout
    assert "No findings in 1 file" in proc.stdout  # the unchanged old.md is not even checked


def test_a_changed_line_with_an_old_slip_counts(repo: Path) -> None:
    article = repo / "old.md"
    article.write_text(OLD.replace("on Thursday", "on Friday"))
    proc = factlint("check", "--format", "json", "--diff", "HEAD", "old.md", cwd=repo)
    assert [line for _, line, _ in findings(proc)] == [5]


def test_renamed_file_reports_only_edited_lines(repo: Path) -> None:
    git(repo, "mv", "old.md", "renamed article.md")
    (repo / "renamed article.md").write_text(OLD + "\nA second second thought.\n")
    git(repo, "add", "-A")
    proc = factlint("check", "--format", "json", "--diff", "HEAD", ".", cwd=repo)
    assert findings(proc) == [("./renamed article.md", 9, "'second' is repeated: \"second second\"")]


def test_new_tracked_file_and_explicit_untracked_file_count_wholly(repo: Path) -> None:
    (repo / "added.md").write_text(OLD)
    git(repo, "add", "added.md")
    (repo / "draft.md").write_text(OLD)  # never added to git
    proc = factlint("check", "--format", "json", "--diff", "HEAD", "added.md", "draft.md", cwd=repo)
    assert sorted(path for path, _, _ in findings(proc)) == ["added.md", "draft.md"]
    # Found by walking a folder, an untracked file is not part of the change.
    walked = factlint("check", "--format", "json", "--diff", "HEAD", ".", cwd=repo)
    assert [path for path, _, _ in findings(walked)] == ["./added.md"]


def test_odd_file_names_are_followed(repo: Path) -> None:
    name = 'quote"d \\ résumé.md'
    (repo / name).write_text(OLD)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "odd name")
    (repo / name).write_text(OLD + "\nA new new line.\n")
    proc = factlint("check", "--format", "json", "--diff", "HEAD", name, cwd=repo)
    assert findings(proc) == [(name, 9, "'new' is repeated: \"new new\"")]


def test_from_a_subfolder(repo: Path) -> None:
    (repo / "news desk" / "council vote.md").write_text(OLD + "\nGood words.\nIt rained rained all day.\n")
    proc = factlint("check", "--format", "json", "--diff", "HEAD", "council vote.md", cwd=repo / "news desk")
    assert [line for _, line, _ in findings(proc)] == [10]


def test_unknown_revision_and_no_repository_are_usage_errors(repo: Path, tmp_path_factory) -> None:
    proc = factlint("check", "--diff", "no-such-branch", "old.md", cwd=repo)
    assert proc.returncode == 2
    assert "--diff no-such-branch: not a commit" in proc.stderr
    outside = tmp_path_factory.mktemp("plain")
    (outside / "a.md").write_text(OLD)
    proc = factlint("check", "--diff", "HEAD", "a.md", cwd=outside)
    assert proc.returncode == 2
    assert "a.md: not in a git work tree" in proc.stderr


def test_parse_patch_reads_quoted_spaced_renamed_and_deleted_names() -> None:
    patch = (
        'diff --git a/x y.md b/x y.md\n--- a/x y.md\t\n+++ b/x y.md\t\n@@ -2 +2 @@ a\n-b\n+B\n@@ -3,0 +4,2 @@\n+d\n+e\n'
        'diff --git "a/we\\"ird\\303\\251.md" "b/we\\"ird\\303\\251.md"\n--- "a/we\\"ird\\303\\251.md"\n'
        '+++ "b/we\\"ird\\303\\251.md"\n@@ -1,0 +2 @@ q\n+z\n'
        "diff --git a/gone.md b/gone.md\n--- a/gone.md\n+++ /dev/null\n@@ -1,3 +0,0 @@\n-a\n-b\n-c\n"
        "diff --git a/cut.md b/cut.md\n--- a/cut.md\n+++ b/cut.md\n@@ -4,2 +3,0 @@\n-x\n-y\n"
    )
    assert parse_patch(patch) == {"x y.md": {2, 4, 5}, 'we"irdé.md': {2}, "cut.md": set()}


def test_a_finding_counts_when_its_related_place_changed(tmp_path: Path) -> None:
    from factlint.run.check import _touches

    path = str(tmp_path / "a.md")
    changed = ChangedLines(lines={Path(path).resolve(): {3}})
    compared = Location(path, 3, 1, 3, 4, "launched here")
    on_changed = Finding(path, 3, 5, 3, 9, "r", "numbers", "error", "m")
    related_changed = Finding(path, 7, 1, 7, 4, "r", "numbers", "error", "m", (compared,))
    untouched = Finding(path, 7, 1, 7, 4, "r", "numbers", "error", "m", (Location(path, 6, 1, 6, 2, "x"),))
    assert [_touches(changed, f) for f in (on_changed, related_changed, untouched)] == [True, True, False]


def test_a_changed_compared_place_reports_the_unchanged_finding(repo: Path) -> None:
    """Edit "launched" so that the untouched "intercepted" line two paragraphs down no longer adds up."""
    article = repo / "drones.md"
    body = "---\ndate: 2024-03-14\n---\n\nRussia launched {n} drones overnight.\n\nAir defences intercepted 150 of the drones.\n"
    article.write_text(body.format(n=176))
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "drones")
    article.write_text(body.format(n=126))
    full = json.loads(factlint("check", "--format", "json", "drones.md", cwd=repo).stdout)["findings"]
    if not any(f["related"] for f in full):
        pytest.skip("no default rule compares two places in this article")
    proc = factlint("check", "--format", "json", "--diff", "HEAD", "drones.md", cwd=repo)
    found = json.loads(proc.stdout)["findings"]
    assert [(f["line"], [r["line"] for r in f["related"]]) for f in found] == [(7, [5])]
