"""The ``balance`` kind: a surplus or deficit against the two sides the paragraph gives, or the earlier word."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError

TRADE = ["exports / imports"]


def test_the_amount_against_the_sides(make_rule):
    rule = make_rule("balance", message="{balance}: {problem}", pairs=TRADE)
    assert fired(rule, "Exports were $593.4bn and imports $561.4bn, leaving a trade surplus of $42bn.") == [
        "surplus of $42bn: $593.4bn less $561.4bn is $32bn"
    ]
    assert fired(rule, "Exports were $593.4bn and imports $561.4bn, leaving a trade surplus of $32bn.") == []
    assert fired(rule, "Exports were $593.4bn and imports were $561.4bn, a $32bn surplus.") == []


def test_the_sign_against_the_sides(make_rule):
    rule = make_rule("balance", message="{problem}", pairs=TRADE)
    assert fired(rule, "Exports rose to $561.4bn and imports rose to $593.4bn, a surplus of $32bn.") == [
        "$561.4bn less $593.4bn is a deficit of $32bn"
    ]
    assert fired(rule, "Exports were $593.4bn and imports $561.4bn, a deficit of $32bn.") == [
        "$593.4bn less $561.4bn is a surplus of $32bn"
    ]


def test_another_figure_of_the_currency_abstains(make_rule):
    rule = make_rule("balance", pairs=TRADE)
    text = "Exports were $593.4bn, against $420bn a year earlier, and imports $561.4bn: a surplus of $42bn."
    assert fired(rule, text) == []


def test_pairs_name_the_sides(make_rule):
    text = "Revenue was $3.2bn and spending $3.5bn, a deficit of $500m."
    assert fired(make_rule("balance", pairs=TRADE), text) == []
    assert len(fired(make_rule("balance", pairs=["revenues? / spending"]), text)) == 1
    with pytest.raises(RuleError, match="must read"):
        make_rule("balance", pairs=["exports, imports"])


def test_balance_words(make_rule):
    text = "Revenue was $3.2bn and spending $3.5bn, a gap of $500m."
    assert fired(make_rule("balance", pairs=["revenues? / spending"]), text) == []
    assert len(fired(make_rule("balance", pairs=["revenues? / spending"], deficit="gap"), text)) == 1
    text = "Revenue was $3.5bn and spending $3.2bn, a profit of $500m."
    assert len(fired(make_rule("balance", pairs=["revenues? / spending"], surplus="profit"), text)) == 1


def test_tolerance(make_rule):
    text = "Exports were $593.4bn and imports $561.4bn, leaving a trade surplus of $36bn."
    assert len(fired(make_rule("balance", pairs=TRADE), text)) == 1
    assert fired(make_rule("balance", pairs=TRADE, tolerance=0.15), text) == []
    with pytest.raises(RuleError, match="tolerance must be"):
        make_rule("balance", pairs=TRADE, tolerance=2)


def test_naming(make_rule):
    rule = make_rule("balance", check="naming", message="{balance}: {problem}", pairs=TRADE, account=["trade"])
    text = ("The boom put the trade surplus at a six-year high.\n\n"
            "Exports rose to $593bn. With imports rising a similar amount, the deficit rose to $43bn.")
    assert fired(rule, text) == ["the deficit: line 1 calls it a surplus"]
    assert fired(rule, text.replace("the deficit", "the surplus")) == []
    # the other word came first: the article speaks of both balances
    assert fired(rule, "The trade deficit and the trade surplus.\n\nExports and imports fell; the deficit grew.") == []
    # the sides not named near the bare word
    assert fired(rule, "The trade surplus hit a high.\n\nIn the US, the deficit grew.") == []


def test_naming_needs_an_account_per_pair(make_rule):
    with pytest.raises(RuleError, match="one regex per pair"):
        make_rule("balance", check="naming", pairs=TRADE, account=["trade", "budget"])
    text = "The trade surplus hit a high.\n\nExports and imports fell, and the deficit grew."
    assert len(fired(make_rule("balance", check="naming", pairs=TRADE, account=["trade"]), text)) == 1
    assert fired(make_rule("balance", check="naming", pairs=TRADE, account=["budget"]), text) == []


def test_window(make_rule):
    text = ("The trade deficit fell to 2.05 billion dlrs from 3.04 billion.\n\nThe figures came from customs.\n\n"
            "Exports rose 27 pct to 7.28 billion dlrs and imports fell 5.1 pct to 8.33 billion.")
    assert fired(make_rule("balance", pairs=TRADE), text) == []
    assert len(fired(make_rule("balance", pairs=TRADE, window=2), text)) == 1
    assert fired(make_rule("balance", pairs=TRADE, window=2), text.replace("2.05", "1.05")) == []
    with pytest.raises(RuleError, match="window must be at least 0"):
        make_rule("balance", pairs=TRADE, window=-1)
