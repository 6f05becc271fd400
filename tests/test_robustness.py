"""Any text, in any format, gives findings or one-line errors: never an exception from factlint itself.

Seeded random "token soup" mixes the pieces the extractors react to (figures, dates, titles, quotes, markup,
directives), which is where a crash would hide; it found a real one in the Markdown reader.
"""

import random
from datetime import date

import pytest

from factlint.config import Settings
from factlint.document import SourceError, load_document
from factlint.engine.runner import check_document, rules_for

TOKENS = (
    "Russia launched 176 drones and one missile , . \" “ ” intercepted 186 of the them Monday March 12 2024 last "
    "year in 2021 two years ago former President Volodymyr Zelenskyy Umerov Secretary Ukraine's National Security "
    "Defense Council miles ( 30 km ) 24C 75F rose fell to from 50% a third Q3 $4bn £3.2m 3.5 pct mln dlrs born 1975 "
    "52-year-old aged 45 X Twitter posted on - – # * ` [ ] <!-- --> factlint-disable Feb 30 September 31 between "
    "2018 anniversary 1,200 minus 15 nearly two-thirds Kiev &amp; <p> </p> e.g. U.S. Mr. No. 10 --- title: date: "
    "2023-12-03 1. Of total per cent half doubled yesterday tomorrow Sunday, December 3, then-President ex- -elect"
).split() + ["\n", "\n\n", "\t", "    ", "in all", "up from", "Prime Minister", "Theresa May", "on Twitter"]


@pytest.mark.parametrize("seed", range(4))
def test_random_articles_never_crash(seed):
    rng = random.Random(seed)
    settings = Settings()
    rules = rules_for(settings)
    for _ in range(60):
        text = " ".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 150)))
        for fmt, path in (("text", "a.txt"), ("markdown", "a.md"), ("html", "a.html")):
            pub = rng.choice([None, date(2023, 12, 3), date(1990, 5, 1)])
            try:
                doc = load_document(path, text, pub_date=pub, fmt=fmt)
            except SourceError:
                continue  # e.g. broken front matter: a one-line error for the user, as designed
            findings, errors, _ = check_document(doc, settings, rules)
            assert errors == [], (fmt, text)
            lines = doc.source.count("\n") + 1
            assert all(1 <= f.line <= f.end_line <= lines and f.column >= 1 for f in findings), (fmt, text)
