"""The release the README's snippets name: a local clone of this repository at the tag ``v<__version__>``.

When this checkout has no such tag yet (the tag is made, and pushed, with the release), the clone is a snapshot
of the checkout's files with the tag created in the clone, and the test says so with a warning.
"""

from __future__ import annotations

import shutil
import subprocess
import warnings
from pathlib import Path

import pytest

from factlint import __version__

ROOT = Path(__file__).resolve().parents[2]
TAG = f"v{__version__}"
FIXED = {
    "GIT_AUTHOR_NAME": "factlint tests", "GIT_AUTHOR_EMAIL": "tests@factlint.invalid",
    "GIT_COMMITTER_NAME": "factlint tests", "GIT_COMMITTER_EMAIL": "tests@factlint.invalid",
    "GIT_AUTHOR_DATE": "2024-01-01T00:00:00+0000", "GIT_COMMITTER_DATE": "2024-01-01T00:00:00+0000",
}


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env={**_env(), **FIXED})


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "GIT_DIR"}


@pytest.fixture(scope="session")
def release(request) -> Path:
    """A clone of the repository at ``TAG`` (in pytest's cache, so pre-commit can reuse its environment)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    target = Path(request.config.cache.mkdir("factlint-release")) / "factlint"
    if target.exists():
        shutil.rmtree(target)
    if _git(ROOT, "rev-parse", "-q", "--verify", f"refs/tags/{TAG}").returncode == 0:
        cloned = _git(ROOT.parent, "clone", "-q", "--branch", TAG, str(ROOT), str(target))
        assert cloned.returncode == 0, cloned.stderr
        return target
    warnings.warn(f"tag {TAG} is not in this checkout: testing a snapshot of the checkout tagged {TAG} in its clone")
    listed = subprocess.run(["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=ROOT, check=True,
                            capture_output=True).stdout.decode("utf-8", "surrogateescape")
    target.mkdir(parents=True)
    for rel in sorted(set(filter(None, listed.split("\0")))):
        if (ROOT / rel).is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, target / rel)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "release snapshot"],
                 ["tag", "-a", TAG, "-m", f"factlint {__version__}"]):
        assert _git(target, *args).returncode == 0
    return target
