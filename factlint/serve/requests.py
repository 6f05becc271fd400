"""Reading a ``POST /v1/check`` body into a ``Job``, with a one-line reason for anything wrong.

A request carries text, never a place: there is no key for a file, a rule pack or a configuration, and one
that tries (``path``, ``rules``, ``config``, ``kb``) is refused by name rather than ignored, so a client
cannot believe it checked against its own rules.  ``name`` is a label for the findings and is never opened.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from factlint.config import ConfigError, Settings, check_names
from factlint.serve.workers import Job

FORMATS = ("markdown", "text", "html")
KEYS = ("text", "format", "date", "select", "ignore", "locale", "name")
REFUSED = ("path", "paths", "file", "rules", "packs", "config", "kb")
NAME_MAX = 200


class BadRequest(ValueError):
    """A request the service will not run; the message is one line for the client."""


def _names(data: dict[str, Any], key: str) -> tuple[str, ...] | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value) or len(value) > 100:
        raise BadRequest(f"'{key}' must be a list of rule ids or categories")
    return tuple(sorted({v.strip() for v in value if v.strip()})) or None


def parse_check(body: bytes, base: Settings, rule_ids: set[str]) -> Job:
    """The job a JSON body asks for, with the request's ``select``/``ignore``/``locale`` over ``base``."""
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
        raise BadRequest(f"the body is not valid JSON: {reason}") from None
    return from_fields(data, base, rule_ids)


def from_fields(data: Any, base: Settings, rule_ids: set[str]) -> Job:
    """The job for already-decoded fields (the JSON body, or the page's form)."""
    if not isinstance(data, dict):
        raise BadRequest("the body must be a JSON object with at least 'text'")
    refused = [k for k in data if k in REFUSED]
    if refused:
        raise BadRequest(f"'{refused[0]}' cannot be given: the service checks the text sent, "
                         "with the rules and configuration it was started with")
    unknown = [k for k in data if k not in KEYS]
    if unknown:
        raise BadRequest(f"unknown key '{unknown[0]}' (known: {', '.join(KEYS)})")
    text = data.get("text")
    if not isinstance(text, str):
        raise BadRequest("'text' must be given, as a string")
    fmt = data.get("format", "text")
    if fmt not in FORMATS:
        raise BadRequest(f"'format' must be one of {', '.join(FORMATS)}")
    name = data.get("name")
    if name is not None and (not isinstance(name, str) or not name.isprintable() or len(name) > NAME_MAX):
        raise BadRequest(f"'name' must be a printable label of at most {NAME_MAX} characters")
    pub_date = None
    if data.get("date") is not None:
        try:
            pub_date = date.fromisoformat(str(data["date"]))
        except ValueError:
            raise BadRequest(f"'date' must be a date in the form YYYY-MM-DD, not '{data['date']}'") from None
    locale = data.get("locale")
    if locale is not None and str(locale).upper() not in ("US", "UK"):
        raise BadRequest("'locale' must be US or UK")
    select, ignore = _names(data, "select"), _names(data, "ignore")
    overrides: dict[str, Any] = {"locale": str(locale).upper() if locale else None, "select": select,
                                 "ignore": (*base.ignore, *ignore) if ignore else None}
    given = {k: v for k, v in overrides.items() if v is not None}
    settings = replace(base, **given) if given else base
    try:
        check_names(replace(base, select=select or (), ignore=ignore or (), enable=(), severity=(), origins=()),
                    rule_ids)
    except ConfigError as exc:
        raise BadRequest(str(exc).replace("--", "")) from None
    return Job(text=text, fmt=fmt, name=name or "<text>", pub_date=pub_date, settings=settings)
