"""The registry of check kinds: the one place that maps a rule's ``kind:`` to the Python class executing it.

Entries are import strings so that only the kinds a run's rules use are imported.
"""

from __future__ import annotations

import importlib

from factlint.kinds.base import CheckKind

KINDS: dict[str, str] = {
    "pattern": "factlint.kinds.text.pattern:PatternKind",
    "known-misspelling": "factlint.kinds.text.misspelling:KnownMisspellingKind",
    "organisation-word": "factlint.kinds.text.org_word:OrganisationWordKind",
    "acronym-variants": "factlint.kinds.text.acronym_variant:AcronymVariantsKind",
    "official-name": "factlint.kinds.text.official_name:OfficialNameKind",
    "date-invalid": "factlint.kinds.dates.invalid:DateInvalidKind",
    "date-weekday": "factlint.kinds.dates.weekday:DateWeekdayKind",
    "date-tense": "factlint.kinds.dates.tense:DateTenseKind",
    "date-relative-conflict": "factlint.kinds.dates.relative_conflict:DateRelativeConflictKind",
    "date-anniversary": "factlint.kinds.dates.anniversary:DateAnniversaryKind",
    "date-age": "factlint.kinds.dates.age:DateAgeKind",
    "date-range-order": "factlint.kinds.dates.range_order:DateRangeOrderKind",
    "date-day-missing": "factlint.kinds.dates.day_missing:DateDayMissingKind",
    "date-year-contrast": "factlint.kinds.dates.year_contrast:DateYearContrastKind",
    "role-at-date": "factlint.kinds.people.role_at_date:RoleAtDateKind",
    "role-consistency": "factlint.kinds.people.role_consistency:RoleConsistencyKind",
    "age-kb": "factlint.kinds.people.age:AgeKBKind",
    "name-spelling": "factlint.kinds.people.name_spelling:NameSpellingKind",
    "name-variants": "factlint.kinds.people.name_variants:NameVariantsKind",
    "name-near-kb": "factlint.kinds.people.near_name:NameNearKBKind",
    "entity-name": "factlint.kinds.people.entity_name:EntityNameKind",
    "relation": "factlint.kinds.numbers.relation:RelationKind",
    "sum": "factlint.kinds.numbers.sum:SumKind",
    "percentage": "factlint.kinds.numbers.percentage:PercentageKind",
    "change": "factlint.kinds.numbers.change:ChangeKind",
    "conversion": "factlint.kinds.numbers.conversion:ConversionKind",
    "currency-conversion": "factlint.kinds.numbers.fx:CurrencyConversionKind",
    "compared-figures": "factlint.kinds.numbers.compare:ComparedFiguresKind",
    "figure-unit": "factlint.kinds.numbers.unit:FigureUnitKind",
    "broken-figure": "factlint.kinds.numbers.broken:BrokenFigureKind",
    "near-total": "factlint.kinds.numbers.near_total:NearTotalKind",
    "headline-change": "factlint.kinds.numbers.headline:HeadlineChangeKind",
    "balance": "factlint.kinds.numbers.balance:BalanceKind",
    "parts-within-cap": "factlint.kinds.numbers.cap:PartsWithinCapKind",
    "metric-scale": "factlint.kinds.numbers.metric:MetricScaleKind",
    "difference-as-percent": "factlint.kinds.numbers.difference:DifferenceAsPercentKind",
}


def get_kind(name: str) -> type[CheckKind]:
    """The class registered for ``name``; KeyError if there is none."""
    module, _, attr = KINDS[name].partition(":")
    return getattr(importlib.import_module(module), attr)
