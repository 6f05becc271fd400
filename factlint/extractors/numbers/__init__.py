"""The number extractor: every figure an article states, with what it counts and the event it belongs to.

``extract_quantities(doc, dates)`` is what ``Analysis.quantities`` calls.  It scans the prose for numeric
expressions (``numbers.scan``), drops those inside date mentions found by the date extractor, and binds each
figure to its noun, event, party and whole (``numbers.bind``).  The number check kinds (relation, sum,
percentage, change, conversion) read only this list.

Written in-house on ``regex`` because the libraries measured (quantulum3, number-parser, word2number) misread
news figures ("$4bn" as dollar·barn·newton) or give no text spans.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Sequence

from factlint.extractors.numbers.bind import Binder
from factlint.extractors.numbers.lexicon import Lexicon, load_lexicon
from factlint.extractors.numbers.model import Quantity
from factlint.extractors.numbers.scan import Scanner

if TYPE_CHECKING:
    from factlint.document.model import Document

__all__ = ["Quantity", "extract_quantities"]


@lru_cache(maxsize=8)
def _pipeline(vocabulary: str | None) -> tuple[Lexicon, Scanner, Binder]:
    lex = load_lexicon(vocabulary)
    return lex, Scanner(lex), Binder(lex)


def extract_quantities(doc: "Document", dates: Sequence[Any] = (), vocabulary: str | None = None) -> list[Quantity]:
    """The figures of ``doc`` in text order, bound to nouns, events and parties.

    ``dates`` are date mentions (anything with ``.start``/``.end`` prose offsets): a figure overlapping one
    is part of a date ("December 3, 2023"), not a count, and is left out.  ``vocabulary`` names another
    vocabulary YAML file (default: the shipped ``rules/data/number-vocabulary.yaml``).
    """
    lex, scanner, binder = _pipeline(vocabulary)
    text = doc.text
    found = scanner.scan(text)
    if dates:
        spans = sorted((d.start, d.end) for d in dates)
        starts = [s for s, _ in spans]
        found = [q for q in found if not _in_date(q, spans, starts)]
    sentences = list(doc.sentences) or []
    binder.bind(text, found, sentences, list(doc.paragraphs), list(doc.quotes))
    return found


def _in_date(q: Quantity, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether the numeral of ``q`` overlaps a date mention (dates do not overlap one another)."""
    k = bisect.bisect_left(starts, q.end) - 1
    return any(spans[j][1] > q.num_start for j in (k, k - 1) if j >= 0)
