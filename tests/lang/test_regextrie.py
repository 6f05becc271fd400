"""The trie builders must match exactly what the flat, longest-first alternations they replace match."""

import regex

from factlint.support import regexcache
from factlint.lang.regextrie import finditer_at_whole_words, suffix_trie_regex, trie_regex

WORDS = ["page", "pages", "age", "aged", "stage", "world war", "war", "a", "formula"]


def _flat(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def test_suffix_trie_matches_like_the_flat_alternation_read_backwards():
    flat = regexcache.compile(rf"(?ri)(?:{_flat(WORDS)})\s*\Z")
    trie = regexcache.compile(rf"(?ri)(?:{suffix_trie_regex(WORDS)})\s*\Z")
    for text in ["on page ", "two pages ", "the world war ", "a war ", "formula ", "aged ", "in a ", "Stage  ", "x "]:
        a, b = flat.search(text), trie.search(text)
        assert (a and a.span()) == (b and b.span()), text


def test_suffix_trie_prefers_the_longest_ending():
    hedges = suffix_trie_regex([["just", "over"], ["over"]], sep=r"\s+")
    trie = regexcache.compile(rf"(?r)(?:{hedges})\Z")
    assert trie.search("rose just  over").group() == "just  over"
    assert trie.search("rose over").group() == "over"


def test_prefix_trie_prefers_the_longest_phrase():
    trie = regexcache.compile(trie_regex(["age", "aged", "ages"]))
    assert [m.group() for m in trie.finditer("aged ages age")] == ["aged", "ages", "age"]


def test_whole_word_search_finds_what_the_pattern_finds_and_no_word_inside_another():
    words = ("minister", "prime minister", "señor")
    pattern = regex.compile(r"(?<![^\W\d_])(?:prime minister|minister|señor)(?![^\W\d_])")
    text = "the prime minister met the administer, then a minister and señor Ruiz; ministers stayed"
    found = [m.group() for m in finditer_at_whole_words(pattern, text, text, words)]
    assert found == [m.group() for m in pattern.finditer(text)] == ["prime minister", "minister", "señor"]
