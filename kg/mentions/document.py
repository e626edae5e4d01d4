"""Mentions of a whole article: every sentence read, names carried from one sentence to the next,
dates and amounts."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import lexicon
from kg.analyze import Analysis, Sentence
from kg.dates import find_dates
from kg.mentions.base import union_called_short
from kg.mentions.model import AliasPair, Apposition, Mention, Mentions
from kg.mentions.patterns import (
    BOILERPLATE,
    LIST_HEADING_MARKS,
    LIST_ITEM_MARKS,
    NAME_KINDS,
    PARTICLES,
    PERIOD_BOUNDS,
    THAT_DAY,
    TO_COME,
    TOURNAMENT,
)
from kg.mentions.places import is_compared_period
from kg.mentions.reader import SentenceReader
from kg.quantities import find_amounts
from kg.words import HANGUL_ONLY, Word, split_words

#: what Kiwi may read as part of a name written before it: a particle, or 씨 (김만배씨)
GLUED = (*PARTICLES, "씨")
#: the tag of an appointments list, the organization it is of after it: `[인사] 한빛은행`
APPOINTMENTS_TAG = re.compile(r"[\[〈<]인사[\]〉>]\s*")


def by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    index: dict[int, list[Mention]] = {}
    for m in mentions:
        index.setdefault(m.sentence, []).append(m)
    return index


def type_by_evidence(out: Mentions) -> None:
    """`송치형 두나무 회장 … 두나무가`: a word named as where someone holds a post, or read as an organization
    elsewhere, is that organization throughout the article, also where its shape alone made it a person's
    name. `소설가 한강 … 한강은`: a place's name that a rule read as a person's (the writer, no river) is that
    person throughout."""
    posts = {ap.org.text: ap.org for ap in out.appositions if ap.org is not None and ap.org.kind == "Organization"}
    # (`에너지 기업 산토스로부터 … 산토스가`: one word a cue or an ending made an organization is no one's name)
    posts |= {m.text: m for m in out.mentions if m.kind == "Organization" and m.key is None and " " not in m.text
              and m.text not in posts}
    holders = {(ap.person.start, ap.person.end) for ap in out.appositions}
    people = {m.text for m in out.mentions if m.kind == "Person" and m.key is None and not m.surname
              and (known := lexicon.gazetteer().get(m.text)) is not None and known.kind == "Place"}

    def retyped(m: Mention) -> Mention:
        if m.kind == "Person" and not m.surname and m.text in posts and (m.start, m.end) not in holders:
            org = posts[m.text]
            return replace(m, kind=org.kind, cls=org.cls, key=org.key, english=org.english)
        if m.kind == "Place" and m.text in people:
            return replace(m, kind="Person", cls="Person", key=None, english=None)
        return m

    out.mentions = [retyped(m) for m in out.mentions]


def split_organizations_off_names(out: Mentions) -> None:
    """`광산업체 필바라미네랄스의 … 데일 헨더슨 필바라미네랄스 최고경영자`: a foreign name's last part that the
    article names as an organization elsewhere is that organization, where the person holds the post."""
    orgs = {m.text: m for m in out.mentions if m.kind == "Organization" and " " not in m.text}
    for m in list(out.mentions):
        name, _, last = m.text.rpartition(" ")
        if m.kind != "Person" or " " not in name or last not in orgs:
            continue
        person = replace(m, text=name, end=m.start + len(name))
        org = replace(orgs[last], start=m.end - len(last), end=m.end, sentence=m.sentence)
        out.mentions[out.mentions.index(m)] = person
        out.mentions.append(org)
        out.appositions = [replace(ap, person=person, org=ap.org or org) if ap.person == m else ap
                           for ap in out.appositions]


def read_american_democrats(out: Mentions) -> None:
    """`민주당 척 슈머 상원 원내대표`, `공화당과 민주당`: 민주당 is Korea's party, unless the article seats a
    foreigner in it, or names America's Republicans and seats no Korean in it."""
    seated = [ap.person.text for ap in out.appositions if ap.org is not None and ap.org.text == "민주당"]
    foreigner = any(" " in name for name in seated)
    korean = any(" " not in name for name in seated)
    if not (foreigner or any(m.key == "공화당" for m in out.mentions) and not korean):
        return
    american = lexicon.gazetteer()["미국 민주당"]
    out.mentions = [replace(m, key=american.label, english=american.english) if m.text == "민주당" else m
                    for m in out.mentions]
    out.appositions = [replace(ap, org=replace(ap.org, key=american.label, english=american.english))
                       if ap.org is not None and ap.org.text == "민주당" else ap for ap in out.appositions]


def read_council_committees(out: Mentions) -> None:
    """`경기도의회 예산결산특별위원회 … 예결위원장`: a committee the lexicon knows as the National Assembly's,
    named right after a local council, is that council's, one organization of both names; so is every
    other name of it in the article."""
    mentions = sorted(out.mentions, key=lambda m: m.start)
    joined: dict[str, Mention] = {}  # the Assembly committee's key -> the council's committee
    renamed: dict[int, Mention | None] = {}  # id of a mention -> the one that replaces it (None: dropped)
    for council, committee in zip(mentions, mentions[1:], strict=False):
        if committee.key is not None and committee.key.startswith("국회 ") and council.kind == "Organization" \
                and council.text.endswith("의회") and council.text != "국회" and committee.start == council.end + 1:
            joined[committee.key] = renamed[id(committee)] = replace(
                committee, start=council.start, text=f"{council.text} {committee.text}", key=None, english=None,
                cls="GovernmentOrganization")
            renamed[id(council)] = None
    for m in mentions:
        if id(m) not in renamed and m.key in joined:
            renamed[id(m)] = replace(m, key=None, english=None, cls="GovernmentOrganization")
            out.aliases.append(AliasPair(joined[m.key], renamed[id(m)]))
    if renamed:
        out.mentions = [renamed.get(id(m), m) for m in out.mentions if renamed.get(id(m), m) is not None]
        out.appositions = [replace(ap, org=renamed.get(id(ap.org), ap.org)) for ap in out.appositions]


def read_club_posts(out: Mentions) -> None:
    """`바이에른 뮌헨 … 뱅상 콤파니 뮌헨 감독`: in an article that names a club after its city, the city
    where someone holds a post is the club."""
    clubs = {m.text.rsplit(" ", 1)[1]: m for m in out.mentions if m.cls == "SportsTeam" and " " in m.text}
    out.appositions = [replace(ap, org=clubs[ap.org.text]) if ap.org is not None and ap.org.kind == "Place"
                       and ap.org.text in clubs else ap for ap in out.appositions]


def read_teams_called_by_coach(out: Mentions) -> None:
    """`홍명보 감독 … 홍명보호`: a coach's name with 호 after it calls the team the coach leads, the one team
    the article names."""
    coaches = {ap.person.text for ap in out.appositions if ap.title.value in ("감독", "감독대행")}
    teams = {m.text: m for m in out.mentions if m.cls == "SportsTeam"}
    if len(teams) != 1:
        return
    (team,) = teams.values()
    for k, m in enumerate(out.mentions):
        if m.kind == "Concept" and m.text.endswith("호") and m.text[:-1] in coaches:
            out.mentions[k] = replace(m, kind=team.kind, cls=team.cls, key=team.key, english=team.english)
            out.aliases.append(AliasPair(team, out.mentions[k]))


def read_appointment_lists(analysis: Analysis, out: Mentions) -> None:
    """`[인사] 한빛은행 … ◇ 부행장 승진 ▲ 김도윤(디지털금융그룹) ▲ 박서연(기업금융그룹)`: in an appointments list,
    each person on a ▲ line takes the post the line above names, at the organization the list is of; a post
    named with the person (`▲ 예산실장 박지영`) is at that organization too."""
    tag = APPOINTMENTS_TAG.search(analysis.article.body)
    if tag is None:
        return
    index = by_sentence(out.mentions)
    org = next((m for m in out.mentions if m.start == tag.end() and m.kind == "Organization"), None)
    title: Mention | None = None
    for sentence in analysis.sentences:  # a sentence never crosses a line: each is a line of the list
        here = index.get(sentence.index, [])
        if sentence.text.lstrip().startswith(LIST_HEADING_MARKS):
            title = next((m for m in here if m.kind == "Title"), None)
        elif any(mark in sentence.text for mark in LIST_ITEM_MARKS):
            # ▲ 예산실장 박지영: a post named with the person is at the list's organization too
            listed = [ap for ap in out.appositions if ap.person.sentence == sentence.index]
            out.appositions = [replace(ap, org=org) if ap in listed and ap.org is None else ap
                               for ap in out.appositions]
            if title is not None:
                named = {id(ap.person) for ap in listed}
                out.appositions += [Apposition(m, title, org, False) for m in here
                                    if m.kind == "Person" and not m.surname and id(m) not in named]
        else:
            title = None


def find_local_names(analysis: Analysis, words_of: list[list[Word]], out: Mentions) -> None:
    """Second pass: a name found once is found everywhere in the article, in the same kind.

    Foreign names are also found by their last part (그린버그 for 에반 그린버그), and so are clubs whose last
    word names no place (밀란 for AC 밀란).
    """
    body = analysis.article.body
    forms: dict[str, Mention] = {}
    for m in out.names():
        if m.surname:
            continue
        forms.setdefault(m.text, m)
        if m.kind == "Organization" and (short := union_called_short(m.text)) is not None:
            forms.setdefault(short, m)  # 철도노조, of 전국철도노동조합
        last = m.text.rsplit(" ", 1)[-1]
        if " " in m.text and (m.kind == "Person" or m.cls == "SportsTeam" and last not in lexicon.gazetteer()):
            forms.setdefault(last, m)
    index = by_sentence(out.mentions)
    for sentence, words in zip(analysis.sentences, words_of, strict=True):
        here = index.setdefault(sentence.index, [])
        for i, word in enumerate(words):
            for n in (3, 2, 1):
                if i + n > len(words):
                    continue
                start, end = word.start, words[i + n - 1].stem_end
                chunk = body[start:end]
                model = forms.get(chunk)
                glued = next((p for p in GLUED if chunk.endswith(p) and chunk[:-len(p)] in forms), None) \
                    if n == 1 and chunk.endswith(GLUED) else None
                # a name with a particle or 씨 glued on, read as no name or as another of the same kind (현빈이,
                # 김만배씨, when 현빈 and 김만배 are named elsewhere)
                if glued and (model is None or model.kind == "Concept"
                              or model.key is None and forms[chunk[:-len(glued)]].kind in (model.kind, "Concept")):
                    end -= len(glued)
                    model = forms[body[start:end]] if model is None or model.kind == "Concept" else model
                    for m in [m for m in here if m.start == start and (m.kind == "Concept" or m.text == chunk)]:
                        here.remove(m)
                if model is None or n == 1 and is_compared_period(body, word):
                    continue
                inside = [m for m in here if start <= m.start and m.end <= end and m.kind in NAME_KINDS]
                crossing = [m for m in here if m.start < end and start < m.end and m not in inside]
                if crossing or any(m.text == model.text for m in inside):
                    break
                for m in inside:  # a longer name replaces the shorter ones inside it: ARM in ARM 스쿨
                    here.remove(m)
                here.append(replace(model, start=start, end=end, text=body[start:end], sentence=sentence.index))
                break
    out.mentions = [m for s in sorted(index) for m in index[s]]


def read_posts_at_names_found_late(body: str, out: Mentions) -> None:
    """`엄길용 철도노조 위원장`: a person, an organization the second pass found (named in full elsewhere) and a
    title, one word each, are a post there, as they are when the sentence's own reading knows the name."""
    held = {(ap.person.start, ap.title.start) for ap in out.appositions}
    for found in by_sentence(out.mentions).values():
        found = sorted(found, key=lambda m: m.start)
        for person, org, title in zip(found, found[1:], found[2:], strict=False):
            if (person.kind, org.kind, title.kind) == ("Person", "Organization", "Title") \
                    and body[person.end:org.start] == body[org.end:title.start] == " " \
                    and (person.start, title.start) not in held:
                out.appositions.append(Apposition(person, title, org, False))


def find_dates_and_amounts(analysis: Analysis, out: Mentions) -> None:
    published = analysis.article.date
    body = analysis.article.body
    index = by_sentence(out.mentions)
    that_day = None  # the day last named, which 이날 refers to; a day named as to come is a plan, not the story's
    for sentence in analysis.sentences:
        taken = [(m.start, m.end) for m in index.get(sentence.index, []) if m.kind in NAME_KINDS]
        names = list(taken)
        for d in find_dates(sentence.text, published, sentence.start, that_day):
            if any(s < d.end and d.start < e and (s, e) != (d.start, d.end) for s, e in names):
                continue  # 클로이 모레츠: 모레 (the day after tomorrow) inside a name is no day
            if d.value and not THAT_DAY.fullmatch(d.text) and not body.startswith(PERIOD_BOUNDS, d.end) \
                    and not TO_COME.match(d.text):
                that_day = d.value
            kind = "Date" if d.kind == "date" else "Time"
            value = d.value.isoformat() if d.value else None
            out.mentions.append(Mention(d.start, d.end, d.text, kind, kind, sentence.index, value=value))
            taken.append((d.start, d.end))
        for a in find_amounts(sentence.text, sentence.start):
            if all(a.end <= s or e <= a.start for s, e in taken) and not ends_inside_a_noun(sentence, a.end):
                out.mentions.append(Mention(a.start, a.end, a.text, "Quantity", "MonetaryAmount" if a.currency
                                            else "QuantitativeValue", sentence.index, value=str(a.value),
                                            unit=a.unit))


def ends_inside_a_noun(sentence: Sentence, end: int) -> bool:
    """`7도움`: a counter that is only the start of a longer noun, as Kiwi reads it (도움, help), counts
    nothing (7 degrees)."""
    return any(t.start < end < t.end and t.tag in ("NNG", "NNP") and HANGUL_ONLY.match(t.form)
               for t in sentence.tokens)


def find_mentions(analysis: Analysis) -> Mentions:
    """Every mention in the article, in text order."""
    out = Mentions()
    words_of = [split_words(sentence) for sentence in analysis.sentences]
    named: frozenset[str] = frozenset()  # family names of the Korean people named so far
    for sentence, words in zip(analysis.sentences, words_of, strict=True):
        found = SentenceReader(analysis.article.body, sentence, words, named).read()
        named |= {m.text[0] for m in found.mentions if m.kind == "Person" and not m.surname
                  and len(m.text) == 3 and HANGUL_ONLY.match(m.text)}
        out.mentions += found.mentions
        out.appositions += found.appositions
        out.aliases += found.aliases
        out.bylines += found.bylines
    type_by_evidence(out)
    split_organizations_off_names(out)
    read_american_democrats(out)
    read_appointment_lists(analysis, out)
    read_club_posts(out)
    read_teams_called_by_coach(out)
    read_council_committees(out)
    find_local_names(analysis, words_of, out)
    read_posts_at_names_found_late(analysis.article.body, out)
    find_dates_and_amounts(analysis, out)
    drop_boilerplate(analysis.article.body, out)
    drop_sponsors_of_tournaments(analysis.article.body, out)
    out.mentions.sort(key=lambda m: (m.start, m.end))
    return out


def drop_boilerplate(body: str, out: Mentions) -> None:
    """Names in the site's words around the story (links, photo licences, copyright) are no one's in it."""
    spans = [match.span() for match in BOILERPLATE.finditer(body)]
    if spans:
        out.mentions = [m for m in out.mentions if not any(s <= m.start and m.end <= e for s, e in spans)]


def drop_sponsors_of_tournaments(body: str, out: Mentions) -> None:
    """`롯데 챔피언십에서 우승했다`, `마이어 클래식에서`: a company's or a person's name that opens a tournament's
    names the tournament, not an actor of the story (롯데는 상금을 늘렸다, elsewhere, still is)."""
    out.mentions = [m for m in out.mentions
                    if not (m.kind in ("Organization", "Concept", "Person") and TOURNAMENT.match(body, m.end))]
