"""Mentions: the names, titles, dates and amounts in each sentence, with exact offsets.

Kiwi gives morphemes; a *word* here is a run of morphemes between spaces and punctuation, split
into its noun *stem* (산업통상자원부) and its functional *tail* (와, 은, 의). Stems are named by
the gazetteer, by organization and place suffixes, and by name shape in context: a title after a
stem makes it a person (`손정의 회장`, `르네 하스 대표`), a surname before a title is a short form
(`이 대통령`). The title parse also yields appositions, which the fact stage turns into positions.

The rules live in small modules: `people`, `titles`, `organizations` and `places` each hold the
passes for one kind of thing, `base` the state and lookups they share, `reader` the order of the
passes, and `document` the reading of a whole article.
"""

from kg.mentions.base import is_ceremony, regional_arm, union_called_short
from kg.mentions.document import find_mentions
from kg.mentions.model import AliasPair, Apposition, Mention, Mentions
from kg.mentions.patterns import (
    ACTING,
    APPOINTMENT,
    BOARDS,
    BRANCH_NOUNS,
    CASE_PARTICLES,
    COURTESY,
    DIVISIONS,
    GLOSS_AFTER,
    LOCAL_HEADS,
    MOVING,
    PERIOD_BOUNDS,
    PROMOTED,
    SUCCEEDING,
)

__all__ = ["ACTING", "APPOINTMENT", "BOARDS", "BRANCH_NOUNS", "CASE_PARTICLES", "COURTESY", "DIVISIONS", "GLOSS_AFTER",
           "LOCAL_HEADS", "MOVING", "PERIOD_BOUNDS", "PROMOTED", "SUCCEEDING", "AliasPair", "Apposition", "Mention",
           "Mentions", "find_mentions", "is_ceremony", "regional_arm", "union_called_short"]
