"""The ``conversion`` kind, one throw-away rule per parameter."""

import pytest
from conftest import fired

from factlint.engine.loader import RuleError


def test_tolerance_percent(make_rule):
    text = "The route is 12 miles (21 km) long."  # 12 miles is 19.3 km
    assert fired(make_rule("conversion", message="{value} is {converted}, not {conversion}"), text) == [
        "12 miles is 19.3 km, not 21 km"]
    assert fired(make_rule("conversion", tolerance_percent=5), text) == []
    with pytest.raises(RuleError, match="tolerance_percent must be between 0 and 50"):
        make_rule("conversion", tolerance_percent=80)
