"""Running rules over documents: the one pass from a file to its findings.

Rule packs are loaded once per distinct set of packs (kinds are compiled then); each file gets its own
``Analysis`` so extractors run at most once per file, only for the rules that need them.
"""

from __future__ import annotations

from datetime import date

from factlint.config import Settings
from factlint.document import SkippedSource, SourceError, load_document, read_source
from factlint.document.model import Directive, Document
from factlint.kinds.analysis import Analysis
from factlint.engine.loader import load_rules
from factlint.kinds.rule import Rule
from factlint.engine.suppress import BUILTIN_RULES, UNUSED_SUPPRESSION, apply_suppressions
from factlint.rulelang.template import render_message
from factlint.findings import FileResult, Finding, Location, Suggestion
from factlint.errors import KBError
from factlint.kinds.base import Edit, Hit, PubDateMissing, RuleTimeout
from factlint.support.resources import default_pack

_RULE_CACHE: dict[tuple[str, ...], list[Rule]] = {}


def rules_for(settings: Settings, extra_packs: tuple[str, ...] = ()) -> list[Rule]:
    """All rules of the default pack plus the configured and extra packs (loaded once per combination)."""
    packs = (str(default_pack()), *settings.packs, *extra_packs)
    if packs not in _RULE_CACHE:
        _RULE_CACHE[packs] = load_rules(list(packs))
    return _RULE_CACHE[packs]


def known_rules(settings: Settings, extra_packs: tuple[str, ...] = ()) -> list[Rule]:
    """Every rule a run can report: the loaded ones, then the built-in ones (for listings, reports, validation)."""
    return [*rules_for(settings, extra_packs), *BUILTIN_RULES]


def check_file(
    path: str, settings: Settings, rules: list[Rule], pub_date: date | None = None, source: str | None = None,
    display_path: str | None = None,
) -> FileResult:
    """Read, parse and check one file; problems with the file become ``errors``, never exceptions.

    A file longer than ``settings.split_bytes`` is checked in parts (``factlint.engine.parts``), so a wire dump or
    a book costs time and memory in proportion to its size.
    """
    shown = display_path or path
    result = FileResult(shown)
    try:
        text = source if source is not None else read_source(path, settings.max_article_bytes)
        if len(text) > settings.split_bytes:
            from factlint.engine.parts import check_in_parts

            return check_in_parts(shown, text, settings, rules, pub_date)
        doc = load_document(shown, text, pub_date=pub_date)
    except SourceError as exc:
        result_error(result, exc)
        return result
    result.document = doc
    result.findings, result.errors, result.notices = check_document(doc, settings, rules)
    return result


def result_error(result: FileResult, exc: SourceError) -> None:
    """A file that cannot be read or parsed: one line naming it, as an error or (not an article) a notice."""
    msg = str(exc)
    msg = msg if msg.startswith(result.path) else f"{result.path}: {msg}"
    (result.notices if isinstance(exc, SkippedSource) else result.errors).append(msg)


def check_document(doc: Document, settings: Settings, rules: list[Rule]) -> tuple[list[Finding], list[str], list[str]]:
    """Run the enabled rules on a parsed document, then apply its suppression directives."""
    findings, errors, notices = analyse(doc, settings, rules)
    return finish(doc.path, doc.directives, findings, len(doc.line_starts), settings, rules), errors, notices


def analyse(doc: Document, settings: Settings, rules: list[Rule]) -> tuple[list[Finding], list[str], list[str]]:
    """The findings of the enabled rules before suppression, the rules' errors, and the notices for the user."""
    analysis = Analysis(doc, settings)
    findings: list[Finding] = []
    errors: list[str] = []
    for rule, severity in _plan(settings, rules):
        try:
            drop_quoted = rule.check.quotations == "hits"  # the kind's quotation policy, applied here
            for hit in rule.check.check(analysis):
                if not (drop_quoted and rule.check.quoted(doc, hit.start)):
                    findings.append(_finding(doc, rule, severity, hit))
        except PubDateMissing as exc:  # an undated article: the analysis noted it for the user
            if not rule.check.needs_pub_date:  # a kind stopped half-way, having declared no need
                errors.append(_failed(doc, rule, exc))
        except RuleTimeout as exc:
            errors.append(f"{doc.path}: rule '{rule.id}': {exc}")
        except KBError as exc:  # an unreadable knowledge-base file: a configuration error, not a bug
            if str(exc) not in errors:
                errors.append(str(exc))
        except Exception as exc:  # a bug in a kind must not stop the run or hide other files' findings
            errors.append(_failed(doc, rule, exc))
    notices = []
    if analysis.missing_pub_date:
        notices.append(
            f"{doc.path}: no publication date found; checks that need one were skipped "
            "(give it with --date YYYY-MM-DD or front matter 'date:')"
        )
    notices.extend(sorted(analysis.run_notes))  # about the run, not the file: the CLI prints each once
    return findings, errors, notices


def finish(
    path: str, directives: list[Directive], findings: list[Finding], last_line: int, settings: Settings,
    rules: list[Rule],
) -> list[Finding]:
    """A file's findings after its suppression directives (stale ones reported), without duplicates, in order."""
    plan = _plan(settings, rules)
    builtin = UNUSED_SUPPRESSION
    unused = (
        settings.severity_for(builtin.id, builtin.category, builtin.severity)
        if settings.rule_enabled(builtin.id, builtin.category, builtin.enabled) else None
    )
    ran = {r.id for r, _ in plan} | {r.category for r, _ in plan}
    findings = apply_suppressions(path, directives, findings, last_line, unused, ran)
    return sorted(_dedupe(findings), key=Finding.sort_key)


_PLANS: dict[tuple, list[tuple[Rule, str]]] = {}


def _plan(settings: Settings, rules: list[Rule]) -> list[tuple[Rule, str]]:
    """The enabled rules with their effective severities, worked out once per settings and rule list.

    The key holds the rules' ids; the plan holds the rules themselves, so no id can be reused while it is cached.
    """
    key = (settings, tuple(id(r) for r in rules))
    plan = _PLANS.get(key)
    if plan is None:
        plan = [
            (r, settings.severity_for(r.id, r.category, r.severity))
            for r in rules if settings.rule_enabled(r.id, r.category, r.enabled)
        ]
        _PLANS[key] = plan
    return plan


def _failed(doc: Document, rule: Rule, exc: Exception) -> str:
    return f"{doc.path}: rule '{rule.id}' failed: {type(exc).__name__}: {exc} (please report this)"


def _finding(doc: Document, rule: Rule, severity: str, hit: Hit) -> Finding:
    related = tuple(Location(doc.path, *doc.source_range(start, end), message) for start, end, message in hit.related)
    return Finding(
        doc.path, *doc.source_range(hit.start, hit.end), rule.id, rule.category, severity,
        render_message(rule.message, hit.values), related, tuple(s for e in hit.suggestions if (s := _suggestion(doc, e))),
    )


def _suggestion(doc: Document, edit: Edit) -> Suggestion | None:
    """The edit in source coordinates, or None when its prose is not copied one for one from the source (an
    HTML entity, markup inside the span): replacing such a span would drop what the prose does not show."""
    if edit.end <= edit.start:
        return None
    start, end = doc.source_offset(edit.start), doc.source_offset(edit.end - 1) + 1
    if doc.source[start:end] != doc.text[edit.start:edit.end]:
        return None
    return Suggestion(edit.replacement, *doc.source_range(edit.start, edit.end), edit.description, edit.safe)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen = set()
    out = []
    for f in findings:
        key = (f.line, f.column, f.end_line, f.end_column, f.rule, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
