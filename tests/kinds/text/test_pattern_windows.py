"""The pattern kind searches window by window (one timeout each) and finds what one whole-text search finds."""

import regex

from factlint.kinds.text import pattern


def test_matches_across_window_edges_are_the_same(monkeypatch):
    monkeypatch.setattr(pattern, "WINDOW", 50)
    monkeypatch.setattr(pattern, "REACH", 30)
    text = " ".join(["the the cat", "a dog dog", "is is"] * 40)
    doubled = regex.compile(r"\b(?P<word>\w+)\s+(?P=word)\b")
    found = [(m.start(), m.end()) for m in pattern._windowed(doubled, text, 1.0)]
    assert found == [(m.start(), m.end()) for m in doubled.finditer(text)]
    assert len(found) == 120


def test_a_long_text_is_not_cut_off_by_one_timeout(monkeypatch):
    text = "a word word here. " * 200_000  # 3.6 MB: one search with this timeout would not finish
    doubled = regex.compile(r"\b(?P<word>\w+)\s+(?P=word)\b")
    assert sum(1 for _ in pattern._windowed(doubled, text, 0.05)) == 200_000
