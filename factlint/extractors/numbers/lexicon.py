"""The number extractor's vocabulary, loaded once per process into lookup tables and word lists.

The words live in YAML (``rules/data/number-vocabulary.yaml``) so a newsroom can teach factlint its own
nouns, events and parties without touching Python.  This module turns those lists into lookup tables and word
lists that the scanner and binder put into regexes as named lists (``\\L<name>``): one pass per question
instead of one per word, and far quicker to compile than a long alternation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from factlint.support import regexcache
from factlint.support.resources import rules_dir
from factlint.support.yamlfile import load_yaml_file


def default_vocabulary_path() -> Path:
    """The shipped vocabulary, inside the wheel or in the source checkout."""
    return rules_dir() / "data" / "number-vocabulary.yaml"


def _alternation(words: list[str]) -> str:
    """One regex alternation of literal phrases, longest first, any whitespace between their words."""
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(regexcache.escape(part) for part in w.split()) for w in unique)


def _cue_word(phrase: str) -> str:
    """The word of a phrase most likely to be rare in prose: the longest (the last of equals), case-folded."""
    words = phrase.casefold().split()
    return max(reversed(words), key=len)


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def singular(word: str, plurals: dict[str, str]) -> str:
    """A plural noun's lemma by rule (casualties -> casualty, drones -> drone, UAVs -> uav)."""
    w = word.lower()
    if w in plurals:
        return plurals[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _inflect(base: str, irregular: dict[str, list[str]]) -> list[str]:
    """Base, third person, past and -ing forms of a (possibly particle) verb: "shoot down" -> "shot down"…"""
    head, _, rest = base.partition(" ")
    if head in irregular:
        forms = [head, *irregular[head]]
    else:
        if head.endswith("e"):
            stem = head[:-1]
            forms = [head, head + "s", head + "d", stem + "ing"]
        elif head.endswith(("sh", "ch", "x", "ss")):
            forms = [head, head + "es", head + "ed", head + "ing"]
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            forms = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
        elif len(head) <= 4 and head[-1] in "tpgnm" and head[-2] in "aeiou" and head[-3] not in "aeiou":
            forms = [head, head + "s", head + head[-1] + "ed", head + head[-1] + "ing"]
        else:
            forms = [head, head + "s", head + "ed", head + "ing"]
    return [f + (" " + rest if rest else "") for f in forms]


@dataclass
class Lexicon:
    """Lookup tables and compiled alternations built from one vocabulary file."""

    plurals: dict[str, str]
    noun_class: dict[str, str]  # lemma phrase -> class
    class_parent: dict[str, str]
    class_roles: dict[str, tuple[str, ...]]
    verb_role: dict[str, str]  # inflected verb phrase -> role
    subject_verbs: set[str]  # inflected forms whose active subject bears the role ("180 passed")
    participle_role: dict[str, str]
    role_class: dict[str, str]
    side_of: dict[str, str]
    units: dict[str, str]  # surface (lower) -> pint unit
    unit_exact: dict[str, str]  # case-sensitive surfaces (C, F, g)
    ambiguous_units: dict[str, str]
    currency_prefix: dict[str, str]
    currency_word: dict[str, str]
    noun_forms: frozenset[str]  # every written form of a vocabulary noun, lower case, single spaces
    side_words: list[str]  # party names as written (case matters: "US" is not "us")
    period_src: str
    period_cues: tuple[str, ...]  # one word of each period phrase, case-folded: a clause without any has none
    unit_src: str
    per_unit_src: str  # units that may follow "per" ("miles per gallon"): unambiguous words, no "C"/"F"/"in."
    currency_prefix_src: str
    currency_written: tuple[str, ...]  # the currency words as the vocabulary writes them ("US dollars", "cents")
    code_src: str  # ISO codes as written, upper case ("USD"): before a figure ("USD 200") or after it ("17 USD")

    def ancestors(self, cls: str | None) -> tuple[str, ...]:
        """The class and every class containing it, nearest first."""
        out: list[str] = []
        while cls and cls not in out:
            out.append(cls)
            cls = self.class_parent.get(cls)
        return tuple(out)

    def lemma_class(self, phrase: str) -> tuple[str, str | None]:
        """The lemma of a noun phrase's head and the class the vocabulary gives it (or None)."""
        words = _norm(phrase).split()
        words[-1] = singular(words[-1], self.plurals)
        lemma = " ".join(words)
        cls = self.noun_class.get(lemma)
        if cls is None and len(words) > 1:
            cls = self.noun_class.get(words[-1])
            lemma = words[-1] if cls else lemma
        return lemma, cls


def build_lexicon(data: dict) -> Lexicon:
    """Compile a parsed vocabulary mapping (see the YAML file's header for its shape)."""
    plurals = {k.lower(): v.lower() for k, v in (data.get("plurals") or {}).items()}
    noun_class: dict[str, str] = {}
    class_parent: dict[str, str] = {}
    class_roles: dict[str, tuple[str, ...]] = {}
    noun_forms: list[str] = []
    inverse_plural: dict[str, list[str]] = {}
    for plural, lemma in plurals.items():
        inverse_plural.setdefault(lemma, []).append(plural)
    for cls, spec in (data.get("classes") or {}).items():
        spec = spec or {}
        if spec.get("parent"):
            class_parent[cls] = spec["parent"]
        class_roles[cls] = tuple(spec.get("roles") or ())
        for word in spec.get("words") or ():
            lemma = _norm(word)
            noun_class[lemma] = cls
            *mods, head = word.split()
            prefix = " ".join(mods + [""]) if mods else ""
            noun_forms.append(word)
            for plural in inverse_plural.get(head.lower(), []):
                noun_forms.append(prefix + plural)
            if head.lower() not in inverse_plural:
                if head.endswith("y") and head[-2:-1].lower() not in "aeiou":
                    noun_forms.append(prefix + head[:-1] + "ies")
                elif head.endswith(("s", "sh", "ch", "x")):
                    noun_forms.append(prefix + head + "es")
                else:
                    noun_forms.append(prefix + head + "s")
    irregular = {k: list(v) for k, v in (data.get("irregular_verbs") or {}).items()}
    verb_role: dict[str, str] = {}
    subject_verbs: set[str] = set()
    participle_role: dict[str, str] = {}
    role_class: dict[str, str] = {}
    for role, spec in (data.get("roles") or {}).items():
        spec = spec or {}
        for verb in spec.get("verbs") or ():
            for form in _inflect(_norm(verb), irregular):
                verb_role.setdefault(form, role)
        for verb in spec.get("subject_verbs") or ():
            for form in _inflect(_norm(verb), irregular):
                verb_role.setdefault(form, role)
                subject_verbs.add(form)
        for form in spec.get("forms") or ():
            verb_role.setdefault(_norm(form), role)
        for word in spec.get("participles") or ():
            participle_role[_norm(word)] = role
        if spec.get("class"):
            role_class[role] = spec["class"]
    side_of: dict[str, str] = {}
    side_words: list[str] = []
    for side, words in (data.get("sides") or {}).items():
        for w in words:
            side_of[_norm(w)] = side
            side_words.append(w)
    units: dict[str, str] = {}
    unit_exact: dict[str, str] = {}
    for unit, words in (data.get("units") or {}).items():
        for w in words:
            if len(w) == 1:  # one letter is a unit only as written: "500g" is grams, "5G" a network
                unit_exact[w] = unit
            else:
                units[_norm(w)] = unit
    ambiguous = {_norm(k): v for k, v in (data.get("ambiguous_units") or {}).items()}
    currency_prefix: dict[str, str] = {}
    currency_word: dict[str, str] = {}
    for code, words in (data.get("currencies") or {}).items():
        for w in words:
            if any(c in w for c in "$£€¥") or w.rstrip(".") == "Rs":
                currency_prefix[w] = code
            if not any(c in w for c in "$£€¥"):
                currency_word[_norm(w)] = code
    # ISO codes are currencies wherever they stand, but only in capitals ("CAD 20"; "cad" is a word).
    codes = [c for c in data.get("currencies") or () if len(c) == 3 and c.isalpha() and c.isupper() and c != "CENT"]
    currency_prefix.update((c, c) for c in codes)
    periods = [str(p) for p in data.get("periods") or ()]
    # Unit words are stored lower-cased and read in any case ("degrees Celsius", "°C"); the one-letter
    # symbols ("C", "F", "g") and the ambiguous words only as written.
    unit_src = "|".join(
        f"(?:{alt})" for alt in ("(?i:" + _alternation(list(units)) + ")", _alternation(list(unit_exact)),
                                 _alternation(list(ambiguous))) if alt != "(?i:)" and alt  # fmt: skip
    )
    return Lexicon(
        plurals=plurals,
        noun_class=noun_class,
        class_parent=class_parent,
        class_roles=class_roles,
        verb_role=verb_role,
        subject_verbs=subject_verbs,
        participle_role=participle_role,
        role_class=role_class,
        side_of=side_of,
        units=units,
        unit_exact=unit_exact,
        ambiguous_units=ambiguous,
        currency_prefix=currency_prefix,
        currency_word=currency_word,
        noun_forms=frozenset(_norm(w) for w in noun_forms),
        side_words=side_words,
        period_src=_alternation(periods),
        period_cues=tuple(sorted({_cue_word(p) for p in periods if p.split()})),
        unit_src=unit_src,
        per_unit_src=_alternation([w for w in units if not w.endswith(".")]),
        currency_prefix_src=_alternation(list(currency_prefix)),
        currency_written=tuple(w for ws in (data.get("currencies") or {}).values() for w in ws
                               if not any(c in w for c in "$£€¥")),
        code_src=_alternation(codes) or "(?!)",
    )


def load_lexicon(path: str | None = None) -> Lexicon:
    """The compiled vocabulary of ``path`` (default: the shipped file), built once per process."""
    return _load_lexicon(str(Path(path) if path else default_vocabulary_path()))


@lru_cache(maxsize=8)
def _load_lexicon(path: str) -> Lexicon:
    # Keyed on the path as a string: ``load_lexicon()`` and ``load_lexicon(None)`` (the rules ask one way, the
    # extractor the other) are one vocabulary, built once.
    return build_lexicon(load_yaml_file(path) or {})
