"""The lexicons: general knowledge kept as data files in `kg/lexicon/`, loaded once.

Nothing here comes from an evaluation text: titles, suffixes, surnames, and a gazetteer of
countries, cities, state bodies, well-known companies, media and people with English names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TypeVar

T = TypeVar("T")

#: the marks of a company's legal form, no part of its name: 한빛㈜, (주)한빛 and 한빛 주식회사 are 한빛
CORPORATE_MARKS = ("㈜", "(주)", "주식회사")
#: schema.org class -> coarse kind used through the pipeline
KIND_OF_CLASS = {
    "Person": "Person",
    "Organization": "Organization",
    "Corporation": "Organization",
    "GovernmentOrganization": "Organization",
    "NewsMediaOrganization": "Organization",
    "EducationalOrganization": "Organization",
    "CollegeOrUniversity": "Organization",
    "ResearchOrganization": "Organization",
    "PoliticalParty": "Organization",
    "SportsTeam": "Organization",
    "MusicGroup": "Organization",
    "Place": "Place",
    "Country": "Place",
    "City": "Place",
    "AdministrativeArea": "Place",
    "Continent": "Place",
    "GovernmentBuilding": "Place",
    "Concept": "Concept",
}


@dataclass(frozen=True)
class Known:
    """A gazetteer entry: one real-world entity and the names it goes by."""

    label: str
    cls: str
    english: str | None
    aliases: tuple[str, ...] = field(default=())

    @property
    def kind(self) -> str:
        return KIND_OF_CLASS[self.cls]


@dataclass(frozen=True)
class Suffix:
    text: str
    cls: str
    min_length: int
    fused: bool = False  # names a place only written fused to its name (평택공장), not after it (조지아주 공장)
    max_length: int | None = None  # a township's name is short (가야곡면); a longer word is something else (볶음면)


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a lexicon file, comments and blank lines left out."""
    text = resources.files("kg").joinpath("lexicon", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def gazetteer() -> dict[str, Known]:
    """Every surface form (label, alias, English name) -> its entry."""
    table: dict[str, Known] = {}
    for row in rows("entities.tsv"):
        label, cls, english = row[0], row[1], (row[2] if len(row) > 2 and row[2] else None)
        aliases = tuple(a for a in (row[3].split("|") if len(row) > 3 else []) if a)
        if cls not in KIND_OF_CLASS:
            raise ValueError(f"entities.tsv: unknown class {cls!r} for {label}")
        entry = Known(label, cls, english, aliases)
        for form in (label, english, *aliases):
            if form:
                table.setdefault(form, entry)
                table.setdefault(form.replace("㈜", "(주)"), entry)  # ㈜LG is also written (주)LG
    for towns in municipalities().values():  # a bare name only when it means the place alone (김해, not 진도)
        for town in towns.values():
            for form in (town.label, town.english, *town.aliases):
                if form:
                    table.setdefault(form, town)
    return table


#: what news writes after a known name that is still that name: 보잉사 (a company), 뉴욕시 (a city)
KIND_WORDS = {"사": "Corporation", "시": "City"}


@cache
def shared_forms() -> dict[str, tuple[Known, ...]]:
    """Short forms more than one entry goes by (산업부: 산업통상자원부, and 산업통상부 since it was renamed),
    with every entry; the gazetteer gives the one listed first."""
    owners: dict[str, list[Known]] = {}
    for row in rows("entities.tsv"):
        for form in (a for a in (row[3].split("|") if len(row) > 3 else []) if a):
            owners.setdefault(form, []).append(gazetteer()[row[0]])
    return {form: tuple(entries) for form, entries in owners.items() if len(entries) > 1}


def lookup(form: str) -> Known | None:
    """The gazetteer's entry for a name, also when written with a hyphen it has not (메르세데스-벤츠), or
    with the word for its kind after it: 사 after a company's name (보잉사, 애플사), 시 after a city's
    (뉴욕시; 뉴욕주 is the state), or as a committee is written short (방송통신위 for 방송통신위원회)."""
    found = gazetteer().get(form) or (gazetteer().get(form.replace("-", "")) if "-" in form else None)
    if found is None and form[-1:] in KIND_WORDS and len(form) > 2:
        named = gazetteer().get(form[:-1])
        found = named if named is not None and named.cls == KIND_WORDS[form[-1]] else None
    if found is None and form.endswith("위") and len(form) > 2:
        found = gazetteer().get(f"{form}원회")
    return found


def sponsor(team: str) -> str:
    """The word a team is called by alone: its first (LG 트윈스), or the one after its city (서울 SK 나이츠)."""
    words = team.split(" ")
    known = gazetteer().get(words[0])
    return words[1] if len(words) > 2 and known is not None and known.kind == "Place" else words[0]


@cache
def team_sponsors() -> frozenset[str]:
    """The words known teams are called by alone (한화, LG, SK): in sports news, before a name, where
    the person plays or works (한화 손혁 단장)."""
    words = {sponsor(row[0]) for row in rows("entities.tsv") if row[1] == "SportsTeam" and " " in row[0]}
    places = {word for word in words if word in gazetteer() and gazetteer()[word].kind == "Place"}
    return frozenset(words - places - set(org_suffixes().by_text))  # 부산 KCC: named after its city


@cache
def team_nicknames() -> frozenset[str]:
    """The Korean words after a club's sponsor or city (히어로즈 of 키움 히어로즈), proper nouns that Kiwi
    may otherwise read with the particle after them as one unknown word (히어로즈에)."""
    return frozenset(word for row in rows("entities.tsv") if row[1] == "SportsTeam" and " " in row[0]
                     for word in row[0].split(" ")[1:] if len(word) >= 3 and all("가" <= c <= "힣" for c in word))


@cache
def municipalities() -> dict[str, dict[str, Known]]:
    """Name without 시, 군 or 구 -> province or metropolitan city -> that city, county or district:
    부천 -> 경기도 -> 부천시 (고성 is a county of two provinces)."""
    table: dict[str, dict[str, Known]] = {}
    for name, label, cls, region, english, alone in rows("municipalities.tsv"):
        if cls not in KIND_OF_CLASS:
            raise ValueError(f"municipalities.tsv: unknown class {cls!r} for {label}")
        table.setdefault(name, {})[region] = Known(label, cls, english or None, (name,) if alone == "yes" else ())
    return table


@cache
def titles() -> dict[str, str]:
    """Korean title -> English title."""
    return {row[0]: row[1] for row in rows("titles.tsv")}


@cache
def agreement_types() -> dict[str, str]:
    """Words naming an agreement (양해각서, 업무협약, MOU) -> the type recorded in the graph."""
    return {row[0]: row[1] for row in rows("agreements.tsv")}


@cache
def contractions() -> dict[str, str]:
    """Words of an organization's name -> the short form news writes in their place (노동조합 -> 노조)."""
    return {row[0]: row[1] for row in rows("contractions.tsv")}


@cache
def cues() -> dict[str, str]:
    """Nouns that, just before an unknown name, say its class (기업 ARM -> Corporation)."""
    return {row[0]: row[1] for row in rows("cues.tsv")}


@cache
def is_cue(noun: str) -> bool:
    """Whether a noun only says what kind a name is: a cue (기업), or a cue written after an industry
    (방산기업, 반도체업체), however Kiwi reads the industry."""
    return noun in cues() or any(noun[:at] in industries() and noun[at:] in cues() for at in range(1, len(noun)))


def cued_class(noun: str) -> str | None:
    """The class a cue noun names; a longer noun may end a compound (여배우, 합작법인), but one syllable
    (딸, 형) stands alone."""
    return cues().get(noun) or longest_ending(cues(), noun)


@cache
def implied_organizations() -> dict[str, str]:
    """Titles that name their organization by themselves: 국회의원 -> 국회."""
    return {row[0]: row[3] for row in rows("titles.tsv") if len(row) > 3 and row[3]}


def titles_of_use(use: str) -> frozenset[str]:
    return frozenset(row[0] for row in rows("titles.tsv") if len(row) > 2 and row[2] == use)


@cache
def byline_titles() -> frozenset[str]:
    """Titles that mark who wrote or photographed the story (기자, 특파원)."""
    return titles_of_use("byline")


@cache
def team_titles() -> frozenset[str]:
    """Posts held at a sports team (감독, 코치, 단장)."""
    return titles_of_use("team")


@cache
def professions() -> frozenset[str]:
    """Licensed professions (변호사, 회계사): held on one's own, at no organization named beside another post."""
    return titles_of_use("profession")


@cache
def courtesy_titles() -> frozenset[str]:
    """Titles of courtesy (여사, 선생): they tell a person's name, but name no post."""
    return titles_of_use("courtesy")


@cache
def company_prefixes() -> frozenset[str]:
    """Known companies and groups by their short names (카카오, SK, 한화): affiliates start with them."""
    found = set()
    for entry in set(gazetteer().values()):
        if entry.cls != "Corporation":
            continue
        for form in (entry.label, *entry.aliases):
            short = form.removesuffix("그룹")
            if (len(short) >= 2 and not short.isascii()) or (short.isupper() and 2 <= len(short) <= 4):
                found.add(short)
    return frozenset(found)


@cache
def title_modifiers() -> dict[str, str]:
    """Words such as 전/현/신임 that stand between a name and its title."""
    return {row[0]: row[1] for row in rows("title_modifiers.tsv")}


@dataclass(frozen=True)
class SuffixTable:
    """Suffixes by their text, for a lookup per possible suffix length rather than per suffix."""

    by_text: dict[str, Suffix]
    longest: int

    def __iter__(self):
        return iter(self.by_text.values())

    def match(self, word: str, slack: int = 0) -> Suffix | None:
        """The longest suffix of `word` that `word` is long enough for (`slack` letters shorter allowed)."""
        for size in range(min(self.longest, len(word) - 1), 0, -1):
            suffix = self.by_text.get(word[-size:])
            if suffix is not None and len(word) >= suffix.min_length - slack \
                    and (suffix.max_length is None or len(word) <= suffix.max_length):
                return suffix
        return None


def suffixes(name: str) -> SuffixTable:
    """A suffix table from its file: suffix, class, the word's length (at least N, or N-M), maybe `fused`."""
    found = {}
    for row in rows(name):
        low, _, high = row[2].partition("-")
        found[row[0]] = Suffix(row[0], row[1], int(low), row[3:4] == ["fused"], int(high) if high else None)
    return SuffixTable(found, max(map(len, found)))


@cache
def org_suffixes() -> SuffixTable:
    return suffixes("org_suffixes.tsv")


@cache
def place_suffixes() -> SuffixTable:
    return suffixes("place_suffixes.tsv")


@cache
def units() -> dict[str, tuple[str, str]]:
    """Nouns for a body of an organization or country (노조, 대표단), named after a person (재단) or
    after a place (대학, 경찰서) -> (its class, "body", "namesake" or "place")."""
    return {row[0]: (row[1], row[2]) for row in rows("units.tsv")}


@cache
def holidays() -> dict[str, tuple[int, int] | None]:
    """Holiday -> (month, day), or None when its day moves from year to year (추석)."""
    table: dict[str, tuple[int, int] | None] = {}
    for row in rows("holidays.tsv"):
        day = row[1].strip() if len(row) > 1 else ""
        table[row[0]] = (int(day[:2]), int(day[3:])) if day else None
    return table


@cache
def eras() -> frozenset[str]:
    """Named periods of history (조선시대, 냉전기): dates of no single day."""
    return words("eras.txt")


@cache
def subject_kinds() -> dict[str, tuple[str, str]]:
    """Predicate -> the kind and class of whatever is its subject: 결혼(하다) takes a person,
    출시(하다) a company."""
    table = {verb: ("Person", "Person") for verb in words("person_verbs.txt")}
    table.update({verb: ("Organization", "Corporation") for verb in words("organization_verbs.txt")})
    return table


@cache
def person_objects() -> frozenset[str]:
    """What only a player does, as an object (골, 안타, 득점): its subject is a person."""
    return words("person_objects.txt")


@cache
def thing_endings() -> frozenset[str]:
    """Last syllables of things' names that no Korean given name ends in (공산당, 천안함)."""
    return words("thing_endings.txt")


@cache
def venue_nouns() -> dict[str, Suffix]:
    """The place suffixes that are also words for a kind of venue (광장, 체육관), by their text. One
    syllable is too little: in `아이언맨 역의`, 역 is a role, not a station."""
    return {s.text: s for s in place_suffixes()
            if len(s.text) >= 2 and s.cls not in ("City", "AdministrativeArea") and not s.fused}


@cache
def surnames() -> frozenset[str]:
    return words("surnames.txt")


@cache
def hanja_surnames() -> dict[str, str]:
    """Family names written in Hanja -> their Hangul: 李 -> 이."""
    return {row[0]: row[1] for row in rows("hanja_surnames.tsv")}


@cache
def family_names() -> frozenset[str]:
    """Common foreign family names, which name a person even alone (패터슨은)."""
    return words("family_names.txt")


@cache
def family_first_names() -> frozenset[str]:
    """Vietnamese family names, which open a name of short parts written apart (팜 민 찐)."""
    return words("family_first_names.txt")


@cache
def platforms() -> frozenset[str]:
    """Social media and video platforms, which are a medium where someone posts (페이스북에)."""
    return words("platforms.txt")


@cache
def name_openers() -> frozenset[str]:
    """Foreign given names and Japanese family names: words that open a foreign person's name."""
    return words("name_openers.txt")


@cache
def titled_name_openers() -> frozenset[str]:
    """Foreign given names that are also Korean words (짐, 팀): they open a name only after a title."""
    return words("titled_name_openers.txt")


@cache
def organization_nouns() -> frozenset[str]:
    """Nouns that make the name just before them an organization's (한빛소재 측, 누리랩 관계자)."""
    return words("organization_nouns.txt")


@cache
def person_nouns() -> frozenset[str]:
    """Nouns that make the name before them, with 의, a person's (만델라의 장례식, 테디의 아내)."""
    return words("person_nouns.txt")


@cache
def place_nouns() -> frozenset[str]:
    """Nouns that make the name just before them a place's (룩소르 인근, 쿠이아바 주민)."""
    return words("place_nouns.txt")


@cache
def generic_bodies() -> frozenset[str]:
    """Bodies every state has (외교부, 해군): after another country's name, that country's."""
    return words("generic_bodies.txt")


@cache
def awards() -> frozenset[str]:
    """Awards named by one word (그래미, 발롱도르)."""
    return words("awards.txt")


@cache
def ceremonies() -> frozenset[str]:
    """Ceremonies (준공식, 종무식), among them those of signings (서명식)."""
    return words("ceremonies.txt")


@cache
def event_nouns() -> frozenset[str]:
    """Nouns that end an event's name (그래미 어워즈), ceremonies and the awards: a title after one is a
    candidacy, held by no one named."""
    return words("event_nouns.txt") | ceremonies() | awards()


@cache
def common_nouns() -> frozenset[str]:
    """Common nouns Kiwi's dictionary takes for proper nouns (웹툰, 메타버스), read as common nouns instead."""
    return words("common_nouns.txt")


@cache
def industries() -> frozenset[str]:
    """Industries and trades (조선, 방산), which name no entity though Kiwi may read them as names."""
    return words("industries.txt")


@cache
def work_nouns() -> frozenset[str]:
    """Nouns for kinds of creative work, before a quoted title (영화 '미키 17', 신곡 '봄날')."""
    return words("work_nouns.txt")


@cache
def place_parts() -> tuple[str, ...]:
    """Parts of a place (동북부, 서부): `중국 동북부` is no government body."""
    return tuple(sorted(words("place_parts.txt")))


def longest_ending(table: Mapping[str, T], text: str) -> T | None:
    """The entry for the longest ending of `text`, two letters or more, that the table holds: 배우 in
    여배우, 국제공항 in 순안국제공항."""
    return next((table[text[-n:]] for n in range(len(text), 1, -1) if text[-n:] in table), None)


def words(name: str) -> frozenset[str]:
    """A word list: words separated by spaces and lines, `#` lines are comments."""
    text = resources.files("kg").joinpath("lexicon", name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@cache
def longest_title() -> int:
    return max(map(len, titles()))


@cache
def title_endings() -> frozenset[str]:
    """The last letters of titles: a word ending otherwise holds no title, a cheap first test."""
    return frozenset(title[-1] for title in titles())
