import os
from datetime import date

import pytest
from conftest import DATA

from factlint.support.cache import cache_dir
from factlint.kb import loader
from factlint.kb.loader import KBError, load_kb


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_shipped_kb_knows_the_reference_facts():
    kb = load_kb([])
    (umerov,) = kb.find_person("Rustem Umerov")
    assert umerov.born is not None and umerov.born_source
    held = kb.roles_on(umerov, date(2023, 12, 3))
    assert [kb.offices[r.office].name for r in held] == ["Minister of Defence of Ukraine"]
    assert all(r.source for r in umerov.roles)
    (zel,) = kb.find_person("Volodymyr Zelensky")
    assert [r.office for r in kb.roles_on(zel, date(2023, 12, 3))] == ["ua-president"]


def test_later_file_overrides_earlier_by_id(tmp_path):
    fix = write(tmp_path, "fix.yaml", """
people:
  - id: anna-brask
    name: Anna Braskova
    roles: []
""")
    kb = load_kb([str(DATA / "kb-freedonia.yaml"), fix], shipped=False)
    assert kb.people["anna-brask"].name == "Anna Braskova"
    assert kb.people["anna-brask"].roles == ()
    assert kb.find_person("Anna Brask") == []


@pytest.mark.parametrize("text, where, words", [
    ("people:\n  - id: a\n    name: A B\n    born: 1970-13-01\n", ":4:", "month out of range"),
    ("people:\n  - id: a\n", ":2:", "lacks required key 'name'"),
    ("people:\n  - id: a\n    name: A\n    roles:\n      - start: '2020'\n", ":5:", "'office'"),
    ("offices: {}\n", ":1:", "must be a list"),
    ("persons: []\n", ":1:", "unknown top-level key"),
    ("people:\n  - id: a\n    name: [x\n", ":", "invalid YAML"),
    ("people:\n  - id: a\n    name: A\n    name: B\n", ":4:", "appears twice"),
])
def test_errors_name_file_and_line(tmp_path, text, where, words):
    path = write(tmp_path, "bad.yaml", text)
    with pytest.raises(KBError) as err:
        load_kb([path], shipped=False, cache=False)
    msg = str(err.value)
    assert msg.startswith(path + where), msg
    assert words in msg
    assert "\n" not in msg


def test_missing_file_is_a_kb_error(tmp_path):
    with pytest.raises(KBError, match="cannot read"):
        load_kb([str(tmp_path / "nope.yaml")], shipped=False)


def test_cache_is_used_and_invalidated_on_change(tmp_path, monkeypatch):
    path = write(tmp_path, "kb.yaml", "people:\n  - id: a\n    name: Ann Bee\n")
    load_kb([path], shipped=False)
    cached = list(cache_dir().glob("kb-*.pickle"))
    assert len(cached) == 1
    # A second process (fresh memo) reads the pickle and never parses YAML.
    monkeypatch.setattr(loader, "_memo", {})
    monkeypatch.setattr(loader, "parse_file", lambda p: pytest.fail("parsed although cached"))
    assert load_kb([path], shipped=False).people["a"].name == "Ann Bee"
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_dir().parent))
    monkeypatch.setattr(loader, "_memo", {})
    write(tmp_path, "kb.yaml", "people:\n  - id: a\n    name: Ann Cee and more\n")
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert load_kb([path], shipped=False).people["a"].name == "Ann Cee and more"


def test_unwritable_cache_dir_falls_back_silently(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    path = write(tmp_path, "kb.yaml", "people:\n  - id: a\n    name: Ann Bee\n")
    assert load_kb([path], shipped=False).people["a"].name == "Ann Bee"


def test_dates_may_be_unquoted_and_keep_precision(tmp_path):
    path = write(tmp_path, "kb.yaml", "offices:\n  - id: o\n    name: O\npeople:\n  - id: a\n    name: A B\n"
                 "    roles:\n      - office: o\n        start: 2014\n        end: 2016-05-03\n        source: s\n")
    (role,) = load_kb([path], shipped=False).people["a"].roles
    assert str(role.start) == "2014" and role.start.precision == "year"
    assert str(role.end) == "2016-05-03"
