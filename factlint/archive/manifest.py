"""Resuming a run: what an earlier output file says is done, for the same factlint, rules, KB and settings.

The output is its own manifest: each run starts with a ``run`` record carrying a stamp of everything that
decides the findings (factlint's version, the content of every rule and KB file, the settings that pick and
grade rules, ``--date``), and each ``file`` record carries its content hash.  A file is done when a record
under the current stamp has the same path and hash and no error; anything else is checked again, and a reader
takes the last record of each path.  A client killed mid-write leaves half a line, which is cut off.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from factlint import __version__
from factlint.archive.worker import Job
from factlint.support.resources import default_pack, shipped_kb_files


def _rule_files(pack: str) -> list[Path]:
    p = Path(pack)
    if p.is_dir():
        return sorted(f for f in p.rglob("*") if f.suffix in (".yaml", ".yml") and f.is_file())
    return [p] if p.is_file() else []


def _content_hash(files: list[Path | str]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(str(f).encode() + b"\0")
        try:
            h.update(Path(f).read_bytes())
        except OSError:
            h.update(b"<unreadable>")  # the run itself will report it; a later fix changes the stamp
        h.update(b"\0")
    return h.hexdigest()[:16]


def run_stamp(job: Job) -> dict:
    """The versions a run's findings depend on, as stored in its ``run`` record."""
    s = job.settings
    packs = [str(default_pack()), *s.packs, *job.packs]
    chosen = {"select": s.select, "ignore": s.ignore, "enable": s.enable, "severity": s.severity,
              "locale": s.locale, "date": job.pub_date.isoformat() if job.pub_date else None}
    return {
        "factlint": __version__,
        "rules": _content_hash([f for pack in packs for f in _rule_files(pack)]),
        "kb": _content_hash([*shipped_kb_files(), *s.kb_files]),
        "settings": hashlib.sha256(json.dumps(chosen, sort_keys=True).encode()).hexdigest()[:16],
    }


def read_done(output: str, stamp: dict) -> tuple[dict[str, str], int]:
    """Path to content hash of every file done under ``stamp``, and the length of the file's whole lines."""
    done: dict[str, str] = {}
    if not os.path.exists(output):
        return done, 0
    current = False
    whole = 0
    with open(output, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break  # the half line of an interrupted write
            whole += len(line)
            try:
                record = json.loads(line)
            except ValueError:
                continue
            kind = record.get("type")
            if kind == "run":
                current = {k: record.get(k) for k in stamp} == stamp
            elif kind == "file" and current:
                if record.get("sha256") and not record.get("errors"):
                    done[record["path"]] = record["sha256"]
                else:
                    done.pop(record.get("path"), None)
    return done, whole
