"""Where the shipped rule packs and knowledge base live, installed or in a source checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # the factlint package (this module is in factlint/support)


def rules_dir() -> Path:
    """The shipped ``rules/`` tree: inside the wheel as ``factlint/_rules``, else the checkout's ``rules/``."""
    installed = _PACKAGE / "_rules"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "rules"


def default_pack() -> Path:
    """The default rule pack (one YAML file per category)."""
    return rules_dir() / "default"


@lru_cache(maxsize=1)
def shipped_kb_files() -> tuple[str, ...]:
    """The shipped knowledge-base files, in name order (listed once per process)."""
    kb = rules_dir() / "kb"
    return tuple(sorted(str(p) for p in kb.iterdir() if p.suffix in (".yaml", ".yml"))) if kb.is_dir() else ()
