from datetime import date

import pytest

from factlint.kb.model import Office, PartialDate, Role, age_on, surname


def test_partial_date_precision_and_bounds():
    assert PartialDate.parse("2023").precision == "year"
    assert PartialDate.parse("2024-02").last == date(2024, 2, 29)
    assert PartialDate.parse("2023").first == date(2023, 1, 1)
    assert PartialDate.parse("2023").last == date(2023, 12, 31)
    assert str(PartialDate.parse("2023-09-06")) == "2023-09-06"


@pytest.mark.parametrize("bad", ["2023-13", "2023-02-30", "23", "2023/01/01", "", "2023-1-x"])
def test_partial_date_rejects_malformed(bad):
    with pytest.raises(ValueError):
        PartialDate.parse(bad)


def test_a_year_only_date_covers_the_whole_year_never_1_january():
    y = PartialDate.parse("2023")
    assert (y.first, y.last, y.precision) == (date(2023, 1, 1), date(2023, 12, 31), "year")
    m = PartialDate.parse("2024-02")
    assert (m.first, m.last, m.precision) == (date(2024, 2, 1), date(2024, 2, 29), "month")
    assert str(PartialDate.parse("2023-12-03")) == "2023-12-03"


def test_role_status_respects_precision():
    r = Role("x", PartialDate.parse("2023"), PartialDate.parse("2025-07-17"), "s")
    assert r.status_on(date(2023, 6, 1)) is None  # started some time in 2023
    assert r.status_on(date(2024, 6, 1)) is True
    assert r.status_on(date(2022, 12, 31)) is False
    assert r.status_on(date(2025, 7, 17)) is True
    assert r.status_on(date(2025, 7, 18)) is False
    open_role = Role("x", PartialDate.parse("2025-07-18"), None, "s")
    assert open_role.status_on(date(2030, 1, 1)) is True
    no_start = Role("x", None, PartialDate.parse("2020"), "s")
    assert no_start.status_on(date(2019, 1, 1)) is None
    assert no_start.status_on(date(2021, 1, 1)) is False


def test_age_from_day_and_year_birth_dates():
    assert age_on(PartialDate.parse("1982-04-19"), date(2023, 12, 3)) == (41, 41)
    assert age_on(PartialDate.parse("1982-04-19"), date(2023, 4, 18)) == (40, 40)
    assert age_on(PartialDate.parse("1950"), date(2020, 6, 1)) == (69, 70)


def test_surname_keeps_particles():
    assert surname("Rustem Umerov") == "Umerov"
    assert surname("Ursula von der Leyen") == "von der Leyen"
    assert surname("Madonna") == "Madonna"
    assert surname("Luiz Inacio Lula da Silva") == "da Silva"
    assert surname("Martin Luther King Jr.") == "King"
    assert surname("Charles III") == "Charles III"  # nothing to derive: matched whole only
    assert surname("Charles, Prince of Wales") == "Charles, Prince of Wales"


def test_lookups(test_kb):
    (p,) = test_kb.find_person("ana brask")
    assert p.id == "anna-brask"
    assert [x.id for x in test_kb.find_by_surname("Firefly")] == ["rufus-firefly"]
    assert [o.id for o in test_kb.offices_for_title("Premier", "Freedonian")] == ["fd-prime-minister"]
    assert test_kb.offices_for_title("premier", "Ukraine") == []
    assert [r.office for r in test_kb.roles_on(p, date(2018, 1, 1))] == ["fd-minister-of-finance"]
    assert [q.id for q, _ in test_kb.holders("fd-president", date(2021, 1, 1))] == ["carl-dorn"]
    # The handover day belongs to the outgoing president only.
    assert [q.id for q, _ in test_kb.holders("fd-president", date(2020, 5, 20))] == ["rufus-firefly"]


def test_history_covers():
    from factlint.kb.model import Person

    p = Person("p", "P Q", roles=(Role("o", PartialDate.parse("2015"), PartialDate.parse("2019-06-30"), "s"),))
    assert not p.history_covers(date(2014, 12, 31))
    assert p.history_covers(date(2016, 1, 1))
    assert not p.history_covers(date(2019, 7, 1))


def test_an_office_is_abolished_only_once_the_whole_stored_date_has_passed():
    day = Office("xx-treasury", "Treasury", abolished=PartialDate.parse("2001-06-11"))
    assert not day.abolished_by(date(2001, 6, 10)) and day.abolished_by(date(2001, 6, 11))
    month = Office("xx-treasury", "Treasury", abolished=PartialDate.parse("2001-06"))
    assert not month.abolished_by(date(2001, 6, 15)) and month.abolished_by(date(2001, 7, 1))
    assert not Office("xx-finance", "Finance").abolished_by(date(2030, 1, 1))
