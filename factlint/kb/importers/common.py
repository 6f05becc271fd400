"""What the KB importers share: their error type and report, ids and ASCII spellings, and the YAML they write."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factlint.kb.model import KB


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


@dataclass
class Report:
    """What an import did, for the person running it: counts and one line per spell not taken as is."""

    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)

    def text(self) -> str:
        lines = [f"added {len(self.added)} terms, merged {len(self.merged)} with the KB, "
                 f"{len(self.disagreements)} disagreements, {len(self.left_out)} left out"]
        lines += [f"disagrees: {d}" for d in self.disagreements]
        lines += [f"left out: {d}" for d in self.left_out]
        return "\n".join(lines) + "\n"


# Letters NFKD does not decompose, with the plain spelling English copy gives them ("Lars Lokke Rasmussen").
_PLAIN = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ı": "i", "ł": "l", "Ł": "L", "đ": "d",
                        "Đ": "D", "ß": "ss"})


def ascii_name(name: str) -> str:
    """``Göran Persson`` → ``Goran Persson``: the spelling English copy often uses, kept as an alias."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.translate(_PLAIN)) if not unicodedata.combining(c))


def new_id(kb: "KB", people: dict[str, dict[str, Any]], name: str) -> str:
    """A kebab-case id for a new person that neither the KB nor this import's records use yet."""
    base = slug(ascii_name(name))
    pid, n = base, 2
    while pid in kb.people or pid in people:
        pid, n = f"{base}-{n}", n + 1
    return pid
