"""Alternations of many literal phrases as one regex trie (shared prefixes factored out).

The ``regex`` engine tries the branches of a flat alternation one by one at every candidate position; with the
common prefixes factored out it tests each prefix once, which measured several times faster on news text than
a flat alternation or a named list (``\\L<words>``) of the same phrases.
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

import regex


def trie_regex(phrases: Iterable[Sequence[str]], token_re: Callable[[str], str] = regex.escape, sep: str = "") -> str:
    """A pattern matching exactly the given phrases, each a sequence of tokens joined by ``sep`` in the text.

    Longer tokens are tried first and a phrase that continues is preferred to its prefix, so at any position
    the longest phrase wins, as it does in a flat alternation sorted longest first.
    """
    trie: dict = {}
    for tokens in phrases:
        node = trie
        for t in tokens:
            node = node.setdefault(t, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = []
        for token in sorted((k for k in node if k), key=lambda k: (-len(k), k)):
            child = node[token]
            piece = token_re(token)
            if any(k for k in child):
                piece += f"(?:{sep}(?:{walk(child)}))" + ("?" if "" in child else "")
            alts.append(piece)
        return "|".join(alts)

    return walk(trie)
