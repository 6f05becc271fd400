"""Names of KB entities in the text ("Twitter", "X"), with the platform context an ambiguous name needs.

An ambiguous entity name (a letter or common word, like "X") counts only where prose clearly means the
platform; an unambiguous one counts wherever it is written.
"""

from __future__ import annotations

import regex

from factlint.extractors.people.model import EntityMention
from factlint.extractors.people.patterns import Compiled
from factlint.lang.regextrie import finditer_at_words
from factlint.support import regexcache

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


def find_entities(text: str, c: Compiled) -> list[EntityMention]:
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
