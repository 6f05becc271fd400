"""Loading rule packs: YAML files of rules, validated against the common keys and each kind's parameters.

Every problem is reported as ``path:line: rule 'id': problem`` and loading goes on to collect them all, so a
newsroom fixing its pack sees every mistake at once.  Nothing in a rule file is executed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from factlint.support import regexcache
from factlint.kinds.rule import COMMON_KEYS, SCOPES, Example, Rule
from factlint.rulelang.template import template_names
from factlint.findings import CATEGORIES, SEVERITIES
from factlint.kinds import KINDS, get_kind
from factlint.kinds.base import Param, RuleParamError
from factlint.support.yamlfile import LineDict, YamlError, load_yaml_file

_ID = regexcache.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,), "int": (int,), "float": (int, float), "bool": (bool,), "list": (list,), "dict": (dict,),
}


class RuleError(ValueError):
    """One or more invalid rules; ``problems`` are one-line messages with file and line."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


MAX_RULE_FILE_BYTES = 1_000_000  # a rule file from a pull request must not cost the run more than this to parse


def pack_files(pack: str) -> list[Path]:
    """The YAML files of a pack: a directory (sorted, recursively) or a single file.

    A folder of the pack that cannot be read is an error, not a silent gap in the rules.
    """
    p = Path(pack)
    try:
        if p.is_file():
            return [p]
        if not p.is_dir():
            raise RuleError([f"{pack}: rule pack not found"])
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte
        raise RuleError([f"{pack!r}: cannot read rule pack ({getattr(exc, 'strerror', None) or exc})"]) from None
    unreadable: list[str] = []
    found = []
    for root, _dirs, files in os.walk(p, onerror=lambda exc: unreadable.append(f"{exc.filename}: cannot read "
                                                                              f"folder of rule pack ({exc.strerror})")):
        found += [Path(root) / f for f in files if f.endswith((".yaml", ".yml"))]
    if unreadable:
        raise RuleError(unreadable)
    return sorted(q for q in found if q.is_file())


def load_rules(packs: list[str]) -> list[Rule]:
    """Load and validate every rule of ``packs`` in order; raise ``RuleError`` listing all problems."""
    rules: list[Rule] = []
    problems: list[str] = []
    seen: dict[str, Rule] = {}
    for pack in packs:
        try:
            files = pack_files(pack)
        except RuleError as exc:
            problems.extend(exc.problems)
            continue
        for path in files:
            for rule in _load_file(str(path), problems):
                if rule.id in seen:
                    first = seen[rule.id]
                    problems.append(
                        f"{rule.path}:{rule.line}: rule '{rule.id}': duplicate id (first defined at {first.path}:{first.line})"
                    )
                    continue
                seen[rule.id] = rule
                rules.append(rule)
    if problems:
        raise RuleError(problems)
    return rules


def _load_file(path: str, problems: list[str]) -> list[Rule]:
    try:
        if os.path.getsize(path) > MAX_RULE_FILE_BYTES:
            problems.append(f"{path}:1: rule file larger than {MAX_RULE_FILE_BYTES:,} bytes")
            return []
        data = load_yaml_file(path)
    except YamlError as exc:
        problems.append(str(exc))
        return []
    if data is None:
        return []
    if isinstance(data, dict) and "rules" in data:
        data = data["rules"]
    if not isinstance(data, list):
        problems.append(f"{path}:1: a rule file holds a list of rules (or a mapping with a 'rules' list)")
        return []
    out = []
    for item in data:
        if not isinstance(item, LineDict):
            problems.append(f"{path}:{getattr(data, 'line', 1)}: each rule must be a mapping of keys")
            continue
        rule = _build_rule(path, item, problems)
        if rule is not None:
            out.append(rule)
    return out


def _build_rule(path: str, item: LineDict, problems: list[str]) -> Rule | None:
    before = len(problems)
    rid = item.get("id")
    label = f"rule '{rid}'" if isinstance(rid, str) else "rule"

    def bad(key: str, message: str) -> None:
        problems.append(f"{path}:{item.line_of(key)}: {label}: {message}")

    if not isinstance(rid, str) or not _ID.match(rid):
        bad("id", "'id' must be a kebab-case string (e.g. 'intercepted-exceeds-launched')")
    kind_name = item.get("kind")
    kind_cls = None
    if not isinstance(kind_name, str):
        bad("kind", "missing 'kind'")
    elif kind_name not in KINDS:
        bad("kind", f"unknown kind '{kind_name}' (known: {', '.join(sorted(KINDS))})")
    else:
        kind_cls = get_kind(kind_name)
    for key, choices in (("category", CATEGORIES), ("severity", SEVERITIES)):
        if item.get(key) not in choices:
            bad(key, f"'{key}' must be one of {', '.join(choices)}" + ("" if key in item else " (missing)"))
    for key in ("message", "description"):
        if not isinstance(item.get(key), str) or not item.get(key).strip():
            bad(key, f"'{key}' must be a non-empty string")
    scope = item.get("scope", "sentence")
    if scope not in SCOPES:
        bad("scope", f"'scope' must be one of {', '.join(SCOPES)}")
    elif kind_cls is not None and "scope" in item and scope not in kind_cls.scopes:
        supported = f"it supports {', '.join(kind_cls.scopes)}" if kind_cls.scopes else "it sets its own reach"
        bad("scope", f"kind '{kind_name}' cannot work at scope '{scope}' ({supported}; remove the key)")
    enabled = item.get("enabled", True)
    if not isinstance(enabled, bool):
        bad("enabled", "'enabled' must be true or false")
    examples = _examples(item, bad)

    params: dict[str, Any] = {}
    schema: dict[str, Param] = kind_cls.params if kind_cls else {}
    for key in item:
        if key in COMMON_KEYS:
            continue
        if not isinstance(key, str):
            bad("id", f"key {key!r} is not a string")
        elif kind_cls is not None and key not in schema:
            hint = _closest(key, list(COMMON_KEYS) + list(schema))
            bad(key, f"unknown key '{key}'" + (f" (did you mean '{hint}'?)" if hint else ""))
        elif kind_cls is not None:
            value = item[key]
            spec = schema[key]
            if not _type_ok(value, spec):
                want = spec.type + (f" of {spec.items}" if spec.items else "")
                bad(key, f"'{key}' must be a {want}, not {type(value).__name__}")
            elif spec.choices and value not in spec.choices:
                bad(key, f"'{key}' must be one of {', '.join(spec.choices)}")
            elif spec.type in ("int", "float") and (problem := spec.out_of_bounds(key, value)):
                bad(key, problem)
            else:
                params[key] = value
    for key, spec in schema.items():
        if key not in item:
            if spec.required:
                bad("id", f"missing required key '{key}' for kind '{kind_name}'")
            else:
                params[key] = spec.default
    message = item.get("message")
    if kind_cls is not None and isinstance(message, str):
        try:
            names = template_names(message)
        except ValueError as exc:
            bad("message", str(exc))
        else:
            known = set(kind_cls.message_values)
            if "<group>" not in known:
                for name in names:
                    if name not in known:
                        bad("message", f"message uses '{{{name}}}', which kind '{kind_name}' does not provide "
                                       f"(it provides: {', '.join(sorted(known)) or 'nothing'})")
    if len(problems) > before:
        return None
    rule = Rule(
        id=rid, kind=kind_name, category=item["category"], severity=item["severity"], message=message,
        description=item["description"].strip(), scope=scope, enabled=enabled, examples=examples, params=params,
        path=path, line=item.line,
    )
    try:
        rule.check = kind_cls(rule)
    except RuleParamError as exc:
        bad(exc.key, str(exc))
        return None
    return rule


def _examples(item: LineDict, bad: Any) -> list[Example]:
    raw = item.get("examples", [])
    out: list[Example] = []
    if not isinstance(raw, list):
        bad("examples", "'examples' must be a list of {text, fires, date}")
        return out
    for ex in raw:
        if not isinstance(ex, dict) or not isinstance(ex.get("text"), str) or not isinstance(ex.get("fires"), bool):
            bad("examples", "each example needs 'text' (string) and 'fires' (true or false)")
            continue
        extra = set(ex) - {"text", "fires", "date"}
        if extra:
            bad("examples", f"unknown example key '{sorted(extra)[0]}'")
            continue
        when = ex.get("date")
        out.append(Example(ex["text"], ex["fires"], str(when) if when is not None else None))
    return out


def _type_ok(value: Any, spec: Param) -> bool:
    if spec.type in ("int", "float") and isinstance(value, bool):
        return False
    if not isinstance(value, _TYPES[spec.type]):
        return False
    if spec.type == "list" and spec.items:
        return all(_type_ok(v, Param(spec.items, "")) for v in value)
    return True


def _closest(key: str, options: list[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, options, n=1, cutoff=0.75)
    return match[0] if match else None
