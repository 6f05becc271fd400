"""The pre-commit hook, for real: a newsroom repository uses this checkout's ``.pre-commit-hooks.yaml``, a commit
with a slip is refused with the finding shown, and the fixed article commits.

pre-commit installs the hook repository with pip into its own environment.  That install is slow (about ten
seconds), so the hook repository is a snapshot of this checkout committed with fixed dates in pytest's cache:
the same files give the same commit, and pre-commit reuses its environment until the code changes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXED = {
    "GIT_AUTHOR_NAME": "factlint tests", "GIT_AUTHOR_EMAIL": "tests@factlint.invalid",
    "GIT_COMMITTER_NAME": "factlint tests", "GIT_COMMITTER_EMAIL": "tests@factlint.invalid",
    "GIT_AUTHOR_DATE": "2024-01-01T00:00:00+0000", "GIT_COMMITTER_DATE": "2024-01-01T00:00:00+0000",
}

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def snapshot(target: Path, env: dict[str, str]) -> str:
    """Commit this checkout's files (tracked and new, not ignored) into ``target``; return the commit id."""
    listed = subprocess.run(["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode("utf-8", "surrogateescape")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for rel in sorted(set(filter(None, listed.split("\0")))):
        source = ROOT / rel
        if source.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / rel)
    for args in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-q", "-m", "hook snapshot"]):
        subprocess.run(args, cwd=target, env=env, check=True, capture_output=True)
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=target, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()


def test_commit_with_a_slip_is_refused_then_the_fix_commits(tmp_path: Path, request) -> None:
    cache = Path(request.config.cache.mkdir("factlint-pre-commit"))
    env = {**os.environ, **FIXED, "PRE_COMMIT_HOME": str(cache / "home"), "PRE_COMMIT_COLOR": "never"}
    env.pop("GIT_DIR", None)
    rev = snapshot(cache / "hook-repo", env)
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    run(["git", "init", "-q"], newsroom, env)
    (newsroom / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {cache / 'hook-repo'}\n    rev: {rev}\n    hooks:\n      - id: factlint\n"
    )
    installed = run([sys.executable, "-m", "pre_commit", "install"], newsroom, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    article = newsroom / "council.md"
    article.write_text("---\ndate: 2024-03-14\n---\n\nThe council approved the the budget on Thursday.\n")
    (newsroom / "tool.py").write_text("# the the: code is not an article\n")
    run(["git", "add", "-A"], newsroom, env)
    refused = run(["git", "commit", "-m", "Council story"], newsroom, env)
    shown = refused.stdout + refused.stderr
    assert refused.returncode != 0, shown
    assert "factlint" in shown and "Failed" in shown
    assert "council.md:5:22: warning [repeated-word] 'the' is repeated: \"the the\"" in shown
    assert "tool.py" not in shown

    article.write_text("---\ndate: 2024-03-14\n---\n\nThe council approved the budget on Thursday.\n")
    run(["git", "add", "-A"], newsroom, env)
    committed = run(["git", "commit", "-m", "Council story"], newsroom, env)
    shown = committed.stdout + committed.stderr
    assert committed.returncode == 0, shown
    assert "factlint" in shown and "Passed" in shown
    assert run(["git", "log", "--oneline"], newsroom, env).stdout.count("Council story") == 1
    run([sys.executable, "-m", "pre_commit", "gc"], newsroom, env)  # drop environments of older snapshots


def test_hook_definition_selects_articles_only() -> None:
    """The identify tags: Markdown, plain .txt and HTML files, not every text file (``text`` would mean .py too)."""
    import yaml
    from identify.identify import tags_from_filename

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "factlint" and hook["language"] == "python" and hook["entry"] == "factlint check"
    wanted = set(hook["types_or"])

    def selected(name: str) -> bool:
        return bool(wanted & tags_from_filename(name))

    assert [selected(n) for n in ("a.md", "a.markdown", "a.txt", "a.html", "a.htm")] == [True] * 5
    assert [selected(n) for n in ("a.py", "a.yaml", "a.json", "a.css")] == [False] * 4


def test_readme_snippet_as_written_against_the_release(tmp_path: Path, request, release: Path) -> None:
    """The README's pre-commit snippet, only its repository URL pointed at a local clone: its ``rev`` is a tag."""
    import re
    import textwrap

    import yaml

    from factlint import __version__

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = textwrap.dedent(next(b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if "rev:" in b))
    snippet = yaml.safe_load(block)
    (repo,) = snippet["repos"]
    assert repo["rev"] == f"v{__version__}" and repo["hooks"] == [{"id": "factlint"}]
    cache = Path(request.config.cache.mkdir("factlint-pre-commit"))
    env = {**os.environ, **FIXED, "PRE_COMMIT_HOME": str(cache / "home"), "PRE_COMMIT_COLOR": "never"}
    env.pop("GIT_DIR", None)
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    run(["git", "init", "-q"], newsroom, env)
    (newsroom / ".pre-commit-config.yaml").write_text(block.replace(repo["repo"], str(release)))
    (newsroom / ".factlint.yaml").write_text("exclude: ['drafts/**']\n")
    assert run([sys.executable, "-m", "pre_commit", "install"], newsroom, env).returncode == 0
    (newsroom / "drafts").mkdir()
    (newsroom / "drafts" / "wip.md").write_text("---\ndate: 2024-03-14\n---\n\nA draft with with a slip.\n")
    run(["git", "add", "-A"], newsroom, env)
    committed = run(["git", "commit", "-m", "Draft"], newsroom, env)
    assert committed.returncode == 0, committed.stdout + committed.stderr  # an excluded draft does not block
    (newsroom / "council.md").write_text("---\ndate: 2024-03-14\n---\n\nThe council approved the the budget.\n")
    run(["git", "add", "-A"], newsroom, env)
    refused = run(["git", "commit", "-m", "Council story"], newsroom, env)
    assert refused.returncode != 0 and "council.md:5:22: warning [repeated-word]" in refused.stdout + refused.stderr

