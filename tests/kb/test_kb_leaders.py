"""The leaders import (Archigos + PLAD → KB), the end-unknown term, duplicate people and the coverage page."""

import importlib.util
from datetime import date
from pathlib import Path

from factlint.kb.importers.leaders import dbpedia_name, reconcile, spells
from factlint.kb.lint import lint_files
from factlint.kb.loader import load_kb
from factlint.kb.model import PartialDate, Person, Role

ROOT = Path(__file__).resolve().parents[2]
ARCHIGOS_COLS = ["obsid", "leadid", "idacr", "leader", "startdate", "enddate", "borndate", "dbpedia.uri"]
PLAD_COLS = ["archigos_id", "plad_id", "startdate", "enddate", "exit"]

KB_FILE = """\
jurisdictions:
  - {id: ruritania, name: Ruritania, adjectives: [Ruritanian]}
offices:
  - {id: rt-pm, name: Prime Minister of Ruritania, jurisdiction: ruritania, titles: [prime minister]}
  - {id: rt-president, name: President of Ruritania, jurisdiction: ruritania, titles: [president]}
people:
  - id: Q1
    name: Anna Vogel
    roles: [{office: rt-pm, start: "2001-03-01", end: "2009-05-02", source: hand}]
"""
MAPPING = {"countries": {"RUR": [{"office": "rt-pm", "from": "1950", "until": "2012-06-01"},
                                 {"office": "rt-president", "from": "2012-06-01"}]}}


def rows(cols, data):
    return [dict(zip(cols, r)) for r in data]


PLAD_OWN_COLS = ["archigos_id", "plad_id", "idacr", "leader", "startdate", "enddate", "exit", "birthdate"]


def _kb(tmp_path):
    kb_path = tmp_path / "kb.yaml"
    kb_path.write_text(KB_FILE)
    return load_kb([str(kb_path)], shipped=False, cache=False)


def run(tmp_path, archigos, plad=()):
    kb = _kb(tmp_path)
    return reconcile(kb, spells(rows(ARCHIGOS_COLS, archigos), rows(PLAD_COLS, plad)), MAPPING)


def test_a_person_the_kb_has_keeps_the_id_and_is_never_added_twice(tmp_path):
    records, report = run(tmp_path, [
        ("RUR-2001", "L1", "RUR", "Vogel", "2001-03-01", "2009-05-02", "NA", "http://dbpedia.org/resource/Anna_Vogel"),
    ])
    assert records["people"] == []
    assert report.merged == ["RUR Anna Vogel 2001-03-01 – 2009-05-02 [RUR-2001] = Q1"]


def test_a_surname_only_spell_matches_the_kb_holder_of_that_office(tmp_path):
    _, report = run(tmp_path, [("RUR-2001", "L1", "RUR", "Vogel", "2001-03-03", "2009-05-02", "NA", "NA")])
    assert len(report.merged) == 1 and not report.added


def test_a_new_leader_gets_a_sourced_term_and_the_ascii_spelling(tmp_path):
    records, report = run(tmp_path, [
        ("RUR-1990", "L2", "RUR", "Bjork", "1990-01-10", "2001-03-01", "1940-02-03",
         "http://dbpedia.org/resource/Lars_Bj%C3%B6rk_(politician)"),
    ])
    (person,) = records["people"]
    assert person["name"] == "Lars Björk" and person["aliases"] == ["Lars Bjork"]
    assert person["born"] == "1940-02-03"
    assert person["roles"] == [{"office": "rt-pm", "start": "1990-01-10", "end": "2001-03-01",
                                "source": "Archigos 4.1 (obsid RUR-1990)"}]
    assert report.added


def test_a_spell_crossing_an_office_change_or_without_a_full_name_is_left_out(tmp_path):
    records, report = run(tmp_path, [
        ("RUR-2010", "L3", "RUR", "Kral", "2010-01-01", "2013-01-01", "NA", "http://dbpedia.org/resource/Jan_Kral"),
        ("RUR-1960", "L4", "RUR", "Novak", "1960-01-01", "1961-01-01", "NA", "NA"),
    ])
    assert records["people"] == []
    assert [line.split(": ", 1)[1] for line in report.left_out] == [
        "no mapped office holds the whole spell", "no full name in the data and not in the KB"]


def test_a_surname_only_spell_takes_the_full_name_and_source_the_mapping_gives(tmp_path):
    kb_path = tmp_path / "kb.yaml"
    kb_path.write_text(KB_FILE)
    kb = load_kb([str(kb_path)], shipped=False, cache=False)
    mapping = {**MAPPING, "names": {"RUR-1960": {"name": "Piotr Novak", "source": "https://example.org/list",
                                                 "born": "1921-04-05", "born_source": "https://example.org/novak"}}}
    data = [("RUR-1960", "L4", "RUR", "Novak", "1960-01-01", "1961-01-01", "1922-04-05", "NA"),
            ("RUR-1962", "L7", "RUR", "Ek", "1962-01-01", "1963-01-01", "NA", "NA")]
    records, report = reconcile(kb, spells(rows(ARCHIGOS_COLS, data), []), mapping)
    (person,) = records["people"]
    assert person["name"] == "Piotr Novak"
    assert (person["born"], person["born_source"]) == ("1921-04-05", "https://example.org/novak")
    assert person["roles"][0]["source"] == "Archigos 4.1 (obsid RUR-1960); name: https://example.org/list"
    assert [line.split(": ", 1)[1] for line in report.left_out] == ["no full name in the data and not in the KB"]


def test_a_later_spell_under_a_new_leadid_joins_the_same_person(tmp_path):
    records, _ = run(tmp_path, [
        ("RUR-1990", "L8", "RUR", "Lund", "1990-01-01", "1993-01-01", "-777", "http://dbpedia.org/resource/Ola_Lund"),
        ("RUR-2005", "L9", "RUR", "Ola Lund", "1975-01-01", "1978-01-01", "1950-02-03",
         "http://dbpedia.org/resource/Ola_Lund"),
    ])
    (person,) = records["people"]
    assert person["id"] == "ola-lund" and [r["start"] for r in person["roles"]] == ["1990-01-01", "1975-01-01"]
    assert person["born"] == "1950-02-03"  # Archigos's -777 ("unknown") is no birth date


def test_namesakes_with_different_births_stay_two_people(tmp_path):
    records, _ = run(tmp_path, [
        ("RUR-1960", "L8", "RUR", "Lund", "1960-01-01", "1963-01-01", "1910-01-01", "http://dbpedia.org/resource/Ola_Lund"),
        ("RUR-2005", "L9", "RUR", "Lund", "1975-01-01", "1978-01-01", "1960-01-01", "http://dbpedia.org/resource/Ola_Lund"),
    ])
    assert sorted(p["id"] for p in records["people"]) == ["ola-lund", "ola-lund-2"]


def test_letters_without_a_decomposition_get_the_plain_spelling_in_id_and_alias(tmp_path):
    records, _ = run(tmp_path, [("RUR-1990", "L2", "RUR", "Lokke", "1990-01-10", "2001-03-01", "NA",
                                 "http://dbpedia.org/resource/Lars_L%C3%B8kke")])
    (person,) = records["people"]
    assert person["id"] == "lars-lokke" and person["aliases"] == ["Lars Lokke"]


def test_the_arabic_article_and_cited_romanizations_become_aliases(tmp_path):
    kb_path = tmp_path / "kb.yaml"
    kb_path.write_text(KB_FILE)
    kb = load_kb([str(kb_path)], shipped=False, cache=False)
    mapping = {**MAPPING, "names": {"RUR-1962": {"name": "Karim al-Nasri", "aliases": ["Kareem al-Nasri"],
                                                 "source": "https://example.org/list"}}}
    data = [("RUR-1962", "L7", "RUR", "Nasri", "1962-01-01", "1963-01-01", "NA", "NA")]
    records, _ = reconcile(kb, spells(rows(ARCHIGOS_COLS, data), []), mapping)
    assert records["people"][0]["aliases"] == ["Karim Nasri", "Kareem al-Nasri"]


def test_a_birth_date_correction_applies_to_a_spell_that_has_its_full_name(tmp_path):
    kb_path = tmp_path / "kb.yaml"
    kb_path.write_text(KB_FILE)
    kb = load_kb([str(kb_path)], shipped=False, cache=False)
    mapping = {**MAPPING, "names": {"RUR-1962": {"born": "1903-02-08", "source": "https://example.org/ek"}}}
    data = [("RUR-1962", "L7", "RUR", "Ek", "1962-01-01", "1963-01-01", "1895-08-24",
             "http://dbpedia.org/resource/Eva_Ek")]
    records, _ = reconcile(kb, spells(rows(ARCHIGOS_COLS, data), []), mapping)
    (person,) = records["people"]
    assert (person["name"], person["born"], person["born_source"]) == ("Eva Ek", "1903-02-08", "https://example.org/ek")
    assert person["roles"][0]["source"] == "Archigos 4.1 (obsid RUR-1962)"


def test_a_coverage_end_takes_plads_end_or_becomes_end_unknown(tmp_path):
    records, _ = run(tmp_path, [
        ("RUR-2013", "L5", "RUR", "Kral", "2013-01-01", "2015-12-31", "NA", "http://dbpedia.org/resource/Jan_Kral"),
        ("RUR-1950", "L6", "RUR", "Ek", "1950-01-01", "1951-01-01", "NA", "http://dbpedia.org/resource/Eva_Ek"),
    ], [("L5", "RUR_2013_1", "2013-01-01", "2024-07-29", "Still in Office")])
    kral = next(p for p in records["people"] if p["name"] == "Jan Kral")
    assert kral["roles"][0]["end_unknown"] is True and "end" not in kral["roles"][0]
    records, _ = run(tmp_path, [
        ("RUR-2013", "L5", "RUR", "Kral", "2013-01-01", "2015-12-31", "NA", "http://dbpedia.org/resource/Jan_Kral"),
    ], [("L5", "RUR_2013_1", "2013-01-01", "2018-04-02", "Regular")])
    assert records["people"][0]["roles"][0]["end"] == "2018-04-02"


def test_dbpedia_names_that_cannot_be_bound_safely_are_dropped():
    assert dbpedia_name("NA") is None
    assert dbpedia_name("http://dbpedia.org/resource/Sukarno") is None
    assert dbpedia_name("http://dbpedia.org/resource/Farouk_of_Egypt") is None


def test_an_end_unknown_term_never_says_still_in_office():
    role = Role("o", PartialDate.parse("2013-01-01"), None, "s", end_unknown=True)
    assert role.status_on(date(2012, 6, 1)) is False
    assert role.status_on(date(2014, 6, 1)) is None
    person = Person("p", "Jan Kral", roles=(role,))
    assert not person.history_covers(date(2020, 1, 1))
    assert role.span_text() == "from 2013-01-01 (end unknown)"


def test_lint_reports_a_second_record_of_one_person(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text(KB_FILE + """\
  - id: anna-vogel
    name: Anna Vogel
    roles: [{office: rt-pm, start: "2001-03-01", end_unknown: true, source: PLAD}]
""")
    found = [p for p in lint_files([str(path)], include_shipped=False) if p.rule == "kb-duplicate-person"]
    assert len(found) == 1 and "reuse the existing id" in found[0].message


def test_the_coverage_page_is_generated_from_the_shipped_data():
    spec = importlib.util.spec_from_file_location("coverage", ROOT / "tools" / "kb" / "coverage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = (ROOT / "docs" / "kb-coverage.md").read_text(encoding="utf-8")
    assert page == module.coverage(load_kb(cache=False)), "regenerate: python tools/kb/coverage.py > docs/kb-coverage.md"


def test_regional_mapping_files_combine_and_a_country_in_two_files_is_an_error(tmp_path):
    from factlint.kb.importers.common import KBImportError
    from factlint.kb.importers.leaders import merge_mappings

    other = {"countries": {"GRA": [{"office": "gr-pm", "from": "1950"}]},
             "offices": [{"id": "gr-pm", "name": "Prime Minister of Grand Fenwick", "jurisdiction": "fenwick"}]}
    merged = merge_mappings([("core.yaml", MAPPING), ("europe.yaml", other)])
    assert set(merged["countries"]) == {"RUR", "GRA"} and [o["id"] for o in merged["offices"]] == ["gr-pm"]
    try:
        merge_mappings([("core.yaml", MAPPING), ("europe.yaml", {"countries": {"RUR": []}})])
    except KBImportError as exc:
        assert str(exc) == "europe.yaml: countries RUR is also in core.yaml"
    else:
        raise AssertionError("a country mapped twice must be an error")


def test_plads_own_spells_come_in_only_where_the_mapping_checked_them_and_take_the_list_pages_name(tmp_path):
    kb = _kb(tmp_path)
    plad = rows(PLAD_OWN_COLS, [(".", "RUR_2016_1", "RUR", "Jon Smtih", "2016-02-01", "2019-03-04", "Regular", "1960-01-02"),
                       (".", "RUR_2019_1", "RUR", "Mila Ros", "2019-03-04", "2024-07-29", "Still in Office", "NA")])
    unchecked, report = reconcile(kb, spells([], plad), MAPPING)
    assert unchecked["people"] == [] and len(report.left_out) == 2
    mapping = {"countries": {"RUR": [{"office": "rt-president", "from": "2012-06-01", "plad": True}]},
               "names": {"RUR_2016_1": {"name": "Jon Smith", "source": "https://example.org/list"}}}
    records, _ = reconcile(kb, spells([], plad), mapping)
    smith, ros = records["people"]
    assert smith["name"] == "Jon Smith" and smith["born"] == "1960-01-02"
    assert smith["roles"] == [{"office": "rt-president", "start": "2016-02-01", "end": "2019-03-04",
                               "source": "PLAD (plad_id RUR_2016_1); name: https://example.org/list"}]
    assert ros["roles"][0]["end_unknown"] is True and "end" not in ros["roles"][0]


def test_a_names_entry_naming_the_office_vouches_for_one_plad_spell_in_a_period_without_the_flag(tmp_path):
    kb = _kb(tmp_path)
    plad = rows(PLAD_OWN_COLS, [(".", "RUR_2016_1", "RUR", "Jon Smith", "2016-02-01", "2019-03-04", "Regular", "NA"),
                       (".", "RUR_2019_1", "RUR", "Mila Ros", "2019-03-04", "2021-07-29", "Regular", "NA")])
    entry = {"name": "Mila Ros", "source": "https://example.org/list"}
    mapping = {**MAPPING, "names": {"RUR_2019_1": {**entry, "office": "rt-president"}}}
    records, _ = reconcile(kb, spells([], plad), mapping)
    assert [p["name"] for p in records["people"]] == ["Mila Ros"]
    for other in ({**entry, "office": "rt-pm"}, entry):  # vouched for another office, or for none: left out
        records, _ = reconcile(kb, spells([], plad), {**MAPPING, "names": {"RUR_2019_1": other}})
        assert records["people"] == []
