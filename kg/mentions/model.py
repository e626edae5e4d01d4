"""What the mention stage hands on: mentions, appositions and alias pairs."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.mentions.patterns import NAME_KINDS


@dataclass(frozen=True)
class Mention:
    """A span of the body that names something, with what the rules learnt about it."""

    start: int
    end: int
    text: str
    kind: str  # Person, Organization, Place, Concept, Title, Date, Time, Quantity
    cls: str  # schema.org class name for names; the kind again otherwise
    sentence: int
    key: str | None = None  # the gazetteer's label when the name is known
    english: str | None = None
    surname: str | None = None  # set on short forms such as 이 대통령
    value: str | None = None  # ISO date, title, normalised number, or a short form as written (이 대통령)
    unit: str | None = None


@dataclass(frozen=True)
class Apposition:
    """`[ORG의] NAME [전] [ORG] TITLE`: a person, the post named beside them, and its organization."""

    person: Mention
    title: Mention
    org: Mention | None
    former: bool


@dataclass(frozen=True)
class AliasPair:
    """`NAME(ALIAS)`: two spans that name one thing."""

    name: Mention
    alias: Mention


@dataclass(frozen=True)
class OrgSlot:
    """An organization an apposition would name, recorded only when the apposition holds."""

    start: int
    end: int
    kind: str
    cls: str
    existing: Mention | None = None
    known_as: str | None = None  # the gazetteer form it is, when not its text: 조지아 (주지사) is 조지아주


@dataclass
class Mentions:
    mentions: list[Mention] = field(default_factory=list)
    appositions: list[Apposition] = field(default_factory=list)
    aliases: list[AliasPair] = field(default_factory=list)
    bylines: list[Mention] = field(default_factory=list)  # 김세현 기자: who wrote, not who acted

    def names(self) -> list[Mention]:
        """Name mentions of the story: reporters' bylines left out."""
        bylines = [(b.start, b.end) for b in self.bylines]
        return [m for m in self.mentions if m.kind in NAME_KINDS
                and not any(s <= m.start and m.end <= e for s, e in bylines)]

