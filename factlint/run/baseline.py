"""Baselines: record today's findings once, then report only new ones (``check --baseline FILE``).

A newsroom adopting factlint has an archive full of old findings; a baseline lets it start strict on new
work without fixing the past first.  A finding is recognised by a fingerprint that does not mention line
numbers — rule, file, the flagged words and the sentence around them — so edits elsewhere in the article
(which shift lines) keep old findings quiet, while a finding that is fixed simply stops matching.  Identical
fingerprints are counted, so a second identical slip in the same sentence is still reported as new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import regex

from factlint.errors import BaselineError
from factlint.findings import FileResult, Finding

VERSION = 1
_SPACE = regex.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def baseline_path(path: str, baseline_file: str) -> str:
    """A file's path as the baseline records it: relative to the baseline's folder, with forward slashes."""
    if path.startswith("<"):  # "<stdin>" and friends are names, not files
        return path
    base = Path(os.path.abspath(baseline_file)).parent
    target = Path(os.path.abspath(path))
    try:
        return Path(os.path.relpath(target, base)).as_posix()
    except ValueError:  # another drive on Windows
        return target.as_posix()


def fingerprints(result: FileResult, baseline_file: str) -> list[tuple[Finding, str, str]]:
    """``(finding, fingerprint, flagged text)`` for each finding of a checked file, in report order."""
    import hashlib  # only runs that use a baseline pay for it

    doc = result.document
    locator = doc.locator if doc is not None else None
    where = baseline_path(result.path, baseline_file)
    out = []
    for f in result.findings:
        span, context = "", ""
        if locator is not None:
            start, end = locator.source_span(f)
            span = _norm(doc.source[start:end])
            sentence = locator.sentence_at_source(f.line, f.column)
            context = _norm(doc.text[sentence.start:sentence.end]) if sentence else _norm(doc.source_line(f.line))
        digest = hashlib.sha256("\x1f".join((f.rule, where, span, context)).encode("utf-8", "surrogateescape"))
        out.append((f, digest.hexdigest()[:20], span))
    return out


def create(results: list[FileResult], baseline_file: str) -> tuple[int, int]:
    """Write the baseline of ``results`` to ``baseline_file``; return (findings recorded, distinct entries)."""
    entries: dict[str, dict] = {}
    total = 0
    for result in results:
        where = baseline_path(result.path, baseline_file)
        for f, fp, span in fingerprints(result, baseline_file):
            total += 1
            entry = entries.setdefault(fp, {"path": where, "rule": f.rule, "text": span, "fingerprint": fp, "count": 0})
            entry["count"] += 1
    data = {
        "version": VERSION,
        "tool": "factlint",
        "findings": sorted(entries.values(), key=lambda e: (e["path"], e["rule"], e["text"], e["fingerprint"])),
    }
    from factlint.support.output import write_output

    inputs = [r.path for r in results]
    write_output(baseline_file, json.dumps(data, indent=2, ensure_ascii=False) + "\n", inputs)
    return total, len(entries)


def load(baseline_file: str) -> Counter[str]:
    """How many findings of each fingerprint the baseline accepts."""
    try:
        with open(baseline_file, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise BaselineError(f"{baseline_file}: baseline file not found (create it with 'factlint baseline create')") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{baseline_file}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{baseline_file}:{exc.lineno}: not a baseline file: {exc.msg}") from None
    if not isinstance(data, dict) or data.get("tool") != "factlint" or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{baseline_file}: not a factlint baseline file")
    if data.get("version") != VERSION:
        raise BaselineError(f"{baseline_file}: baseline version {data.get('version')!r} is not supported (expected {VERSION})")
    counts: Counter[str] = Counter()
    for entry in data["findings"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
            raise BaselineError(f"{baseline_file}: an entry has no fingerprint")
        count = entry.get("count", 1)
        counts[entry["fingerprint"]] += count if isinstance(count, int) and count > 0 else 1
    return counts


def filter_new(results: list[FileResult], baseline_file: str, accepted: Counter[str]) -> int:
    """Drop findings the baseline accepts from ``results`` (in place); return how many were dropped."""
    remaining = Counter(accepted)
    dropped = 0
    for result in results:
        keep = []
        for f, fp, _ in fingerprints(result, baseline_file):
            if remaining[fp] > 0:
                remaining[fp] -= 1
                dropped += 1
            else:
                keep.append(f)
        result.findings = keep
    return dropped
