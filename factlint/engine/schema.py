"""A JSON Schema for rule files, generated from the common keys and every registered kind's parameters."""

from __future__ import annotations

from factlint.kinds.rule import COMMON_KEYS, SCOPES
from factlint.findings import CATEGORIES, SEVERITIES
from factlint.kinds import KINDS, get_kind
from factlint.kinds.base import Param

_JSON_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "list": "array", "dict": "object"}


def _param_schema(p: Param) -> dict:
    out: dict = {"type": _JSON_TYPES[p.type], "description": p.help}
    if p.items:
        out["items"] = {"type": _JSON_TYPES[p.items]}
    if p.choices:
        out["enum"] = list(p.choices)
    for name, key in (("minimum", "minimum"), ("maximum", "maximum"), ("above", "exclusiveMinimum"),
                      ("below", "exclusiveMaximum")):
        if getattr(p, name) is not None:
            out[key] = getattr(p, name)
    if p.default is not None:
        out["default"] = p.default
    return out


def rule_file_schema() -> dict:
    """JSON Schema (draft 2020-12) for a rule file: a list of rules, or ``{rules: [...]}``."""
    common = {
        "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
        "kind": {"type": "string", "enum": sorted(KINDS)},
        "category": {"enum": list(CATEGORIES)},
        "severity": {"enum": list(SEVERITIES)},
        "message": {"type": "string", "minLength": 1},
        "description": {"type": "string", "minLength": 1},
        "scope": {"enum": list(SCOPES)},
        "enabled": {"type": "boolean"},
        "examples": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"text": {"type": "string"}, "fires": {"type": "boolean"}, "date": {"type": "string"}},
                "required": ["text", "fires"],
                "additionalProperties": False,
            },
        },
    }
    for key, text in COMMON_KEYS.items():
        common[key] = {**common[key], "description": text}
    variants = []
    for name in sorted(KINDS):
        kind = get_kind(name)
        props = {**common, "kind": {"const": name}}
        if kind.scopes:  # the loader accepts only the scopes a kind honours, and no scope key for the others
            props["scope"] = {**common["scope"], "enum": list(kind.scopes)}
        else:
            del props["scope"]
        props.update({k: _param_schema(p) for k, p in kind.params.items()})
        required = ["id", "kind", "category", "severity", "message", "description"]
        required += [k for k, p in kind.params.items() if p.required]
        variants.append({
            "title": f"rule of kind '{name}'",
            "type": "object",
            "properties": props,
            "required": required,
            "additionalProperties": False,
        })
    rule = {"oneOf": variants}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "factlint rule file",
        "oneOf": [
            {"type": "array", "items": {"$ref": "#/$defs/rule"}},
            {"type": "object", "properties": {"rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}}},
             "required": ["rules"]},
        ],
        "$defs": {"rule": rule},
    }
