"""Binding: what each figure counts, which event it takes part in, whose it is, and how figures relate.

A figure alone says nothing a check can test; "176 drones … launched by Russia" and "139 drones … intercepted"
can.  This module reads the words around each quantity with anchored regexes (no parser): the counted noun and
its class, the event verb in active ("Ukrainian forces intercepted 139 drones") and passive voice ("176 drones
and one missile were launched by Russia"), coordination that shares one verb, "X of the Y" and "X of them"
(part of a whole), the party that acted and the party whose items were counted, a longer period the figure
covers ("since February"), and markers of a stated total ("a total of", "bringing the total to", "in all").

Everything here prefers silence to a guess: when the words allow two readings the field stays ``None``, and
checks skip quantities whose binding they need.
"""

from __future__ import annotations

import bisect

from factlint.support import regexcache
from factlint.extractors.numbers import antecedents, phrases
from factlint.extractors.numbers.lexicon import Lexicon, singular
from factlint.extractors.numbers.model import Quantity

_FUNCTION_WORDS = frozenset(
    "and or but the a an of in on at to from by with for over under about into onto than as is was were are "
    "be been being had has have who which that this these those it its their his her our there here said says "
    "per cent percent pct was".split()
)
_CLAUSE_BREAK = regexcache.compile(r"[,;:()\[\]—–]|\s-\s")
_CLAUSE_BREAK_REV = regexcache.compile(r"(?r)[,;:()\[\]—–]|\s-\s")
# "of them" points back to a figure; "of those aged 30-39", "of those driving" are new groups, not pronouns.
_OF_AFTER = regexcache.compile(
    r"\s+(?:out\s+)?of\s+(?:(?P<pro>them|these|those|which|whom)\b"
    r"(?!\s+(?:who|whom|that|aged|with|without|in|on|at|under|over|from|[a-z]+ing)\b)"
    r"|(?P<det>the|its|their|his|her|our|these|those|all|all\s+the)\s+)?"
)
_COORD = regexcache.compile(r"\s*,?\s+(?:and|or)\s+|\s*,\s*")
_NEXT_IS_OBJECT = regexcache.compile(r"\s+(?:the|a|an|their|its|his|her|our|some|\d|[A-Z])")
_PRONOUN_OF_WHICH = regexcache.compile(r"(?i),?\s+of\s+(?:which|whom)\s+\Z")


class Binder:
    """Binds the quantities of one document, with patterns compiled once per lexicon."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        lists = {
            "nouns": sorted(lex.noun_forms),
            "verbs": sorted(lex.verb_role),
            "participles": sorted(lex.participle_role) or ["\x00"],
            "sides": lex.side_words,
        }
        self.np_after = regexcache.compile(
            r"(?P<mods>(?:\s+" + phrases.MODIFIERS + r"){0,3})\s+(?P<noun>(?i:\L<nouns>))\b", nouns=lists["nouns"]
        )
        self.fallback_noun = regexcache.compile(r"\s+(?P<noun>[a-z][a-z-]{2,}s)\b")
        self.verb_before = regexcache.compile(
            r"(?ri)(?<![\w-])(?P<v1>\L<verbs>)"
            r"(?:\s*,?\s+(?:or|and)\s+(?:" + phrases.ADVERB + r"\s+)?(?P<v2>\L<verbs>))?"
            r"(?:\s+" + phrases.BRIDGE + r")?\s+\Z", verbs=lists["verbs"]
        )
        self.after_np = regexcache.compile(
            r"(?i)(?:,?\s+(?:who|that|which))?(?:\s+(?:" + phrases.AUX + r"))?(?:\s+" + phrases.ADVERB + r")?"
            r"(?:\s+(?:" + phrases.AUX.replace("?P<aux>", "?P<aux2>") + r"))?(?:\s+" + phrases.ADVERB + r")?"
            r"\s+(?P<verb>\L<verbs>|\L<participles>)\b",
            verbs=lists["verbs"], participles=lists["participles"],
        )
        self.by_actor = regexcache.compile(
            r"(?i)(?:\s+\w+){0,2}?\s+by\s+(?:the\s+)?(?:\w+\s+){0,1}?(?P<side>(?-i:\L<sides>))\b", sides=lists["sides"]
        )
        self.side_rev = regexcache.compile(r"(?r)(?<![\w-])(?P<side>\L<sides>)(?![\w-])", sides=lists["sides"])
        self.side_in = regexcache.compile(r"(?<![\w-])(?P<side>\L<sides>)(?![\w-])", sides=lists["sides"])
        self.period = regexcache.compile(r"(?i)(?<![\w-])(?P<p>" + lex.period_src + r")(?![\w-])")
        self.period_opening = regexcache.compile(r"(?i)[\s\"“‘']*(?:\w+\s+){0,2}?(?P<p>" + lex.period_src + r")(?![\w-])")

    def bind(self, text: str, qs: list[Quantity], sentences: list, paragraphs: list, quotes: list) -> None:
        """Fill the binding fields of ``qs`` (sorted by start) in place."""
        sent_starts = [s.start for s in sentences]
        para_starts = [p.start for p in paragraphs]
        quote_starts = [s.start for s in quotes]
        for i, q in enumerate(qs):
            q.index = i
            q.sentence = bisect.bisect_right(sent_starts, q.start) - 1 if sentences else 0
            q.paragraph = bisect.bisect_right(para_starts, q.start) - 1 if paragraphs else 0
            if quotes:
                k = bisect.bisect_right(quote_starts, q.start) - 1
                q.quoted = k >= 0 and quotes[k].start <= q.start < quotes[k].end
        self._mark_tables(text, qs, sentences)
        for q in qs:
            if not q.table and q.kind in ("count", "percent", "share"):
                self._noun(text, q, qs)
        self._parts(text, qs, sentences)
        for q in qs:
            if q.noun is None and q.kind == "count" and not q.table and not q.inner and q.part_of is None:
                ante = antecedents.parallel_antecedent(text, qs, q)
                if ante is not None:
                    q.noun, q.cls, q.noun_text = ante.noun, ante.cls, ante.noun_text
        groups = self._coordination(text, qs)
        for group in groups:
            self._role(text, group, sentences)
        period_cues: dict[tuple[int, int], bool] = {}
        for q in qs:
            if q.kind == "count" and not q.table:
                self._total(text, q, qs)
                self._period(text, q, sentences, period_cues)
            if q.noun is None and q.role and q.part_of is None and q.kind == "count":
                ante = antecedents.coordinated_antecedent(text, qs, q) or self._antecedent(
                    text, qs, q, sentences, pronoun="ellipsis"
                )
                if ante is not None and ante.sentence == q.sentence:
                    q.noun, q.cls, q.noun_text = ante.noun, ante.cls, ante.noun_text
                else:
                    q.cls = self.lex.role_class.get(q.role)

    # -- tables -----------------------------------------------------------------------------------------------
    def _mark_tables(self, text: str, qs: list[Quantity], sentences: list) -> None:
        """Figures in tables and wire-style result lists ("Net 12.5 mln vs 10.2 mln") are never bound."""
        by_sentence: dict[int, list[Quantity]] = {}
        for q in qs:
            by_sentence.setdefault(q.sentence, []).append(q)
        for k, members in by_sentence.items():
            if len(members) < 2 or not sentences or k < 0:
                continue
            span = sentences[k]
            seg = text[span.start : span.end]
            words = len(seg.split())
            if (len(members) >= 4 and words < 3 * len(members)) or _VS.search(seg) or seg.count("\n") >= 2:
                for q in members:
                    q.table = True

    # -- nouns ------------------------------------------------------------------------------------------------
    def _noun(self, text: str, q: Quantity, qs: list[Quantity]) -> None:
        of = _OF_AFTER.match(text, q.end)
        if of is not None:
            # "X of the Y", "X of them": the noun is the whole's; the part link is made in _parts.
            if of.group("pro"):
                q.noun_end = of.end()
                return
            pos = of.end()
            if q.index + 1 < len(qs) and qs[q.index + 1].start == pos:
                q.noun_end = pos
                return
            if of.group("det") or q.kind != "count":
                m = self.np_after.match(text, pos - 1)
                if m is not None and self._plural_ok(m.group("noun"), 2):
                    q.noun, q.cls = self.lex.lemma_class(m.group("noun"))
                    q.noun_text = m.group("noun")
                    q.noun_end = m.end()
                    q.owner = self._side(m.group("mods"))
            return
        if q.kind != "count":
            return
        m = self.np_after.match(text, q.end)
        if m is not None and self._plural_ok(m.group("noun"), q.value):
            q.noun, q.cls = self.lex.lemma_class(m.group("noun"))
            q.noun_text = m.group("noun")
            q.noun_end = m.end()
            q.owner = self._side(m.group("mods"))
            return
        f = self.fallback_noun.match(text, q.end)
        if f is not None and f.group("noun") not in _FUNCTION_WORDS and q.value != 1:
            word = f.group("noun")
            if not word.endswith(("ss", "us", "is")) and word not in self.lex.verb_role:
                q.noun = singular(word, self.lex.plurals)
                q.noun_text = word
                q.noun_end = f.end()

    def _plural_ok(self, noun: str, value: float) -> bool:
        """"5 drone strikes" counts strikes: a singular noun after a number other than one is a modifier."""
        last = noun.split()[-1].lower()
        if value == 1 or last in self.lex.plurals:
            return True
        return singular(last, self.lex.plurals) != last

    def _side(self, mods: str | None) -> str | None:
        if not mods:
            return None
        found = {self.lex.side_of.get(" ".join(m.group("side").lower().split())) for m in self.side_in.finditer(mods)}
        return found.pop() if len(found) == 1 else None

    # -- part of a whole --------------------------------------------------------------------------------------
    def _parts(self, text: str, qs: list[Quantity], sentences: list) -> None:
        for q in qs:
            if q.table or q.kind not in ("count", "percent", "share"):
                continue
            of = _OF_AFTER.match(text, q.end)
            if of is not None:
                nxt = qs[q.index + 1] if q.index + 1 < len(qs) else None
                if nxt is not None and nxt.start == of.end() and nxt.kind == "count" and not nxt.table:
                    q.part_of = nxt.index
                    nxt.inner = True
                    q.noun_end = nxt.noun_end if nxt.noun_end > 0 else nxt.end
                    if q.kind == "count":
                        q.noun, q.cls, q.owner = nxt.noun, nxt.cls, q.owner or nxt.owner
                        q.noun_text = nxt.noun_text
                    continue
                if of.group("pro"):
                    ante = self._antecedent(text, qs, q, sentences, pronoun=of.group("pro").lower())
                    if ante is not None:
                        q.part_of = ante.index
                        if q.kind == "count":
                            q.noun, q.cls, q.noun_text = ante.noun, ante.cls, ante.noun_text
                continue
            if q.kind == "count" and self._fronted_of(text, q, sentences):
                comma = _NEXT_COMMA.search(text, q.end, sentences[q.sentence].end if sentences else len(text))
                later = antecedents.next_count_in_sentence(qs, q)
                if comma is not None and later is not None and later.start == comma.end() and not later.table:
                    later.part_of = q.index
                    if later.noun is None:
                        later.noun, later.cls, later.noun_text = q.noun, q.cls, q.noun_text
                continue
            if q.kind == "count" and _PRONOUN_OF_WHICH.search(text, max(0, q.start - 20), q.start):
                ante = self._antecedent(text, qs, q, sentences, pronoun="which")
                if ante is not None:
                    q.part_of = ante.index
                    if q.noun is None:
                        q.noun, q.cls, q.noun_text = ante.noun, ante.cls, ante.noun_text

    @staticmethod
    def _fronted_of(text: str, q: Quantity, sentences: list) -> bool:
        """Whether ``q`` is the whole of a fronted "Of the Y, X …": "of the" opens its sentence or clause.

        The sentence start comes from the document's sentences, so it holds after a closing quote or a
        question mark as after a full stop.
        """
        m = _OF_THE_BEFORE.match(text, max(0, q.start - 30), q.start)
        if m is None:
            return False
        if m.group("sep") is not None:
            return True
        s_start = sentences[q.sentence].start if sentences and q.sentence >= 0 else 0
        return s_start <= m.start() and not text[s_start : m.start()].strip(_OPENERS)

    def _antecedent(self, text: str, qs: list[Quantity], q: Quantity, sentences: list, pronoun: str):
        """The earlier count a pronoun refers to, if the sentence offers exactly one kind of counted thing.

        A duration is never the whole, and "which" takes only the figure right before it ("78 in two terms —
        nine of which" has no whole); ``antecedents.pronoun_fits`` rules out the rest.
        """
        reach = 0 if pronoun in ("which", "whom") else 1
        candidates = [p for p in antecedents.earlier_in_sentences(qs, q, reach) if p.paragraph == q.paragraph
                      and antecedents.can_be_whole(p)]  # fmt: skip
        if not candidates:
            return None
        wholes = [p for p in candidates if p.part_of is None]
        candidates = wholes or candidates  # "50 drones, of which 40 … 30 of them": them = the 50
        last = candidates[-1]
        if pronoun in ("which", "whom"):
            ante = last if last.sentence == q.sentence and qs[q.index - 1] is last else None
        else:
            ante = last if len({(p.cls or p.noun) for p in candidates}) == 1 else None
        if ante is None or pronoun == "ellipsis":
            return ante
        return ante if antecedents.pronoun_fits(text, qs, q, ante, self.lex.plurals) else None

    # -- coordination -----------------------------------------------------------------------------------------
    def _coordination(self, text: str, qs: list[Quantity]) -> list[list[Quantity]]:
        """Counts joined by "and"/"or"/commas share one verb: "176 drones and one missile were launched"."""
        groups: list[list[Quantity]] = []
        current: list[Quantity] = []
        for q in qs:
            if q.table or q.kind != "count" or q.inner:
                if current:
                    groups.append(current)
                current = []
                continue
            if current:
                prev = current[-1]
                end = prev.noun_end if prev.noun_end > 0 else prev.end
                if (
                    prev.sentence == q.sentence
                    and prev.noun is not None
                    and q.noun is not None
                    and _COORD.fullmatch(text, end, q.start)
                ):
                    current.append(q)
                    continue
                groups.append(current)
            current = [q]
        if current:
            groups.append(current)
        return groups

    # -- roles and actors -------------------------------------------------------------------------------------
    def _role(self, text: str, group: list[Quantity], sentences: list) -> None:
        first, last = group[0], group[-1]
        lex = self.lex
        role = actor = None
        verb_span = None
        b = self.verb_before.match(text, max(0, first.start - 60), first.start)
        if b is not None:
            v1 = " ".join(b.group("v1").lower().split())
            roles = {lex.verb_role.get(v1)}
            if b.group("v2"):
                roles.add(lex.verb_role.get(" ".join(b.group("v2").lower().split())))
            if len(roles) == 1 and v1 not in lex.subject_verbs and not phrases.is_noun_use(text, b.start("v1")):
                role = roles.pop()
                verb_span = (b.start("v1"), b.end("v2") if b.group("v2") else b.end("v1"))
                actor = self._actor_before(text, b.start("v1"), first, sentences)
                if b.group("bridge") and "total" in b.group("bridge").lower():
                    for q in group:
                        q.total = True
        if role is None:
            end = last.noun_end if last.noun_end > 0 else last.end
            a = self.after_np.match(text, end)
            if a is not None:
                verb = " ".join(a.group("verb").lower().split())
                aux = " ".join((a.group("aux") or a.group("aux2") or "").lower().split())
                passive_aux = aux and aux not in ("had", "have", "has", "also", "reportedly")
                participle = lex.participle_role.get(verb)
                if participle is not None:
                    role = participle
                elif verb in lex.subject_verbs:
                    if not passive_aux:
                        role = lex.verb_role[verb]
                elif verb in lex.verb_role and phrases.is_past_participle(verb):
                    if passive_aux or (not aux and not _NEXT_IS_OBJECT.match(text, a.end())):
                        role = lex.verb_role[verb]
                if role is not None:
                    verb_span = (a.start("verb"), a.end("verb"))
                    by = self.by_actor.match(text, a.end())
                    if by is not None and _CLAUSE_BREAK.search(text, a.end(), by.start("side")) is None:
                        actor = self.lex.side_of.get(" ".join(by.group("side").lower().split()))
        if role is None:
            return
        for q in group:
            q.role = role
            q.verb_start, q.verb_end = verb_span
            q.actor = actor
            if role == "launched" and q.owner is None:
                q.owner = actor

    def _actor_before(self, text: str, verb_start: int, q: Quantity, sentences: list) -> str | None:
        """The party named nearest before an active verb in its sentence ("Ukrainian forces intercepted")."""
        s_start = sentences[q.sentence].start if sentences and q.sentence >= 0 else max(0, verb_start - 200)
        c = phrases.NEW_SUBJECT.match(text, max(s_start, verb_start - 60), verb_start)
        if c is not None and not phrases.INHERITING_SUBJECT.match(c.group("np")):
            # ", and air defences shot down 186": the verb has its own subject; the earlier one is not its actor.
            s_start = c.start("np")
        m = self.side_rev.search(text, s_start, verb_start)
        if m is None:
            return None
        return self.lex.side_of.get(" ".join(m.group("side").lower().split()))

    # -- totals and periods -----------------------------------------------------------------------------------
    def _total(self, text: str, q: Quantity, qs: list[Quantity]) -> None:
        t = phrases.TOTAL_BEFORE.match(text, max(0, q.start - 80), q.start)
        if t is not None:
            q.total = True
            if t.group("tn") and q.noun is None:
                q.noun, q.cls = self.lex.lemma_class(t.group("tn"))
            return
        end = q.noun_end if q.noun_end > 0 else q.end
        if phrases.TOTAL_AFTER.match(text, end):
            q.total = True
            if q.noun is None:
                # "31 applications … and 120 from charities, 201 in all": the total counts what it closes.
                closed = antecedents.closed_noun(qs, q)
                if closed is not None:
                    q.noun, q.cls, q.noun_text = closed.noun, closed.cls, closed.noun_text

    def _period(self, text: str, q: Quantity, sentences: list, cues: dict[tuple[int, int], bool]) -> None:
        """A longer span the figure covers, read in its clause ("since February", "so far this year").

        ``cues`` remembers, per sentence, whether the cue word of any period phrase occurs in it: most sentences
        have none, and the case-insensitive period pattern is slow to search (a few MB/s), so a sentence without
        one is passed over without searching it three times per figure.
        """
        span = sentences[q.sentence] if sentences and q.sentence >= 0 else None
        s_start = span.start if span else 0
        s_end = span.end if span else len(text)
        if (s_start, s_end) not in cues:
            clause = text[s_start:s_end].casefold()
            cues[(s_start, s_end)] = any(word in clause for word in self.lex.period_cues)
        if not cues[(s_start, s_end)]:
            return
        left = min(q.start, q.verb_start) if q.verb_start >= 0 else q.start
        right = max(q.noun_end, q.end, q.verb_end)
        b = _CLAUSE_BREAK_REV.search(text, s_start, left)
        a = _CLAUSE_BREAK.search(text, right, s_end)
        m = self.period.search(text, b.end() if b else s_start, a.start() if a else s_end)
        if m is None:
            # a fronted adverbial covers the whole sentence: "Since the start of the year, … intercepted 3,100"
            m = self.period_opening.match(text, s_start, s_end)
        if m is not None:
            q.period = " ".join(m.group("p").lower().split())


_OF_THE_BEFORE = regexcache.compile(
    r"(?ri)(?:(?P<sep>[;:]\s+|\n)|(?<![\w-]))(?:of|out\s+of)\s+(?:the|its|their|these|those)\s+\Z"
)
_OPENERS = " \t\n\"'“‘(["
_NEXT_COMMA = regexcache.compile(r",\s+(?:only\s+|just\s+)?")
_VS = regexcache.compile(r"(?i)\bvs\.?\s")
