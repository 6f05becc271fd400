"""Shared test helpers: run the CLI in-process and write small articles."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from factlint import __version__
from factlint.cli.main import main

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
SEED = REPO.parent / "shared" / "seed" / "000_104712a9dbac1dd9.txt"


class Run:
    """The outcome of one CLI invocation."""

    def __init__(self, result):
        self.code = result.exit_code
        self.out = result.stdout
        self.err = result.stderr
        self.exception = result.exception

    def json(self) -> dict:
        return json.loads(self.out)


@pytest.fixture
def cli(monkeypatch, tmp_path):
    """Call ``factlint`` with arguments from inside ``tmp_path`` (so no outer config applies)."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, input: str | None = None) -> Run:
        result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=True)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return Run(result)

    return run


@pytest.fixture
def write(tmp_path):
    """Write a file below the temporary folder and return its path as a string."""

    def _write(name: str, text: str | bytes) -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return str(path)

    return _write


# -- knowledge base ---------------------------------------------------------------------------------------------

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _private_kb_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own KB cache directory and a fresh in-process memo, so no test sees another's KB."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    from factlint.kb import loader

    monkeypatch.setattr(loader, "_memo", {})


@pytest.fixture
def test_kb():
    """The fictional test KB (tests/data/kb-freedonia.yaml) without the shipped files."""
    from factlint.kb.loader import load_kb

    return load_kb([str(DATA / "kb-freedonia.yaml")], shipped=False)


def number_findings(text: str) -> list:
    """Findings of the default number rules on a plain-text article (and no rule errors)."""
    from factlint.config import Settings
    from factlint.document import load_text
    from factlint.engine.runner import check_document, rules_for

    settings = Settings()
    rules = [r for r in rules_for(settings) if r.category == "numbers"]
    findings, errors, _ = check_document(load_text(text), settings, rules)
    assert errors == []
    return findings


# -- throw-away rules for the per-kind tests (tests/kinds/) ------------------------------------------------------


@pytest.fixture
def make_rule(tmp_path):
    """Write one rule of ``kind`` with ``params`` to a YAML file and load it through the real loader.

    Per-kind tests build their own rules so that every parameter a kind declares is tried, whether or not a
    shipped rule sets it.  ``scope`` is passed like any other key.
    """
    import yaml

    from factlint.engine.loader import load_rules

    count = iter(range(1_000_000))

    def make(kind: str, message: str = "hit", **params):
        rule = {"id": f"throwaway-{next(count)}", "kind": kind, "category": "style", "severity": "warning",
                "message": message, "description": "A rule written by a test.", **params}
        path = tmp_path / f"{rule['id']}.yaml"
        path.write_text(yaml.safe_dump([rule], sort_keys=False), encoding="utf-8")
        (loaded,) = load_rules([str(path)])
        return loaded

    return make


def kb_who(name: str, day: str) -> tuple[str, str]:
    """``factlint kb who NAME --on DAY`` on the shipped KB, as a reader asks it: what it says of that day (up to
    "all recorded terms:") and the whole output.  The command must succeed."""
    from factlint.cli.kb import kb

    result = CliRunner().invoke(kb, ["who", name, "--on", day])
    assert result.exit_code == 0, result.output
    return result.output.split(f"on {day}:")[1].split("all recorded terms:")[0], result.output


def role_messages(cli, write, day: str, sentence: str) -> list[str]:
    """The ``people-role-at-date`` messages ``factlint check`` gives, with the shipped KB, on an article of one
    ``sentence`` published on ``day``."""
    path = write("a.md", f"---\ndate: {day}\n---\n{sentence}\n")
    return [f["message"] for f in cli("check", "--format", "json", path).json()["findings"]
            if f["rule"] == "people-role-at-date"]


def fired(rule, text: str, day: str | None = "2024-05-10") -> list[str]:
    """The messages ``rule`` gives on ``text`` published on ``day`` (None: undated), with the test KB loaded."""
    from datetime import date

    from factlint.config import Settings
    from factlint.document import load_text
    from factlint.engine.runner import check_document

    doc = load_text(text, pub_date=date.fromisoformat(day) if day else None)
    findings, errors, _ = check_document(doc, Settings(kb_files=(str(DATA / "kb-freedonia.yaml"),)), [rule])
    assert errors == []
    return [f.message for f in findings]


def suggested(rule, text: str, day: str | None = "2024-05-10") -> list[list[tuple[str, str]]]:
    """Per finding of ``rule`` on ``text``: its suggestions as (the source text replaced, the replacement)."""
    from datetime import date

    from factlint.config import Settings
    from factlint.document import load_text
    from factlint.engine.runner import check_document

    doc = load_text(text, pub_date=date.fromisoformat(day) if day else None)
    findings, errors, _ = check_document(doc, Settings(kb_files=(str(DATA / "kb-freedonia.yaml"),)), [rule])
    assert errors == []
    lines = text.split("\n")
    return [
        [(lines[s.line - 1][s.column - 1 : s.end_column - 1], s.replacement) for s in f.suggestions if s.line == s.end_line]
        for f in findings
    ]


# -- the release the README's snippets name (tests/integrations/) ----------------------------------------------
# A local clone of this repository at the tag ``v<__version__>``.  When this checkout has no such tag yet (the
# tag is made, and pushed, with the release), the clone is a snapshot of the checkout's files with the tag
# created in the clone, and the test says so with a warning.

_ROOT = Path(__file__).resolve().parents[1]
_TAG = f"v{__version__}"
_FIXED = {
    "GIT_AUTHOR_NAME": "factlint tests", "GIT_AUTHOR_EMAIL": "tests@factlint.invalid",
    "GIT_COMMITTER_NAME": "factlint tests", "GIT_COMMITTER_EMAIL": "tests@factlint.invalid",
    "GIT_AUTHOR_DATE": "2024-01-01T00:00:00+0000", "GIT_COMMITTER_DATE": "2024-01-01T00:00:00+0000",
}


def _release_git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env={**_release_env(), **_FIXED})


def _release_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "GIT_DIR"}


@pytest.fixture(scope="session")
def release(request) -> Path:
    """A clone of the repository at ``_TAG`` (in pytest's cache, so pre-commit can reuse its environment)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    target = Path(request.config.cache.mkdir("factlint-release")) / "factlint"
    if target.exists():
        shutil.rmtree(target)
    if _release_git(_ROOT, "rev-parse", "-q", "--verify", f"refs/tags/{_TAG}").returncode == 0:
        cloned = _release_git(_ROOT.parent, "clone", "-q", "--branch", _TAG, str(_ROOT), str(target))
        assert cloned.returncode == 0, cloned.stderr
        return target
    warnings.warn(f"tag {_TAG} is not in this checkout: testing a snapshot of the checkout tagged {_TAG} in its clone")
    listed = subprocess.run(["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=_ROOT, check=True,
                            capture_output=True).stdout.decode("utf-8", "surrogateescape")
    target.mkdir(parents=True)
    for rel in sorted(set(filter(None, listed.split("\0")))):
        if (_ROOT / rel).is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(_ROOT / rel, target / rel)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "release snapshot"],
                 ["tag", "-a", _TAG, "-m", f"factlint {__version__}"]):
        assert _release_git(target, *args).returncode == 0
    return target
