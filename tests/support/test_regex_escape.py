"""``regexcache.escape`` is ``regex.escape``: its shortcut for plain words may not change a single pattern."""

import regex

from factlint.support import regexcache

WORDS = ["dollars", "Zürich", "km²", "3rd", "U.S.", "St. John's", "a-b", "x+y", "50%", "tab\there", "(c)", "#1",
         "naïve", "Ⅻ", "", " ", "$", "ñ", "東京"]


def test_escape_gives_what_regex_escape_gives():
    for word in WORDS:
        assert regexcache.escape(word) == regex.escape(word), word


def test_an_escaped_word_matches_itself_only():
    for word in filter(None, WORDS):
        pattern = regex.compile(regexcache.escape(word))
        assert pattern.fullmatch(word) and not pattern.fullmatch(word + "x")
