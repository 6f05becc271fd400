"""Verb groups and the governing verb of a phrase, from Penn Treebank tags (heuristic, no parser).

A verb group is a run such as "said", "has said", "would cost", "might run", "is expected to be cut",
"was going to run", "conducted": auxiliaries, modals, adverbs inside the run ("would not also cost") and
catenative "to" + verb. Each is summarised as a ``label``:

    past / present        finite verb in that tense ("said" / "says", "has said" is present perfect)
    future                will/shall/'ll, "is going to"; "was going to" is future with tense past (future-in-past)
    conditional           would/'d ("would cost ... if implemented"; also future-in-past after "said")
    modal                 can, could, may, might, must, should, ought
    infinitive            a finite verb that governs "to" + verb ("is expected to be cut", "plans to run"),
                          or a bare "to run"
    participle            a past participle with no auxiliary ("reviews conducted by ...", reduced relative)
    gerund                an -ing form with no auxiliary ("running for office")

``irrealis`` is true for future, conditional, modal and infinitive: not a statement of a past or present fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

VERB = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
FUTURE = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL = frozenset({"would", "'d"})
BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"})
HAVE = frozenset({"have", "has", "had", "having", "'ve", "'d"})
DO = frozenset({"do", "does", "did"})
GET = frozenset({"get", "gets", "got", "gotten", "getting"})
# Adjectives that take "to" + verb after "be" and look ahead: "is likely to rise", "is set to be cut".
PROSPECT_ADJ = frozenset({"likely", "unlikely", "due", "set", "able", "unable", "about", "poised", "certain", "sure",
                          "slated", "scheduled", "expected", "ready"})
ADV_IN_GROUP = frozenset({"RB", "RBR", "RBS"})
HARD_BOUNDARY = frozenset({".", ";", ":", "!", "?", "--"})
SOFT_BOUNDARY = frozenset({",", "-LRB-", "-RRB-", "``", "''"})
SUBORDINATORS = frozenset({"if", "because", "although", "though", "while", "whereas", "unless", "whether",
                           "when", "once", "so"})
RELATIVE = frozenset({"WDT", "WP", "WP$", "WRB"})
NP_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "POS", "JJ", "JJS", "JJR", "CD", "HYPH", "FW"})
NP_LEFT_TAGS = NP_TAGS | {"DT", "PRP$", "PDT"}
IRREALIS = frozenset({"future", "conditional", "modal", "infinitive"})


class VerbGroup(NamedTuple):
    start: int                  # first token index
    end: int                    # one past the last token
    head: int                   # the last verb of the group (the lexical verb: "cut" in "is expected to be cut")
    finite: int | None          # the finite verb or modal, if any ("is"), else None
    label: str                  # past, present, future, conditional, modal, infinitive, participle, gerund
    tense: str | None           # past or present of the finite verb; None when there is none
    modal: str | None           # the modal word, lower case ("would"), if any
    aspect: str                 # simple, perfect, progressive, perfect progressive
    voice: str                  # active or passive
    words: tuple[str, ...]

    @property
    def irrealis(self) -> bool:
        return self.label in IRREALIS


def verb_groups(words: Sequence[str], tags: Sequence[str]) -> list[VerbGroup]:
    """The verb groups of a tagged sentence, left to right."""
    groups, i, n = [], 0, len(words)
    while i < n:
        start = i
        if tags[i] == "TO" and i + 1 < n and tags[i + 1] in VERB:
            i += 1
        if tags[i] not in VERB:
            i = start + 1
            continue
        verbs = [i]
        i += 1
        while i < n:
            j = i
            while j < n and (tags[j] in ADV_IN_GROUP or words[j].lower() in ("not", "n't")):
                j += 1
            if j >= n:
                break
            last = words[verbs[-1]].lower()
            aux = tags[verbs[-1]] == "MD" or last in BE | HAVE | DO | GET
            if tags[j] in VERB and tags[j] != "MD" and aux:
                verbs.append(j)
                i = j + 1
            elif words[j].lower() == "to" and j + 1 < n and tags[j + 1] == "VB":
                verbs.append(j + 1)
                i = j + 2
            elif (last in BE and words[j].lower() in PROSPECT_ADJ and j + 2 < n and words[j + 1].lower() == "to"
                  and tags[j + 2] == "VB"):
                verbs.append(j + 2)
                i = j + 3
            else:
                break
        groups.append(_describe(words, tags, start, i, verbs))
    return groups


def _describe(words, tags, start, end, verbs) -> VerbGroup:
    lw = [words[k].lower() for k in verbs]
    vt = [tags[k] for k in verbs]
    finite_pos = next((p for p, t in enumerate(vt) if t in ("MD", "VBD", "VBZ", "VBP")), None)
    if finite_pos is None and vt[0] == "VB" and not (verbs[0] > 0 and tags[verbs[0] - 1] == "TO"):
        finite_pos = 0  # a bare base form where a finite one was expected ("they say" mis-tagged VB)
    modal = lw[finite_pos] if finite_pos is not None and vt[finite_pos] == "MD" else None
    tense = None
    if finite_pos is not None and modal is None:
        tense = "past" if vt[finite_pos] == "VBD" else "present"
    # aspect and voice from the auxiliaries of the last verb chain (after any catenative "to")
    chain_start = max((p for p in range(1, len(verbs)) if tags[verbs[p] - 1] == "TO" or
                       words[verbs[p] - 1].lower() == "to"), default=0)
    chain = list(zip(lw[chain_start:], vt[chain_start:]))
    perfect = any(w in HAVE and t2 == "VBN" for (w, _), (_, t2) in zip(chain, chain[1:]))
    progressive = any(w in BE and t2 == "VBG" for (w, _), (_, t2) in zip(chain, chain[1:]))
    passive = any(w in BE | GET and t2 == "VBN" for (w, _), (_, t2) in zip(chain, chain[1:])) or (
        len(chain) == 1 and chain[0][1] == "VBN")
    aspect = ("perfect progressive" if perfect and progressive else "perfect" if perfect
              else "progressive" if progressive else "simple")
    going_to = any(lw[k] == "going" and vt[k] == "VBG" and words[verbs[k + 1] - 1].lower() == "to"
                   for k in range(len(lw) - 1))
    if modal in FUTURE:
        label = "future"
    elif modal in CONDITIONAL:
        label = "conditional"
    elif modal is not None:
        label = "modal"
    elif going_to:
        label = "future"
    elif chain_start or (vt[0] == "VB" and verbs[0] > 0 and tags[verbs[0] - 1] == "TO"):
        label = "infinitive"
    elif tense is not None:
        label = tense
    else:
        label = "participle" if vt[0] == "VBN" else "gerund" if vt[0] == "VBG" else "infinitive"
    return VerbGroup(start, end, verbs[-1], verbs[finite_pos] if finite_pos is not None else None, label, tense,
                     modal, aspect, "passive" if passive else "active", tuple(words[start:end]))


def governing_verb(words: Sequence[str], tags: Sequence[str], index: int,
                   groups: Sequence[VerbGroup] | None = None) -> VerbGroup | None:
    """The verb group that governs the phrase holding token ``index`` (e.g. the first word of a titled name).

    Heuristic, in this order: a verb group just before the phrase ("said President Obama", "would cost $60");
    for a phrase after a preposition, the nearest verb group before it in the same comma-delimited stretch
    ("reviews conducted by President Obama's deputies"); else the first verb group after the phrase, skipping
    relative clauses ("President Obama, who left office in 2017, said"); else the nearest group before it.
    Never crosses . ; : ! ? or --. None when the sentence has no verb group on the phrase's side.
    """
    if groups is None:
        groups = verb_groups(words, tags)
    n = len(words)
    lo = index
    while lo > 0 and tags[lo - 1] in NP_LEFT_TAGS:
        lo -= 1
    hi = index + 1
    while hi < n and tags[hi] in NP_TAGS:
        hi += 1
    left_hard = max((k for k in range(lo) if tags[k] in HARD_BOUNDARY or words[k] == "--"), default=-1)
    right_hard = next((k for k in range(hi, n) if tags[k] in HARD_BOUNDARY or words[k] == "--"), n)
    before = [g for g in groups if left_hard < g.start and g.end <= lo]
    # 1. a verb group right before the phrase (adverbs aside)
    k = lo
    while k > 0 and tags[k - 1] in ADV_IN_GROUP:
        k -= 1
    for g in before:
        if g.end == k:
            return g
    # 2. inside a prepositional phrase: the verb it attaches to, in the same comma-delimited stretch
    if lo > 0 and tags[lo - 1] in ("IN", "TO") and words[lo - 1].lower() not in SUBORDINATORS:
        stop = max((k for k in range(left_hard + 1, lo) if tags[k] in SOFT_BOUNDARY | RELATIVE
                    or words[k].lower() in SUBORDINATORS), default=left_hard)
        near = [g for g in before if g.start > stop]
        if near:
            return near[-1]
    # 3. the first verb group after the phrase, skipping relative clauses and parentheticals
    skip = False
    depth = 0
    k = hi
    while k < right_hard:
        t, w = tags[k], words[k].lower()
        if t == "-LRB-":
            depth += 1
        elif t == "-RRB-":
            depth = max(0, depth - 1)
        elif t in RELATIVE or (w == "that" and t == "WDT"):
            skip = True
        elif t == ",":
            # ", who ..., said": the comma closing the relative clause ends the skip
            skip = False if skip and k > hi else skip
        elif t in VERB or (t == "TO" and k + 1 < n and tags[k + 1] == "VB"):
            g = next((g for g in groups if g.start <= k < g.end), None)
            if g is not None:
                if not skip and depth == 0:
                    return g
                if skip and not any(tags[j] == "," for j in range(hi, k)):
                    skip = False  # a restrictive relative clause ("the man who came said"): its one verb group
                k = g.end
                continue
        k += 1
    # 4. the nearest verb group before the phrase
    return before[-1] if before else None
