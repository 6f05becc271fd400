"""The registry of check kinds: the one place that maps a rule's ``kind:`` to the Python class executing it.

Entries are import strings so that only the kinds a run's rules use are imported.
"""

from __future__ import annotations

import importlib

from factlint.kinds.base import CheckKind

KINDS: dict[str, str] = {
    "pattern": "factlint.kinds.pattern:PatternKind",
    "date-invalid": "factlint.kinds.date_invalid:DateInvalidKind",
    "date-weekday": "factlint.kinds.date_weekday:DateWeekdayKind",
    "date-tense": "factlint.kinds.date_tense:DateTenseKind",
    "date-relative-conflict": "factlint.kinds.date_relative:DateRelativeConflictKind",
    "date-anniversary": "factlint.kinds.date_anniversary:DateAnniversaryKind",
    "date-age": "factlint.kinds.date_age:DateAgeKind",
    "date-range-order": "factlint.kinds.date_range:DateRangeOrderKind",
    "role-at-date": "factlint.kinds.role_at_date:RoleAtDateKind",
    "role-consistency": "factlint.kinds.role_consistency:RoleConsistencyKind",
    "age-kb": "factlint.kinds.age_kb:AgeKBKind",
    "name-spelling": "factlint.kinds.name_spelling:NameSpellingKind",
    "entity-name": "factlint.kinds.entity_name:EntityNameKind",
    "relation": "factlint.kinds.relation:RelationKind",
    "sum": "factlint.kinds.sum:SumKind",
    "percentage": "factlint.kinds.percentage:PercentageKind",
    "change": "factlint.kinds.change:ChangeKind",
    "conversion": "factlint.kinds.conversion:ConversionKind",
}


def get_kind(name: str) -> type[CheckKind]:
    """The class registered for ``name``; KeyError if there is none."""
    module, _, attr = KINDS[name].partition(":")
    return getattr(importlib.import_module(module), attr)
