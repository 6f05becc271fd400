"""Shared test helpers: run the CLI in-process and write small articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

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
