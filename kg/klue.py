"""Mentions in KLUE-NER's labels and span conventions, for `kg ner`.

The graph keeps one node per place and a country as a place; KLUE marks spans differently:
an address is one location (`경기도 포천시 영북면`), and so is an organization written after one where
something happens there (`서울 서초동 대검찰청에서`); a country with its organization is one
organization (`미국 경찰`), a country that acts (`한국이 …`, `북한의 …`) or competes (`이란에 0대 1로
패배`: its national team) is an organization, and so is a city in 시 that is the subject (`용인시는 15일
…`: its government; a province is the subject of the weather as often, a place); a music group
(`소녀시대`) is a person, and an organization fused with its head's title (`국가보훈처장`) is no entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import surnames
from kg.mentions import Mention
from kg.mentions.patterns import ADDRESS_CLASSES, BETWEEN_COUNTRIES, LOCATED, VICINITY

LABELS = {"Person": "PS", "Organization": "OG", "Place": "LC", "Date": "DT", "Time": "TI", "Quantity": "QT"}
ACTING = ("은", "는", "이", "가", "의", "에게", "측", "전")  # 전: a match, 일본전
SUBJECT_PARTICLES = ("은", "는", "이", "가")
#: a country that competes is its national team: 이란에 0대 1로 패배, 러시아와 친선경기, 멕시코(승점 3·…)
COMPETING = re.compile(r"\(승점|(?:와|과)(?:의)?\s(?:\S+\s)?(?:친선경기|평가전|조별리그|맞대결|대결|\d차전)"
                       r"|에\s(?:\d+\s?대\s?\d+|\d+-\d+|완패|완승|패배|승리|역전패|역전승)")
#: institutions named by a common noun, which the graph leaves out but KLUE marks
GENERIC = re.compile(
    r"(?<![가-힣])(정부|법원|재판부|(?:보건|교육|금융|외교|사법|방역|수사|군|통상|세무|안보)?\s?당국|여당|야당|검찰|경찰"
    r"|북(?=측)|남(?=측))"
    r"(?=[은는이가을를의에도과와측\s,.]|$)"
)
#: a part of a place by the compass after it, ending the phrase, which KLUE takes into the location:
#: `경기 북부와`, `미국 북동부를` (before another place's name the part describes that one: 라오스 남부 참파삭)
COMPASS_PART = re.compile(r" [동서남북중]{1,2}부(?=(?:은|는|이|가|을|를|의|에|도|와|과)(?![가-힣]))")
#: words before an amount that KLUE leaves outside it: 약, 총, 최대
QUALIFIER = re.compile(r"(?:약|총|무려|최대|최소)\s*(?=\d|한|두|세|네)")
#: a department after its organization (조사부, 복지과, 형사12부, 형사 3단독, 대법원 1부), or a medium's
#: kind (BBC 방송)
#: (a 과 only before a particle, and not 의: in `사장과` the 과 is "and", in `방송과의 인터뷰` it is "with")
SUBUNIT = re.compile(
    r" (?:[가-힣]{1,4}(?:\d{0,2}(?:부|국|팀|실)(?=[은는이가을를의에도과와\s,.(]|$)|과(?=[은는이가을를에도와,.]))"
    r"|(?:[가-힣]{1,4}\s?)?\d{1,2}(?:부|단독)(?=[은는이가을를의에도과와\s,.(]|$)"
    r"|방송|통신|뉴스)(?![가-힣]{2})"
)
#: one-syllable country names in pairs and in threes that open with Korea: 한·미, 남북, 북미, 한중일,
#: alone or before what two countries have between them (한미동맹, 남북당국회담, 한미중 3국)
PAIR = re.compile(r"(?<![가-힣])([한미일중북남러])[·ㆍ]?([한미일중북남러])(?:(?<=[한북].)[·ㆍ]?([미일중]))?"
                  rf"(?=[\s·ㆍ,.]|{BETWEEN_COUNTRIES}|$)")


SAME_DAY = re.compile(r"같은\s?날")


@dataclass
class Span:
    start: int
    end: int
    label: str
    cls: str = ""
    addressed: bool = False  # an organization written after an address of two levels or more (서울 서초동 …)


def klue_spans(mentions: list[Mention], body: str) -> list[dict]:
    """`{"start", "end", "label"}` for each KLUE entity in the text."""
    spans: list[Span] = []
    titles = [m for m in mentions if m.kind == "Title"]
    title_starts = [m.start for m in titles]
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        label = "PS" if m.cls == "MusicGroup" else LABELS.get(m.kind)
        if label is None or (spans and m.start < spans[-1].end):  # a duration is a date before it is an amount
            continue
        if label == "DT" and SAME_DAY.fullmatch(m.text):  # 같은 날 dates a fact, but is no KLUE date
            continue
        # 국가보훈처장, 선관위원장: an organization written together with its head's title is no entity
        if label == "OG" and any(m.start < t.start <= m.end < t.end for t in titles):
            continue
        # 평택시장: the city shares its 시 with the mayor's title, which KLUE leaves out (평택)
        fused = [t for t in title_starts if m.start < t < m.end] if label == "LC" else []
        end = min(fused, default=placeholder_end(m))
        spans.append(Span(m.start, end, label, m.cls))
    spans = sorted(spans + generic_institutions(body, spans), key=lambda s: s.start)
    merged: list[Span] = []
    for span in spans:
        before = merged[-1] if merged else None
        gap = body[before.end:span.start] if before is not None else ""
        joined = gap == " "
        # 서울 서초동, 지난해 11월: an address runs from the larger unit to the smaller, and ends at a venue;
        # 영국 맨체스터 인근 솔포드: also over a word for what surrounds the place
        near = gap.strip() in VICINITY and gap == f" {gap.strip()} " and span.label == "LC"
        if (joined or near) and before.label == span.label and (span.label == "DT" or before.cls in ADDRESS_CLASSES):
            before.end, before.cls = span.end, span.cls
        elif joined and before.label in ("LC", "OG") and span.label == "OG":  # 미국 경찰, 국회 국토교통위원회
            before.addressed = before.addressed or before.label == "LC" and " " in body[before.start:before.end]
            before.end, before.label, before.cls = span.end, "OG", span.cls
        else:
            merged.append(span)
    for span in merged:
        if span.label == "QT" and (qualifier := QUALIFIER.match(body, span.start)):  # 약 1400명 -> 1400명
            span.start = qualifier.end()
        acting = body[span.end:span.end + 2].startswith(ACTING) or COMPETING.match(body, span.end)
        if span.cls == "Country" and acting:
            span.label = "OG"
        if span.cls in ("City", "AdministrativeArea") and body[span.end - 1] == "시" \
                and body[span.end:span.end + 1] in SUBJECT_PARTICLES:
            span.label = "OG"  # 용인시는 15일 …: the city's government
        if span.label == "LC" and (part := COMPASS_PART.match(body, span.end)):  # 경기 북부
            span.end = part.end()
        if span.label == "OG" and (unit := SUBUNIT.match(body, span.end)):  # 서울중앙지검 조사부
            span.end = unit.end()
        if span.addressed and LOCATED.match(body, span.end):  # 서울 서초동 대검찰청에서: where it happened
            span.label = "LC"
    return [{"start": s.start, "end": s.end, "label": s.label} for s in without_overlaps(merged)]


def without_overlaps(spans: list[Span]) -> list[Span]:
    """The spans in order, each starting after the one before ends (a department joined to its
    organization takes in the name read there: 제주대 수의학과)."""
    kept: list[Span] = []
    for span in spans:
        if not kept or kept[-1].end <= span.start:
            kept.append(span)
    return kept


def placeholder_end(m: Mention) -> int:
    """KLUE leaves the placeholder of an anonymous name out of the person's span (`박모` -> 박)."""
    anonymous = m.kind == "Person" and len(m.text) == 2 and m.text.endswith("모") and m.text[0] in surnames()
    return m.end - 1 if anonymous else m.end


def generic_institutions(body: str, taken: list[Span]) -> list[Span]:
    """정부, 검찰, 한·미: institutions named by a common noun or a country's one syllable, where
    no mention stands."""
    found = [Span(m.start(1), m.end(1), "OG") for m in GENERIC.finditer(body)]
    for m in PAIR.finditer(body):
        countries = [k for k in (1, 2, 3) if m.group(k)]
        if len({m.group(k) for k in countries}) == len(countries):
            found += [Span(m.start(k), m.end(k), "OG") for k in countries]
    return [x for x in found if all(x.end <= s.start or s.end <= x.start for s in taken)]
