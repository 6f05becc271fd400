"""The on-disk caches only ever save time: what they return behaves exactly like the uncached result."""

import importlib

import regex

from factlint.support import regexcache
from factlint.support.cache import cache_dir


def fresh_cache_module(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return importlib.reload(regexcache)


PATTERNS = [
    (r"(?i)\bvs\.?\s", 0),
    (r"\b(?P<m>Jan(?:uary)?|Feb(?:ruary)?)\s+(?P<d>\d{1,2})", regex.IGNORECASE),
    (r"(?r)\bin\s+(?P<n>\d+)\s+\Z", 0),
]
TEXT = "On JANUARY 12 it was Leeds vs. Hull, played in 1987 "


def test_patterns_from_the_cache_match_like_regex_compile(tmp_path, monkeypatch):
    rc = fresh_cache_module(tmp_path, monkeypatch)
    first = [rc.compile(p, f) for p, f in PATTERNS]
    rc._save()
    assert (tmp_path / "factlint").is_dir()
    rc = fresh_cache_module(tmp_path, monkeypatch)
    again = [rc.compile(p, f) for p, f in PATTERNS]
    assert all(key[:2] in {(p, int(f)) for p, f in PATTERNS} for key in rc._load())  # served from disk
    for (p, f), a, b in zip(PATTERNS, first, again):
        want = regex.compile(p, f)
        assert [m.span() for m in b.finditer(TEXT)] == [m.span() for m in want.finditer(TEXT)]
        assert b.groupindex == want.groupindex and a.pattern == b.pattern == p


def test_named_lists_are_part_of_the_key(tmp_path, monkeypatch):
    rc = fresh_cache_module(tmp_path, monkeypatch)
    a = rc.compile(r"\L<words>", 0, words=["drone", "missile"])
    b = rc.compile(r"\L<words>", 0, words=["tank"])
    assert a.findall("a drone and a tank") == ["drone"] and b.findall("a drone and a tank") == ["tank"]


def test_a_damaged_cache_file_is_ignored(tmp_path, monkeypatch):
    rc = fresh_cache_module(tmp_path, monkeypatch)
    rc.compile(*PATTERNS[0])
    rc._save()
    path = cache_dir() / rc._name()
    path.write_bytes(path.read_bytes()[:-7] + b"garbage")
    rc = fresh_cache_module(tmp_path, monkeypatch)
    assert rc._load() == {}
    assert rc.compile(*PATTERNS[0]).search(TEXT)


def test_an_invalid_pattern_raises_regex_error(tmp_path, monkeypatch):
    rc = fresh_cache_module(tmp_path, monkeypatch)
    try:
        rc.compile("(unclosed")
    except regex.error:
        pass
    else:
        raise AssertionError("expected regex.error")
