"""Patterns made of, or starting with, many literal words, and fast ways to scan a text for them.

The ``regex`` engine costs about a microsecond at every position where a pattern could start, so a pattern
whose first character is a common letter runs at a few MB/s.  Two remedies live here: ``trie_regex`` factors
the common prefixes out of an alternation (the engine then tests each prefix once: several times faster than a
flat alternation or a named list ``\\L<words>``), and ``finditer_at_words`` tries a pattern only where
``str.find`` saw one of its first words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence

import regex

from factlint.support import regexcache


def trie_regex(phrases: Iterable[Sequence[str]], token_re: Callable[[str], str] = regexcache.escape, sep: str = "") -> str:
    """A pattern matching exactly the given phrases, each a sequence of tokens joined by ``sep`` in the text.

    Longer tokens are tried first and a phrase that continues is preferred to its prefix, so at any position
    the longest phrase wins, as it does in a flat alternation sorted longest first.
    """
    return _trie(phrases, token_re, sep, backwards=False)


def suffix_trie_regex(phrases: Iterable[Sequence[str]], token_re: Callable[[str], str] = regexcache.escape,
                      sep: str = "") -> str:
    """``trie_regex`` for reverse patterns (``(?r)``): the common *endings* of the phrases are factored out.

    A reverse pattern reads its alternatives from their last character, so it gains from shared suffixes as a
    forward one does from shared prefixes.  A phrase that continues leftwards is tried before its ending
    alone, so the longest phrase still wins.
    """
    return _trie(phrases, token_re, sep, backwards=True)


def _trie(phrases: Iterable[Sequence[str]], token_re: Callable[[str], str], sep: str, backwards: bool) -> str:
    """The trie of the phrases' tokens, read from their first token or (``backwards``) from their last."""
    trie: dict = {}
    for tokens in phrases:
        node = trie
        for t in reversed(tokens) if backwards else tokens:
            node = node.setdefault(t, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = []
        for token in sorted((k for k in node if k), key=lambda k: (-len(k), k)):
            child = node[token]
            piece = token_re(token)
            if any(k for k in child):
                optional = "?" if "" in child else ""
                if backwards:
                    piece = f"(?:(?:{walk(child)}){sep}){optional}{piece}"
                else:
                    piece += f"(?:{sep}(?:{walk(child)})){optional}"
            alts.append(piece)
        return "|".join(alts)

    return walk(trie)


def finditer_at_words(pattern: regex.Pattern, text: str, haystack: str, words: Iterable[str]) -> Iterator[regex.Match]:
    """``pattern.finditer(text)`` for a pattern whose matches start with one of ``words`` in ``haystack`` (``text``
    or a same-length copy of it, such as its lower case).

    ``str.find`` skips the rest of the text at C speed, where the ``regex`` engine tried at every position that
    can start a word costs about a microsecond each: several times slower on news text.
    """
    return _match_at(pattern, text, haystack, words)


def finditer_at_whole_words(pattern: regex.Pattern, text: str, haystack: str,
                            words: tuple[str, ...]) -> Iterator[regex.Match]:
    """``finditer_at_words`` for a pattern whose first word, when it is made of the letters a-z only, stands
    whole: no letter (``[^\\W\\d_]``) just before or after it in the match.

    Such a word can then start a match only if it is one of the haystack's runs of a-z, and one C-speed
    ``findall`` of those runs rules out most words before any ``str.find``: an article holds few of the many
    words that open a title.  Words with other characters are looked for as ``finditer_at_words`` does.
    """
    plain, other = _split_words(words)
    return _match_at(pattern, text, haystack, (*plain.intersection(_ASCII_RUN.findall(haystack)), *other))


_ASCII_RUN = re.compile("[a-z]+")  # the standard library's engine: several times faster on a plain class


@lru_cache(maxsize=16)
def _split_words(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words made of a-z only, and the others."""
    plain = frozenset(w for w in words if _ASCII_RUN.fullmatch(w))
    return plain, tuple(w for w in words if w not in plain)


def _match_at(pattern: regex.Pattern, text: str, haystack: str, words: Iterable[str]) -> Iterator[regex.Match]:
    """The non-overlapping matches of ``pattern`` in ``text`` that start where ``haystack`` holds one of ``words``."""
    starts: set[int] = set()
    for word in words:
        i = haystack.find(word)
        while i != -1:
            starts.add(i)
            i = haystack.find(word, i + 1)
    last_end = 0
    for pos in sorted(starts):
        if pos < last_end:
            continue
        m = pattern.match(text, pos)
        if m is not None:
            last_end = m.end()
            yield m
