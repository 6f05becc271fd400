"""`factlint kb who NAME --on DATE` answers for G20 heads of government since 1980 and central bankers.

The shipped KB (hand-written files plus the Archigos/PLAD import) once stopped at 2000 for most G20 countries and
left out every leader Archigos names by surname only; these are people from those gaps, asked on a day inside
their term (the dates are the cited sources', see rules/kb/).
"""

from datetime import date

import pytest

from factlint.kb.loader import load_kb


@pytest.mark.parametrize("name, day, office", [
    ("Jimmy Carter", "1980-06-01", "us-president"),
    ("George H. W. Bush", "1991-03-01", "us-president"),
    ("Kim Campbell", "1993-08-01", "ca-prime-minister"),
    ("Paul Keating", "1994-01-01", "au-prime-minister"),
    ("Valéry Giscard d'Estaing", "1980-06-01", "fr-president"),
    ("Giuliano Amato", "1992-09-01", "it-prime-minister"),
    ("Romano Prodi", "1997-05-01", "it-prime-minister"),
    ("Tomiichi Murayama", "1995-06-01", "jp-prime-minister"),
    ("Chandra Shekhar", "1991-01-15", "in-prime-minister"),
    ("José Sarney", "1987-01-01", "br-president"),
    ("Fernando Henrique Cardoso", "1996-01-01", "br-president"),
    ("Raúl Alfonsín", "1986-01-01", "ar-president"),
    ("Süleyman Demirel", "1992-01-01", "tr-prime-minister"),
    ("Chun Doo-hwan", "1985-01-01", "kr-president"),
    ("Paul Volcker", "1985-01-01", "us-fed-chair"),
    ("Alan Greenspan", "1995-01-01", "us-fed-chair"),
    ("Mario Draghi", "2015-01-01", "ecb-president"),
])
def test_who_gives_the_office_held_on_the_day(name, day, office):
    kb = load_kb(cache=False)
    (person,) = kb.find_person(name)
    assert office in {r.office for r in kb.roles_on(person, date.fromisoformat(day))}


def test_a_corrected_birth_date_replaces_archigos():
    kb = load_kb(cache=False)
    (keating,) = kb.find_person("Paul Keating")
    assert str(keating.born) == "1944-01-18"  # Archigos has 1945-01-18
