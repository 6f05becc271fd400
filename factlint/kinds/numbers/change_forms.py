"""The wordings of a figure set against a base, for the ``change`` kind's ``comparisons``.

Kept apart from ``change.py`` (the change verbs and the judging) because newsrooms write the same comparison
many ways, and each way is one pattern here: "$12m, 20% higher than the $10m of 2003", "$12m, up 20% on $10m",
"$12m, an increase of 20% on $10m", "$12m, three times the $4m", "20% above last year's $10m at $12m", "at
$12m, sales were 20% above the $10m", and a stated difference after the pair ("$12m against $10m, up 20%").
Every figure is a masked index (``MARK`` digits ``END``), so the patterns never read the text's own digits.
"""

from __future__ import annotations

from factlint.support import regexcache

MARK = "\ue000"
END = "\ue001"
NOUN_UP = "increase|rise|gain|jump|growth"
NOUN_DOWN = "decrease|decline|drop|fall|reduction|cut"


def _fig(name: str) -> str:
    return rf"{MARK}(?P<{name}>\d+){END}"


# Between the connector and the base only determiners and possessives ("the", "last year's", "2003's"), so the
# base is the figure the connector names ("5 times out of 20" is none).
BASE_WORDS = (
    r"(?:\s+(?:the|a|an|its|their|his|her|our|this|that|last|previous|prior|same|year-earlier|year-ago|"
    r"prior-year|[a-z0-9]+['’]s)){0,3}?"
)
_HEDGE = r"(?P<hedge>about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?"
# The comparison itself: a difference with its direction, or a factor.
_CORE = (
    rf"(?:{_fig('n')}\s+(?:(?P<dir>above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|up\s+on|down\s+on)"
    rf"|(?P<times>times)(?:\s+(?P<more>more|higher|larger|bigger|greater)\s+than|\s+as\s+(?:much|many|large|big|"
    rf"high)\s+as|\s+that\s+of)?)"
    rf"|(?P<twice>twice|double|triple|treble)(?:\s+as\s+(?:much|many|large|big|high)\s+as|\s+that\s+of)?"
    rf"|(?P<dir2>up|down)\s+(?:by\s+)?{_fig('n2')}\s+(?:on|over|compared\s+(?:with|to)|against)"
    rf"|an?\s+(?P<noun>{NOUN_UP}|{NOUN_DOWN})\s+of\s+{_fig('n3')}\s+(?:on|over|compared\s+(?:with|to)|against|from))"
)
# The figure before the comparison: "$12m, 20% above", "$12m was 20% above", and after "at" the subject may
# stand between ("at $12m, sales were 20% above"), but only then: "revenue was $12m, costs were 20% above"
# compares the costs.
_FIGURE_FIRST = (
    rf"(?:(?P<at>\bat\s+){_fig('a')},\s+(?:[a-z'’]+\s+){{0,3}}?(?:was|were|is|are|stood)\s+"
    rf"|{_fig('a2')}(?:\s+[a-z]+){{0,3}}?,?\s+)(?:or\s+)?"
)
AGAINST = regexcache.compile(rf"(?i){_FIGURE_FIRST}{_HEDGE}{_CORE}{BASE_WORDS}\s+{_fig('b')}")
# The base first and the figure after it: "20% higher than last year's $10m at $12m".
BASE_FIRST = regexcache.compile(
    rf"(?i){_HEDGE}{_CORE}{BASE_WORDS}\s+{_fig('b')}(?:\s+[a-z]+){{0,3}}?,?\s+(?:at|to)\s+{_fig('a')}"
)
# A pair of figures and the difference stated after it: "$12m against $10m, up 20%", "rose to $12m from $10m, an
# increase of 20%", "from $10m to $12m, up 20%".  The difference must end the clause (or be followed by a time
# phrase): "…, up 20% on the previous quarter" has another base.
_STATED_AFTER = (
    rf"(?:[\s\w'’-]{{0,40}}?)?,\s+{_HEDGE}(?:(?P<dir2>up|down)\s+(?:by\s+)?{_fig('n2')}"
    rf"|an?\s+(?P<noun>{NOUN_UP}|{NOUN_DOWN})\s+of\s+{_fig('n3')})"
    rf"(?=\s*(?:[.;:)]|$|,\s+(?:the|a|an|and|but|which|while|said|he|she|it|they)\b|\s+(?:a\s+year\s+(?:earlier|ago)|"
    rf"year[- ]on[- ]year|on\s+the\s+year)\s*[.;,)]))"
)
PAIR_THEN_DIFFERENCE = regexcache.compile(
    rf"(?i)(?:{_fig('a')}(?:\s+[a-z]+){{0,3}}?,?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?|from)"
    rf"{BASE_WORDS}\s+{_fig('b')}"
    rf"|\bfrom{BASE_WORDS}\s+{_fig('b2')}\s+to\s+{_fig('a2')}){_STATED_AFTER}"
)
COMPARISONS = (AGAINST, BASE_FIRST, PAIR_THEN_DIFFERENCE)
# What each comparison word says about the figure against its base.
COMPARED = {"above": "up", "higher": "up", "more": "up", "up": "up", "below": "down", "lower": "down",
            "less": "down", "down": "down"}  # fmt: skip
FACTOR_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0}
# A change verb's factor written after it: "rose fourfold to $9m from $3m".
FOLDS = {"twofold": 2.0, "threefold": 3.0, "fourfold": 4.0, "fivefold": 5.0, "sixfold": 6.0, "tenfold": 10.0}
