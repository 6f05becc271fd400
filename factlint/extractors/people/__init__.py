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

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

import regex

from factlint.support import regexcache
from factlint.kb.model import KB, Entity, EntityName, Office, Person, name_key, surname
from factlint.lang.regextrie import finditer_at_words, trie_regex

if TYPE_CHECKING:
    from factlint.document.model import Document

# Generic title forms, so titled mentions of people the KB does not know are found too.
GENERIC_TITLES = (
    "president", "vice president", "prime minister", "deputy prime minister", "premier", "chancellor",
    "governor", "lieutenant governor", "senator", "mayor", "minister", "foreign minister", "finance minister",
    "defence minister", "defense minister", "interior minister", "justice minister", "health minister",
    "secretary of state", "king", "queen", "speaker", "representative", "congressman", "congresswoman",
    "chief executive", "chairman", "chairwoman", "attorney general", "ambassador",
)
# Words before a title that keep the office but say when it was held.
MODIFIERS = {
    "former": "former", "ex": "former", "erstwhile": "former", "one-time": "former", "onetime": "former",
    "then": "then", "late": "late", "acting": "acting", "interim": "interim", "caretaker": "interim",
    "outgoing": "outgoing", "incoming": "incoming", "designate": "incoming", "newly-appointed": "new",
    "new": "new", "current": "current", "sitting": "current",
}
# Words before a title that make it a different office ("deputy defence minister" is not the minister).
OFFICE_CHANGERS = {
    "deputy", "vice", "assistant", "shadow", "junior", "under", "associate", "honorary", "first", "second",
    "senior", "principal", "chief", "permanent", "parliamentary", "opposition", "presumptive", "would-be",
    "future", "retired", "candidate", "nominee", "aspiring", "self-proclaimed", "self-declared", "de", "facto",
}
# Capitalised words that may stand before a title without qualifying it ("When President X …").
_FUNCTION_WORDS = {
    "a", "an", "the", "and", "but", "or", "as", "when", "while", "after", "before", "since", "because", "if",
    "then", "with", "by", "for", "from", "to", "of", "in", "on", "at", "that", "this", "says", "said", "told",
    "under", "both", "also", "meanwhile", "earlier", "later", "now", "yesterday", "today", "last", "mr",
    "mrs", "ms", "dr", "his", "her", "their", "its", "our", "my", "your", "we", "i", "he", "she", "they",
    "it", "former", "ex", "late",
}
# Lower-case possessives that point at the jurisdiction already in play ("the country's president").
_IMPLICIT_JURISDICTION = {"country's", "nation's", "government's", "state's", "country’s", "nation’s",
                          "government’s", "state’s"}
_PAST_LEADS = ("who was", "who served as", "who had been", "who was then", "was then", "who became",
               "who once served as", "who previously served as", "once", "previously")
_CURRENT_LEADS = ("who is", "who serves as", "who has been", "who is now", "now")

_SEP = r"[^\S\n]+"
_NAME_TOKEN = r"(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}]+(?:['’\-]\p{L}[\p{L}\p{M}]+)*)"
_PARTICLE = r"(?:von|van|der|den|de|da|di|del|della|la|le|du|dos|das|bin|ibn|al|el|ter)"
_NAME = rf"{_NAME_TOKEN}(?:{_SEP}(?:{_PARTICLE}{_SEP})*{_NAME_TOKEN}){{0,3}}"
_NAME_AFTER = regexcache.compile(rf"(?P<comma>,)?{_SEP}(?P<name>{_NAME})")
_NAME_BEFORE = regexcache.compile(rf"(?P<name>{_NAME}),{_SEP}(?P<lead>(?:\p{{Ll}}+{_SEP}){{0,4}})\Z")
_WORD = regexcache.compile(r"(?:\p{Lu}\.){2,}|[\p{L}\p{M}'’\-]+|[^\s\p{L}\p{M}]")
_TRAILING_OK = regexcache.compile(r"[^\S\n]*(?:[,.;:)\]–—]|\Z|\n|[^\S\n]+(?:and|who|said|says|told|has|had|is|was|"
                             r"will|would|in|on|at|of|to|for|from|with|during|after|before|when|as)\b)")
_HEADS = regexcache.compile(rf"(?P<name>{_NAME}),{_SEP}who{_SEP}(?P<verb>heads|leads|chairs|runs|headed|led|chaired|ran)"
                       rf"{_SEP}the{_SEP}(?P<org>[\p{{L}}'’\-]+(?:{_SEP}[\p{{L}}'’\-]+){{0,6}}?)(?=[,.;:]|{_SEP}(?:and|since|until|from)\b)")
# What every ``_HEADS`` match contains: a cheap search for it spares the name-first scan on most articles.
_HEADS_CUE = regexcache.compile(rf",{_SEP}who{_SEP}(?:heads|leads|chairs|runs|headed|led|chaired|ran){_SEP}the{_SEP}")
_ELECT = regexcache.compile(r"-elect\b|[^\S\n]+designate\b", regex.IGNORECASE)
_OF_AFTER = regexcache.compile(rf"{_SEP}of{_SEP}(?:the{_SEP})?(?P<q>\p{{Lu}}[\p{{L}}\p{{M}}.'’]*(?:{_SEP}(?:and{_SEP}|of{_SEP})?"
                          rf"\p{{Lu}}[\p{{L}}\p{{M}}.'’]*)*)")


@dataclass(frozen=True)
class Title:
    """A title given to a person in the text, with what it says about time and place."""

    start: int
    end: int
    text: str                       # as written
    form: str                       # normalised title form ("defence minister")
    jurisdiction: str | None        # a KB jurisdiction id named by the title, if any
    qualified: bool                 # named a place or body the KB does not know ("Russian", "of the EU")
    changed: bool                   # preceded by a word that makes it another office ("deputy")
    modifiers: frozenset[str]       # former, then, late, acting, interim, outgoing, incoming, elect, past
    position: str                   # "before" the name or "after" it (apposition)

    @property
    def past(self) -> bool:
        """The title is given as held before the article's date (former, then-, ex-, late, past tense)."""
        return bool(self.modifiers & {"former", "then", "late", "past"})


@dataclass
class PersonMention:
    """One place a person is named: the name as written, who it resolves to, and the title given there."""

    start: int                      # whole mention, title included
    end: int
    name_start: int
    name_end: int
    written: str                    # the name as written
    key: str                        # the person this mention refers to: a KB id or a normalised full name
    full_name: str                  # the full name (surname-only references bound to it)
    person: Person | None = None
    title: Title | None = None
    surname_only: bool = False      # written as a bare surname
    bound: bool = True              # a surname-only mention bound to a full name written earlier


@dataclass
class EntityMention:
    """A name of a KB entity ("Twitter", "X") as used in the text."""

    start: int
    end: int
    entity: Entity
    name: EntityName


@dataclass
class _Compiled:
    titles: "regex.Pattern[str]"
    first_words: tuple[str, ...]    # lower-case words a title can start with, to find candidates by str.find
    entity_plain: "regex.Pattern[str] | None"
    entity_names: dict[str, list[tuple[Entity, EntityName]]] = field(default_factory=dict)
    name_heads: frozenset[str] = frozenset()  # first words of KB names (``name_key`` form)
    name_words: int = 0                       # the most words a KB name has


_compiled: dict[int, _Compiled] = {}
# Any possessive standing for "the" inside a title ("secretary of Ukraine's … council"); resolved afterwards.
_POSSESSIVE_IN_TITLE = r"(?:the|[^\W\d_][\w.\-]*(?:[^\S\n]+[^\W\d_][\w.\-]*){0,3}['’]s)"
_POSSESSIVE = regexcache.compile(r"['’]s\b")
_DETERMINER_END = regexcache.compile(r"(?:\bthe|['’]s)[^\S\n]*\Z", regex.IGNORECASE)
_PUNCT_NEXT = regexcache.compile(r"[^\S\n]*[,.;:)]")
# A run of capitalised words (names, with particles), looked up in the KB's name index piece by piece.
_CAPITALISED_RUN = regexcache.compile(rf"(?<![\p{{L}}\p{{M}}\-'’]){_NAME_TOKEN}(?:{_SEP}(?:{_PARTICLE}{_SEP})*{_NAME_TOKEN}){{0,5}}")
_TOKEN = regexcache.compile(r"\S+")


def find_mentions(doc: "Document", kb: KB) -> list[PersonMention | EntityMention]:
    """Every person mention (titled or not, surname references bound) and entity-name mention, in text order."""
    c = _compile(kb)
    text = doc.text
    people = _people(text, kb, c)
    entities = _entities(text, c)
    return sorted([*people, *entities], key=lambda m: m.start)


def person_mentions(mentions: list) -> list[PersonMention]:
    """The people among ``analysis.mentions`` (which also holds entity names)."""
    return [m for m in mentions if isinstance(m, PersonMention)]


def entity_mentions(mentions: list) -> list[EntityMention]:
    """The entity names among ``analysis.mentions``."""
    return [m for m in mentions if isinstance(m, EntityMention)]


# -- compiling the KB into patterns ---------------------------------------------------------------------------


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("-", " ").split()).casefold()


def _compile(kb: KB) -> _Compiled:
    """The KB-dependent patterns, built once per KB and process.

    The title alternation is a word trie, compiled through ``regexcache`` so that a run after the first reuses
    the compiled program.  KB names need no pattern at all (capitalised runs are looked up in the name index).
    """
    cached = _compiled.get(id(kb))
    if cached is not None:
        return cached
    forms = sorted(set(kb.title_forms()) | set(GENERIC_TITLES))
    phrases = []
    for f in forms:
        words = f.replace("-", " ").split()
        # "secretary of the … council" is also written "secretary of Ukraine's … council".
        phrases.append(["\0the" if w == "the" and i and words[i - 1] == "of" else w for i, w in enumerate(words)])

    def title_token(w: str) -> str:
        if w == "\0the":
            return _POSSESSIVE_IN_TITLE
        return regex.escape(w).replace("'", "['’]")

    titles = regexcache.compile(rf"(?<![^\W\d_])(?:{trie_regex(phrases, title_token, _SEP)})(?![^\W\d_])", regex.IGNORECASE)
    ent_names: dict[str, list[tuple[Entity, EntityName]]] = {}
    for e in kb.entities.values():
        for n in e.names:
            ent_names.setdefault(n.name, []).append((e, n))
    entity_plain = None
    if ent_names:
        alts = "|".join(regex.escape(n) for n in sorted(ent_names, key=len, reverse=True))
        entity_plain = regexcache.compile(rf"(?<![\p{{L}}\p{{N}}\-@#./])(?:{alts})(?![\p{{L}}\p{{N}}\-])")
    first_words = tuple(sorted({p[0] for p in phrases}))
    c = _Compiled(titles, first_words, entity_plain, ent_names, *kb.name_heads())
    _compiled.clear()
    _compiled[id(kb)] = c
    return c


def _title_matches(text: str, c: _Compiled) -> Iterator["regex.Match[str]"]:
    """The title matches in ``text``, as ``finditer`` would give them, found from a title's first word."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: offsets would shift
        return c.titles.finditer(text)
    return finditer_at_words(c.titles, text, low, c.first_words)


def _kb_names(text: str, runs: list, c: _Compiled, kb: KB) -> Iterator[tuple[int, int, Person]]:
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
        toks = [(t.start() + run.start(), t.end() + run.start()) for t in _TOKEN.finditer(run.group())]
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


# -- people ---------------------------------------------------------------------------------------------------


def _people(text: str, kb: KB, c: _Compiled) -> list[PersonMention]:
    mentions: dict[tuple[int, int], PersonMention] = {}
    runs = list(_CAPITALISED_RUN.finditer(text))
    # 1. Full names the KB knows.
    for start, end, person in _kb_names(text, runs, c, kb):
        mentions[(start, end)] = PersonMention(start, end, start, end, text[start:end], person.id, person.name,
                                               person)
    # 2. Titles, and the name each is attached to.
    for tm in _title_matches(text, c):
        found = _titled(text, tm, kb, c)
        if found is None:
            continue
        span, mention = found
        old = _overlapping(mentions, span)
        if old is not None and old.title is None:
            del mentions[(old.name_start, old.name_end)]
            if old.person is not None and mention.person is None:
                mention.person, mention.key, mention.full_name = old.person, old.key, old.full_name
        elif old is not None:
            continue
        mentions[span] = mention
    # 2b. "Name, who heads the defence ministry": the office whose title is "head of the defence ministry".
    for hm in _HEADS.finditer(text) if _HEADS_CUE.search(text) else ():
        form = _norm("head of the " + hm.group("org"))
        if not kb.offices_for_title(form):
            continue
        tokens = _split_name(hm.group("name"))
        while len(tokens) > 1 and tokens[0].lower() in _FUNCTION_WORDS:
            tokens = tokens[1:]
        n, person = _resolve_name(tokens, kb, from_left=False)
        written = _join_tail(hm.group("name"), tokens[-n:])
        name_end = hm.end("name")
        span = (name_end - len(written), name_end)
        past = hm.group("verb").lower() in ("headed", "led", "chaired", "ran")
        title = Title(hm.start("verb"), hm.end("org"), text[hm.start("verb"):hm.end("org")], form, None, False,
                      False, frozenset({"past"} if past else ()), "after")
        old = _overlapping(mentions, span)
        if old is not None and old.title is not None:
            continue
        if old is not None:
            del mentions[(old.name_start, old.name_end)]
        if person is not None or len(tokens[-n:]) >= 2:
            mentions[span] = _mention(span[0], hm.end("org"), span[0], written, person, title, kb)
    # 3. Bind surname-only mentions to the full names introduced before them.
    ordered = sorted(mentions.values(), key=lambda m: m.name_start)
    introduced: dict[str, PersonMention] = {}
    for m in ordered:
        if not m.surname_only:
            for form in _surname_forms(m):
                introduced.setdefault(form, m)
    _bind_surnames(ordered, introduced, kb)
    # 4. Untitled surname references ("Umerov said") of people introduced by full name.
    # Only the surnames the text contains at all are looked for run by run ("’" -> "'" keeps every offset).
    plain = text.replace("’", "'") if introduced else ""
    present = [form for form in introduced if form in plain]
    if present:
        taken = {m.name_start for m in ordered}
        for run in runs:
            written = plain[run.start():run.end()]
            if not any(form in written for form in present):
                continue  # most runs hold none of the few introduced surnames: not worth tokenising
            for tok in _TOKEN.finditer(run.group()):
                start = run.start() + tok.start()
                word = tok.group().replace("’", "'")
                first = introduced.get(word)
                if first is None or start in taken or first.name_start > start or any(
                        m.name_start <= start < m.name_end for m in ordered if m.name_start <= start):
                    continue
                end = start + len(word)
                ordered.append(PersonMention(start, end, start, end, text[start:end], first.key, first.full_name,
                                             first.person, surname_only=True))
    return sorted(ordered, key=lambda m: m.name_start)


def _surname_forms(m: PersonMention) -> list[str]:
    names = list(m.person.names) if m.person is not None else [m.full_name]
    return [surname(n).replace("’", "'") for n in names if len(n.split()) > 1]


def _bind_surnames(ordered: list[PersonMention], introduced: dict[str, PersonMention], kb: KB) -> None:
    for m in ordered:
        if not m.surname_only:
            continue
        first = introduced.get(m.written.replace("’", "'"))
        if first is not None and first.name_start < m.name_start:
            m.key, m.full_name, m.person, m.bound = first.key, first.full_name, first.person, True
        else:
            m.bound = False


def _overlapping(mentions: dict[tuple[int, int], PersonMention], span: tuple[int, int]) -> PersonMention | None:
    for (s, e), m in mentions.items():
        if s < span[1] and span[0] < e:
            return m
    return None


def _resolve_name(tokens: list[str], kb: KB, from_left: bool) -> tuple[int, Person | None]:
    """How many tokens form the name, and the KB person if some prefix (suffix) of them is a known name."""
    for n in range(len(tokens), 0, -1):
        part = tokens[:n] if from_left else tokens[-n:]
        found = kb.find_person(" ".join(part))
        if len(found) == 1:
            return n, found[0]
    return len(tokens), None


def _titled(text: str, tm, kb: KB, c: _Compiled) -> tuple[tuple[int, int], PersonMention] | None:
    t_start, t_end = tm.span()
    form_hint = tm.group().lower()
    # The office-changing or time-giving words and the jurisdiction before the title.
    window = text[max(0, t_start - 80):t_start]
    if "\n" in window:
        window = window[window.rindex("\n") + 1:]
    words = _WORD.findall(window)
    modifiers: set[str] = set()
    jurisdiction: str | None = None
    qualified = changed = False
    i = len(words)
    while i > 0:
        w = words[i - 1]
        low = w.lower().rstrip("-")
        bare = w[:-2] if w.endswith(("'s", "’s")) else w
        if w in {"-", "–"}:
            i -= 1
            continue
        if low in MODIFIERS:
            modifiers.add(MODIFIERS[low])
        elif low in OFFICE_CHANGERS or (low == "under" and form_hint.startswith("secretary")):
            changed = True
        elif kb.jurisdiction_for(bare) is not None and bare[:1].isupper():
            if jurisdiction is not None and kb.jurisdiction_for(bare) != jurisdiction:
                qualified = True
            jurisdiction = kb.jurisdiction_for(bare)
        elif w in _IMPLICIT_JURISDICTION:
            pass
        elif w[:1].isupper() and low not in _FUNCTION_WORDS and bare.lower() not in _FUNCTION_WORDS:
            qualified = True  # "Russian President", "European Commission President"
        else:
            break
        i -= 1
    pre_start = t_start - (len(window) - _offset_of_word(window, words, i))
    # After the title: "-elect", and "of <place or body>".
    after = t_end
    em = _ELECT.match(text, after)
    if em:
        modifiers.add("incoming")
        after = em.end()
    om = _OF_AFTER.match(text, after)
    if om:
        q = om.group("q")
        jid = kb.jurisdiction_for(q)
        if jid is not None:
            if jurisdiction is not None and jid != jurisdiction:
                qualified = True
            jurisdiction = jid
        else:
            qualified = True
        after = om.end()
    matched = text[t_start:t_end]
    jm = _POSSESSIVE.search(matched)
    if jm:
        # The owner is the last one to four words before "'s" that name a jurisdiction ("Ukraine's").
        words = list(_TOKEN.finditer(matched, 0, jm.start()))
        jid, owner_start = None, jm.start()
        for k in range(min(4, len(words)), 0, -1):
            candidate = matched[words[-k].start():jm.start()]
            if kb.jurisdiction_for(candidate):
                jid, owner_start = kb.jurisdiction_for(candidate), words[-k].start()
                break
        if jid is None or (jurisdiction is not None and jid != jurisdiction):
            qualified = True  # "secretary of the company's board"
        else:
            jurisdiction = jid
        form = _norm(matched[:owner_start] + "the" + matched[jm.end():])
    else:
        form = _norm(matched)
    # Form 1: the name follows the title.
    nm = _NAME_AFTER.match(text, after)
    if nm is not None:
        tokens = _split_name(nm.group("name"))
        n, person = _resolve_name(tokens, kb, from_left=True)
        name_tokens = tokens[:n]
        ok = True
        if nm.group("comma"):
            # "Ukraine's defence minister, Rustem Umerov, said": needs a determiner or possessive before the
            # title and punctuation after the name; "with the prime minister, Zelenskyy said" is not apposition.
            before = text[max(0, pre_start - 12):pre_start]
            ok = bool(jurisdiction or _DETERMINER_END.search(before))
            name_end = nm.start("name") + len(_join(nm.group("name"), name_tokens))
            ok = ok and bool(_PUNCT_NEXT.match(text, name_end))
        if ok and (person is not None or len(name_tokens) >= 2 or _is_surname(name_tokens, kb)):
            name_start = nm.start("name")
            written = _join(nm.group("name"), name_tokens)
            name_end = name_start + len(written)
            title = Title(t_start, after, text[pre_start:after].strip(), form, jurisdiction, qualified, changed,
                          frozenset(modifiers), "before")
            return (name_start, name_end), _mention(pre_start, name_end, name_start, written, person, title, kb)
    # Form 2: apposition, "Name, the title" / "Name, a former title" / "Name, who served as title".
    if not _TRAILING_OK.match(text, after):
        return None
    lead_window = text[max(0, pre_start - 120):pre_start]
    bm = _NAME_BEFORE.search(lead_window)
    if bm is None:
        return None
    lead = " ".join(bm.group("lead").split())
    if lead not in ("", "the", "a", "an") and lead.removesuffix(" the") not in _PAST_LEADS + _CURRENT_LEADS:
        return None
    if lead.removesuffix(" the") in _PAST_LEADS:
        modifiers.add("past")
    tokens = _split_name(bm.group("name"))
    while len(tokens) > 1 and tokens[0].lower() in _FUNCTION_WORDS:
        tokens = tokens[1:]  # "But Edward Lucente, an IBM vice president"
    n, person = _resolve_name(tokens, kb, from_left=False)
    name_tokens = tokens[-n:]
    if person is None and len(name_tokens) < 2 and not _is_surname(name_tokens, kb):
        return None
    written = _join_tail(bm.group("name"), name_tokens)
    base = pre_start - len(lead_window)
    name_end = base + bm.end("name")
    name_start = name_end - len(written)
    title = Title(t_start, after, text[pre_start:after].strip(), form, jurisdiction, qualified, changed,
                  frozenset(modifiers), "after")
    return (name_start, name_end), _mention(name_start, after, name_start, written, person, title, kb)


def _offset_of_word(window: str, words: list[str], i: int) -> int:
    """Offset in ``window`` where ``words[i:]`` begin (the window's end when ``i == len(words)``)."""
    if i >= len(words):
        return len(window)
    pos = len(window)
    for w in reversed(words[i:]):
        pos = window.rindex(w, 0, pos)
    return pos


def _split_name(name: str) -> list[str]:
    return name.split()


def _join(name: str, tokens: list[str]) -> str:
    """The leading ``tokens`` of ``name`` as written (spacing kept)."""
    spans = [m.span() for m in _TOKEN.finditer(name)]
    return name[:spans[len(tokens) - 1][1]]


def _join_tail(name: str, tokens: list[str]) -> str:
    """The trailing ``tokens`` of ``name`` as written."""
    spans = [m.span() for m in _TOKEN.finditer(name)]
    return name[spans[len(spans) - len(tokens)][0]:]


def _is_surname(tokens: list[str], kb: KB) -> bool:
    return len(tokens) == 1 and len(kb.find_by_surname(tokens[0])) >= 1


def _mention(start: int, end: int, name_start: int, written: str, person: Person | None, title: Title,
             kb: KB) -> PersonMention:
    surname_only = len(written.split()) == 1
    if person is not None:
        return PersonMention(start, end, name_start, name_start + len(written), written, person.id, person.name,
                             person, title, surname_only=surname_only)
    return PersonMention(start, end, name_start, name_start + len(written), written, _norm(written), written, None,
                         title, surname_only=surname_only)


# -- entities -------------------------------------------------------------------------------------------------

# An ambiguous entity name (a letter or common word, like "X") counts only where prose clearly means the
# platform: "posted on X", "on X, he wrote", "an X post", "his X account".
_PLATFORM_BEFORE = regexcache.compile(
    r"(?:post(?:ed|s|ing)?|wr(?:ote|ites|iting)|sa(?:id|ys)|shar(?:ed|es|ing)|message|statement|video|"
    r"announce(?:d|s|ment)|comment(?:ed|s)?|tweet(?:ed|s)?|account|platform|social\s+media|publish(?:ed|es))"
    r"\b[^.!?\n]{0,40}?\b(?:on|to|via)[^\S\n]+\Z", regex.IGNORECASE)
_PLATFORM_ON_START = regexcache.compile(r"(?:^|[.!?]\s+|\n)(?:On|on)[^\S\n]+\Z")
# Words that place people or content on a social platform ("users on X", "people on X", "across X"), and other
# platforms coordinated with it ("on X and Facebook", "Facebook, Instagram and X").  They count only for an
# entity of kind platform, and not before a word that makes the letter a label ("X axis", "X Street").
_PLATFORM_PEOPLE = regexcache.compile(
    r"(?:\b(?:users?|people|accounts?|followers?|posts?|videos?|influencers?|commenters?|critics|viral|trending)"
    r"[^\S\n]+(?:on|from)|\bacross)[^\S\n]+\Z", regex.IGNORECASE)
_OTHER_PLATFORMS = r"(?:Facebook|Instagram|TikTok|YouTube|Threads|Bluesky|Reddit|LinkedIn|Telegram|Snapchat|WhatsApp|Truth[^\S\n]+Social|Mastodon)"
_PLATFORM_LIST_BEFORE = regexcache.compile(
    rf"\b{_OTHER_PLATFORMS}(?:,[^\S\n]+{_OTHER_PLATFORMS})*(?:,?[^\S\n]+(?:and|or)|,)[^\S\n]+\Z")
_PLATFORM_LIST_AFTER = regexcache.compile(rf"(?:,|[^\S\n]+(?:and|or))[^\S\n]+{_OTHER_PLATFORMS}\b")
_LABEL_AFTER = regexcache.compile(
    r"[^\S\n]+(?:\p{Lu}|\d|(?:axis|axes|ray|rays|chromosomes?|factor|games|men|generation|files|prize|marks|"
    r"coordinates?|gene|class|band|and|or)\b)")
_PLATFORM_AFTER = regexcache.compile(r"[^\S\n]+(?:post|posts|account|accounts|user|users|feed|handle|platform)\b|,[^\S\n]+"
                                r"(?:formerly|previously|once)\b|[^\S\n]+\((?:formerly|previously)\b")


def _entities(text: str, c: _Compiled) -> list[EntityMention]:
    if c.entity_plain is None:
        return []
    out = []
    for m in finditer_at_words(c.entity_plain, text, text, c.entity_names):
        for entity, name in c.entity_names[m.group()]:
            if name.ambiguous and not _platform_context(text, m.start(), m.end(), entity.kind == "platform"):
                continue
            out.append(EntityMention(m.start(), m.end(), entity, name))
    return out


def _platform_context(text: str, start: int, end: int, platform: bool = False) -> bool:
    before = text[max(0, start - 70):start]
    if _PLATFORM_BEFORE.search(before):
        return True
    if _PLATFORM_AFTER.match(text, end):
        return True
    if platform and (_PLATFORM_LIST_BEFORE.search(before) or _PLATFORM_LIST_AFTER.match(text, end)):
        return True
    if platform and _PLATFORM_PEOPLE.search(before) and not _LABEL_AFTER.match(text, end):
        return True
    return bool(_PLATFORM_ON_START.search(before) and text[end:end + 2] in (", ", ",\u00a0"))


def offices_for(kb: KB, title: Title, person: Person | None = None) -> list[Office]:
    """The KB offices a title can mean: none if it names an unknown place or body or another office
    ("deputy …"); with a known jurisdiction, that jurisdiction's; otherwise, for a known person, those in the
    jurisdictions the person has held office in, else any."""
    if title.qualified or title.changed:
        return []
    found = kb.offices_for_title(title.form, title.jurisdiction) if title.jurisdiction else \
        kb.offices_for_title(title.form)
    if title.jurisdiction is None and person is not None:
        mine = {kb.offices[r.office].jurisdiction for r in person.roles if r.office in kb.offices}
        found = [o for o in found if o.jurisdiction in mine]
    return found
