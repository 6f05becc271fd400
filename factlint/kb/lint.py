"""``factlint kb lint``: find the mistakes that make a KB wrong without making it unreadable.

The loader rejects files it cannot read; this module reports records that read fine but cannot all be true: two
holders of a single-holder office on the same day, a term that ends before it starts, a fact without a source,
a role in an office nobody defined.  Problems are ordinary findings (rule ids ``kb-…``, category ``kb``), so the
same reporters print them: ``path:line:col: severity [kb-…] message`` in text, or JSON and SARIF.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from factlint.findings import FileResult, Finding
from factlint.kb.loader import ParsedFile, merge, parse_file
from factlint.kb.model import Role
from factlint.support.resources import rules_dir, shipped_kb_files
from factlint.support.yamlfile import load_yaml_file

_FAR_FUTURE = date(9999, 12, 31)
CATEGORY = "kb"


def problem(path: str, line: int, severity: str, rule: str, message: str) -> Finding:
    """A KB problem as a finding: the loader knows records' lines, not columns, so it points at column 1."""
    return Finding(path, line, 1, line, 1, rule, CATEGORY, severity, message)


def lint_results(files: list[str], include_shipped: bool = True) -> list[FileResult]:
    """One result per linted file, ready for any reporter; ids are resolved against the shipped KB too (a
    newsroom file may use its offices).

    With no ``files``, the shipped files themselves are linted.  Raises ``KBError`` for an unreadable file.
    """
    shipped = list(shipped_kb_files()) if include_shipped else []
    targets = files or shipped
    context_paths = [p for p in shipped if p not in targets] + list(targets)
    parsed = {p: parse_file(p) for p in context_paths}
    kb = merge([parsed[p] for p in context_paths])
    found: list[Finding] = []
    for path in targets:
        found.extend(_lint_one(parsed[path], kb))
    found.extend(_duplicates_across([parsed[p] for p in targets]))
    found.extend(_overlaps([parsed[p] for p in context_paths], set(targets)))
    found.extend(_duplicate_people([parsed[p] for p in context_paths], set(targets)))
    by_path: dict[str, FileResult] = {p: FileResult(p) for p in targets}
    for f in sorted(found, key=lambda f: (f.path, f.line, f.rule)):
        by_path[f.path].findings.append(f)
    return list(by_path.values())


def lint_files(files: list[str], include_shipped: bool = True) -> list[Finding]:
    """Every problem in ``files`` (see ``lint_results``), ordered by path and line."""
    found = [f for r in lint_results(files, include_shipped) for f in r.findings]
    return sorted(found, key=lambda f: (f.path, f.line, f.rule))


def _lint_one(pf: ParsedFile, kb) -> list[Finding]:
    out: list[Finding] = []

    def add(line: int, severity: str, code: str, message: str) -> None:
        out.append(problem(pf.path, line, severity, code, message))

    for line, message in pf.unknown_keys:
        add(line, "warning", "kb-unknown-key", message)
    seen: dict[tuple[str, str], int] = {}
    records = (
        [("jurisdiction", j.id, ln) for j, ln in pf.jurisdictions]
        + [("office", o.id, ln) for o, ln in pf.offices]
        + [("person", p.id, ln) for p, ln, _ in pf.people]
        + [("entity", e.id, ln) for e, ln in pf.entities]
    )
    for kind, rid, line in records:
        if (kind, rid) in seen:
            add(line, "error", "kb-duplicate-id", f"{kind} id {rid!r} already defined on line {seen[kind, rid]}")
        else:
            seen[kind, rid] = line
    for o, line in pf.offices:
        if o.jurisdiction and o.jurisdiction not in kb.jurisdictions:
            add(line, "error", "kb-unknown-id", f"office {o.id!r} names unknown jurisdiction {o.jurisdiction!r}")
    for p, line, role_lines in pf.people:
        if p.born is not None and not p.born_source:
            add(line, "error", "kb-missing-source", f"{p.name}: birth date {p.born} has no born_source")
        if p.born_source and (why := unlisted_source(p.born_source)):
            add(line, "warning", "kb-unlisted-source", f"{p.name}: birth date cites {why}")
        for role, rline in zip(p.roles, role_lines):
            if role.source and (why := unlisted_source(role.source)):
                add(rline, "warning", "kb-unlisted-source", f"{p.name}: role in {role.office!r} cites {why}")
            if role.office not in kb.offices:
                add(rline, "error", "kb-unknown-id", f"{p.name}: role in unknown office {role.office!r}")
            if not role.source:
                add(rline, "error", "kb-missing-source", f"{p.name}: role in {role.office!r} has no source")
            if role.start and role.end and role.end.last < role.start.first:
                add(rline, "error", "kb-end-before-start", f"{p.name}: role in {role.office!r} ends ({role.end}) "
                    f"before it starts ({role.start})")
            office = kb.offices.get(role.office)
            if office is not None and role.start and office.abolished_by(role.start.first):
                add(rline, "error", "kb-after-abolished", f"{p.name}: role in {role.office!r} starts ({role.start}) "
                    f"after the office was abolished ({office.abolished})")
    for e, line in pf.entities:
        for n in e.names:
            if not n.source:
                add(line, "error", "kb-missing-source", f"entity {e.id!r}: name {n.name!r} has no source")
            elif why := unlisted_source(n.source):
                add(line, "warning", "kb-unlisted-source", f"entity {e.id!r}: name {n.name!r} cites {why}")
            if n.start and n.until and n.until.last < n.start.first:
                add(line, "error", "kb-end-before-start", f"entity {e.id!r}: name {n.name!r} is current until "
                    f"{n.until}, before its start {n.start}")
    return out


SOURCES_FILE = "data/kb-sources.yaml"


@lru_cache(maxsize=1)
def _allowed() -> tuple[frozenset[str], tuple[str, ...]]:
    """The web domains and the dataset URL prefixes the KB accepts as sources (``rules/data/kb-sources.yaml``)."""
    data = load_yaml_file(str(rules_dir() / SOURCES_FILE)) or {}
    domains = frozenset(str(d).lower() for d in data.get("domains") or ())
    return domains, tuple(str(p).lower() for p in data.get("datasets") or ())


def unlisted_source(source: str) -> str | None:
    """Why a source URL is not one of the KB's references (None when it is): a finding quotes it to the editor,
    so it must be an official page, a reference work, a news agency or a paper of record, not any site.  A
    source that is not a URL (a dataset such as "Archigos 4.1 (obsid …)", a printed reference) is not judged.
    A published dataset is accepted by its repository's URL prefix, so its host (github.com) is not trusted whole."""
    lowered = source.lower()
    if not lowered.startswith(("http://", "https://")):
        return None
    domains, datasets = _allowed()
    if lowered.split("://", 1)[1].startswith(tuple(p.split("://", 1)[-1] for p in datasets)):
        return None
    host = (urlsplit(source).hostname or "").lower()
    parts = host.split(".")
    if any(".".join(parts[i:]) in domains for i in range(len(parts))):
        return None
    return f"{host or source!r}, not one of the KB's reference sources (rules/{SOURCES_FILE})"


def _duplicates_across(files: list[ParsedFile]) -> list[Finding]:
    """The same id in two linted files: legal (the later wins) but worth a warning, since one copy is dead."""
    first: dict[tuple[str, str], str] = {}
    out: list[Finding] = []
    for pf in files:
        records = (
            [("office", o.id, ln) for o, ln in pf.offices]
            + [("person", p.id, ln) for p, ln, _ in pf.people]
            + [("jurisdiction", j.id, ln) for j, ln in pf.jurisdictions]
            + [("entity", e.id, ln) for e, ln in pf.entities]
        )
        local: set[tuple[str, str]] = set()
        for kind, rid, line in records:
            key = (kind, rid)
            if key in first and first[key] != pf.path and key not in local:
                out.append(problem(pf.path, line, "warning", "kb-duplicate-id",
                                   f"{kind} id {rid!r} also defined in {first[key]}; this file's record replaces it"))
            first.setdefault(key, pf.path)
            local.add(key)
    return out


def _certain_overlap(a: Role, b: Role) -> tuple[date, date] | None:
    """The days two terms certainly share, if more than a single handover day; None when unsure."""
    if a.start is None or b.start is None:
        return None
    lo = max(a.start.last, b.start.last)
    hi = min(_certain_end(a), _certain_end(b))
    return (lo, hi) if lo < hi else None


def _certain_end(r: Role) -> date:
    """The last day a term is certainly held: its end, its start when the end is unknown, else open."""
    if r.end is not None:
        return r.end.first
    return r.start.last if r.end_unknown and r.start is not None else _FAR_FUTURE


def _duplicate_people(files: list[ParsedFile], targets: set[str]) -> list[Finding]:
    """Two person records (different ids) with one full name and a shared office or birth date: an import that
    missed an existing id.  The second record shadows the first for surname binding and silences findings."""
    from factlint.kb.model import name_key

    final: dict[str, tuple[str, int, object]] = {}
    for pf in files:
        for p, line, _ in pf.people:
            final[p.id] = (pf.path, line, p)
    by_name: dict[str, list[tuple[str, int, object]]] = {}
    for entry in final.values():
        for n in entry[2].names:  # type: ignore[attr-defined]
            bucket = by_name.setdefault(name_key(n), [])
            if entry not in bucket:
                bucket.append(entry)
    out: list[Finding] = []
    reported: set[tuple[str, str]] = set()
    for bucket in by_name.values():
        for i, (path_a, _, a) in enumerate(bucket):
            for path_b, line_b, b in bucket[i + 1:]:
                pair = tuple(sorted((a.id, b.id)))  # type: ignore[attr-defined]
                same_born = a.born is not None and a.born == b.born  # type: ignore[attr-defined]
                shared = {r.office for r in a.roles} & {r.office for r in b.roles}  # type: ignore[attr-defined]
                if pair in reported or not (same_born or shared) or path_b not in targets:
                    continue
                reported.add(pair)  # type: ignore[arg-type]
                why = f"office {sorted(shared)[0]!r}" if shared else f"birth date {a.born}"  # type: ignore[attr-defined]
                out.append(problem(path_b, line_b, "error", "kb-duplicate-person",
                                   f"{b.name} ({b.id}) looks like {a.name} ({a.id}, {path_a}): same name and "  # type: ignore[attr-defined]
                                   f"{why}; reuse the existing id"))
    return out


def _overlaps(files: list[ParsedFile], targets: set[str]) -> list[Finding]:
    """Two terms in one single-holder office that certainly overlap (acting terms excepted).

    Records are taken after overrides (a later file's person replaces an earlier one), and a problem is
    reported only if one of its roles lives in a linted file.
    """
    final: dict[str, tuple[str, object, tuple[int, ...]]] = {}
    single: dict[str, bool] = {}
    for pf in files:
        for o, _ in pf.offices:
            single[o.id] = o.single_holder
        for p, _, role_lines in pf.people:
            final[p.id] = (pf.path, p, role_lines)
    by_office: dict[str, list[tuple[str, int, str, Role]]] = {}
    for path, p, role_lines in final.values():
        for role, line in zip(p.roles, role_lines):  # type: ignore[attr-defined]
            if single.get(role.office) and not role.acting:
                by_office.setdefault(role.office, []).append((path, line, p.name, role))  # type: ignore[attr-defined]
    out: list[Finding] = []
    for office, terms in by_office.items():
        terms.sort(key=lambda t: t[3].start.first if t[3].start else date.min)
        for i, (path_a, line_a, name_a, a) in enumerate(terms):
            for path_b, line_b, name_b, b in terms[i + 1:]:
                shared = _certain_overlap(a, b)
                if shared is None:
                    continue
                path, line = (path_b, line_b) if path_b in targets else (path_a, line_a)
                if path not in targets:
                    continue
                until = "on" if shared[1] == _FAR_FUTURE else f"to {shared[1]}"
                out.append(problem(path, line, "error", "kb-overlap",
                                   f"single-holder office {office!r}: {name_a} ({a.span_text()}) and {name_b} "
                                   f"({b.span_text()}) both hold it from {shared[0]} {until}"))
    return out
