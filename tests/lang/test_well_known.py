"""The well-known people list: indexed by the caller's folding, and read back from the sealed cache unchanged."""

from factlint.kinds.people.name_forms import fold
from factlint.lang import well_known as wk


def _fresh(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    wk.well_known.cache_clear()


def test_lookups_give_people_with_their_fields(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    index = wk.well_known(fold)
    wk.well_known.cache_clear()
    einstein = [p for p in index.with_surname("einstein") if p.name == "Albert Einstein"]
    assert einstein and einstein[0].given == ("Albert",) and einstein[0].surname == "Einstein"
    assert einstein[0] in index.with_given("albert")
    assert index.with_given("telvrowz") == []


def test_the_index_read_back_from_the_cache_is_the_index_built(tmp_path, monkeypatch):
    from factlint.support.cache import cache_dir

    _fresh(monkeypatch, tmp_path)
    built = wk.well_known(fold)
    entries = [p for p in cache_dir().iterdir() if p.name.startswith("well-known-") and p.suffix == ".pickle"]
    assert len(entries) == 1
    wk.well_known.cache_clear()
    again = wk.well_known(fold)
    wk.well_known.cache_clear()
    assert again == built and again is not built


def test_a_damaged_cache_entry_is_a_rebuild(tmp_path, monkeypatch):
    from factlint.support.cache import cache_dir

    _fresh(monkeypatch, tmp_path)
    built = wk.well_known(fold)
    for entry in cache_dir().glob("well-known-*.pickle"):
        entry.write_bytes(entry.read_bytes()[:-40] + b"\0" * 40)
    wk.well_known.cache_clear()
    again = wk.well_known(fold)
    wk.well_known.cache_clear()
    assert again == built


def test_another_folding_gets_its_own_index(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path)
    upper = wk.well_known(str.upper)
    wk.well_known.cache_clear()
    assert upper.with_surname("EINSTEIN") and not upper.with_surname("einstein")
