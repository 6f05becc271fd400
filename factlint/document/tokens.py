"""The words of a document's prose, found once per document and shared by the checks that read words.

A word here is what a name check reads: a run of letters (``\\p{Lu}``/``\\p{Ll}``) that may hold apostrophes and
hyphens, trimmed of those at either end; a lone capital counts ("J."), a lone lower-case letter does not.  The
run decides everything, so the word at any place is found without scanning the text up to it: a run holds at
most one word, from its first letter to its last.  That lets a check walk only the capitalised words (a fifth
of an article's words) and still ask for the word just before or after one; a lower-case word is read only
where a check's form occurs.  Offsets are into ``Document.text``; nothing is computed until a check asks.
"""

from __future__ import annotations

from functools import cached_property

from factlint.support import regexcache

_LETTERS = r"\p{Lu}\p{Ll}"
_INNER = rf"[{_LETTERS}'’\-]"
# The word of a run of letters, apostrophes and hyphens, matched at the run's first letter.
WORD = regexcache.compile(rf"[{_LETTERS}]{_INNER}*[{_LETTERS}]|\p{{Lu}}")  # (the same as _WORD below)
# A capitalised word, with the words a single space before and after it: the first lookbehind anchors at the
# start of a run, so no match starts inside another word.
_WORD = rf"(?:[{_LETTERS}]{_INNER}*[{_LETTERS}]|\p{{Lu}})"
_CAPITALISED = regexcache.compile(rf"(?<!{_INNER})['’\-]*(?=\p{{Lu}})(?:(?<=(?P<before>{_WORD})\ )|)"
                                  rf"(?P<word>\p{{Lu}}(?>{_INNER}*[{_LETTERS}])?)(?:(?=\ (?P<after>{_WORD}))|)")
# A lower-case word, unless it follows "@#/." or is followed by "/", "@" or a web domain ("example.com"): a
# handle, a path or an address, not a word of the prose.  The atomic group keeps the word whole when a
# lookahead fails (no shorter word is tried in its place).
_LOWER = regexcache.compile(rf"(?<!{_INNER})(?:['’\-]+|(?<![@#/.]))(\p{{Ll}}(?>{_INNER}*[{_LETTERS}]))"
                            r"(?![/@]|\.(?:com|org|net|gov|co|uk)\b)")
_LETTER_RUN = regexcache.compile(r"\p{L}+")
_RUN_BEFORE = regexcache.compile(rf"(?r){_INNER}+")
_INNER_CHAR = regexcache.compile(_INNER)


class Tokens:
    """The words of one prose text, each part computed on first use."""

    def __init__(self, text: str):
        self.text = text

    def __reduce__(self):  # pickled with its document: only the text, the rest is rebuilt when asked for
        return Tokens, (self.text,)

    def capitalised(self) -> list[tuple[int, int, str | None, str | None]]:
        """``(start, end, before, after)`` of each word that opens with a capital, in text order; ``before`` and
        ``after`` are the words one space away on either side, or None.  Built in one comprehension with the
        groups by number (1 before, 2 word, 3 after): half the time of a generator reading them by name."""
        return [(*m.span(2), m.group(1), m.group(3)) for m in _CAPITALISED.finditer(self.text)]

    def lower_words_containing(self, part: str) -> list[str]:
        """The lower-case words (outside handles, paths and web addresses) that hold ``part``, one per use.

        A check asks this of a few forms per article, so the text is searched for ``part`` at C speed and only
        the runs where it occurs are read as words: counting every lower-case word of the article cost more
        than everything the check then did with the counts."""
        text = self.text
        out: list[str] = []
        read_to = -1  # the end of the last word taken: a later occurrence inside it is the same use
        i = text.find(part)
        while i != -1:
            if i >= read_to:
                start = i
                if i and _INNER_CHAR.match(text, i - 1):  # the run, and so its word, opens before ``part``
                    start = _RUN_BEFORE.match(text, 0, i).start()
                m = _LOWER.match(text, start)
                if m is not None and m.start(1) <= i and i + len(part) <= m.end(1):
                    out.append(m.group(1))
                    read_to = m.end(1)
            i = text.find(part, i + 1)
        return out

    @cached_property
    def letter_runs(self) -> frozenset[str]:
        """Every maximal run of letters (``\\p{L}``, no apostrophes or hyphens): "O'Neill" gives "O" and "Neill".
        For a check that asks whether a spelling appears anywhere in the article, as a word or a part of one."""
        return frozenset(_LETTER_RUN.findall(self.text))

    @cached_property
    def first_start(self) -> int:
        """Where the first word starts (the text's length when it has none)."""
        m = WORD.search(self.text)
        return m.start() if m else len(self.text)

    def word_ending_at(self, end: int) -> tuple[int, int] | None:
        """The word ending just before ``end`` (exclusive), when one does."""
        text = self.text
        if end < 1 or _INNER_CHAR.match(text, end):
            return None  # the run goes on: its word ends later
        run = _RUN_BEFORE.match(text, 0, end)
        if run is None:
            return None
        m = WORD.search(text, run.start(), end)
        return m.span() if m and m.end() == end else None
