"""Load knowledge-base YAML files into a ``KB``, with line-precise errors and a compiled cache.

Files are read in order (the shipped ``rules/kb/*.yaml`` first, then the newsroom's) and a later record replaces
an earlier one with the same id, so a newsroom can correct a shipped fact without editing the package.

Parsing YAML costs far more than the 0.1 s budget of a pre-commit run allows for a KB of any size, so the loaded
``KB`` (indexes included) is pickled into the user's cache directory (``factlint.support.cache``), one entry per set of
files, stamped with the SHA-256 of every file's contents and the factlint version, and sealed against tampering:
a changed file makes the entry stale and it is rebuilt in place; an unwritable cache directory only costs speed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from factlint import __version__
from factlint.errors import KBError
from factlint.support.cache import files_stamp, read_cached, write_cached
from factlint.kb.model import (
    KB,
    Entity,
    EntityName,
    Jurisdiction,
    Office,
    PartialDate,
    Person,
    Role,
)
from factlint.support.resources import shipped_kb_files

# Bump when the pickled structure changes, so old caches are ignored.
_CACHE_FORMAT = 4

_TOP_KEYS = ("jurisdictions", "offices", "people", "entities")


@dataclass
class ParsedFile:
    """The records of one KB file with the source line of each, for ``kb lint`` and error messages."""

    path: str
    jurisdictions: list[tuple[Jurisdiction, int]] = field(default_factory=list)
    offices: list[tuple[Office, int]] = field(default_factory=list)
    people: list[tuple[Person, int, tuple[int, ...]]] = field(default_factory=list)  # role lines
    entities: list[tuple[Entity, int]] = field(default_factory=list)
    # (line, message) for keys the format does not define: not fatal, reported by ``kb lint``.
    unknown_keys: list[tuple[int, str]] = field(default_factory=list)


_memo: dict[tuple[str, ...], KB] = {}


def load_kb(paths: list[str] | tuple[str, ...] | None = None, *, shipped: bool = True, cache: bool = True) -> KB:
    """The KB from the shipped files (unless ``shipped`` is False) followed by ``paths``; later ids win.

    Raises ``KBError`` for a file that is missing or malformed.  Results are memoised per process and cached
    on disk between processes.
    """
    files = (list(shipped_kb_files()) if shipped else []) + [str(p) for p in (paths or [])]
    key_files = tuple(files)
    if key_files in _memo:
        return _memo[key_files]
    try:
        stamp = files_stamp(files, f"{__version__}:{_CACHE_FORMAT}")
    except OSError as exc:
        raise KBError(f"{exc.filename}: cannot read knowledge-base file ({exc.strerror})") from None
    key = "\n".join(os.path.abspath(f) for f in files)
    kb = read_cached("kb", key, stamp) if cache else None
    if not isinstance(kb, KB):
        kb = merge([parse_file(f) for f in files])
        if cache:
            kb.stamp = stamp  # what data derived from this KB is cached under (``KB.stamp``)
            write_cached("kb", key, stamp, kb)
    _memo[key_files] = kb
    return kb


def merge(parsed: list[ParsedFile]) -> KB:
    """Combine parsed files in order: a record replaces an earlier one with the same id, whole."""
    kb = KB(files=tuple(p.path for p in parsed))
    for pf in parsed:
        for j, _ in pf.jurisdictions:
            kb.jurisdictions[j.id] = j
        for o, _ in pf.offices:
            kb.offices[o.id] = o
        for p, _, _ in pf.people:
            kb.people[p.id] = p
        for e, _ in pf.entities:
            kb.entities[e.id] = e
    kb.build_indexes()
    return kb


# -- parsing --------------------------------------------------------------------------------------------------


def parse_file(path: str) -> ParsedFile:
    """Parse one KB file into records, raising ``KBError("file:line: …")`` on the first structural error."""
    import yaml

    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise KBError(f"{path}: cannot read knowledge-base file ({exc.strerror})") from None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else path
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise KBError(f"{where}: invalid YAML: {problem}") from None
    out = ParsedFile(path=path)
    if root is None:
        return out
    p = _Parser(path, out)
    top = p.mapping(root, "the file")
    for key, (knode, vnode) in top.items():
        if key not in _TOP_KEYS:
            p.fail(knode, f"unknown top-level key {key!r} (expected one of: {', '.join(_TOP_KEYS)})")
        if _is_null(vnode):
            continue
        items = p.sequence(vnode, key)
        for item in items:
            getattr(p, "read_" + key)(item)
    return out


def _is_null(node: Any) -> bool:
    return getattr(node, "tag", "").endswith(":null")


class _Parser:
    """Turns composed YAML nodes into model records, keeping each record's line for messages."""

    def __init__(self, path: str, out: ParsedFile):
        self.path = path
        self.out = out

    def fail(self, node: Any, message: str) -> None:
        raise KBError(f"{self.path}:{node.start_mark.line + 1}: {message}")

    def mapping(self, node: Any, what: str) -> dict[str, tuple[Any, Any]]:
        import yaml

        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{what} must be a mapping")
        result: dict[str, tuple[Any, Any]] = {}
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                self.fail(k, f"keys in {what} must be plain words")
            if k.value in result:
                self.fail(k, f"key {k.value!r} appears twice in {what}")
            result[k.value] = (k, v)
        return result

    def sequence(self, node: Any, what: str) -> list[Any]:
        import yaml

        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"{what} must be a list")
        return list(node.value)

    def text(self, node: Any, what: str) -> str:
        import yaml

        if not isinstance(node, yaml.ScalarNode) or _is_null(node) or not str(node.value).strip():
            self.fail(node, f"{what} must be a non-empty text")
        return str(node.value).strip()

    def texts(self, node: Any, what: str) -> tuple[str, ...]:
        import yaml

        if isinstance(node, yaml.ScalarNode) and not _is_null(node):
            return (self.text(node, what),)
        return tuple(self.text(n, what) for n in self.sequence(node, what))

    def flag(self, node: Any, what: str) -> bool:
        value = self.text(node, what).lower()
        if value not in ("true", "false", "yes", "no"):
            self.fail(node, f"{what} must be true or false, not {value!r}")
        return value in ("true", "yes")

    def date(self, node: Any, what: str) -> PartialDate:
        value = self.text(node, what)
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            self.fail(node, f"{what}: {exc}")
            raise  # unreachable: fail raises

    def fields(
        self, node: Any, what: str, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> dict[str, tuple[Any, Any]]:
        m = self.mapping(node, what)
        for key in required:
            if key not in m or _is_null(m[key][1]):
                self.fail(node, f"{what} lacks required key {key!r}")
        for key, (knode, _) in m.items():
            if key not in required and key not in optional and key not in ("note", "notes", "comment"):
                self.out.unknown_keys.append((knode.start_mark.line + 1, f"unknown key {key!r} in {what}"))
        return {k: v for k, v in m.items() if not _is_null(v[1])}

    def read_jurisdictions(self, node: Any) -> None:
        f = self.fields(node, "a jurisdiction", ("id", "name"), ("names", "adjectives"))
        jid = self.text(f["id"][1], "id")
        j = Jurisdiction(
            id=jid,
            name=self.text(f["name"][1], "name"),
            names=self.texts(f["names"][1], "names") if "names" in f else (),
            adjectives=self.texts(f["adjectives"][1], "adjectives") if "adjectives" in f else (),
        )
        self.out.jurisdictions.append((j, node.start_mark.line + 1))

    def read_offices(self, node: Any) -> None:
        f = self.fields(
            node, "an office", ("id", "name"), ("jurisdiction", "single_holder", "titles", "wikidata", "abolished")
        )
        o = Office(
            id=self.text(f["id"][1], "id"),
            name=self.text(f["name"][1], "name"),
            jurisdiction=self.text(f["jurisdiction"][1], "jurisdiction") if "jurisdiction" in f else None,
            single_holder=self.flag(f["single_holder"][1], "single_holder") if "single_holder" in f else True,
            titles=tuple(t.lower() for t in self.texts(f["titles"][1], "titles")) if "titles" in f else (),
            wikidata=self.text(f["wikidata"][1], "wikidata") if "wikidata" in f else None,
            abolished=self.date(f["abolished"][1], "abolished") if "abolished" in f else None,
        )
        self.out.offices.append((o, node.start_mark.line + 1))

    def read_people(self, node: Any) -> None:
        f = self.fields(node, "a person", ("id", "name"), ("aliases", "born", "born_source", "roles"))
        roles: list[Role] = []
        role_lines: list[int] = []
        if "roles" in f:
            for rnode in self.sequence(f["roles"][1], "roles"):
                rf = self.fields(rnode, "a role", ("office",), ("start", "end", "end_unknown", "source", "acting"))
                if "end" in rf and "end_unknown" in rf:
                    self.fail(rnode, "a role has either an end or end_unknown, not both")
                roles.append(
                    Role(
                        office=self.text(rf["office"][1], "office"),
                        start=self.date(rf["start"][1], "start") if "start" in rf else None,
                        end=self.date(rf["end"][1], "end") if "end" in rf else None,
                        source=self.text(rf["source"][1], "source") if "source" in rf else "",
                        acting=self.flag(rf["acting"][1], "acting") if "acting" in rf else False,
                        end_unknown=self.flag(rf["end_unknown"][1], "end_unknown") if "end_unknown" in rf else False,
                    )
                )
                role_lines.append(rnode.start_mark.line + 1)
        p = Person(
            id=self.text(f["id"][1], "id"),
            name=self.text(f["name"][1], "name"),
            aliases=self.texts(f["aliases"][1], "aliases") if "aliases" in f else (),
            born=self.date(f["born"][1], "born") if "born" in f else None,
            born_source=self.text(f["born_source"][1], "born_source") if "born_source" in f else None,
            roles=tuple(roles),
        )
        self.out.people.append((p, node.start_mark.line + 1, tuple(role_lines)))

    def read_entities(self, node: Any) -> None:
        f = self.fields(node, "an entity", ("id", "names"), ("kind",))
        names: list[EntityName] = []
        for nnode in self.sequence(f["names"][1], "names"):
            nf = self.fields(nnode, "an entity name", ("name",), ("from", "until", "source", "ambiguous"))
            names.append(
                EntityName(
                    name=self.text(nf["name"][1], "name"),
                    start=self.date(nf["from"][1], "from") if "from" in nf else None,
                    until=self.date(nf["until"][1], "until") if "until" in nf else None,
                    source=self.text(nf["source"][1], "source") if "source" in nf else "",
                    ambiguous=self.flag(nf["ambiguous"][1], "ambiguous") if "ambiguous" in nf else False,
                )
            )
        e = Entity(
            id=self.text(f["id"][1], "id"),
            kind=self.text(f["kind"][1], "kind") if "kind" in f else "",
            names=tuple(names),
        )
        self.out.entities.append((e, node.start_mark.line + 1))
