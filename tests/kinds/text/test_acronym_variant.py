"""The ``acronym-variants`` kind on short invented sentences: an acronym used once, a key away from the one the
article keeps using, is reported; other bodies, defined acronyms, codes and quotations are not."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError

MESSAGE = "{written} -> {preferred} ({times}, line {line})"
ABOUT_IBM = "IBM said sales rose. IBM shares gained. Analysts expect IBM to gain, and IBM agreed. "


def rule(make_rule, **params):
    return make_rule("acronym-variants", message=MESSAGE, **params)


def test_a_neighbouring_key_in_the_articles_own_acronym(make_rule):
    assert fired(rule(make_rule), ABOUT_IBM + "Once the IVM system ships, IBM will sell more.") == [
        "IVM -> IBM (5 times, line 1)"]
    assert fired(rule(make_rule), ABOUT_IBM + "The IBN unit grew. IBM said so.") == ["IBN -> IBM (5 times, line 1)"]


def test_a_key_further_away_or_another_first_letter_is_another_body(make_rule):
    assert fired(rule(make_rule), ABOUT_IBM + "The IDM unit was sold. IBM said so.") == []
    dnc = "The DNC met. The DNC chair spoke. The DNC said the DNC would sue, and the DNC hired lawyers. "
    assert fired(rule(make_rule), dnc + "The RNC declined to comment.") == []


def test_too_few_uses_or_the_other_form_used_twice(make_rule):
    assert fired(rule(make_rule), "IBM said sales rose. IBM agreed. The IVM system ships.") == []
    assert fired(rule(make_rule, min_uses=2), "IBM said sales rose. IBM agreed. The IVM system ships.") == [
        "IVM -> IBM (2 times, line 1)"]
    assert fired(rule(make_rule), ABOUT_IBM + "IBM makes the IVM. The IVM sells.") == []


def test_known_defined_compound_or_coded_forms(make_rule):
    cnn = "CBN aired it. CBN staff cheered. CBN said CBN would, and CBN did. "
    assert fired(rule(make_rule), cnn + "CNN did not.") == []  # the word list knows CNN
    assert fired(rule(make_rule), ABOUT_IBM + "The Irish Vehicle Makers (IVM) objected. IBM said so.") == []
    assert fired(rule(make_rule), ABOUT_IBM + "Its IVM-2 chip and the code <IVM> are new. IBM said so.") == []


def test_headlines_in_capitals_and_quotations(make_rule):
    assert fired(rule(make_rule), "IVM SALES RISE AT MAKER\n" + ABOUT_IBM + "IBM said so.") == []
    text = ABOUT_IBM + '"The IVM plan is dead," he said. IBM said so.'
    assert fired(rule(make_rule), text) == []
    assert fired(rule(make_rule, skip_quotes=False), text) == ["IVM -> IBM (5 times, line 1)"]


def test_min_uses_is_bounded(make_rule):
    with pytest.raises(RuleError, match="min_uses"):
        make_rule("acronym-variants", min_uses=1)
