"""English words the extractors and checks read, written down once: months, weekdays, number words.

Several modules need the same closed word classes (the date grammar, the number scanner's date guard, the
dateline reader), and copies drift: one gains "Sept", another does not.  Each module builds its own patterns
from these lists, so the words are shared while each pattern keeps the shape its job needs.  Verbs of change
live in ``factlint.lang.change_words``.  Vocabulary a newsroom configures stays in YAML under ``rules/data/``.
"""

from __future__ import annotations

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# Abbreviations as written without their full stop ("Sept." -> "sept"); May has none.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Every lower-case month name and abbreviation -> 1..12.
MONTH_NUMBER: dict[str, int] = {m.lower(): i + 1 for i, m in enumerate(MONTHS)} | MONTH_ABBREVIATIONS

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
# Every lower-case weekday name and abbreviation -> 0 (Monday) .. 6 (Sunday), as ``date.weekday()`` counts.
WEEKDAY_NUMBER: dict[str, int] = {w.lower(): i for i, w in enumerate(WEEKDAYS)} | WEEKDAY_ABBREVIATIONS

# Cardinals: the word at index i has the value i; the tens start at twenty.
CARDINALS_BELOW_TWENTY = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen"
).split()
CARDINAL_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# Ordinals, indexed like the cardinals ("zeroth" only keeps the indices aligned).
ORDINALS_BELOW_TWENTY = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
ORDINAL_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
