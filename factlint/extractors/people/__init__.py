"""Find the people an article names, the titles it gives them, and the renamed entities it mentions.

Reporters attach a title to a name in a handful of forms, and this module reads exactly those:

* before the name: "President Volodymyr Zelenskyy", "Ukrainian President …", "Ukraine's defence minister,
  Rustem Umerov,", "former prime minister …", "then-President …", "President-elect …";
* in apposition after it: "Rustem Umerov, the Secretary of Ukraine's National Security and Defense Council",
  "…, a former defence minister", "…, who served as defence minister", "…, who heads the council".

Title forms come from the KB's offices plus a short generic list (so in-article consistency works for people
the KB does not know).  Everything a check needs to stay silent when unsure is recorded: the modifiers
(former, then, ex-, late, -elect, acting, interim, outgoing, incoming), past-tense lead-ins, whether the title
names a jurisdiction the KB knows, one it does not ("Russian President …", "President of the European
Commission" — then no KB office is assumed), or none.  Later surname-only references ("Umerov said") are bound
to the full name introduced earlier.

Only a few regex scans run over the whole text (titles, KB names, introduced surnames, entity names); all
other work happens in small windows around their matches, which keeps the extractor far above 1 MB/s.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Iterator

from factlint.extractors.people.entities import find_entities
from factlint.extractors.people.model import EntityMention, PersonMention, Title
from factlint.extractors.people.offices import offices_for, shared_title
from factlint.extractors.people.patterns import (
    CAPITALISED_RUN,
    FUNCTION_WORDS,
    HEADS,
    HEADS_CUE,
    MODIFIERS,
    TOKEN,
    Compiled,
    compile_kb,
    norm,
    title_matches,
)
from factlint.extractors.people.titles import join_tail, make_mention, resolve_name, split_name, titled
from factlint.kb.model import KB, Person, name_key, surname
from factlint.support import regexcache

if TYPE_CHECKING:
    from factlint.document.model import Document

__all__ = ["EntityMention", "PersonMention", "Title", "entity_mentions", "find_mentions", "offices_for",
           "person_mentions", "shared_title"]


def find_mentions(doc: "Document", kb: KB) -> list[PersonMention | EntityMention]:
    """Every person mention (titled or not, surname references bound) and entity-name mention, in text order."""
    c = compile_kb(kb)
    text = doc.text
    people = _people(text, kb, c)
    entities = find_entities(text, c)
    return sorted([*people, *entities], key=lambda m: m.start)


def person_mentions(mentions: list) -> list[PersonMention]:
    """The people among ``analysis.mentions`` (which also holds entity names)."""
    return [m for m in mentions if isinstance(m, PersonMention)]


def entity_mentions(mentions: list) -> list[EntityMention]:
    """The entity names among ``analysis.mentions``."""
    return [m for m in mentions if isinstance(m, EntityMention)]


def _kb_names(text: str, runs: list, c: Compiled, kb: KB) -> Iterator[tuple[int, int, Person]]:
    """Full names (and aliases) of KB people in ``text``: the longest known name inside each capitalised run.

    Only word sequences that start with a KB name's first word and are no longer than its longest name are
    looked up: most capitalised runs are places and organisations, and looking up every sub-sequence of each
    cost more than the rest of the extractor.
    """
    heads = c.name_heads
    for run in runs:
        written = run.group()
        if " " not in written and "\u00a0" not in written:
            continue  # one word: never a full name
        if heads.isdisjoint(name_key(written).split(" ")[:-1]):
            continue  # no word but the last starts a KB name (a run's words are name_key's, case-folded)
        toks = [(t.start() + run.start(), t.end() + run.start()) for t in TOKEN.finditer(run.group())]
        i = 0
        while i < len(toks) - 1:
            if name_key(text[toks[i][0]:toks[i][1]]) in c.name_heads:
                for j in range(min(len(toks), i + c.name_words), i + 1, -1):
                    found = kb.find_person(text[toks[i][0]:toks[j - 1][1]])
                    if found:
                        if len(found) == 1:  # two people sharing a name: only a title could tell them apart
                            yield toks[i][0], toks[j - 1][1], found[0]
                        i = j - 1
                        break
            i += 1


def _people(text: str, kb: KB, c: Compiled) -> list[PersonMention]:
    mentions = _Spans()
    runs = list(CAPITALISED_RUN.finditer(text))
    # 1. Full names the KB knows.
    for start, end, person in _kb_names(text, runs, c, kb):
        mentions[(start, end)] = PersonMention(start, end, start, end, text[start:end], person.id, person.name,
                                               person)
    # 2. Titles, and the name each is attached to.
    for tm in title_matches(text, c):
        found = titled(text, tm, kb, c)
        if found is None:
            continue
        span, mention = found
        old = mentions.overlapping(span)
        if old is not None and old.title is None:
            del mentions[(old.name_start, old.name_end)]
            if old.person is not None and mention.person is None:
                mention.person, mention.key, mention.full_name = old.person, old.key, old.full_name
        elif old is not None:
            continue
        mentions[span] = mention
    # 2b. "Name, who heads the defence ministry": the office whose title is "head of the defence ministry".
    for hm in HEADS.finditer(text) if HEADS_CUE.search(text) else ():
        form = norm("head of the " + hm.group("org"))
        if not kb.offices_for_title(form):
            continue
        tokens = split_name(hm.group("name"))
        while len(tokens) > 1 and tokens[0].lower() in FUNCTION_WORDS:
            tokens = tokens[1:]
        n, person = resolve_name(tokens, kb, from_left=False)
        written = join_tail(hm.group("name"), tokens[-n:])
        name_end = hm.end("name")
        span = (name_end - len(written), name_end)
        past = hm.group("verb").lower() in ("headed", "led", "chaired", "ran")
        title = Title(hm.start("verb"), hm.end("org"), text[hm.start("verb"):hm.end("org")], form, None, False,
                      False, frozenset({"past"} if past else ()), "after")
        old = mentions.overlapping(span)
        if old is not None and old.title is not None:
            continue
        if old is not None:
            del mentions[(old.name_start, old.name_end)]
        if person is not None or len(tokens[-n:]) >= 2:
            mentions[span] = make_mention(span[0], hm.end("org"), span[0], written, person, title, kb)
    # 3. Bind surname-only mentions to the full names introduced before them.
    ordered = sorted(mentions.values(), key=lambda m: m.name_start)
    introduced: dict[str, list[PersonMention]] = {}
    for m in ordered:
        if not m.surname_only:
            for form in _surname_forms(m):
                same = introduced.setdefault(form, [])
                if all(o.key != m.key for o in same):
                    same.append(m)  # the first full name of each person with this surname
    _add_namesakes(text, introduced, c)
    _bind_surnames(ordered, introduced, kb)
    # 4. Untitled surname references ("Umerov said") of people introduced by full name.
    # Only the surnames the text contains at all are looked for run by run ("’" -> "'" keeps every offset).
    plain = text.replace("’", "'") if introduced else ""
    present = [form for form in introduced if form in plain]
    if present:
        taken = {m.name_start for m in ordered}
        covered = _Coverage(ordered)
        for run in runs:
            written = plain[run.start():run.end()]
            if not any(form in written for form in present):
                continue  # most runs hold none of the few introduced surnames: not worth tokenising
            for tok in TOKEN.finditer(run.group()):
                start = run.start() + tok.start()
                word = tok.group().replace("’", "'")
                first, ambiguous = _introduced_before(introduced, word, start)
                if first is None or start in taken or covered.covers(start):
                    continue
                end = start + len(word)
                ordered.append(PersonMention(start, end, start, end, text[start:end], first.key, first.full_name,
                                             first.person, surname_only=True, bound=not ambiguous))
    return sorted(ordered, key=lambda m: m.name_start)


class _Coverage:
    """Whether an offset lies inside one of the mentions found so far, by bisection over their starts.

    Surname references found by the run loop are left out: each ends before the next token it looks at.
    """

    def __init__(self, mentions: list[PersonMention]):
        spans = sorted((m.name_start, m.name_end) for m in mentions)
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []  # the furthest end among the first i+1 spans
        for _, end in spans:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def covers(self, at: int) -> bool:
        i = bisect.bisect_right(self.starts, at)
        return i > 0 and self.reach[i - 1] > at


def _surname_forms(m: PersonMention) -> list[str]:
    names = list(m.person.names) if m.person is not None else [m.full_name]
    return [surname(n).replace("’", "'") for n in names if len(n.split()) > 1]


def _add_namesakes(text: str, introduced: dict[str, list[PersonMention]], c: Compiled) -> None:
    """Add to ``introduced`` the first "Given Surname" of someone else with an introduced surname, when the KB
    does not know that person ("Hillary Clinton" beside Bill): a bare "Clinton" after it is ambiguous."""
    for form, people in introduced.items():
        if len(people) > 1 or people[0].person is None:
            continue
        given = {n.split()[0].replace("’", "'") for n in people[0].person.names if len(n.split()) > 1}
        for start, end, word in _namesakes(text, form):
            low = word.lower()
            if word in given or low in FUNCTION_WORDS or low in c.first_words or low in MODIFIERS:
                continue
            people.append(PersonMention(start, end, start, end, text[start:end], norm(text[start:end]),
                                        text[start:end]))
            break


# A capitalised word and the spaces between it and a surname, read backwards from the surname: one pattern for
# every surname, where a "Given Surname" pattern per surname cost a compilation and a regex pass over the text.
_GIVEN_BEFORE = regexcache.compile(r"(?r)(?<![\p{L}.])(\p{Lu}[\p{Ll}]+)[^\S\n]+")
_WORD_GOES_ON = regexcache.compile(r"[\p{L}\-]")


def _namesakes(text: str, form: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, given)`` of each "Given Surname" with the surname ``form``, in text order and without
    overlaps, as a left-to-right scan finds them; the surname is found by ``str.find``, the given name before it
    by one backward match (the spaces and the word before a surname admit one reading only)."""
    read_to = 0
    i = text.find(form)
    while i != -1:
        end = i + len(form)
        if not _WORD_GOES_ON.match(text, end):
            m = _GIVEN_BEFORE.match(text, 0, i)
            if m is not None and m.start() >= read_to:
                yield m.start(), end, m.group(1)
                read_to = end
        i = text.find(form, i + 1)


def _introduced_before(introduced: dict[str, list[PersonMention]], form: str,
                       at: int) -> tuple[PersonMention | None, bool]:
    """The person a surname at ``at`` refers to (the first introduced before it), and whether it is ambiguous:
    two people with that surname were introduced before it ("Bill Clinton … Hillary Clinton … Clinton, 68")."""
    before = [m for m in introduced.get(form, ()) if m.name_start < at]
    return (before[0] if before else None), len(before) > 1


def _bind_surnames(ordered: list[PersonMention], introduced: dict[str, list[PersonMention]], kb: KB) -> None:
    for m in ordered:
        if not m.surname_only:
            continue
        first, ambiguous = _introduced_before(introduced, m.written.replace("’", "'"), m.name_start)
        if ambiguous and m.title is not None and first.person is not None and offices_for(kb, m.title, first.person):
            ambiguous = False  # "President Clinton" beside Hillary Clinton: the title tells who is meant
        if first is not None and not ambiguous:
            m.key, m.full_name, m.person, m.bound = first.key, first.full_name, first.person, True
        else:
            m.bound = False


class _Spans(dict):
    """The mentions found so far by name span, with the spans also kept sorted, so that the one overlapping a
    new span is found by bisection rather than by reading every mention (quadratic on a long text).

    ``overlapping`` answers as a scan of the dict would: the first overlapping span in insertion order.
    """

    def __init__(self) -> None:
        super().__init__()
        self.order: dict[tuple[int, int], int] = {}  # insertion number of each present key, as dict order
        self.inserted = 0
        self.keys_sorted: list[tuple[int, int]] = []
        self.longest = 0

    def __setitem__(self, key: tuple[int, int], value: PersonMention) -> None:
        if key not in self:
            self.order[key] = self.inserted
            self.inserted += 1
            bisect.insort(self.keys_sorted, key)
            self.longest = max(self.longest, key[1] - key[0])
        super().__setitem__(key, value)

    def __delitem__(self, key: tuple[int, int]) -> None:
        super().__delitem__(key)
        del self.order[key]
        self.keys_sorted.pop(bisect.bisect_left(self.keys_sorted, key))

    def overlapping(self, span: tuple[int, int]) -> PersonMention | None:
        lo = bisect.bisect_left(self.keys_sorted, (span[0] - self.longest,))
        hi = bisect.bisect_left(self.keys_sorted, (span[1],))
        hits = [key for key in self.keys_sorted[lo:hi] if span[0] < key[1]]
        return self[min(hits, key=self.order.__getitem__)] if hits else None
