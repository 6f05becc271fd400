"""Figures and titles bound to the wrong person or office: nothing may be reported from them.

Test KB: Anna Brask (born 1970-03-15; finance minister 2015-2019, prime minister since 2019-07-01), Carl Dorn
(president of Freedonia since 2020-05-21).
"""

from conftest import fired

from factlint.document import load_text
from factlint.extractors.people import PersonMention, find_mentions


def test_surname_shared_by_two_people_of_the_article_is_not_bound(make_rule):
    rule = make_rule("age-kb")
    assert fired(rule, "Anna Brask spoke. Brask, 40, left.", day="2021-03-01") == ["hit"]
    assert fired(rule, "Anna Brask spoke with Ola Brask. Brask, 40, left.", day="2021-03-01") == []


def test_poll_shares_and_counts_after_names_are_not_ages(make_rule):
    rule = make_rule("age-kb")
    assert fired(rule, "Anna Brask, 10, percent, led Carl Dorn.", day="2021-03-01") == []
    assert fired(rule, "In the council, Anna Brask (45) beat Carl Dorn (30) in votes.", day="2021-03-01") == []
    assert fired(rule, "Anna Brask (45) beat Carl Dorn in the final.", day="2021-03-01") == ["hit"]


def test_dateline_place_is_not_the_title_jurisdiction(test_kb):
    doc = load_text("GRAND FENWICK, Freedonia – President Carl Dorn spoke on Monday.")
    (m,) = [m for m in find_mentions(doc, test_kb) if isinstance(m, PersonMention) and m.title is not None]
    assert m.key == "carl-dorn" and m.title.jurisdiction is None
    doc = load_text("Freedonian President Carl Dorn spoke on Monday.")
    (m,) = [m for m in find_mentions(doc, test_kb) if isinstance(m, PersonMention) and m.title is not None]
    assert m.title.jurisdiction == "freedonia"


def test_representative_and_congressman_are_one_office(make_rule):
    rule = make_rule("role-consistency", exclusive=[["senator", "representative", "congressman"]],
                     synonyms=[["representative", "congressman"]])
    assert fired(rule, "Representative Mia Cole spoke. Later Congressman Mia Cole left.", day=None) == []
    assert fired(rule, "Senator Mia Cole spoke. Later Congressman Mia Cole left.", day=None) == ["hit"]
