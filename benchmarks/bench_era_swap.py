"""Era swaps: a titled head of state or government in a real dated article replaced by a holder of the same
office from another era ("Prime Minister James Callaghan" in a 1987 article), and how often factlint says so.

Run: ``python benchmarks/bench_era_swap.py [corpus-dir] [--seed N] [-v]``.

For every mention "<title> <full name>" whose person the KB says held a single-holder head-of-state or
-government office on the article's date, and whose sentence presents it as current (present or future tense, or
a past verb dated to the days around publication: ``timeframe.present_cue``), the name is swapped, in memory, for
a KB holder of that office whose terms all lie at least four years from the date (seeded choice).  Historical
references ("President X vetoed the bill") are left out: a past holder's title there is correct news style and
the check is silent by design, so swapping in them would count the wrong thing.  Swaps the check leaves alone by
design count as not applicable: quotations, photo captions (dated when the photo was taken), historical frames
("President X's allies", "under President X") and hypotheses.  The swap is *detected* when
``people-role-at-date`` reports the swapped mention; quotations and places that had such a finding before are
left out, as in ``bench_recall.py`` (whose evaluation this reuses).  False findings on the clean copies are the
corpus run's business (``bench_precision.py``).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from datetime import date

from bench_recall import _Article, _corpus, evaluate
from factlint.config import Settings
from factlint.document import load_document, read_source
from factlint.engine.runner import rules_for
from factlint.kinds.analysis import Analysis

_HEAD_TITLES = {"president", "prime minister", "chancellor", "premier", "taoiseach", "state president"}
_YEARS_AWAY = 4


def _far(role, on: date) -> bool:
    lo = role.start.first if role.start else date.min
    hi = role.end.last if role.end else date.max
    return (lo - on).days > 365 * _YEARS_AWAY or (on - hi).days > 365 * _YEARS_AWAY


def swaps(doc, settings: Settings, rng: random.Random) -> list:
    """One swap per titled head-of-state or -government mention the KB confirms on the article's date."""
    from factlint.extractors.people import offices_for, person_mentions
    from factlint.kinds.people.common import judgeable
    from factlint.kinds.people.timeframe import historical_frame, hypothetical, present_cue

    if doc.pub_date is None:
        return []
    analysis = Analysis(doc, settings)
    pub, kb = analysis.pub_date, analysis.kb
    art = _Article(doc, analysis, rng)
    out = []
    for m in person_mentions(analysis.mentions):
        t = m.title
        if t is None or m.person is None or t.modifiers or t.changed or m.surname_only:
            continue
        offices = [o for o in offices_for(kb, t, m.person) if o.single_holder and set(o.titles) & _HEAD_TITLES]
        held = [r for r in m.person.roles if r.office in {o.id for o in offices} and r.status_on(pub) is True]
        if not held or present_cue(doc, m) is None:
            continue
        office = held[0].office
        pool = sorted({p.id for p in kb.people.values() if p.id != m.person.id
                       and any(r.office == office for r in p.roles)
                       and all(_far(r, pub) for r in p.roles if r.office == office)})
        if not pool:
            continue
        other = kb.people[rng.choice(pool)]
        na = ("in a direct quotation" if doc.in_quote(m.start) else
              "in a photo caption" if not judgeable(m, doc) else
              "a historical frame (possessive, era, relation)" if historical_frame(doc, m) else
              "a hypothesis" if hypothetical(doc, m) else None)
        inj = art.edit("era-swap", ("people-role-at-date",), m.name_start, m.name_end, other.name,
                       region=(m.start, m.start + len(doc.text[m.start:m.name_start]) + len(other.name)), na=na)
        if inj is not None:
            out.append(inj)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every missed swap")
    args = ap.parse_args(argv)
    corpus = _corpus(args.corpus)
    if corpus is None or not corpus.is_dir():
        print("no corpus: nothing to measure")
        return 0
    settings = Settings()
    rules = rules_for(settings)
    counts: Counter = Counter()
    missed = []
    for path in sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md") and p.name != "README.md"):
        rel = str(path.relative_to(corpus))
        source = read_source(str(path))
        doc = load_document(rel, source)
        for o in evaluate(rel, source, swaps(doc, settings, random.Random(f"{args.seed}:{rel}")), settings, rules):
            counts[o.status] += 1
            if o.status == "missed":
                missed.append(o.injection.excerpt())
    judged = counts["detected"] + counts["missed"]
    rate = counts["detected"] / judged if judged else 0.0
    print(f"era swaps: {judged} judged, {counts['detected']} detected ({rate:.0%}), {counts['missed']} missed, "
          f"{counts['not-applicable']} not applicable, {counts['pre-existing']} pre-existing")
    if args.verbose:
        for line in missed:
            print("  missed:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
