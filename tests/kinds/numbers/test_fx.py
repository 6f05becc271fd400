"""The ``currency-conversion`` kind, one throw-away rule per parameter."""

import pytest

from conftest import fired

RANGES = {"EUR/GBP": [0.56, 0.98], "GBP/USD": [1.03, 2.65]}


def test_same_currency(make_rule):
    text = "The tour earned him £35m (£19m) last year."
    assert fired(make_rule("currency-conversion"), text) == ["hit"]
    assert fired(make_rule("currency-conversion", same_currency=False), text) == []
    assert fired(make_rule("currency-conversion"), "The tour earned him $35m (£19m) last year.") == []


def test_ranges_read_both_ways_and_cross_pairs(make_rule):
    rule = make_rule("currency-conversion", message="{amount} -> {converted}: {rate}", ranges=RANGES)
    assert fired(rule, "Profit rose to 2.4bn euros ($3.1bn; £2.9bn).", None) == ["2.4bn euros -> £2.9bn: 1.21"]
    assert fired(rule, "Profit rose to 2.4bn euros ($3.1bn; £1.7bn).", None) == []
    # The cross pair of the two conversions: $15.3m cannot buy £16.6m.
    assert fired(rule, "A fine of a billion roubles ($15.3m, £16.6m) was imposed.", None) == ["$15.3m -> £16.6m: 1.08"]
    assert fired(rule, "A fine of a billion roubles ($15.3m, £11.6m) was imposed.", None) == []


def test_rounding_is_allowed_for(make_rule):
    rule = make_rule("currency-conversion", ranges={"GBP/USD": [1.5, 2.0]})
    assert fired(rule, "It cost £2m ($4m).", None) == []  # 1.5m-2.5m pounds for 3.5m-4.5m dollars
    assert fired(rule, "It cost £2.0m ($4.5m).", None) == ["hit"]


def test_ranges_are_validated(make_rule):
    with pytest.raises(Exception, match="ranges"):
        make_rule("currency-conversion", ranges={"EURGBP": [0.5, 0.9]})


def test_market_tolerance_against_ecb(make_rule):
    pytest.importorskip("currency_converter")
    rule = make_rule("currency-conversion", message="{expected}", market_tolerance=0.15)
    # On 10 February 2005 the ECB quoted about 0.69 pounds to the euro.
    assert fired(rule, "Profit was 240m euros (£210m).", "2005-02-10") == ["0.688 (ECB reference rate of 2005-02-10)"]
    assert fired(rule, "Profit was 240m euros (£166m).", "2005-02-10") == []
    assert fired(make_rule("currency-conversion"), "Profit was 240m euros (£210m).", "2005-02-10") == []
    assert fired(rule, "Profit was 240m euros (£210m).", None) == []


def test_missing_rate_package_is_said_once_per_run(cli, write, monkeypatch):
    """Without the optional package the market comparison is skipped, and the user is told once, not per file."""
    import factlint.kinds.numbers.fx as fx

    monkeypatch.setattr(fx, "_converter", lambda: None)
    for name in ("a.md", "b.md"):
        write(name, "---\ndate: 2005-02-10\n---\n\nProfit rose to 2.4bn euros ($3.1bn; £1.7bn).\n")
    run = cli("check", "a.md", "b.md")
    assert run.err.count("install factlint[rates]") == 1
    assert cli("check", "--quiet", "a.md", "b.md").err == ""
