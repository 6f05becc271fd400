"""What the KB importers share: their error type, id slugs, and the YAML they write."""

from __future__ import annotations

import re
from typing import Any


class KBImportError(ValueError):
    """The input cannot be imported; the message is one line naming the file (and line when known)."""


def slug(text: str) -> str:
    """A kebab-case id from a name: ``Minister of Defence`` → ``minister-of-defence``."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def to_yaml(records: dict[str, Any], header: str) -> str:
    """KB YAML for ``records`` in the key order of the format, dates quoted, with a comment ``header``."""
    import yaml

    body = yaml.safe_dump(records, sort_keys=False, allow_unicode=True, default_flow_style=False, width=120)
    return "".join(f"# {line}\n" for line in header.splitlines()) + body
