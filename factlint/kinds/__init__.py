"""The registry of check kinds: the one place that maps a rule's ``kind:`` to the Python class executing it.

Entries are import strings so that only the kinds a run's rules use are imported.
"""

from __future__ import annotations

import importlib

from factlint.kinds.base import CheckKind

KINDS: dict[str, str] = {
    "pattern": "factlint.kinds.pattern:PatternKind",
    "role_at_date": "factlint.kinds.role_at_date:RoleAtDateKind",
    "role_consistency": "factlint.kinds.role_consistency:RoleConsistencyKind",
    "age_kb": "factlint.kinds.age_kb:AgeKBKind",
    "name_spelling": "factlint.kinds.name_spelling:NameSpellingKind",
    "entity_name": "factlint.kinds.entity_name:EntityNameKind",
}


def get_kind(name: str) -> type[CheckKind]:
    """The class registered for ``name``; KeyError if there is none."""
    module, _, attr = KINDS[name].partition(":")
    return getattr(importlib.import_module(module), attr)
