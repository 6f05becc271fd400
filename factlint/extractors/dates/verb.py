"""A second opinion on a date's tense from the part-of-speech tagger, asked only before a finding is reported.

The marker heuristics of ``tense.py`` run on every date and are cheap but blind to syntax: "the hours worked by
2 million workers in 2017" (a participle after a noun), "is frequently linked to a run in 2016" (a present
passive), "has ruled out a run in 2020" (a present perfect whose date belongs to the noun phrase) and "You'll
recall he assured Congress in 2013" (a past under a future matrix) all read wrong there.  The tagger's governing
verb tells them apart, but costs milliseconds per sentence, so it is consulted only for the few dates a tense
check is about to report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factlint.document.model import Document

# Governing-verb labels that agree with each clause tense a check reports; any other label vetoes the finding.
_AGREES = {"past": frozenset({"past", "participle"}), "future": frozenset({"future", "infinitive"})}
# Tags of a word that makes the year before it attributive ("data on 2015 premiums").
_NOUNISH = frozenset({"NN", "NNS", "JJ"})


def confirms_tense(doc: "Document", start: int, end: int, tense: str) -> bool:
    """Whether the tagger's governing verb of the date at ``[start, end)`` has the clause tense ``tense``.

    A date followed by a noun modifies it ("2015 premiums") and has no tense of its own; a participle followed
    by "by" after a noun ("hours worked by") is a reduced relative clause, not the clause's verb.
    """
    from factlint.lang.tagger import governing_verb, tag_text

    sent = doc.sentence_at(start)
    lo, hi = (sent.start, sent.end) if sent is not None else (max(0, start - 300), min(len(doc.text), end + 300))
    toks = tag_text(doc.text, lo, hi)
    first = next((k for k, t in enumerate(toks) if t.end > start), None)
    if first is None:
        return False
    after = next((k for k, t in enumerate(toks) if t.start >= end), len(toks))
    if after < len(toks) and toks[after].tag in _NOUNISH and toks[after].text.islower():
        return False
    group = governing_verb([t.text for t in toks], [t.tag for t in toks], first)
    if group is None or group.label not in _AGREES[tense]:
        return False
    if group.label == "participle":
        nxt = toks[group.end].text.lower() if group.end < len(toks) else ""
        prev = toks[group.start - 1].tag if group.start > 0 else ""
        if tense == "future" or nxt == "by" or prev in ("NNS", "NNPS"):
            return False
    return True
