"""Planted or edited cache files never run anything and never change a result: they are cache misses."""

import os
import pickle
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "---\ndate: 2024-03-01\n---\nThe mayor said 40 percent of 120 voters, or 60 people, agreed.\n"


class _Boom:
    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _run(tmp_path: Path, article: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_STATE_HOME=str(tmp_path / "state"),
               PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "factlint", "check", "-q", str(article)], env=env,
                          capture_output=True, text=True, cwd=tmp_path, timeout=120)


def test_planted_pickles_and_marshal_never_run_and_never_change_findings(tmp_path):
    article = tmp_path / "story.md"
    article.write_text(ARTICLE, encoding="utf-8")
    clean = _run(tmp_path, article)  # fills the cache
    folder = tmp_path / "cache" / "factlint"
    entries = sorted(folder.iterdir())
    assert any(p.name.startswith("yaml-") for p in entries) and any(p.name.startswith("regex-") for p in entries)
    marker = tmp_path / "pwned"
    evil = pickle.dumps(_Boom(str(marker)))
    for path in entries:
        if path.suffix == ".pickle":
            path.write_bytes(path.read_bytes()[:32] + evil)  # keeps the old seal: the body no longer matches
        elif path.suffix == ".marshal":
            path.write_bytes(path.read_bytes()[:40] + b"\xff" * 64)
    (folder / "kb-0000.pickle").write_bytes(evil)
    (tmp_path / "cache" / "pint").mkdir()
    (tmp_path / "cache" / "pint" / "planted.pickle").write_bytes(evil)
    again = _run(tmp_path, article)
    assert not marker.exists()
    assert (again.returncode, again.stdout) == (clean.returncode, clean.stdout)


def test_the_key_never_sits_in_the_cache_folder(tmp_path, monkeypatch):
    from factlint.support import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "factlint"))  # a state folder inside the cache: no key
    cache.write_sealed("units", "units-test.json", b"{}")
    assert cache.read_sealed("units", "units-test.json") is None
    assert not (tmp_path / "factlint" / "units-test.json").exists()


def test_a_same_size_edit_within_the_same_second_is_seen(tmp_path, monkeypatch):
    from factlint.support import yamlfile

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = tmp_path / "vocab.yaml"
    path.write_text("word: alpha\n", encoding="utf-8")
    st = os.stat(path)
    assert yamlfile.load_yaml_file(str(path)) == {"word": "alpha"}
    path.write_text("word: omega\n", encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert yamlfile.load_yaml_file(str(path)) == {"word": "omega"}
