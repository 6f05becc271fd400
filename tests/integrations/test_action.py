"""The GitHub Action under a simulated runner: action.yml's steps run in bash as the runner runs them, with a
pull_request event, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and file names built to inject commands.

The install step (``pip install`` of the action's checkout into a fresh venv) is the one step not run here:
the test's own interpreter, where factlint is installed, stands in for that venv.  The pre-commit test
installs the checkout with pip for real.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
EXPRESSION = re.compile(r"\$\{\{\s*(inputs\.[\w-]+|github\.action_path|github\.token)\s*\}\}")
TOKEN = "ghs_test-token-of-the-run"  # what the runner gives ${{ github.token }}

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                                reason="needs git and bash")

INJECTING = "$(touch pwned);x.md"
QUOTED = "it's a \"quoted\" `name` $HOME.md"
DASHED = "-rf.md"
SLIP = "---\ndate: 2024-03-14\n---\n\nThe council approved the the budget.\n"
CLEAN = "---\ndate: 2024-03-14\n---\n\nThe council approved the budget.\n"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture
def pr(tmp_path: Path) -> dict:
    """A repository with a base commit and a pull request's head commit, and the event describing them."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "ed@example.com")
    git(repo, "config", "user.name", "Ed")
    (repo / "old.md").write_text(SLIP)  # an old slip the pull request does not touch
    (repo / "gone.md").write_text(SLIP)
    # A file named '-' is an article here, to show it is not taken for standard input.
    (repo / ".factlint.yaml").write_text("exclude: [drafts]\ninclude: ['*.md', '-']\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "base")
    base = git(repo, "rev-parse", "HEAD")
    git(repo, "checkout", "-q", "-b", "$(touch${IFS}pwned-branch)")
    for name in (INJECTING, QUOTED, DASHED, "-"):
        (repo / name).write_text(SLIP)
    (repo / "ok.md").write_text(CLEAN)
    (repo / "notes.py").write_text("# the the\n")  # not an article
    (repo / "drafts").mkdir()
    (repo / "drafts" / "wip.md").write_text(SLIP)  # excluded by the configuration
    (repo / "gone.md").unlink()
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "$(touch pwned-title)")
    head = git(repo, "rev-parse", "HEAD")
    event = tmp_path / "event.json"
    event.write_text(json.dumps({
        "action": "synchronize",
        "pull_request": {
            "number": 7,
            "title": "$(touch pwned-title) `touch pwned-tick`",
            "head": {"ref": "$(touch${IFS}pwned-branch)", "sha": head},
            "base": {"ref": "main", "sha": base},
        },
    }))
    return {"repo": repo, "base": base, "head": head, "event": event, "tmp": tmp_path}


def run_action(pr: dict, root: Path = ROOT, runner_env: dict | None = None, **inputs: str) -> dict:
    """Run action.yml's steps (of the action checked out at ``root``) as a runner would: env from the step's
    ``env:``, the script in bash; the stand-in venv's python imports factlint from ``root``, as the install
    step's ``pip install`` of that checkout would."""
    action = yaml.safe_load((root / "action.yml").read_text())
    tmp: Path = pr["tmp"]
    runner_temp = tmp / "runner"
    venv_bin = runner_temp / "factlint-venv" / "bin"
    venv_bin.mkdir(parents=True, exist_ok=True)
    stand_in = venv_bin / "python"
    stand_in.write_text(f"#!/bin/sh\nPYTHONPATH='{root}' exec '{sys.executable}' \"$@\"\n")
    stand_in.chmod(stand_in.stat().st_mode | stat.S_IEXEC)
    output, summary = tmp / "github_output", tmp / "step_summary"
    output.write_text("")
    summary.write_text("")
    assert set(inputs) <= set(action["inputs"]), "an input action.yml does not declare"
    values = {"github.action_path": str(root), "github.token": TOKEN}
    values.update({f"inputs.{k}": EXPRESSION.sub(lambda m: values[m.group(1)], str(v.get("default", "")))
                   for k, v in action["inputs"].items()})
    values.update({f"inputs.{k}": v for k, v in inputs.items()})
    base_env = {
        "PATH": os.environ["PATH"], "HOME": str(tmp), "GITHUB_ACTIONS": "true", "CI": "true",
        "GITHUB_EVENT_NAME": "pull_request", "GITHUB_EVENT_PATH": str(pr["event"]), "GITHUB_OUTPUT": str(output),
        "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_WORKSPACE": str(pr["repo"]), "RUNNER_TEMP": str(runner_temp),
        **(runner_env or {}),
    }
    proc = None
    for step in action["runs"]["steps"]:
        if step["name"] == "Install factlint":
            continue
        env = dict(base_env)
        for key, template in step.get("env", {}).items():
            env[key] = EXPRESSION.sub(lambda m: values[m.group(1)], str(template))
            assert "${{" not in env[key]
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                              cwd=pr["repo"], env=env, capture_output=True, text=True, timeout=60)
        if proc.returncode != 0:
            break
    return {"proc": proc, "outputs": parse_outputs(output.read_text()), "summary": summary.read_text()}


def parse_outputs(text: str) -> dict[str, str]:
    """GITHUB_OUTPUT entries, in both the ``name=value`` and ``name<<DELIMITER`` forms."""
    out: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line:
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter, i + 1)
            out[name] = "\n".join(lines[i + 1:end])
            i = end + 1
        else:
            if "=" in line:
                name, value = line.split("=", 1)
                out[name] = value
            i += 1
    return out


def annotated_files(stdout: str) -> list[str]:
    files = []
    for line in stdout.splitlines():
        m = re.match(r"::(?:error|warning|notice) file=([^,]*),", line)
        if m:
            files.append(m.group(1).replace("%3A", ":").replace("%2C", ",").replace("%25", "%"))
    return files


def no_command_ran(pr: dict) -> None:
    planted = [p for p in pr["tmp"].rglob("pwned*")] + [p for p in Path.cwd().glob("pwned*")]
    assert planted == []


def test_action_scripts_interpolate_no_expressions() -> None:
    steps = ACTION["runs"]["steps"]
    assert ACTION["runs"]["using"] == "composite"
    for step in steps:
        assert "${{" not in step.get("run", ""), step["name"]
    check = next(s for s in steps if s.get("id") == "check")
    assert "factlint.integrations.github_action" in check["run"]
    assert ACTION["outputs"]["sarif-file"]["value"] == "${{ steps.check.outputs.sarif-file }}"
    install = next(s for s in steps if s["name"] == "Install factlint")
    assert install["env"]["FACTLINT_ACTION_PATH"] == "${{ github.action_path }}"


def test_pull_request_files_are_linted_and_nothing_is_executed(pr: dict) -> None:
    run = run_action(pr)
    proc = run["proc"]
    no_command_ran(pr)
    assert proc.returncode == 1, proc.stderr  # warnings fail at the default fail-on
    assert sorted(annotated_files(proc.stdout)) == sorted([INJECTING, QUOTED, DASHED, "./-"])
    assert "::warning file=$(touch pwned);x.md,line=5,col=22,endLine=5,endColumn=29" in proc.stdout
    assert "::warning file=./-,line=5" in proc.stdout  # a file named '-' is a file, not standard input
    assert run["outputs"]["findings"] == "4"
    sarif = json.loads(Path(run["outputs"]["sarif-file"]).read_text())
    uris = sorted(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"])
    assert uris == sorted([INJECTING, QUOTED, DASHED, "-"])
    assert Path(run["outputs"]["sarif-file"]).parent == pr["tmp"] / "runner"
    summary = run["summary"]
    assert "factlint: 4 findings in 5 files" in summary  # ok.md is checked and clean
    assert "it&#x27;s a &quot;quoted&quot; `name` $HOME.md" in summary
    assert "$(touch pwned);x.md" in summary


def test_fail_on_error_passes_on_warnings(pr: dict) -> None:
    run = run_action(pr, **{"fail-on": "error"})
    assert run["proc"].returncode == 0
    assert len(annotated_files(run["proc"].stdout)) == 4


def test_changed_lines_only(pr: dict) -> None:
    repo = pr["repo"]
    git(repo, "checkout", "-q", pr["base"])
    (repo / "old.md").write_text(SLIP + "\nThe mayor mayor spoke.\n")
    git(repo, "commit", "-qam", "edit old")
    event = json.loads(pr["event"].read_text())
    event["pull_request"]["head"]["sha"] = git(repo, "rev-parse", "HEAD")
    pr["event"].write_text(json.dumps(event))
    whole = run_action(pr)
    assert whole["outputs"]["findings"] == "2"  # old.md's old and new slips
    lines = run_action(pr, **{"changed-lines-only": "true"})
    assert lines["outputs"]["findings"] == "1"
    assert "::warning file=old.md,line=7," in lines["proc"].stdout


def test_paths_input_checks_the_given_files(pr: dict) -> None:
    run = run_action(pr, paths="ok.md\nold.md\n")
    assert run["proc"].returncode == 1
    assert annotated_files(run["proc"].stdout) == ["old.md"]
    assert run["outputs"]["files"] == "2"


def test_no_changed_article_still_writes_an_empty_sarif(pr: dict) -> None:
    repo = pr["repo"]
    git(repo, "checkout", "-q", pr["base"])
    (repo / "notes.py").write_text("x = 1\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "code only")
    event = json.loads(pr["event"].read_text())
    event["pull_request"]["head"]["sha"] = git(repo, "rev-parse", "HEAD")
    pr["event"].write_text(json.dumps(event))
    run = run_action(pr, **{"sarif-file": "out dir.sarif"})
    assert run["proc"].returncode == 0
    assert "no article files changed" in run["proc"].stdout
    sarif = json.loads((repo / "out dir.sarif").read_text())
    assert sarif["runs"][0]["results"] == []
    assert run["outputs"]["sarif-file"] == str(repo / "out dir.sarif")


def test_a_bad_input_is_an_error_annotation(pr: dict) -> None:
    run = run_action(pr, **{"fail-on": "sometimes"})
    assert run["proc"].returncode == 2
    assert "::error title=factlint::fail-on must be one of info, warning, error" in run["proc"].stdout


def test_sarif_file_in_a_missing_folder_is_created_and_outputs_are_declared(pr: dict) -> None:
    run = run_action(pr, **{"sarif-file": "reports/new/factlint.sarif"})
    assert run["proc"].returncode == 1 and "Traceback" not in run["proc"].stderr, run["proc"].stderr
    assert json.loads((pr["repo"] / "reports/new/factlint.sarif").read_text())["runs"][0]["results"]
    assert set(run["outputs"]) == {"sarif-file", "findings", "files"} == set(ACTION["outputs"])
    assert "factlint: 4 findings" in run["summary"]


def test_docs_workflow_example_as_written_against_the_release(pr: dict, release: Path) -> None:
    """docs/integrations.md's workflow: its ``uses:`` names the release tag and its ``with:`` inputs run as given."""
    from factlint import __version__

    text = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    workflow = yaml.safe_load(re.search(r"```yaml\n(# \.github/workflows/.*?)```", text, re.S).group(1))
    step = next(s for s in workflow["jobs"]["factlint"]["steps"] if "OWNER/factlint@" in s.get("uses", ""))
    assert step["uses"] == f"OWNER/factlint@v{__version__}"
    run = run_action(pr, root=release, **step.get("with", {}))
    assert run["proc"].returncode == 1, run["proc"].stderr  # the pull request's slips fail at fail-on: warning
    assert run["outputs"]["findings"] == "4" and Path(run["outputs"]["sarif-file"]).is_file()
