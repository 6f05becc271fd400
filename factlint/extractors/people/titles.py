"""Reading one title match: the words before it (modifiers, jurisdiction), after it ("-elect", "of …"), and
the name it is given to, either following it ("President X") or in apposition before it ("X, the president").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from factlint.extractors.people.model import PersonMention, Title
from factlint.extractors.people.patterns import (
    CURRENT_LEADS,
    DETERMINER_END,
    ELECT,
    FUNCTION_WORDS,
    IMPLICIT_JURISDICTION,
    MODIFIERS,
    NAME_AFTER,
    NAME_BEFORE,
    OF_AFTER,
    OFFICE_CHANGERS,
    PAST_LEADS,
    ROLE_BEFORE,
    POSSESSIVE,
    PUNCT_NEXT,
    SPEECH_NEXT,
    TOKEN,
    TRAILING_OK,
    WORD,
    Compiled,
    norm,
)
from factlint.kb.model import KB, Person


def resolve_name(tokens: list[str], kb: KB, from_left: bool) -> tuple[int, Person | None]:
    """How many tokens form the name, and the KB person if some prefix (suffix) of them is a known name."""
    for n in range(len(tokens), 0, -1):
        part = tokens[:n] if from_left else tokens[-n:]
        found = kb.find_person(" ".join(part))
        if len(found) == 1:
            return n, found[0]
    return len(tokens), None


@dataclass
class _Reading:
    """What the words around one title say: its modifiers and the jurisdiction or body it names."""

    modifiers: set[str] = field(default_factory=set)
    jurisdiction: str | None = None
    qualified: bool = False
    changed: bool = False

    def name(self, jid: str | None) -> None:
        """Record a jurisdiction the title names; a second, different one makes the title qualified."""
        if self.jurisdiction is not None and jid != self.jurisdiction:
            self.qualified = True
        self.jurisdiction = jid

    def title(self, text: str, t_start: int, pre_start: int, after: int, form: str, position: str) -> Title:
        return Title(t_start, after, text[pre_start:after].strip(), form, self.jurisdiction, self.qualified,
                     self.changed, frozenset(self.modifiers), position)


def titled(text: str, tm: "regex.Match[str]", kb: KB, c: Compiled) -> tuple[tuple[int, int], PersonMention] | None:
    """The person a title match is given to, with the title as read, or None when no name goes with it."""
    t_start, t_end = tm.span()
    r = _Reading()
    pre_start = _read_before(text, t_start, tm.group().lower(), kb, r)
    after = _read_after(text, t_end, kb, r)
    form = _title_form(text[t_start:t_end], kb, r)
    found = _name_following(text, t_start, pre_start, after, form, kb, r)
    if found is None:
        found = _name_before(text, t_start, pre_start, after, form, kb, r)
    return found


def _read_before(text: str, t_start: int, form_hint: str, kb: KB, r: _Reading) -> int:
    """The office-changing or time-giving words and the jurisdiction before the title; where they start."""
    window = _window_before(text, t_start)
    words = WORD.findall(window)
    i = len(words)
    while i > 0:
        w = words[i - 1]
        low = w.lower().rstrip("-")
        bare = w[:-2] if w.endswith(("'s", "’s")) else w
        if w in {"-", "–", "—"}:
            pos = _offset_of_word(window, words, i - 1)
            if window[pos - 1:pos].isspace() and window[pos + 1:pos + 2].isspace():
                break  # a spaced dash ends a dateline ("PARIS, France – President X"): nothing before it
            i -= 1
            continue
        if low in MODIFIERS:
            r.modifiers.add(MODIFIERS[low])
        elif low in OFFICE_CHANGERS or (low == "under" and form_hint.startswith("secretary")):
            r.changed = True
        elif kb.jurisdiction_for(bare) is not None and bare[:1].isupper():
            r.name(kb.jurisdiction_for(bare))
        elif w in IMPLICIT_JURISDICTION:
            pass
        elif w[:1].isupper() and low not in FUNCTION_WORDS and bare.lower() not in FUNCTION_WORDS:
            r.qualified = True  # "Russian President", "European Commission President"
        elif bare != w and bare.lower() not in FUNCTION_WORDS:
            r.qualified = True  # another owner: "the vice president's chief of staff", "the company's president"
        else:
            break
        i -= 1
    return t_start - (len(window) - _offset_of_word(window, words, i))


def _window_before(text: str, t_start: int) -> str:
    """The text before a title that may hold its modifiers: the current line, or, when a line ends in a
    modifier or office-changing word ("former⏎President X", "Vice⏎President X" of hard-wrapped text or a
    ``<br>``), that word's line too."""
    window = text[max(0, t_start - 80):t_start]
    if "\n" not in window:
        return window
    cut = window.rindex("\n")
    head = window[:cut].rstrip("\n")
    if window[cut + 1:].strip() == "" and head and "\n\n\n" not in window[len(head):]:
        last = WORD.findall(head[head.rfind("\n") + 1:])
        low = last[-1].lower().rstrip("-") if last else ""
        if (low in MODIFIERS and low != "late") or low in OFFICE_CHANGERS or \
                (low == "late" and len(last) > 1 and last[-2].lower() == "the"):
            return window[head.rfind("\n") + 1:]
    return window[cut + 1:]


def _read_after(text: str, t_end: int, kb: KB, r: _Reading) -> int:
    """After the title: "-elect", and "of <place or body>"; where the title ends."""
    after = t_end
    em = ELECT.match(text, after)
    if em:
        r.modifiers.add("incoming")
        after = em.end()
    om = OF_AFTER.match(text, after)
    if om:
        jid = kb.jurisdiction_for(om.group("q"))
        if jid is not None:
            r.name(jid)
        else:
            r.qualified = True
        after = om.end()
    return after


def _title_form(matched: str, kb: KB, r: _Reading) -> str:
    """The title's normalised form, with a possessive owner ("Ukraine's") read as the jurisdiction and "the"."""
    jm = POSSESSIVE.search(matched)
    if not jm:
        return norm(matched)
    # The owner is the last one to four words before "'s" that name a jurisdiction ("Ukraine's").
    words = list(TOKEN.finditer(matched, 0, jm.start()))
    jid, owner_start = None, jm.start()
    for k in range(min(4, len(words)), 0, -1):
        candidate = matched[words[-k].start():jm.start()]
        if kb.jurisdiction_for(candidate):
            jid, owner_start = kb.jurisdiction_for(candidate), words[-k].start()
            break
    if jid is None or (r.jurisdiction is not None and jid != r.jurisdiction):
        r.qualified = True  # "secretary of the company's board"
    else:
        r.jurisdiction = jid
    return norm(matched[:owner_start] + "the" + matched[jm.end():])


def _name_following(text: str, t_start: int, pre_start: int, after: int, form: str, kb: KB,
                    r: _Reading) -> tuple[tuple[int, int], PersonMention] | None:
    """Form 1: the name follows the title ("President X", "Ukraine's defence minister, X,")."""
    nm = NAME_AFTER.match(text, after)
    if nm is None:
        return None
    tokens = split_name(nm.group("name"))
    n, person = resolve_name(tokens, kb, from_left=True)
    name_tokens = tokens[:n]
    ok = True
    if nm.group("comma"):
        # "Ukraine's defence minister, Rustem Umerov, said": needs a determiner or possessive before the
        # title and punctuation after the name; "with the prime minister, Zelenskyy said" is not apposition.
        before = text[max(0, pre_start - 12):pre_start]
        ok = bool(r.jurisdiction or DETERMINER_END.search(before))
        name_end = nm.start("name") + len(_join(nm.group("name"), name_tokens))
        ok = ok and bool(PUNCT_NEXT.match(text, name_end))
    if not (ok and (person is not None or len(name_tokens) >= 2 or _is_surname(name_tokens, kb))):
        return None
    name_start = nm.start("name")
    written = _join(nm.group("name"), name_tokens)
    name_end = name_start + len(written)
    title = r.title(text, t_start, pre_start, after, form, "before")
    return (name_start, name_end), make_mention(pre_start, name_end, name_start, written, person, title, kb)


def _name_before(text: str, t_start: int, pre_start: int, after: int, form: str, kb: KB,
                 r: _Reading) -> tuple[tuple[int, int], PersonMention] | None:
    """Form 2: apposition, "Name, the title" / "Name, a former title" / "Name, who served as title"."""
    if not TRAILING_OK.match(text, after) or SPEECH_NEXT.match(text, after):
        return None
    lead_window = text[max(0, pre_start - 120):pre_start]
    bm = NAME_BEFORE.search(lead_window)
    if bm is None:
        return None
    lead = " ".join(bm.group("lead").split())
    if lead not in ("", "the", "a", "an") and lead.removesuffix(" the") not in PAST_LEADS + CURRENT_LEADS:
        return None
    if lead.removesuffix(" the") in PAST_LEADS:
        r.modifiers.add("past")
    tokens = split_name(bm.group("name"))
    while len(tokens) > 1 and tokens[0].lower() in FUNCTION_WORDS:
        tokens = tokens[1:]  # "But Edward Lucente, an IBM vice president"
    n, person = resolve_name(tokens, kb, from_left=False)
    name_tokens = tokens[-n:]
    if person is None and len(name_tokens) < 2 and not _is_surname(name_tokens, kb):
        return None
    written = join_tail(bm.group("name"), name_tokens)
    base = pre_start - len(lead_window)
    name_end = base + bm.end("name")
    name_start = name_end - len(written)
    if not lead and ROLE_BEFORE.search(text, max(0, name_start - 40), name_start):
        # "Israeli leader Benjamin Netanyahu, Pakistan's prime minister, Russian President ...": a name with its own
        # title before it and a bare title after is a list, and the second title is the next item's.
        return None
    title = r.title(text, t_start, pre_start, after, form, "after")
    return (name_start, name_end), make_mention(name_start, after, name_start, written, person, title, kb)


def _offset_of_word(window: str, words: list[str], i: int) -> int:
    """Offset in ``window`` where ``words[i:]`` begin (the window's end when ``i == len(words)``)."""
    if i >= len(words):
        return len(window)
    pos = len(window)
    for w in reversed(words[i:]):
        pos = window.rindex(w, 0, pos)
    return pos


def split_name(name: str) -> list[str]:
    return name.split()


def _join(name: str, tokens: list[str]) -> str:
    """The leading ``tokens`` of ``name`` as written (spacing kept)."""
    spans = [m.span() for m in TOKEN.finditer(name)]
    return name[:spans[len(tokens) - 1][1]]


def join_tail(name: str, tokens: list[str]) -> str:
    """The trailing ``tokens`` of ``name`` as written."""
    spans = [m.span() for m in TOKEN.finditer(name)]
    return name[spans[len(spans) - len(tokens)][0]:]


def _is_surname(tokens: list[str], kb: KB) -> bool:
    return len(tokens) == 1 and len(kb.find_by_surname(tokens[0])) >= 1


def make_mention(start: int, end: int, name_start: int, written: str, person: Person | None, title: Title,
             kb: KB) -> PersonMention:
    surname_only = len(written.split()) == 1
    if person is not None:
        return PersonMention(start, end, name_start, name_start + len(written), written, person.id, person.name,
                             person, title, surname_only=surname_only)
    return PersonMention(start, end, name_start, name_start + len(written), written, norm(written), written, None,
                         title, surname_only=surname_only)
