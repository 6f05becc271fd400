"""Verbs of change ("rose", "fell", "doubled"): the words that make figures a before and an after.

The change check reads their direction; the number scanner, the date grammar and the percentage check only
ask whether a change is being described ("rose from 1061 to 1128" holds amounts, not years or a range).  All
of them read these lists, so a verb taught to one is known to all.
"""

from __future__ import annotations

from factlint.support import regexcache

# In the order the change check has always tried them (its patterns are tries, so order does not matter).
RISE_WORDS = (
    "rose|risen|rise|rises|rising|increased|increase|increases|increasing|grew|grown|grow|grows|growing|climbed|"
    "climbs|climbing|jumped|jumps|jumping|gained|gains|gaining|surged|surges|surging|soared|soars|soaring|"
    "advanced|advances|up|higher|improved|expanded|boosted|raised"
).split("|")
FALL_WORDS = (
    "fell|fall|falls|falling|fallen|dropped|drops|dropping|declined|declines|declining|decreased|decreases|"
    "decreasing|slipped|slips|slid|dipped|dips|plunged|plummeted|tumbled|slumped|sank|eased|down|lower|shrank|"
    "contracted|cut|reduced|lowered"
).split("|")
RATIO_WORDS = {"doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
# Further forms that describe a change without a direction the change check could rely on ("widened",
# "revised"), or that it does not read ("hiked", "cuts").
OTHER_CHANGE_WORDS = frozenset(
    "climb jump drop decline decrease raise raising reduce reducing lowers cuts trimmed edged widened narrowed "
    "lifted hiked revised changed moved went gone lost".split()
)
CHANGE_WORDS = frozenset(RISE_WORDS) | frozenset(FALL_WORDS) | frozenset(RATIO_WORDS) | OTHER_CHANGE_WORDS


def change_alternation(extra: frozenset[str] = frozenset()) -> str:
    """One regex alternation of every change word and ``extra`` (context words a caller also accepts)."""
    return "|".join(regexcache.escape(w) for w in sorted(CHANGE_WORDS | extra, key=lambda w: (-len(w), w)))
