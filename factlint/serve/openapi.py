"""The OpenAPI 3.1 description served at ``/openapi.json``, written out rather than generated, so that it
states the contract (the ``check --format json`` document) and not whatever the handlers happen to return."""

from __future__ import annotations

from factlint import __version__
from factlint.serve.requests import FORMATS

_ERROR = {"description": "", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _error(text: str) -> dict:
    return {**_ERROR, "description": text}


def _place(with_message: bool) -> dict:
    props = {"path": {"type": "string", "description": "the request's name; absent when none was given"},
             **{k: {"type": "integer", "minimum": 1} for k in ("line", "column", "end_line", "end_column")}}
    if with_message:
        props["message"] = {"type": "string"}
    return {"type": "object", "properties": props, "required": ["line", "column", "end_line", "end_column"]}


def description() -> dict:
    """The whole description (a fresh dict each time)."""
    finding = _place(True)
    finding["properties"].update({
        "rule": {"type": "string"}, "category": {"type": "string"},
        "severity": {"enum": ["info", "warning", "error"]},
        "related": {"type": "array", "items": _place(True),
                    "description": "the other places the message compares with"},
    })
    finding["required"] += ["rule", "category", "severity", "message", "related"]
    names = {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}],
             "description": "rule ids or categories (a list, or one comma-separated string)"}
    secured = [{"bearer": []}]
    return {
        "openapi": "3.1.0",
        "info": {"title": "factlint", "version": __version__,
                 "description": "Fact-consistency checks of news articles: numbers, dates, people and titles."},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "only when the server was started with a token"}},
            "schemas": {
                "Error": {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]},
                "CheckRequest": {"type": "object", "additionalProperties": False, "required": ["text"], "properties": {
                    "text": {"type": "string", "description": "the article itself; never a path"},
                    "format": {"enum": list(FORMATS), "default": "text"},
                    "date": {"type": "string", "format": "date", "description": "publication date"},
                    "select": names, "ignore": names, "locale": {"enum": ["US", "UK"]},
                    "name": {"type": "string", "maxLength": 200,
                             "description": "a label for the findings' path; never opened"},
                }},
                "Finding": finding,
                "CheckResult": {"type": "object", "required": ["version", "files", "findings"], "properties": {
                    "version": {"const": 1}, "files": {"const": 1},
                    "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}}}},
            },
        },
        "paths": {
            "/v1/check": {"post": {
                "summary": "Check one article", "security": secured,
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/CheckRequest"}}}},
                "responses": {
                    "200": {"description": "the findings, as `factlint check --format json` writes them",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CheckResult"}}}},
                    "400": _error("not JSON, an unknown key or value, or a path, rule pack or configuration"),
                    "401": _error("the server has a token and the request did not carry it"),
                    "413": _error("the body is larger than the server takes"),
                    "503": _error("the check ran over the time limit (and was stopped), or the server is busy"),
                }}},
            "/v1/rules": {"get": {"summary": "The rules, as configured here", "security": secured,
                                  "responses": {"200": {"description": "`{version, rules: [...]}`"},
                                                "401": _error("token required")}}},
            "/v1/rules/{rule_id}": {"get": {
                "summary": "One rule: description, message, parameters, examples", "security": secured,
                "parameters": [{"name": "rule_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "the rule"}, "404": _error("no such rule"),
                              "401": _error("token required")}}},
            "/healthz": {"get": {"summary": "Liveness", "responses": {"200": {"description": "`{status: ok}`"}}}},
        },
    }
