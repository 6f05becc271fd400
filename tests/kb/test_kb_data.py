"""Consistency checks for the shipped knowledge-base data written by hand (rules/kb/).

Every wrong date in the KB becomes a false accusation against a real article, so the data files are checked
like code: they must load with ``yaml.safe_load``, carry quoted ISO dates at a stated precision, cite a source
for every role and birth date, reference only offices and jurisdictions that exist, and never give one
single-holder office to two people at once.  The checks use only PyYAML so they run before (and independently
of) the KB loader.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

KB_DIR = Path(__file__).resolve().parents[2] / "rules" / "kb"

# The files this suite owns; other helpers' KB files are validated by their own tests and by `factlint kb lint`.
FILES = [
    "jurisdictions.yaml",
    "entities.yaml",
    "international.yaml",
    "united-states.yaml",
    "united-kingdom.yaml",
    "us-cabinet.yaml",
    "uk-cabinet.yaml",
    "us-departments.yaml",
    "g7-ministers.yaml",
    "france.yaml",
    "germany.yaml",
    "italy.yaml",
    "japan.yaml",
    "canada.yaml",
    "russia.yaml",
    "ukraine.yaml",
    "central-banks.yaml",
]

TOP_KEYS = {"jurisdictions", "offices", "people", "entities"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEBAB_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
OFFICE_ID_RE = re.compile(r"^[a-z]{2,4}-[a-z0-9]+(-[a-z0-9]+)*$")

# Jurisdiction ids other helpers rely on (heads of state of the other G20 members use them).
REQUIRED_JURISDICTIONS = {
    "argentina", "australia", "brazil", "canada", "china", "france", "germany", "india", "indonesia", "italy",
    "japan", "mexico", "russia", "saudi-arabia", "south-africa", "south-korea", "turkey", "united-kingdom",
    "united-states", "european-union", "ukraine", "united-nations", "nato",
}
REQUIRED_OFFICES = {"ua-president", "ua-minister-of-defence", "ua-nsdc-secretary"}

# Gaps between consecutive terms of a single-holder office that the sources really show (vacancies, or an
# acting holder the KB leaves out).  Any other gap is a data error: a holder missing, or an end or a start
# off by a few days — and a gap makes the linter accuse a correct article dated inside it.
KNOWN_GAPS = {
    # Lamberto Dini (1995-01-17 – 1996-05-18) is in the generated rules/kb/leaders.yaml, which this suite does
    # not own; the gap exists only in the hand-written files.
    ("it-prime-minister", "1995-01-17", "1996-05-18"),
    # Parubiy resigned 2014-08-07; Turchynov was appointed 2014-12-16; no acting secretary is recorded here.
    ("ua-nsdc-secretary", "2014-08-07", "2014-12-16"),
    # Esper had to step down as acting secretary while his nomination was before the Senate (Richard
    # Spencer was acting secretary for those eight days).
    ("us-secretary-of-defense", "2019-07-15", "2019-07-23"),
    # Acting secretaries for a few days at each change of administration are not recorded.
    ("us-secretary-of-defense", "2021-01-20", "2021-01-22"),
    ("us-secretary-of-defense", "2025-01-20", "2025-01-25"),
    ("us-secretary-of-state", "2017-01-20", "2017-02-01"),
    ("us-secretary-of-state", "2018-03-31", "2018-04-26"),
    ("us-secretary-of-state", "2021-01-20", "2021-01-26"),
    ("us-secretary-of-state", "2025-01-20", "2025-01-21"),
    # us-cabinet.yaml: the acting officials who served between two holders are not recorded (only those the
    # lists name and news called by the title are), and Joe Lockhart's successor is stored from 2000.
    ("us-secretary-of-defense", "1989-01-20", "1989-03-21"),
    ("us-secretary-of-state", "1982-07-05", "1982-07-16"),
    ("us-secretary-of-state", "1989-01-20", "1989-01-25"),
    ("us-secretary-of-state", "1997-01-17", "1997-01-23"),
    ("us-national-security-advisor", "1986-11-25", "1986-12-02"),
    ("us-national-security-advisor", "2019-09-10", "2019-09-18"),
    ("us-secretary-of-the-treasury", "1985-02-01", "1985-02-04"),
    ("us-secretary-of-the-treasury", "1988-08-17", "1988-09-15"),
    ("us-secretary-of-the-treasury", "1993-01-17", "1993-01-20"),
    ("us-secretary-of-the-treasury", "1994-12-22", "1995-01-11"),
    ("us-secretary-of-the-treasury", "2002-12-31", "2003-02-03"),
    ("us-secretary-of-the-treasury", "2006-06-30", "2006-07-10"),
    ("us-secretary-of-the-treasury", "2009-01-20", "2009-01-26"),
    ("us-secretary-of-the-treasury", "2013-01-25", "2013-02-28"),
    ("us-secretary-of-the-treasury", "2017-01-20", "2017-02-13"),
    ("us-secretary-of-the-treasury", "2021-01-20", "2021-01-26"),
    ("us-secretary-of-the-treasury", "2025-01-20", "2025-01-28"),
    ("us-attorney-general", "1991-08-15", "1991-11-26"),
    ("us-attorney-general", "1993-01-20", "1993-03-12"),
    ("us-attorney-general", "2001-01-20", "2001-02-02"),
    ("us-attorney-general", "2007-09-17", "2007-11-09"),
    ("us-attorney-general", "2009-01-20", "2009-02-03"),
    ("us-attorney-general", "2017-01-30", "2017-02-09"),
    ("us-attorney-general", "2020-12-23", "2021-03-11"),
    ("us-attorney-general", "2025-01-20", "2025-02-05"),
    ("us-secretary-of-homeland-security", "2005-02-01", "2005-02-15"),
    ("us-secretary-of-homeland-security", "2021-01-11", "2021-02-02"),
    ("us-secretary-of-homeland-security", "2025-01-20", "2025-01-25"),
    ("us-white-house-press-secretary", "1994-12-22", "1995-01-01"),
    # Spicer resigned on 21 July 2017; the list starts Sanders's term on 26 July.
    ("us-white-house-press-secretary", "2017-07-21", "2017-07-26"),
    # g7-ministers.yaml: Lafontaine left in March 1999 (stored to the month); Eichel took office on 12 April.
    ("de-finance-minister", "1999-03-31", "1999-04-12"),
    # Shoigu was relieved on 12 May 2024; Belousov was appointed on 14 May.
    ("ru-defence-minister", "2024-05-12", "2024-05-14"),
    # Turchynov was dismissed on 19 May 2019 and Danylyuk appointed on 22 May; Danylyuk was dismissed on
    # 30 September 2019 and Danilov appointed on 3 October.
    ("ua-nsdc-secretary", "2019-05-19", "2019-05-22"),
    ("ua-nsdc-secretary", "2019-09-30", "2019-10-03"),
    # Kozhara was dismissed on 23 February 2014; Deshchytsia was appointed acting minister on 27 February.
    ("ua-foreign-minister", "2014-02-23", "2014-02-27"),
    # National premierships recorded only for people who later held an international post
    # (international.yaml): the other holders are not in the KB.
    ("no-prime-minister", "2001-10-19", "2005-10-17"),
    ("pl-prime-minister", "2014-09-22", "2023-12-13"),
    ("pt-prime-minister", "2004-07-17", "2015-11-26"),
    ("be-prime-minister", "2009-11-25", "2014-10-11"),
}

# us-departments.yaml: acting secretaries (and the acting UN ambassadors) between two holders are not recorded.
DEPARTMENT_GAPS = {
    "us-secretary-of-veterans-affairs": [
        ("2014-05-30", "2014-07-30"), ("2017-01-20", "2017-02-14"), ("2018-03-28", "2018-07-30"),
        ("2021-01-20", "2021-02-09"),
    ],
    "us-ambassador-to-the-un": [
        ("2013-06-30", "2013-08-05"), ("2017-01-20", "2017-01-27"), ("2018-12-31", "2019-09-12"),
        ("2021-01-20", "2021-02-25"), ("2025-01-20", "2025-09-01"),
    ],
    "us-secretary-of-health-and-human-services": [
        ("2017-01-20", "2017-02-10"), ("2017-09-29", "2018-01-29"), ("2021-01-20", "2021-03-19"),
    ],
    "us-secretary-of-education": [("2017-01-20", "2017-02-07"), ("2021-01-08", "2021-03-02")],
    "us-secretary-of-energy": [
        ("2013-04-22", "2013-05-21"), ("2017-01-20", "2017-03-02"), ("2019-12-01", "2019-12-04"),
        ("2021-01-20", "2021-02-25"),
    ],
    "us-secretary-of-commerce": [
        ("2011-08-01", "2011-10-21"), ("2012-06-21", "2013-06-26"), ("2017-01-20", "2017-02-28"),
        ("2021-01-20", "2021-03-03"),
    ],
    "us-secretary-of-labor": [
        ("2013-01-22", "2013-07-23"), ("2017-01-20", "2017-04-28"), ("2019-07-19", "2019-09-30"),
        ("2021-01-20", "2021-03-23"),
    ],
    "us-secretary-of-the-interior": [("2017-01-20", "2017-03-01"), ("2021-01-20", "2021-03-16")],
    "us-secretary-of-transportation": [("2017-01-20", "2017-01-31"), ("2021-01-11", "2021-02-03")],
    "us-secretary-of-housing-and-urban-development": [
        ("2017-01-20", "2017-03-02"), ("2021-01-20", "2021-03-10"), ("2024-03-22", "2025-01-01"),
    ],
    "us-secretary-of-agriculture": [("2017-01-13", "2017-04-25"), ("2021-01-20", "2021-02-24")],
}
KNOWN_GAPS |= {(office, end, start) for office, gaps in DEPARTMENT_GAPS.items() for end, start in gaps}


# --- helpers -------------------------------------------------------------------------------------------------

def first_day(text: str) -> date:
    parts = [int(p) for p in text.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(text: str) -> date:
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)


def load(name: str) -> dict:
    with open(KB_DIR / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@pytest.fixture(scope="module")
def docs() -> dict[str, dict]:
    return {name: load(name) for name in FILES if (KB_DIR / name).exists()}


@pytest.fixture(scope="module")
def merged(docs: dict[str, dict]) -> dict[str, dict]:
    out: dict[str, dict] = {k: {} for k in TOP_KEYS}
    for doc in docs.values():
        for key in TOP_KEYS:
            for rec in doc.get(key) or []:
                out[key][rec["id"]] = rec
    return out


def check_date(value: object, where: str, problems: list[str]) -> None:
    if not isinstance(value, str):
        problems.append(f"{where}: date {value!r} is not a quoted string")
        return
    if not DATE_RE.match(value):
        problems.append(f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return
    try:
        first_day(value), last_day(value)
    except ValueError:
        problems.append(f"{where}: {value!r} is not a real date")


def is_source(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("https://", "http://", "Wikidata "))


# --- tests ---------------------------------------------------------------------------------------------------

def test_every_file_loads_and_uses_only_known_keys(docs: dict[str, dict]) -> None:
    assert set(docs) == set(FILES), f"missing files: {set(FILES) - set(docs)}"
    for name, doc in docs.items():
        assert isinstance(doc, dict), name
        assert set(doc) <= TOP_KEYS, f"{name}: unknown top-level keys {set(doc) - TOP_KEYS}"


def test_ids_are_unique_across_files(docs: dict[str, dict]) -> None:
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for name, doc in docs.items():
        for key in TOP_KEYS:
            for rec in doc.get(key) or []:
                k = (key, rec["id"])
                if k in seen:
                    problems.append(f"{key} id {rec['id']!r} in {name} and {seen[k]}")
                seen[k] = name
    assert not problems, "\n".join(problems)


def test_jurisdictions(merged: dict[str, dict]) -> None:
    problems = []
    for jid, j in merged["jurisdictions"].items():
        if not KEBAB_RE.match(jid):
            problems.append(f"jurisdiction id {jid!r} is not kebab-case")
        if not j.get("name") or not j.get("names") or "adjectives" not in j:
            problems.append(f"jurisdiction {jid!r} lacks name, names or adjectives")
    missing = REQUIRED_JURISDICTIONS - set(merged["jurisdictions"])
    assert not missing, f"required jurisdictions missing: {missing}"
    assert not problems, "\n".join(problems)


def test_offices(merged: dict[str, dict]) -> None:
    problems = []
    titles_by_jurisdiction: dict[str, dict[str, str]] = defaultdict(dict)
    for oid, o in merged["offices"].items():
        if not OFFICE_ID_RE.match(oid):
            problems.append(f"office id {oid!r} is not a country-prefixed kebab-case id")
        for key in ("name", "jurisdiction", "titles"):
            if not o.get(key):
                problems.append(f"office {oid!r} lacks {key}")
        if not isinstance(o.get("single_holder"), bool):
            problems.append(f"office {oid!r}: single_holder must be true or false")
        if o.get("jurisdiction") not in merged["jurisdictions"]:
            problems.append(f"office {oid!r}: unknown jurisdiction {o.get('jurisdiction')!r}")
        for t in o.get("titles") or []:
            if t != t.lower() or t != t.strip():
                problems.append(f"office {oid!r}: title {t!r} must be lower case without padding")
            other = titles_by_jurisdiction[o.get("jurisdiction")].get(t)
            if other and other != oid:
                problems.append(f"title {t!r} names both {other!r} and {oid!r} in {o.get('jurisdiction')}")
            titles_by_jurisdiction[o.get("jurisdiction")][t] = oid
    missing = REQUIRED_OFFICES - set(merged["offices"])
    assert not missing, f"required offices missing: {missing}"
    assert not problems, "\n".join(problems)


def test_people(merged: dict[str, dict]) -> None:
    problems = []
    for pid, p in merged["people"].items():
        if not (QID_RE.match(pid) or KEBAB_RE.match(pid)):
            problems.append(f"person id {pid!r} is neither a Q-id nor kebab-case")
        if not p.get("name"):
            problems.append(f"person {pid!r} has no name")
        if not isinstance(p.get("aliases", []), list):
            problems.append(f"{pid}: aliases must be a list")
        if "born" in p:
            check_date(p["born"], f"{pid} born", problems)
            if not is_source(p.get("born_source")):
                problems.append(f"{pid}: born without a born_source URL")
        if not p.get("roles"):
            problems.append(f"{pid}: no roles")
        for i, r in enumerate(p.get("roles") or []):
            where = f"{pid} role {i} ({r.get('office')})"
            if r.get("office") not in merged["offices"]:
                problems.append(f"{where}: unknown office")
            if not is_source(r.get("source")):
                problems.append(f"{where}: no source URL")
            if "start" not in r:
                problems.append(f"{where}: no start")
            for key in ("start", "end"):
                if key in r:
                    check_date(r[key], f"{where} {key}", problems)
            if "acting" in r and not isinstance(r["acting"], bool):
                problems.append(f"{where}: acting must be true or false")
            unknown = set(r) - {"office", "start", "end", "source", "acting"}
            if unknown:
                problems.append(f"{where}: unknown keys {unknown}")
            if isinstance(r.get("start"), str) and isinstance(r.get("end"), str) and DATE_RE.match(r["start"]) \
                    and DATE_RE.match(r["end"]) and last_day(r["end"]) < first_day(r["start"]):
                problems.append(f"{where}: ends {r['end']} before it starts {r['start']}")
            if isinstance(r.get("start"), str) and DATE_RE.match(r["start"]) and isinstance(p.get("born"), str) \
                    and first_day(r["start"]) < first_day(p["born"]) + timedelta(days=365 * 25):
                problems.append(f"{where}: starts before the holder was 25")
        unknown = set(p) - {"id", "name", "aliases", "born", "born_source", "roles"}
        if unknown:
            problems.append(f"{pid}: unknown keys {unknown}")
    assert not problems, "\n".join(problems)


def test_full_names_name_one_person(merged: dict[str, dict]) -> None:
    owner: dict[str, str] = {}
    problems = []
    for pid, p in merged["people"].items():
        for n in [p["name"], *p.get("aliases", [])]:
            key = n.casefold()
            if key in owner and owner[key] != pid:
                problems.append(f"name {n!r} belongs to {owner[key]!r} and {pid!r}")
            owner[key] = pid
    assert not problems, "\n".join(problems)


def _terms(merged: dict[str, dict]) -> dict[str, list[tuple[date, date, date, date, str, bool]]]:
    """Per single-holder office: (start first, start last, end first, end last, name, acting), by start."""
    far = date(9999, 12, 31)
    out: dict[str, list] = defaultdict(list)
    for p in merged["people"].values():
        for r in p["roles"]:
            o = merged["offices"].get(r["office"])
            if not o or not o.get("single_holder") or "start" not in r:
                continue
            end_first = first_day(r["end"]) if "end" in r else far
            end_last = last_day(r["end"]) if "end" in r else far
            out[r["office"]].append((first_day(r["start"]), last_day(r["start"]), end_first, end_last,
                                     p["name"], bool(r.get("acting"))))
    for terms in out.values():
        terms.sort()
    return out


def test_no_two_holders_of_a_single_holder_office_at_once(merged: dict[str, dict]) -> None:
    problems = []
    for office, terms in _terms(merged).items():
        for i, a in enumerate(terms):
            for b in terms[i + 1:]:
                lo = max(a[1], b[1])
                hi = min(a[2], b[2])
                if lo < hi:  # more than one shared (handover) day, certainly
                    problems.append(f"{office}: {a[4]} and {b[4]} both hold it from {lo} to {hi}")
    assert not problems, "\n".join(problems)


def test_no_unexplained_gaps_between_terms(merged: dict[str, dict]) -> None:
    """A gap makes a correct article dated inside it look wrong; every gap must be a real vacancy."""
    problems = []
    for office, terms in _terms(merged).items():
        latest_end_last = None
        latest_end_text = None
        for start_first, start_last, end_first, end_last, name, _ in terms:
            if latest_end_last is not None and start_first > latest_end_last + timedelta(days=1):
                gap = (office, latest_end_text, start_first.isoformat())
                if gap not in KNOWN_GAPS:
                    problems.append(f"{office}: nobody holds it between {latest_end_text} and {start_first} "
                                    f"(next: {name})")
            if latest_end_last is None or end_last > latest_end_last:
                latest_end_last = end_last
                latest_end_text = end_last.isoformat()
    assert not problems, "\n".join(problems)


def test_entities(merged: dict[str, dict]) -> None:
    problems = []
    for eid, e in merged["entities"].items():
        if not KEBAB_RE.match(eid) or not e.get("kind") or not e.get("names"):
            problems.append(f"entity {eid!r} lacks a kebab-case id, kind or names")
        for n in e.get("names") or []:
            where = f"entity {eid} name {n.get('name')!r}"
            if not is_source(n.get("source")):
                problems.append(f"{where}: no source")
            for key in ("from", "until"):
                if key in n:
                    check_date(n[key], f"{where} {key}", problems)
            unknown = set(n) - {"name", "from", "until", "source", "ambiguous"}
            if unknown:
                problems.append(f"{where}: unknown keys {unknown}")
    assert not problems, "\n".join(problems)


# --- facts an editor relies on (the reference article and the corpus period) ------------------------------

def holders_on(merged: dict[str, dict], office: str, on: date) -> list[str]:
    out = []
    for p in merged["people"].values():
        for r in p["roles"]:
            if r["office"] != office or "start" not in r:
                continue
            if last_day(r["start"]) <= on and ("end" not in r or first_day(r["end"]) >= on):
                out.append(p["name"])
    return out


@pytest.mark.parametrize(("office", "on", "expected"), [
    # The reference article (3 December 2023): Umerov was defence minister, Danilov had left the NSDC.
    ("ua-minister-of-defence", date(2023, 12, 3), ["Rustem Umerov"]),
    ("ua-nsdc-secretary", date(2023, 12, 3), ["Oleksiy Danilov"]),
    ("ua-nsdc-secretary", date(2025, 8, 1), ["Rustem Umerov"]),
    # The corpus period (autumn 2019).
    ("us-secretary-of-defense", date(2019, 11, 19), ["Mark Esper"]),
    ("us-secretary-of-state", date(2019, 11, 19), ["Mike Pompeo"]),
    ("uk-prime-minister", date(2019, 11, 19), ["Boris Johnson"]),
    ("eu-commission-president", date(2019, 11, 19), ["Jean-Claude Juncker"]),
    ("ua-president", date(2019, 11, 19), ["Volodymyr Zelenskyy"]),
])
def test_known_holders(merged: dict[str, dict], office: str, on: date, expected: list[str]) -> None:
    assert holders_on(merged, office, on) == expected
