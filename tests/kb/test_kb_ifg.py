"""The IfG Ministers Database import (UK cabinet posts → KB) and what `kb who` then answers about 1980s ministers."""

import csv


from factlint.kb.importers.ifg import read_tables, reconcile
from factlint.kb.loader import load_kb
from conftest import kb_who

KB_FILE = """\
jurisdictions:
  - {id: united-kingdom, name: United Kingdom, adjectives: [British]}
  - {id: ruritania, name: Ruritania}
offices:
  - {id: uk-home-secretary, name: Home Secretary, jurisdiction: united-kingdom, titles: [home secretary]}
  - {id: rt-pm, name: Prime Minister of Ruritania, jurisdiction: ruritania, titles: [prime minister]}
people:
  - id: anna-vogel
    name: Anna Vogel
    roles: [{office: uk-home-secretary, start: "1990-05-01", end: "1994-07-20", source: hand}]
  - id: carl-dunmore
    name: Carl Dunmore
    roles: [{office: rt-pm, start: "2001-01-01", source: hand}]
"""
MAPPING = {
    "posts": {"Home Secretary": "uk-home-secretary", "Welsh Secretary": "uk-wales-secretary"},
    "offices": [{"id": "uk-wales-secretary", "name": "Secretary of State for Wales", "jurisdiction": "united-kingdom",
                 "titles": ["welsh secretary"]}],
}
PEOPLE = [  # id, name, start, end: one row per name a person went by
    ("p1", "Anna Vogel", "", "1996-01-10"), ("p1", "Baroness Vogel of Hale", "1996-01-10", ""),
    ("p2", "Björn Hale", "", ""), ("p3", "Lord Fenwick", "", ""), ("p4", "Carl Dunmore", "", ""),
    ("p5", "Dora Pike", "", ""),
]
POSTS = [("home", "Home Secretary"), ("wales", "Welsh Secretary"), ("wales-junior", "Welsh Secretary")]
APPOINTMENTS = [  # id, person, post, start, end, cabinet status, acting
    ("a1", "p1", "home", "1990-05-02", "1994-07-20", "Full cabinet", "False"),
    ("a2", "p1", "wales", "1994-07-20", "1995-07-05", "Full cabinet", "False"),
    ("a3", "p2", "home", "1994-07-20", "1997-05-02", "Full cabinet", "False"),
    ("a4", "p3", "wales", "1995-07-05", "1997-05-02", "Full cabinet", "False"),
    ("a5", "p4", "wales", "1997-05-02", "1999-07-30", "Full cabinet", "False"),
    ("a6", "p5", "wales-junior", "1997-05-02", "1999-07-28", "Non-cabinet", "False"),
    ("a7", "p5", "wales", "1999-07-28", "2001-06-08", "Full cabinet", "False"),
    ("a8", "p2", "wales", "2001-06-08", "2001-06-20", "Full cabinet", "True"),
]


def write_tables(folder):
    def table(name, header, rows):
        with open(folder / f"{name}.csv", "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)

    table("person", ["id", "name", "start_date", "end_date"], PEOPLE)
    table("post", ["id", "name"], POSTS)
    table("appointment", ["id", "person_id", "post_id", "start_date", "end_date"], [a[:5] for a in APPOINTMENTS])
    table("appointment_characteristics", ["id", "appointment_id", "cabinet_status", "is_acting", "start_date",
                                          "end_date"],
          [(f"c{a[0]}", a[0], a[5], a[6], a[3], a[4]) for a in APPOINTMENTS])


def run(tmp_path, kb_text=KB_FILE):
    (tmp_path / "kb.yaml").write_text(kb_text)
    write_tables(tmp_path)
    known = load_kb([str(tmp_path / "kb.yaml")], shipped=False, cache=False)
    return reconcile(known, read_tables(str(tmp_path)), MAPPING)


def test_a_minister_the_kb_has_keeps_one_record_whatever_the_peerage(tmp_path):
    records, report = run(tmp_path)
    assert "anna-vogel" not in {p["id"] for p in records["people"]}
    assert report.merged == ["Anna Vogel uk-home-secretary 1990-05-02 – 1994-07-20 = anna-vogel"]
    assert any("Anna Vogel uk-wales-secretary 1994-07-20 – 1995-07-05: KB person anna-vogel has no" in line
               and "add it by hand" in line for line in report.left_out)


def test_new_ministers_get_sourced_terms_and_the_ascii_spelling(tmp_path):
    records, report = run(tmp_path)
    people = {p["name"]: p for p in records["people"]}
    assert set(people) == {"Björn Hale", "Dora Pike"}
    hale = people["Björn Hale"]
    assert hale["aliases"] == ["Bjorn Hale"]
    home, wales = hale["roles"]
    assert (home["office"], home["start"], home["end"]) == ("uk-home-secretary", "1994-07-20", "1997-05-02")
    assert home["source"].startswith("https://www.instituteforgovernment.org.uk/ministers-database (")
    assert wales["acting"] is True
    assert [o["id"] for o in records["offices"]] == ["uk-wales-secretary"]


def test_a_junior_post_sharing_the_name_is_not_a_cabinet_term(tmp_path):
    records, _ = run(tmp_path)
    (pike,) = [p for p in records["people"] if p["name"] == "Dora Pike"]
    assert [(r["start"], r["end"]) for r in pike["roles"]] == [("1999-07-28", "2001-06-08")]


def test_peers_without_a_full_name_and_namesakes_abroad_are_reported_not_added(tmp_path):
    records, report = run(tmp_path)
    assert "carl-dunmore" not in {p["id"] for p in records["people"]}
    assert any(line.startswith("Lord Fenwick uk-wales-secretary") and "no full name" in line
               for line in report.left_out)
    assert any(line.startswith("Carl Dunmore uk-wales-secretary") and "holds no UK office" in line
               for line in report.left_out)


def test_a_handover_the_database_overlaps_ends_on_the_successors_first_day(tmp_path):
    _, report = run(tmp_path)
    assert report.disagreements == ["Carl Dunmore uk-wales-secretary 1997-05-02 – 1999-07-30: ends at the successor "
                                    "Dora Pike's start 1999-07-28"]


def test_dates_the_kb_disagrees_with_are_reported_and_the_kb_kept(tmp_path):
    records, report = run(tmp_path, KB_FILE.replace('start: "1990-05-01"', 'start: "1990-06-15"'))
    assert any(d.startswith("Anna Vogel uk-home-secretary 1990-05-02 – 1994-07-20: KB anna-vogel has 1990-06-15")
               for d in report.disagreements)
    assert "anna-vogel" not in {p["id"] for p in records["people"]}


def test_who_answers_for_a_cabinet_minister_of_the_1980s():
    on_date, output = kb_who("Norman Fowler", "1985-03-01")
    assert "Secretary of State for Social Services (1981-09-14 – 1987-06-13)" in on_date
    assert "instituteforgovernment.org.uk/ministers-database" in on_date
    assert "Secretary of State for Employment" not in on_date


def test_who_answers_for_a_minister_the_hand_written_kb_already_had():
    on_date, output = kb_who("Kenneth Clarke", "1991-06-01")
    assert "Secretary of State for Education (1990-11-02 – 1992-04-11)" in on_date
    assert "Chancellor of the Exchequer" not in on_date
