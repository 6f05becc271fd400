"""The number extractor's data type: one figure an article states, with what the binder learnt about it.

Kept apart from the scanner and the binder because the check kinds read quantities without needing either.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Quantity:
    """A number an article states, with what it counts and the event it takes part in.

    ``start``/``end`` span the whole expression (hedge and unit included) in prose offsets; ``value`` is the
    written value with scale applied and ``low``/``high`` the interval it stands for ("more than 100" is
    ``[100, inf)``; a range "10-12" is ``[10, 12]``).  ``step`` is the rounding step the writer used.
    ``kind`` is one of count, percent, money, measure, share, points, ordinal.  The binding fields (noun,
    cls, role, actor, owner, period, part_of, total) are filled by ``factlint.extractors.numbers.bind``.
    """

    start: int
    end: int
    num_start: int
    value: float
    low: float
    high: float
    step: float
    kind: str
    unit: str | None = None
    hedge: str | None = None
    words: bool = False
    ambiguous_unit: bool = False
    text: str = ""
    index: int = -1
    sentence: int = -1
    paragraph: int = -1
    quoted: bool = False
    noun: str | None = None
    noun_text: str | None = None  # the noun as written ("drones")
    cls: str | None = None
    noun_end: int = -1
    role: str | None = None
    verb_start: int = -1
    verb_end: int = -1
    actor: str | None = None
    owner: str | None = None
    period: str | None = None
    part_of: int | None = None
    total: bool = False
    table: bool = False
    inner: bool = False  # the whole in "X of the Y": the verb after it belongs to X

    @property
    def exact(self) -> bool:
        """Whether the figure is stated as one exact value (no hedge, no range)."""
        return self.low == self.high
