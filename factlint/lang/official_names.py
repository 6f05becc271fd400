"""Official names of bodies and companies' legal forms (``rules/data/official-names.yaml``), read and checked once.

The ``official-name`` kind compares an article's capitalised names with these; a wrong spelling here would make
false findings, so every entry is checked on load (a name, a source, known legal forms) and a bad file fails loudly.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from factlint.support.resources import rules_dir
from factlint.support.yamlfile import load_yaml_file

# The legal forms wire copy writes after a company's name, by class: any spelling of a class is that form.
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "Co": ("Co", "Co.", "Company"),
    "Corp": ("Corp", "Corp.", "Corporation"),
    "Inc": ("Inc", "Inc.", "Incorporated"),
    "plc": ("plc", "Plc", "PLC"),
    "Ltd": ("Ltd", "Ltd.", "Limited"),
}
FORM_CLASS: dict[str, str] = {spelling: cls for cls, spellings in LEGAL_FORMS.items() for spelling in spellings}


class Body(NamedTuple):
    """A body's official name, the other forms that are right too, and where the name is given."""

    name: str
    also: tuple[str, ...]
    source: str


class LegalForm(NamedTuple):
    """One legal form a company has had (a class of ``LEGAL_FORMS``), with the months or years it was current."""

    form: str
    start: str | None
    until: str | None
    source: str


class Company(NamedTuple):
    """A company's name without its legal form, and every legal form it has had."""

    base: str
    forms: tuple[LegalForm, ...]


class OfficialNames(NamedTuple):
    bodies: tuple[Body, ...]
    companies: tuple[Company, ...]


def default_path() -> Path:
    """The shipped file."""
    return rules_dir() / "data" / "official-names.yaml"


@lru_cache(maxsize=4)
def load_official_names(path: str | None = None) -> OfficialNames:
    """The bodies and companies of ``path`` (default: the shipped file); ValueError naming the entry at fault
    (``YamlError``, a ValueError, naming the line for a file that is no YAML)."""
    p = Path(path) if path else default_path()
    data = load_yaml_file(str(p)) or {}  # the parse cache: PyYAML takes ~0.3 s on this file
    bodies = tuple(_body(x, p) for x in data.get("bodies") or ())
    companies = tuple(_company(x, p) for x in data.get("companies") or ())
    return OfficialNames(bodies, companies)


def _text(value: object, what: str, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {what} must be text")
    return " ".join(value.split())


def _body(x: object, path: Path) -> Body:
    where = f"{path.name}: body {x!r}"
    if not isinstance(x, dict):
        raise ValueError(f"{where}: a body is a mapping with name and source")
    name = _text(x.get("name"), "name", where)
    if len(name.split()) < 2:
        raise ValueError(f"{where}: a name of one word is no multi-word name to compare")
    also = x.get("also") or []
    if not isinstance(also, list):
        raise ValueError(f"{where}: also must be a list")
    return Body(name, tuple(_text(a, "also", where) for a in also), _text(x.get("source"), "source", where))


def _company(x: object, path: Path) -> Company:
    where = f"{path.name}: company {x!r}"
    if not isinstance(x, dict) or not isinstance(x.get("forms"), list) or not x["forms"]:
        raise ValueError(f"{where}: a company is a mapping with base and forms")
    base = _text(x.get("base"), "base", where)
    forms = []
    for f in x["forms"]:
        if not isinstance(f, dict) or f.get("form") not in LEGAL_FORMS:
            raise ValueError(f"{where}: each form is one of {', '.join(LEGAL_FORMS)}")
        start, until = f.get("from"), f.get("until")
        if any(d is not None and not isinstance(d, str) for d in (start, until)):
            raise ValueError(f"{where}: from and until are quoted dates")
        forms.append(LegalForm(f["form"], start, until, _text(f.get("source"), "source", where)))
    return Company(base, tuple(forms))
