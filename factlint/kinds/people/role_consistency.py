"""The ``role_consistency`` kind: one person given two titles in one article that cannot both be true."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from factlint.extractors.people import PersonMention, person_mentions
from factlint.kinds.base import CheckKind, Hit, Param, RuleParamError

if TYPE_CHECKING:
    from factlint.kinds.analysis import Analysis

_NOT_CURRENT = {"former", "then", "late", "past", "incoming", "acting", "interim"}


class RoleConsistencyKind(CheckKind):
    """Reports a person called by two titles that exclude each other in the same article.

    ``exclusive`` lists groups of title forms (lower case) no one holds two of at once in one jurisdiction:
    "President John Smith" and later "Prime Minister John Smith" is a slip whoever John Smith is, so this works
    for people the KB does not know.  Only titles given as current are compared (not "former", "then-", "who
    served as", "-elect", "acting"); titles of different jurisdictions, titles naming a body ("President of the
    European Commission") or changed by "deputy" and the like are not compared, and a person is matched by the
    full name written with each title (surname-only mentions are left alone: two people may share one).
    ``synonyms`` lists groups of forms that name one office ("representative", "congressman"): never a conflict.
    """

    quotations = "candidates"
    params = {
        "exclusive": Param("list", "groups (lists) of title forms that exclude each other", required=True,
                           items="list"),
        "synonyms": Param("list", "groups (lists) of title forms that name the same office", default=[],
                          items="list"),
        "skip_quotes": Param("bool", "leave mentions inside direct quotations alone", default=True),
    }
    message_values = {
        "name": "the person's name as written",
        "title": "the title given here",
        "other": "the conflicting title given earlier",
    }

    def __init__(self, rule):
        super().__init__(rule)
        self.group_of: dict[str, int] = {}
        for i, group in enumerate(rule.params["exclusive"]):
            if not isinstance(group, list) or len(group) < 2 or not all(isinstance(t, str) for t in group):
                raise RuleParamError("exclusive", "each group must be a list of at least two title forms")
            for t in group:
                if self.group_of.setdefault(" ".join(t.lower().split()), i) != i:
                    raise RuleParamError("exclusive", f"title {t!r} is in two groups")
        self.same: dict[str, int] = {}
        for i, group in enumerate(rule.params["synonyms"]):
            if not isinstance(group, list) or len(group) < 2 or not all(isinstance(t, str) for t in group):
                raise RuleParamError("synonyms", "each group must be a list of at least two title forms")
            for t in group:
                self.same[" ".join(t.lower().split())] = i

    def check(self, analysis: "Analysis") -> Iterator[Hit]:
        doc = analysis.doc
        first: dict[tuple[str, int], PersonMention] = {}
        for m in person_mentions(analysis.mentions):
            t = m.title
            if t is None or m.surname_only or t.changed or t.qualified or t.modifiers & _NOT_CURRENT:
                continue
            if self.quoted(doc, m.start):
                continue
            group = self.group_of.get(t.form)
            if group is None:
                continue
            earlier = first.setdefault((m.key, group), m)
            if earlier is m:
                continue
            et = earlier.title
            if et.form == t.form or self.same.get(et.form, -1) == self.same.get(t.form, -2):
                continue
            if et.jurisdiction and t.jurisdiction and et.jurisdiction != t.jurisdiction:
                continue
            if m.person is not None and _both_held(analysis, m, earlier):
                continue
            yield Hit(m.start, m.end, {"name": m.written, "title": t.text, "other": et.text},
                      related=((earlier.start, earlier.end, f"called {et.text} here"),))


def _both_held(analysis: "Analysis", m: PersonMention, earlier: PersonMention) -> bool:
    """Whether the KB says the person held offices with both titles on the article's date (a real double post).

    The date only excuses a finding here, so the kind does not declare ``needs_pub_date``: an undated article is
    checked without the excuse and, as before, draws no note about the missing date.
    """
    from factlint.extractors.people import offices_for

    pub = analysis.doc.pub_date
    if pub is None:
        return False
    kb = analysis.kb
    held = {r.office for r in m.person.roles if r.status_on(pub) is not False}
    a = {o.id for o in offices_for(kb, earlier.title, m.person)}
    b = {o.id for o in offices_for(kb, m.title, m.person)}
    return bool(held & a) and bool(held & b)
