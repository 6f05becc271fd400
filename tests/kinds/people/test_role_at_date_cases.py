"""The three cases of a title the person did not hold on the article's date, as a user meets them.

Test KB (tests/data/kb-freedonia.yaml): Anna Brask was finance minister of Freedonia 2015-02-01 - 2019-06-30 and
prime minister since 2019-07-01; Rufus T. Firefly was president 2010-05 - 2020-05-20; Carl Dorn has been
president since 2020-05-21.  Articles below are dated 2021-03-01 (a Monday) unless said otherwise.
"""

import pytest
from conftest import fired

DAY = "2021-03-01"


@pytest.fixture
def rule(make_rule):
    return make_rule("role-at-date", message="{name} was not {office} on {date} ({held}){how}")


# -- case 3: held earlier, presented as current -> a finding that says so ---------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("President Rufus Firefly said on Tuesday that the port would reopen.", "'said' on Tuesday"),
    ("President Rufus Firefly says the port will reopen.", "present tense 'says'"),
    ("Finance Minister Anna Brask has long argued for lower taxes.", "present tense 'has long"),
    ("The port will reopen, President Rufus Firefly told reporters today.", "'told' today"),
    ("Finance Minister Anna Brask will speak at the summit.", "future tense 'will speak'"),
    ("Because President Rufus Firefly says the port will reopen, traders are calm.", "present tense 'says'"),
])
def test_former_title_presented_as_current(rule, text, cue):
    (msg,) = fired(rule, text, day=DAY)
    assert "; here presented as current (" in msg and cue in msg
    assert "(held 2010-05 – 2020-05-20" in msg or "(held 2015-02-01 – 2019-06-30)" in msg


def test_case_three_can_be_switched_off(make_rule):
    rule = make_rule("role-at-date", held_earlier="skip")
    assert fired(rule, "President Rufus Firefly says the port will reopen.", day=DAY) == []


# -- case 2: held earlier, historical reference -> silent --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "President Rufus Firefly vetoed the bill.",                                   # past tense, no recent cue
    "former President Rufus Firefly says the port will reopen.",                 # the title is given as past
    "Under President Rufus Firefly, in 2012, the port was closed.",              # era frame and a year of the term
    "President Rufus Firefly's port reform is still popular.",                   # possessive
    "Ola Dahl, a former adviser to President Rufus Firefly, says the reform worked.",   # relation frame
    "The judge, appointed by President Rufus Firefly, says the law is clear.",   # appointed by
    "The law dates from the administration of President Rufus Firefly.",         # era noun
    "When President Rufus Firefly took office, the port was closed.",            # when clause
    "President Rufus Firefly said in 2014 that the port would reopen.",          # a year when he held it
    "Ousted President Rufus Firefly says he will return.",                       # removed from office
    "Outgoing President Rufus Firefly says he will return.",
    "President Rufus Firefly might have acted sooner.",                          # tense unsure
    "Critics still blame President Rufus Firefly for the closure.",              # object: judging the term
    "If it is President Rufus Firefly who calls, the port will reopen.",          # hypothesis
    "President Rufus Firefly, do not close the port.",                           # an address
    "Officials on Monday repeated the claim that President Rufus Firefly closed the port during his term.",
    # the object of a preposition, and a present verb of another clause: not the person's
    "The mayor calls it a 30-day plan, not the 100-day promise of President Rufus Firefly, because the mood "
    "makes it hard to promise more.",
    "Like President Rufus Firefly, the mayor says the port will reopen.",
    # an era phrase after the title dates it to the term
    "Anna Brask, a finance minister during the Firefly years, says taxes will fall.",
    "Anna Brask, finance minister in the Firefly government, says taxes will fall.",
    "Rufus Firefly, president from 2010 to 2020, says the port will reopen.",
    # the object of a verb in a narrative present: the verb after it is the subject's
    "The president fires the finance minister, Anna Brask, and names a new one.",
])
def test_historical_reference_is_news_style(rule, text):
    assert fired(rule, text, day=DAY) == []


def test_explicit_date_in_the_publication_year_counts_at_its_precision(rule):
    # He was president until 2020-05-20: the sentence is about 10 May 2020, an article of 2020 later that year.
    text = "On May 10, 2020, President Rufus Firefly said on Sunday that the port would reopen."
    assert fired(rule, text, day="2020-11-01") == []
    assert fired(rule, "President Rufus Firefly said on Sunday that the port would reopen.", day="2020-11-01")


# -- case 1: never held by the date -> a finding; hypotheses are not claims --------------------------------------

def test_title_never_held_fires_without_a_cue(rule):
    (msg,) = fired(rule, "Freedonian President Anna Brask opened the port.", day=DAY)
    assert msg.startswith("Anna Brask was not President of Freedonia on 2021-03-01 (held by Carl Dorn")
    assert "presented as current" not in msg


@pytest.mark.parametrize("text", [
    "Could a Freedonian President Anna Brask reopen the port?",
    "Voters wonder what kind of a Freedonian president Anna Brask would be.",
    "Freedonian President Anna Brask would reopen the port, her aides say.",
    "If Freedonian President Anna Brask reopened the port, trade would grow.",
])
def test_hypothetical_title_is_not_a_claim(rule, text):
    assert fired(rule, text, day=DAY) == []


def test_president_elect_period_is_unsure(rule):
    # Carl Dorn took office on 2020-05-21: 50 days after the first date, 172 after the second.
    assert fired(rule, "Freedonian President Carl Dorn opened the port.", day="2020-04-01") == []
    assert fired(rule, "Freedonian President Carl Dorn opened the port.", day="2019-12-01")


def test_bare_title_is_judged_only_against_offices_the_person_held(rule):
    # "President Anna Brask" with no jurisdiction may name a body the KB lacks (a bank, a club).
    assert fired(rule, "President Anna Brask opened the port.", day=DAY) == []


def test_false_apposition_before_a_speech_verb(rule):
    # "Dorn, the president said": the president is the subject of "said", not Dorn's title.
    text = "The minister nominated Carl Dorn, the president said on Monday."
    assert fired(rule, text, day="2018-03-01") == []
    assert fired(rule, "The minister met Carl Dorn, the president, on Monday.", day="2018-03-01")



def test_a_list_of_leaders_is_no_apposition(rule):
    # A name with its own title before it, then a bare title: the title is the next item of a list.
    text = "Spies briefed him on Sylvanian leader Anna Brask, Freedonia's president, and others."
    assert fired(rule, text, day=DAY) == []
    assert fired(rule, "Anna Brask, Freedonia's president, spoke on Monday.", day=DAY)


# -- handover day ------------------------------------------------------------------------------------------------

def test_handover_day_is_unsure(make_rule):
    rule = make_rule("role-at-date", mode="stale-former")
    assert fired(rule, "Former President Rufus Firefly spoke.", day="2020-05-20") == []
    assert fired(rule, "Former President Rufus Firefly spoke.", day="2020-05-10") == ["hit"]
