"""Entities: the mentions of one article merged into one node per real-world thing.

Mentions join when they carry the same name or gazetteer entry, when the text pairs them in
brackets (`대한무역투자진흥공사(KOTRA)`), when one is the last part of a foreign name (`하스`; of the
first such name when two share it) or its first, as family names come first in Japan (`이와야`), or
when one is a group's short name (`소프트뱅크` for `소프트뱅크그룹`). A short form (`이 대통령`)
goes to the person with that family name, preferring one the text gave the same title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from kg import lexicon
from kg.mentions import LOCAL_HEADS, Mention, Mentions, union_called_short

HANGUL = re.compile(r"[가-힣]")
#: capitals a company goes by before the Korean word for its trade: JSW of JSW스틸
ACRONYM = re.compile(r"[A-Z]{3,}")
#: a name short enough to be a company's without the words of its trade: 알토스, SM
CALLED_WITHOUT_TRADE = re.compile(r"[가-힣]{3,}|[A-Z]{2,}")
#: a body's name written by its words' first letters: 회추위, 비대위
INITIALS = re.compile(r"[가-힣]{2,4}")
#: the one-syllable units local heads govern (주, 시, 군): an unknown place is named without it too
LOCAL_UNITS = {unit for unit in LOCAL_HEADS.values() if len(unit) == 1}
#: what a name read without a word for its kind may be typed as
UNTYPED_NAMES = ("Organization", "Corporation", "Person", "Name")
KIND_RANK = {"Person": 0, "Organization": 1, "Place": 2, "Concept": 3}


@dataclass
class Entity:
    kind: str  # Person, Organization, Place, Concept
    cls: str  # schema.org class name, or Concept
    label: str  # the Korean label: the gazetteer's, else the fullest form in the text
    english: str | None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def key(self) -> str:
        """What makes two entities one, within an article and across articles."""
        return f"{self.kind}:{self.label}"

    @property
    def aliases(self) -> list[str]:
        """Every other surface form seen, in order of first appearance."""
        seen: dict[str, None] = {}
        for m in self.mentions:
            form = m.value if m.surname else m.text
            if form and form != self.label:
                seen.setdefault(form, None)
        return list(seen)


@dataclass
class Entities:
    entities: list[Entity]
    by_span: dict[tuple[int, int], Entity]

    def of(self, mention: Mention) -> Entity | None:
        return self.by_span.get((mention.start, mention.end))


class UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def identity(m: Mention) -> str:
    return m.key or full_country_name(m)


def full_country_name(m: Mention) -> str:
    """`미 해군` -> `미국 해군`: a foreign body is named with its country's full name, however written."""
    country, _, rest = m.text.partition(" ")
    known = lexicon.gazetteer().get(country) if m.kind == "Organization" and rest else None
    if known is None or known.cls != "Country" or known.label == "대한민국":
        return m.text
    return f"{known.label} {rest}"


def is_name_guess(m: Mention) -> bool:
    """A person, an untyped name, or a place only an ending made one (쇼이구): what the last part of a
    person's full name, named alone, may have been read as."""
    return m.kind in ("Person", "Concept") or is_place_guess(m)


def is_place_guess(m: Mention) -> bool:
    """A place no lexicon knows, one word read as a place by its ending alone (쇼이구: 구, a district)."""
    return m.kind == "Place" and m.key is None and " " not in m.text


def short_name(text: str) -> str:
    """The name without its company mark: 한빛㈜, (주)한빛 and 한빛 주식회사 are 한빛.

    A group is another entity than its companies: 한빛그룹 stays apart from 한빛㈜.
    """
    for mark in lexicon.CORPORATE_MARKS:
        if text.startswith(mark) and len(text) > len(mark) + 1:
            return text[len(mark):].strip()
        if text.endswith(mark) and len(text) > len(mark) + 1:
            return text[:-len(mark)].strip()
    return text


def contracted_name(text: str) -> str:
    """The name with its words written short, as news writes them: 한빛대학교병원 -> 한빛대병원.

    The longest word is shortened first, so that 한빛여자대학교 is 한빛여대, not 한빛여자대; a word
    that opens the name is left whole, as no name is made of it alone (노동조합 stays 노동조합).
    """
    for word in sorted(lexicon.contractions(), key=len, reverse=True):
        head, found, tail = text.partition(word)
        if found and head:
            return contracted_name(f"{head}{lexicon.contractions()[word]}{tail}")
    return text


def known_head_written_out(text: str) -> str:
    """The name with a known organization it opens with written by that organization's label:
    현대차지부 -> 현대자동차지부, as a union's branch or a firm's lab is named after its company either way.
    The longest known opening counts, so a name that opens with the label itself stays as it is."""
    for end in range(len(text) - 1, 1, -1):
        known = lexicon.gazetteer().get(text[:end])
        if known is not None:
            return known.label + text[end:] if known.kind == "Organization" else text
    return text


def union_branch(text: str) -> str | None:
    """`기아 노조` -> `기아지부`: a known company's union is the industry union's branch at the company,
    named as news names it (금속노조 기아지부)."""
    compact = text.replace(" ", "")
    for ending in ("노동조합", "노조"):
        known = lexicon.gazetteer().get(compact.removesuffix(ending)) if compact.endswith(ending) else None
        if known is not None and known.cls == "Corporation":
            return f"{known.label}지부"
    return None


def trade_word_cut(short: str, full: str) -> bool:
    """Whether a name ending in a word of its trade is the longer one with that word cut: 한빛파마 for
    한빛파마슈티컬스, but not 롯데케미칼 for 롯데케미칼타이탄, its subsidiary, whose name adds a word."""
    own = lexicon.org_suffixes().match(short)
    whole = lexicon.org_suffixes().match(full)
    return own is None or whole is not None and whole.text.startswith(own.text) and whole.text != own.text


def is_trade_words(text: str) -> bool:
    """Whether a name's rest is only words for a company's trade: 엔터테인먼트, 바이오로직스 (바이오, 로직스)."""
    trades = lexicon.org_suffixes().by_text
    return any(text[-size:] in trades and trades[text[-size:]].cls == "Corporation"
               and (size == len(text) or is_trade_words(text[:-size])) for size in range(len(text), 0, -1))


def called_without_trade(i: int, short: str, organizations: list[tuple[int, str]]) -> int | None:
    """The one company in the article whose name is `short` followed by words of its trade only:
    SM for SM엔터테인먼트, 알토스 for 알토스바이오로직스. Two such companies leave the short name to neither."""
    fulls = {full: j for j, full in organizations
             if j != i and len(full) > len(short) and full.startswith(short) and is_trade_words(full[len(short):])}
    return next(iter(fulls.values())) if len(fulls) == 1 else None


def is_initials_of(short: str, full: str) -> bool:
    """Whether `short` is `full` written by some of its words' first letters, as news shortens a body's name:
    회추위 for 회장후보추천위원회, 인수위 for 대통령직인수위원회. The last letter opens the word that
    says what kind of body it is (위원회), and the others come in order before it."""
    kind = lexicon.org_suffixes().match(full)
    if kind is None or len(full) < 2 * len(short) or short[-1] != kind.text[0]:
        return False
    rest = iter(full[:-len(kind.text)])
    return all(letter in rest for letter in short[:-1])


def group_full_names(names: list[Mention], aliases: list[tuple[Mention, Mention]]) -> list[list[Mention]]:
    uf = UnionFind(len(names))
    first: dict[str, int] = {}
    index = {(m.start, m.end): i for i, m in enumerate(names)}
    for i, m in enumerate(names):
        # known names carry their aliases; only unknown ones join their group's short name
        # and an unknown organization or place joins its name written short: 한빛노조 for 한빛노동조합, 여수산단
        # for 여수국가산업단지; a known place is also what its last word names where no lexicon said which (북구
        # of 대구 북구, in 북구청장)
        forms = {identity(m), m.text.rsplit(" ", 1)[-1]} if m.key and m.kind == "Place" and " " in m.text \
            else {identity(m)} if m.key else {identity(m), short_name(identity(m))}
        if m.key is None and m.kind in ("Organization", "Place"):
            forms.add(contracted_name(known_head_written_out(identity(m))))
        if m.key is None and m.kind == "Organization" and (branch := union_branch(identity(m))) is not None:
            forms.add(branch)  # 기아 노조 is 기아지부
        if m.key is None and m.kind == "Organization" and (short := union_called_short(identity(m))) is not None:
            forms.add(short)  # 전국철도노동조합 is 철도노조
        if m.key is None and m.kind in ("Organization", "Place") and " " in identity(m):
            forms.add(identity(m).replace(" ", ""))  # 보령 화력발전소 is 보령화력발전소, spaced or not
        for form in forms:
            if form in first:
                uf.union(first[form], i)
            else:
                first[form] = i
    # 경주 of 경북 경주 (경주시) is the headline's untyped 경주 too: a known place as the article writes it, or
    # a town's name without its unit (여수 of 여수시; but 경기 of 경기도 may be a game)
    written = {m.text: i for i, m in enumerate(names) if m.key and m.kind == "Place"}
    written |= {m.key[:-1]: i for i, m in enumerate(names) if m.key and m.kind == "Place"
                and m.key[-1:] in ("시", "군", "구") and len(m.key) >= 3 and m.key[:-1] not in written}
    for i, m in enumerate(names):
        if m.key is None and m.cls == "Name" and m.text in written:
            uf.union(written[m.text], i)
    # 멘도사 (주지사) for 멘도사주: a place no lexicon knows, named before its head without the unit he governs
    places = {identity(m): i for i, m in enumerate(names) if m.key is None and m.kind == "Place"}
    for i, m in enumerate(names):
        whole = identity(m)
        if m.key is None and m.kind in ("Place", "Concept") and whole[-1:] in LOCAL_UNITS and whole[:-1] in places:
            uf.union(places[whole[:-1]], i)
    # 한화(000880) for ㈜한화: an unknown name is the known company whose name it is without the mark
    marked = {short_name(m.key): i for i, m in enumerate(names) if m.key and short_name(m.key) != m.key}
    for i, m in enumerate(names):
        if m.key is None and m.text in marked:
            uf.union(marked[m.text], i)
    for name, alias in aliases:
        if (name.start, name.end) in index and (alias.start, alias.end) in index:
            uf.union(index[(name.start, name.end)], index[(alias.start, alias.end)])
    # 한화인더 for 한화인더스트리얼솔루션즈: a long name cut short, four letters or more, unknown to the gazetteer
    organizations = [(i, identity(m)) for i, m in enumerate(names) if m.kind == "Organization"]
    # (the full name may still be an unknown name, which the facts will type: 누리파마 측 … 누리파마슈티컬스와)
    unknown = [(i, identity(m)) for i, m in enumerate(names) if m.cls == "Name"]
    # and so are capitals alone for the first company named with them and a word of its trade (JSW, JSW스틸)
    cut = [(i, short, organizations + unknown) for i, short in organizations
           if names[i].key is None and len(short) >= 4]
    cut += [(i, short, organizations) for i, short in unknown if ACRONYM.fullmatch(short)]
    for i, short, fulls in cut:
        for j, full in fulls:
            if len(full) > len(short) + 1 and full.startswith(short) and full[len(short)] != " " \
                    and not (short.isascii() and full[len(short)].isascii()) and trade_word_cut(short, full):
                uf.union(i, j)
                break
    # a name of three letters or more, or of two capitals, for its company named with its trade (read as
    # a bare name: 모라노 alone may look like a person's name), but not one read as a club's (LG of LG 트윈스)
    for i, m in enumerate(names):
        short = identity(m)
        if m.key is None and m.cls in UNTYPED_NAMES and CALLED_WITHOUT_TRADE.fullmatch(short):
            j = called_without_trade(i, short, organizations)
            if j is not None:
                names[i] = replace(m, kind=names[j].kind, cls=names[j].cls)
                uf.union(i, j)
        # 알리바바그룹 for 알리바바: a known company's group, which the gazetteer does not know, is the company
        if m.key is not None and m.cls == "Corporation":
            for j, full in organizations:
                if names[j].key is None and full == f"{short}그룹":
                    uf.union(i, j)
    # 회추위 for 회장후보추천위원회: a body's name written by its words' first letters
    for i, m in enumerate(names):
        short = identity(m)
        if m.key is None and m.kind in ("Organization", "Concept") and INITIALS.fullmatch(short):
            full = next((j for j, full in organizations if is_initials_of(short, full)), None)
            if full is not None:
                names[i] = replace(m, kind=names[full].kind, cls=names[full].cls)
                uf.union(i, full)
    # 다카이치 내각 for 다카이치 사나에 내각: a body named after a person, with the person's name written short
    for i, short in organizations:
        words = short.split(" ")
        if names[i].key is None and len(words) >= 2:
            for j, full in organizations:
                whole = full.split(" ")
                if len(whole) > len(words) and (whole[0], whole[-1]) == (words[0], words[-1]):
                    uf.union(i, j)
                    break
    # 공안부 alone is 중국 공안부, a foreign body named with its country before (외교부, known, stays Korea's)
    for i, m in enumerate(names):
        if m.kind == "Organization" and m.key is None and " " not in identity(m):
            for j, full in organizations:
                country, _, body = full.partition(" ")
                known = lexicon.gazetteer().get(country)
                if body == identity(m) and known is not None and known.cls == "Country":
                    uf.union(i, j)
                    break
    # 그린버그 alone is 에반 그린버그, named first; 모리스 그린버그, named later, stays another person. So is
    # an untyped 그린버그 in a headline, before the story names him in full, or 쇼이구 read as a district.
    # A name whose family name comes first is called by its first part: 이와야 for 이와야 다케시. So is a
    # club by its city's name: 리옹 for 올랭피크 리옹.
    surnamed: set[str] = set()
    for i, m in enumerate(names):
        if (m.kind == "Person" or m.cls == "SportsTeam") and " " in identity(m):
            parts = identity(m).split(" ")
            for part in (parts[-1], parts[0]):
                # (a club that played as its city, 전북 for 전북 현대 모터스, is the club too)
                guess = part in first and (is_name_guess(names[first[part]]) or m.cls == names[first[part]].cls)
                if guess and part not in surnamed:
                    uf.union(first[part], i)
                    surnamed.add(part)
                    break
        # 자오 위원장 for 자오러지, 남궁 의원 for 남궁민수: a family name of two syllables, read as a person
        family = identity(m)[:2]
        if m.kind == "Person" and " " not in identity(m) and len(identity(m)) in (3, 4) and family in first \
                and names[first[family]].kind == "Person" and family not in surnamed:
            uf.union(first[family], i)
            surnamed.add(family)
    groups: dict[int, list[Mention]] = {}
    for i, m in enumerate(names):
        groups.setdefault(uf.find(i), []).append(m)
    return list(groups.values())


def make_entity(group: list[Mention]) -> Entity:
    known = next((lexicon.gazetteer()[m.key] for m in group if m.key), None)
    # Concept is what an unknown name is until some rule types it: any typed reading wins; beside a
    # person's name, a place only an ending made (쇼이구) is no reading either
    person = any(m.kind == "Person" for m in group)
    kinds = Counter(m.kind for m in group if m.kind != "Concept" and not (person and is_place_guess(m))) \
        or Counter(m.kind for m in group)
    kind = known.kind if known else min(kinds, key=lambda k: (-kinds[k], KIND_RANK[k]))
    if known:
        cls, label, english = known.cls, known.label, known.english
    else:
        classes = Counter(m.cls for m in group if m.kind == kind)
        cls = min(classes, key=lambda c: (-classes[c] if c != kind else 0, c))
        if kind == "Concept" and "Concept" in classes:  # 인공지능(AI): a common noun's concept, not an unknown name
            cls = "Concept"
        korean = [full_country_name(m) for m in group if HANGUL.search(m.text)] or [m.text for m in group]
        label = max(korean, key=len)
        english = None
    return Entity(kind, cls, label, english, sorted(group, key=lambda m: m.start))


def resolve_short_form(m: Mention, people: list[Entity], titled: dict[str, set[str]]) -> Entity | None:
    """The person a short form such as 손 회장 means: same family name, same title if possible."""
    candidates = [p for p in people if p.label.startswith(m.surname or "\0")]
    if not candidates:
        return None
    with_title = [p for p in candidates if titled.get(p.label, set()) & titled.get(f"{m.start}", set())]
    pool = with_title or candidates
    before = [p for p in pool if p.mentions[0].start < m.start]
    return (before or pool)[-1] if len(pool) > 1 else pool[0]


def promote(entity: Entity, cls: str) -> None:
    """Type an unknown proper name by the part it plays in a fact: what is acquired is a company.

    Concepts from common nouns (인공지능, 팹리스) stay concepts.
    """
    if entity.kind == "Concept" and entity.cls == "Name":
        entity.kind, entity.cls = lexicon.KIND_OF_CLASS[cls], cls


def team_short_forms(names: list[Mention]) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    """`LG 트윈스 … LG는`, `한화 이글스 … 한화 감독`: in an article that names a team, the word it is
    called by alone is the team, not the company group the gazetteer knows by that word, unless the
    article names that group too. Returns the names, such short forms made the team's, and their pairs."""
    # (in any case of letters: kt for KT 위즈, as the club writes itself)
    teams = {lexicon.sponsor(identity(m)).upper(): m for m in names if m.cls == "SportsTeam" and " " in identity(m)}
    written = {m.text for m in names}
    forms: dict[str, set[str]] = {}
    for m in names:
        forms.setdefault(m.key or m.text, set()).add(m.text)
    region_ends = {m.end for m in names if m.cls in ("Country", "AdministrativeArea")}
    out: list[Mention] = []
    pairs: list[tuple[Mention, Mention]] = []
    for m in names:
        team = teams.get(m.text.upper())
        # so is its city's name, where the article writes the city no other way (애틀랜타 브레이브스 … 애틀랜타와
        # 계약했다; but 울산광역시 … 울산 HD … 울산은 stays the city), nor after its country or state (프랑스
        # 파리의 경기장, 캘리포니아주 로스앤젤레스)
        city = m.cls == "City" and forms[m.key or m.text] == {m.text} and m.start - 1 not in region_ends
        if team is not None and (m.kind in ("Organization", "Concept") and m.key not in written or city) \
                and m.cls != "SportsTeam":
            m = replace(m, kind="Organization", key=None, english=None, cls="SportsTeam")
            pairs.append((team, m))
        out.append(m)
    return out, pairs


def named_in_full(names: list[Mention]) -> list[Mention]:
    """`산업통상부 … 산업부는`: a short form that more than one known body goes by is the one the article
    names in full (산업부 was 산업통상자원부's short form before it became 산업통상부's)."""
    keys = {m.key for m in names if m.key and m.text not in lexicon.shared_forms()}
    out: list[Mention] = []
    for m in names:
        named = [e for e in lexicon.shared_forms().get(m.text, ()) if e.label in keys]
        if len(named) == 1 and named[0].label != m.key:
            m = replace(m, key=named[0].label, cls=named[0].cls, english=named[0].english)
        out.append(m)
    return out


def states_called_short(names: list[Mention]) -> list[Mention]:
    """`켐프 조지아 주지사 … 조지아 역사상`: a country's name that the article reads elsewhere as a state's
    short form (조지아주, by its governor) is that state there too, not Georgia the country; so it is in an
    article about the United States (`미국 … 기아 조지아 공장`), where the lexicon knows a state so called."""
    states = {m.text: m for m in names if m.cls == "AdministrativeArea" and m.key and m.key != m.text}
    american = any(m.key == "미국" for m in names)
    out = []
    for m in names:
        named = states.get(m.text) if m.cls == "Country" else None
        state = (named.key, named.english) if named else None
        if state is None and m.cls == "Country" and american \
                and (known := lexicon.lookup(f"{m.text}주")) is not None and known.cls == "AdministrativeArea":
            state = (known.label, known.english)
        out.append(replace(m, key=state[0], cls="AdministrativeArea", english=state[1]) if state else m)
    return out


def written_within(name: Mention, alias: Mention) -> bool:
    """Whether the name is, or is part of, one of the names the gazetteer knows the alias's entry by, spaces
    aside: 로스앤젤레스FC for LAFC (로스앤젤레스 FC), 증권거래위원회 for SEC (미국 증권거래위원회)."""
    known = lexicon.gazetteer()[alias.key]
    compact = name.text.replace(" ", "")
    return any(compact in form.replace(" ", "") for form in (known.label, *known.aliases))


def defined_in_brackets(names: list[Mention], aliases: list[tuple[Mention, Mention]]) -> list[Mention]:
    """`사우디아라비아 전력청(SEC)`: letters the text defines in brackets for an unknown name are that name's,
    whatever else the gazetteer knows by them (the American SEC); so are the same letters said again."""
    defined = {alias.text: name for name, alias in aliases if name.key is None and alias.key is not None
               and alias.text.isascii() and not written_within(name, alias)}
    return [replace(m, key=None, english=None, kind=defined[m.text].kind, cls=defined[m.text].cls)
            if m.text in defined and m.key is not None else m for m in names]


def resolve(mentions: Mentions) -> Entities:
    """Merge the article's name mentions into entities; unresolved short forms are dropped."""
    pairs = [(a.name, a.alias) for a in mentions.aliases]
    names, team_pairs = team_short_forms(states_called_short(named_in_full(
        defined_in_brackets([m for m in mentions.names() if not m.surname], pairs))))
    pairs += team_pairs
    entities = [make_entity(g) for g in group_full_names(names, pairs)]
    # titles each person was given, and the title beside each short form (keyed by its offset)
    titled: dict[str, set[str]] = {}
    for ap in mentions.appositions:
        target = f"{ap.person.start}" if ap.person.surname else ap.person.key or ap.person.text
        titled.setdefault(target, set()).add(ap.title.value or "")
    for e in entities:
        for m in e.mentions:
            titled.setdefault(e.label, set()).update(titled.get(m.text, set()))
    people = [e for e in entities if e.kind == "Person"]
    # after 이모(31)씨, 이씨 is that unnamed person too, not 이흥구 named beside
    withheld = {m.surname for m in mentions.names() if m.surname and m.value == f"{m.surname}모씨"}
    for m in mentions.names():
        if m.surname and not (m.surname in withheld and (m.value or "").endswith("씨")):
            person = resolve_short_form(m, people, titled)
            if person is not None:
                person.mentions.append(m)
    by_span = {(m.start, m.end): e for e in entities for m in e.mentions}
    return Entities(sorted(entities, key=lambda e: e.mentions[0].start), by_span)
