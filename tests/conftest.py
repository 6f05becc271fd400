import os
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    """Every test gets its own KB cache directory and a fresh in-process memo."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from factlint.kb import loader

    monkeypatch.setattr(loader, "_memo", {})
    yield


@pytest.fixture
def test_kb():
    from factlint.kb.loader import load_kb

    return load_kb([str(DATA / "kb-freedonia.yaml")], shipped=False)
