"""The ``name-spelling`` kind, one throw-away rule per parameter, with a person of the shipped KB whose
aliases include other spellings of the surname."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_a_second_spelling_of_one_person(make_rule):
    rule = make_rule("name-spelling", message="{written}, not {preferred}")
    assert fired(rule, "Volodymyr Zelenskyy spoke. Zelensky later left.") == ["Zelensky, not Volodymyr Zelenskyy"]
    assert fired(rule, "Volodymyr Zelenskyy spoke. Zelenskyy later left.") == []


def test_the_arabic_article_kept_or_dropped_is_one_spelling(make_rule):
    rule = make_rule("name-spelling", message="{written}, not {preferred}")
    assert fired(rule, "Nouri Al-Maliki spoke in Baghdad. Later the Maliki government fell.") == []
    assert fired(rule, "Nouri al-Maliki spoke in Baghdad. Nouri Maliki later left.") == []


def test_each_line_with_the_other_spelling_is_reported(make_rule):
    rule = make_rule("name-spelling", message="{written}, not {preferred}")
    text = "Volodymyr Zelenskyy spoke.\nVolodymyr Zelensky left.\nThen Volodymyr Zelensky returned."
    assert fired(rule, text) == ["Volodymyr Zelensky, not Volodymyr Zelenskyy"] * 2


def test_house_spelling(make_rule):
    rule = make_rule("name-spelling", message="{written}, not {preferred}",
                     house={"Volodymyr Zelenskyy": "Volodymyr Zelensky"})
    assert fired(rule, "Volodymyr Zelenskyy spoke. Zelenskyy later left.") == [
        "Volodymyr Zelenskyy, not Volodymyr Zelensky"]
    with pytest.raises(RuleError, match="house maps names or ids to spellings"):
        make_rule("name-spelling", house={"Volodymyr Zelenskyy": ""})


def test_skip_quotes(make_rule):
    text = 'Volodymyr Zelenskyy spoke. "Zelensky is right," he said.'
    assert fired(make_rule("name-spelling"), text) == []
    assert fired(make_rule("name-spelling", skip_quotes=False), text) == ["hit"]
