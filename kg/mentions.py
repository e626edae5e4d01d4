"""Mentions: the names, titles, dates and amounts in each sentence, with exact offsets.

Kiwi gives morphemes; a *word* here is a run of morphemes between spaces and punctuation, split
into its noun *stem* (산업통상자원부) and its functional *tail* (와, 은, 의). Stems are named by
the gazetteer, by organization and place suffixes, and by name shape in context: a title after a
stem makes it a person (`손정의 회장`, `르네 하스 대표`), a surname before a title is a short form
(`이 대통령`). The title parse also yields appositions, which the fact stage turns into positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg import lexicon
from kg.analyze import INTERPUNCT, Analysis, Sentence, Token
from kg.dates import find_dates
from kg.quantities import find_amounts
from kg.words import HANGUL_ONLY, NAME_FOLLOWERS, Word, is_proper, split_words, title_split

NAME_KINDS = ("Person", "Organization", "Place", "Concept")
NAME_TAGS = {"NNP", "NNG", "XPN", "XSN", "XR"}
#: the tags of the pieces Kiwi cuts an unknown Korean name into (이/MM 수/NNB 민/NNG)
SPLIT_TAGS = NAME_TAGS | {"NNB", "NR", "MM", "MAG", "NP"}
#: one-syllable suffixes that end a derived word, not a name: 두번째, 고교생, 감동적, 국유화
DERIVING_SUFFIXES = {"째", "들", "생", "적", "화", "성", "별", "층", "률", "율"}
#: `A씨`, `김모(33)씨`, `박모(54·여)씨`, `이 모 씨`, `B군과`, `김 군은`: people the story names only by a
#: letter or a family name. A glued 군 or 양 is left to letters (A군): 장군, 공군 and 육군 are words,
#: 고양 and 안양 places.
ANONYMOUS = re.compile(
    r"(?<![가-힣A-Za-z])([A-Z]|[가-힣])(?=(?:\s?모)?(?:\s?\(\d+(?:[·,]\s?[^()]{1,8})?\))?"
    r"(?:\s?씨|(?:(?<=[A-Z)])[군양]|\s[군양])(?=[^가-힣]|$|은|는|이|가|을|를|의|과|와|에게|도|만|으로)))"
)
PLACE_CLASSES = ("City", "AdministrativeArea", "Country", "Place")
#: words after a name that are courtesy, never part of it: 리단 양, 김 군
COURTESY = {"씨", "님", "군", "양", "옹"}
#: the smaller units of a Korean address: 남구, 하단동, 야미리, 영북면, 종로2가
ADDRESS_LEVEL = re.compile(r"^[가-힣]{1,4}(?:구|동|리|읍|면|\d가)$")
#: an age in brackets after a name: (84), (27·여), (48·중국국적)
AGED = re.compile(r"\(\d{1,3}(?:[·,][^()]{1,8})?\)")
#: a country or club in brackets after a name: 블레어 윌리엄스(호주), 브라이스 하퍼(워싱턴 내셔널스)
TEAM_IN_BRACKETS = re.compile(r"\(([가-힣A-Za-z][가-힣A-Za-z ]{1,14})\)")
LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9&.\-]*$")
#: nouns that end in a suffix but name no organization or place
COMMON_NOUNS = {
    "정부", "기업", "대기업", "중소기업", "이사회", "본부", "내부", "외부", "일부", "전부", "간부", "세부",
    "지도", "제도", "정도", "속도", "시도", "의도", "태도", "한도", "용도", "연구", "구도", "시장",
    "학교", "대학", "회사", "당국", "청사", "산하", "협회", "재단", "위원회", "시", "도", "군", "구",
    "지역구", "선거구", "자치구", "출입구", "비상구", "입구", "창구", "가구", "정면", "측면", "전면", "방면",
}
#: nouns that end the name of a facility or institution: 설계지원센터, 연구단지, 캠퍼스
FACILITIES = ("센터", "연구소", "연구원", "단지", "캠퍼스", "공장", "학교", "스쿨", "아카데미", "클러스터", "허브",
              "타운", "밸리", "기지", "박물관", "미술관", "도서관", "병원")
ESTABLISH = re.compile(r"^(설립|건립|설치|개설|조성|출범|신설|개교|개원|구축)")
QUOTED_NAME = re.compile(r"[‘'“\"]([^’'”\"]{2,30}?)(?:\s*\(가칭\))?[’'”\"]")
#: particles that may follow a name, also when Kiwi glues them to an unknown one (…솔루션즈과)
PARTICLES = ("과도", "와도", "에도", "에서도", "과의", "와의", "에게", "은", "는", "이", "가", "을", "를", "과", "와",
             "의", "에", "도", "로", "으로", "에서", "께서")
#: how a news outlet stands before its report: 왕이닷컴이 보도했다, 데일리스타 보도, 타임스의 보도
REPORTER_TAILS = ("", "이", "가", "은", "는", "의")
#: syllables glued to a place that make it where a journey starts or ends: 뉴욕발, 유럽행 (미국인,
#: 한국형 and 한국산 describe a person or a thing instead)
PLACE_AFFIXES = ("발", "행")
#: a quotation within a sentence, in double or single quotes
QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]|[‘'][^’']*[’']")
#: the one-syllable names of countries that news pairs and triples: 한미, 한중일, 남북
COUNTRY_SYLLABLES = set("한미일중북남러")
#: what may come before each kind of unit noun (units.tsv): 한국일보 노조, 오바마 행정부, 콜로라도 대학 (a
#: country before 대학 speaks of its universities in general)
OWNER_KINDS = {"body": ("Organization", "Country"), "namesake": ("Person",), "place": ("City", "AdministrativeArea")}
#: the particles of the place something is posted: 페이스북에, 유튜브로, 트위터를 통해
POSTED_ON = ("에", "로", "으로", "를 통해", "을 통해")
#: what marks a sentence's subject or topic
SUBJECT_TAILS = ("은", "는", "이", "가")
#: words that close a list: 삼성, LG 등
LIST_ENDS = ("등", "외", "및")
#: a date right before these bounds a period rather than naming the day things happen on
PERIOD_BOUNDS = ("부터", "까지")
THAT_DAY = re.compile(r"이날|당일")
CAREER = re.compile(r"거쳤|거친|거쳐|역임|지냈|지낸|지내|출신")
SUCCEEDING = re.compile(r"\s?후임(?:에|으로|자로)")
APPOINTING = re.compile(r"임명|선임|내정|발탁|지명|기용|승진|취임")
#: 주(駐) + where an envoy is posted (주한, 주미, 주유엔), then the sending country: 주한중국 대사
POSTED = r"주(?:한|미|일|중|러|영|독|불|유엔|EU)"
POSTED_TO = re.compile(rf"^{POSTED}\s?([가-힣]{{2,}})")
#: the posting alone, between an envoy's name and title: 성김 주한 미국 대사
POSTING = re.compile(rf"^{POSTED}$")
HANJA = re.compile(r"^[\u4e00-\u9fff]+$")
AGE_AFTER_NAME = re.compile(r"[·,.]\s*\d")
BRACKET = re.compile(r"\(\s*(?:(?:현|이하)\s+)?([^()]{1,20}?)\s*\)")


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


class SentenceReader:
    """Reads one sentence's words into mentions, appositions and alias pairs."""

    def __init__(self, body: str, sentence: Sentence, words: list[Word]):
        self.body = body
        self.sentence = sentence
        self.out = Mentions()  # this sentence's findings only: every lookup stays local
        self.words = words
        self.claimed: set[int] = set()  # offsets already inside a mention

    # -- helpers -------------------------------------------------------------------------------
    def stem(self, word: Word) -> str:
        return self.body[word.start:word.stem_end]

    def tail(self, word: Word) -> str:
        """The word's particle or ending as written: 의, 은, 인."""
        return self.body[word.stem_end:word.end]

    def index_of(self, word: Word) -> int:
        return next(k for k, w in enumerate(self.words) if w is word)

    def free(self, start: int, end: int) -> bool:
        return self.claimed.isdisjoint(range(start, end))

    def add(self, start: int, end: int, kind: str, cls: str, **extra) -> Mention:
        mention = Mention(start, end, self.body[start:end], kind, cls, self.sentence.index, **extra)
        self.out.mentions.append(mention)
        self.claimed.update(range(start, end))
        return mention

    def add_known(self, start: int, end: int, known: lexicon.Known) -> Mention:
        return self.add(start, end, known.kind, known.cls, key=known.label, english=known.english)

    def retype(self, mention: Mention, kind: str, cls: str) -> Mention:
        """Replace a guessed mention with one of the kind and class found for it later."""
        retyped = replace(mention, kind=kind, cls=cls)
        self.out.mentions[self.out.mentions.index(mention)] = retyped
        return retyped

    # -- classification of one stem --------------------------------------------------------------
    def classify(self, word: Word, start: int, end: int) -> tuple[str, str] | None:
        """(kind, class) for a stem by the gazetteer, suffixes and shape; None when unsure."""
        text = self.body[start:end]
        known = lexicon.gazetteer().get(text)
        if known:
            return known.kind, known.cls
        if text in COMMON_NOUNS or text in lexicon.titles():
            return None
        nation = lexicon.gazetteer().get(text[:-1]) if text.endswith("군") else None
        if nation is not None and nation.cls == "Country":  # 북한군, 러시아군: a country's armed forces
            return "Organization", "GovernmentOrganization"
        tokens = [t for t in word.tokens if t.start < end and start < t.end]  # also a piece of one token
        proper = any(is_proper(t) for t in tokens)
        if text.startswith(("㈜", "(주)")) and len(text) > 2:
            return "Organization", "Corporation"
        if not proper and (len(tokens) < 2 or len(text) < 5):
            return None  # only a proper noun, or a long compound of common nouns, can name something
        if proper and self.is_affiliate(text, tokens):
            return "Organization", "Corporation"
        last = tokens[-1]
        org = lexicon.org_suffixes().match(text)
        if org is not None and org.text.endswith("법") and inside_dictionary_word(last, end, org.text):
            org = None  # 아동 + 복지법 is a law, not a district court (지법)
        public = org is not None and org.cls in ("GovernmentOrganization", "ResearchOrganization")
        if org and (proper or (public and len(tokens) >= 2 and len(text) >= 5)):
            return "Organization", org.cls
        place = lexicon.place_suffixes().match(text)
        # the suffix must not sit inside a dictionary word (한빛 + 무역 is no station), and 동 must
        # stand apart in Kiwi's reading: 홍길동 is a name, 삼성 + 동 a neighbourhood; 산 read as a
        # suffix is "made in" (중국 + 산/XSN), not a mountain (팔달산)
        split_off = place is not None and not inside_dictionary_word(last, end, place.text) and (
            place.text != "동" or len(text) >= 4 or last.form == "동") and (
            place.text != "산" or last.tag != "XSN")
        if place and proper and split_off and HANGUL_ONLY.match(text) and not self.is_name_ending_in_gu(word, text):
            return "Place", place.cls
        return None

    def is_name_ending_in_gu(self, word: Word, text: str) -> bool:
        """설경구, 이완구: Korea's districts are all in the lexicon, so an unlisted three-syllable word in
        구 that begins with a family name is a person's, unless a city comes first (베이징 시청구)."""
        if len(text) != 3 or not text.endswith("구") or text[0] not in lexicon.surnames() \
                or text[:-1] in lexicon.municipalities():
            return False
        at = self.index_of(word)
        if at == 0 or not self.spaced(at - 1, at):
            return True
        before = self.stem(self.words[at - 1])
        return self.region(before) is None and not before.endswith(("시", "성", "현"))

    def is_affiliate(self, text: str, tokens: list[Token]) -> bool:
        """`카카오브레인`, `SK트리켐`: a known company or group's name, then more.

        The name must end at a morpheme boundary, or Kiwi must read the whole as one proper noun.
        """
        starts = {t.start - tokens[0].start for t in tokens}
        whole = len(tokens) == 1 and is_proper(tokens[0])
        prefixes = lexicon.company_prefixes()
        return any(text[:size] in prefixes and (size in starts or whole) for size in range(2, len(text) - 1))

    def is_name_shaped(self, word: Word) -> bool:
        """Two to four Hangul syllables beginning with a family name, read by Kiwi as nouns."""
        text = self.stem(word)
        if not HANGUL_ONLY.match(text) or not 2 <= len(text) <= 4 or text in lexicon.titles():
            return False
        if text in lexicon.gazetteer():
            return lexicon.gazetteer()[text].kind == "Person"
        if self.classify(word, word.start, word.stem_end) is not None:  # 안성시, 한경대
            return False
        if text in lexicon.title_modifiers() or text in COMMON_NOUNS or set(text) <= COUNTRY_SYLLABLES:
            return False  # 한중일, 한미중: Korea, China, Japan
        tokens = word.stem_tokens
        if len(tokens) > 1 and (tokens[0].form in lexicon.municipalities()
                                or any(t.form in lexicon.gazetteer() for t in tokens)):
            return False  # 강화 + 을, 송파 + 병: a known place and more (a given name never comes first)
        if not (self.is_proper_reading(word) or self.is_split_reading(word)):
            return False
        surnames = lexicon.surnames()
        if len(text) == 4:  # four syllables only with a two-syllable family name: 남궁민수
            return text[:2] in surnames
        return text[0] in surnames or (len(text) >= 3 and text[:2] in surnames)

    @staticmethod
    def is_proper_reading(word: Word) -> bool:
        """Kiwi reads the stem as a proper noun, alone or with name-like pieces (김/NNP 태원/NNP)."""
        tokens = word.stem_tokens
        if any(t.tag not in NAME_TAGS for t in tokens) or not any(is_proper(t) for t in tokens):
            return False
        # a proper noun and a dictionary word (한빛 + 무역) make a company's name, not a person's
        return not any(t.tag == "NNG" and not t.oov and len(t.form) >= 2 for t in tokens[1:])

    @staticmethod
    def is_split_reading(word: Word) -> bool:
        """Kiwi, not knowing a three-syllable Korean name, cuts it into pieces: 이/MM 건/NNG 범/NNG,
        손호/NNP 준/NNG, 황/NNP 수정/NNG, 이/MM 수능/NNG. Counted words (두/MM 번/NNB 째/XSN) and prefixed nouns
        (최/XPN 우선/NNG) are cut the same way, so only these three shapes count."""
        tokens = word.stem_tokens
        if sum(len(t.form) for t in tokens) != 3 or len(tokens) < 2 or any(t.tag not in SPLIT_TAGS for t in tokens):
            return False
        first, last = tokens[0], tokens[-1]
        if len(tokens) == 3:
            return last.form not in DERIVING_SUFFIXES
        if len(first.form) == 2:  # 강훈/NNP 식/NNB
            return first.tag == "NNP" and last.tag in ("NNG", "NNB")
        # 이/MM 수능/NNG: "this" written together with the noun after it is the family name 이
        # (전/MM 해상/NNG, "all seas", is the determiner)
        return (first.tag == "NNP" or first.form == "이" and first.tag == "MM") and last.tag in ("NNG", "NNP")

    def is_foreign_part(self, word: Word, last: bool = False, opened: bool = False) -> bool:
        """A Hangul word that may be part of a foreign name (르네, 하스, 그린버그); the `last` part
        may carry a particle (하스는). After a given name (`opened`), an ending that usually makes
        a place is part of the name: 다나카 히로시."""
        text = self.stem(word)
        tags = [t.tag for t in word.stem_tokens]
        return (
            bool(HANGUL_ONLY.match(text)) and len(text) >= 2 and (last or not word.has_tail)
            and text not in lexicon.titles() and text not in lexicon.title_modifiers()
            and text not in COMMON_NOUNS and text not in lexicon.gazetteer() and text not in lexicon.cues()
            and all(t not in ("NNB", "MAG", "VV", "MM") for t in tags)
            and not (len(tags) > 1 and all(t == "NNG" for t in tags))  # a compound of dictionary nouns
            # 중구, 대신동: parts of an address (but 찰리, ending in 리, is a name)
            and not (ADDRESS_LEVEL.match(text) and not text.endswith("리"))
            and title_split(self.body, word) is None
            and (opened or self.classify(word, word.start, word.stem_end) is None)  # 서울중앙지법 is a court
        )

    # -- passes --------------------------------------------------------------------------------
    def read(self) -> Mentions:
        self.read_multiword_known()
        self.read_spaced_companies()
        self.read_postings_abroad()
        self.read_foreign_bodies()
        self.read_titles()
        self.read_copula_titles()
        self.share_list_organizations()
        self.read_quoted_names()
        self.read_planned_facilities()
        self.read_opened_foreign_names()
        self.read_honorific_names()
        self.read_aged_names()
        self.read_names_with_team()
        self.read_cued_foreign_names()
        self.read_family_names()
        self.read_single_words()
        self.read_reporting_media()
        self.read_subjects_by_predicate()
        self.read_places_by_position()
        self.read_municipalities()
        self.read_address_levels()
        self.read_venues()
        self.read_units()
        self.read_lists()
        self.read_aliases()
        self.read_appointments()
        self.read_careers()
        self.read_anonymous_people()
        return self.out

    def read_honorific_names(self) -> None:
        """`이현도 씨가`, `솔지 씨는`, `홍길동씨는`: a name the courtesy 씨 follows is a person's, whatever
        its ending looks like (이현도 is no province)."""
        if "씨" not in self.sentence.text:
            return
        for i, word in enumerate(self.words):
            after = self.words[i + 1] if i + 1 < len(self.words) else None
            glued = any(t.form == "씨" and t.tag == "NNB" and t.start == word.stem_end for t in word.tokens)
            spaced = (after is not None and not word.has_tail and after.start == word.end + 1
                      and self.body[word.end].isspace()
                      and after.tokens[0].form == "씨" and after.tokens[0].tag == "NNB")
            stem = self.stem(word)
            known = lexicon.gazetteer().get(stem)
            if not (glued or spaced) or not 2 <= len(stem) <= 4 or not HANGUL_ONLY.match(stem):
                continue
            if (known and known.kind != "Person") or stem in lexicon.titles() or stem in COMMON_NOUNS:
                continue
            if all(t.tag in ("NNP", "NNG") or t.oov for t in word.stem_tokens) and self.free(word.start, word.stem_end):
                self.add(word.start, word.stem_end, "Person", "Person")

    def read_aged_names(self) -> None:
        """`김희숙(84) 여사`, `데이비스(35)는`: a name with an age in brackets right after it is a person's."""
        if "(" not in self.sentence.text:
            return
        for i, word in enumerate(self.words):
            stem = self.stem(word)
            if word.has_tail or not AGED.match(self.body, word.stem_end) or not HANGUL_ONLY.match(stem):
                continue
            proper = any(is_proper(t) for t in word.stem_tokens)
            if self.is_name_shaped(word):
                self.add_name_ending_at(i, alone=True)
            elif proper and self.is_foreign_part(word):  # 나오미 왓츠(46): the name parts before it too,
                self.add_name_ending_at(i, alone=stem[0] in lexicon.surnames())  # but not 김모(75)

    def read_family_names(self) -> None:
        """`패터슨은`, `제라도 오르티스의`: a common foreign family name with its particle ends a person's
        name, with the name parts before it."""
        for i, word in enumerate(self.words):
            stem = self.stem(word)
            if len(stem) > 1 and stem in lexicon.family_names() and self.tail(word).startswith(PARTICLES):
                self.add_name_ending_at(i)

    def add_name_ending_at(self, i: int, alone: bool = False) -> None:
        """A person named by word i, with the foreign name parts before it unless `alone`."""
        word = self.words[i]
        first = word if alone else self.words[self.foreign_name_start(i)]
        if self.free(first.start, word.stem_end):
            self.add(first.start, word.stem_end, "Person", "Person")

    def read_names_with_team(self) -> None:
        """`블레어 윌리엄스(호주)`, `브라이스 하퍼(워싱턴 내셔널스)`, `박지성(맨유)`: a name with a country
        or a club in brackets right after it, as rosters and match reports write players, is a person's:
        two foreign name parts or more, or a Korean full name."""
        if "(" not in self.sentence.text:
            return
        for i, word in enumerate(self.words):
            match = TEAM_IN_BRACKETS.match(self.body, word.stem_end)
            known = lexicon.gazetteer().get(match.group(1)) if match else None
            if word.has_tail or known is None or not (known.cls == "Country" or known.kind == "Organization"):
                continue
            first = self.foreign_name_start(i)
            parts = self.words[first:i + 1]
            if len(parts) >= 2 and all(self.is_foreign_part(w) for w in parts) \
                    or len(parts) == 1 and len(self.stem(word)) == 3 and self.is_name_shaped(word):
                self.add_person(parts)

    def read_cued_foreign_names(self) -> None:
        """`배우 블레이크 라이블리의`: after a noun that says "a person" (가수, 배우, 딸), the foreign
        name parts that follow, up to the one that ends the noun phrase, are one person's name."""
        for i, cue in enumerate(self.words[:-2]):
            if cue.has_tail or lexicon.cues().get(self.stem(cue)) != "Person":
                continue
            parts = self.foreign_name_from(i + 1)
            # 방탄소년단 멤버: a member is no name
            if len(parts) < 2 or any(self.is_dictionary_noun(w) for w in parts):
                continue
            if any(is_proper(w.stem_tokens[0]) for w in parts if w.stem_tokens):
                self.add_person(parts)

    def read_opened_foreign_names(self) -> None:
        """`데이비드 베컴이`, `다나카 히로시는`: a foreign given name (or a Japanese family name) and the
        name parts after it, up to the one that ends the noun phrase, are one person's name."""
        for i in range(len(self.words) - 1):
            if not self.opens_name(i):
                continue
            parts = self.foreign_name_from(i)
            # a family name may be a common word too (대니 리: 리 is also a village)
            if len(parts) >= 2 and not any(self.is_dictionary_noun(w) and not self.is_family_name(w)
                                           for w in parts[1:]):
                self.add_person(parts)

    def opens_name(self, i: int) -> bool:
        """Whether word i is a foreign given name (or a Japanese family name) that opens a name; as
        written, since Kiwi may read its last syllable as a particle (리어나 + 도)."""
        return i >= 0 and self.body[self.words[i].start:self.words[i].end] in lexicon.name_openers()

    def foreign_name_from(self, first: int) -> list[Word]:
        """The words from `first` on that may make one foreign name: parts that are no Korean words,
        up to the one that ends the noun phrase (르네 하스는), three at most."""
        opened = self.opens_name(first)
        last = first + 1 if opened else first  # a given name opens it, however short: 폴 매카트니
        while (last < len(self.words) and last - first < 3 and self.spaced(first, last)
               and self.is_foreign_part(self.words[last], opened=opened and last > first)
               and not self.ends_noun_phrase(last)):
            last += 1
        if last < len(self.words) and self.spaced(first, last) and self.is_final_part(self.words[last], opened):
            last += 1
        # three parts only when the third ends the phrase: in `에반 그린버그 한미 재계회의 위원장`
        # 한미 begins the organization
        if last - first == 3 and not self.ends_noun_phrase(last - 1):
            last -= 1
        return self.words[first:last]

    def is_final_part(self, word: Word, opened: bool) -> bool:
        """The part that ends a foreign name: a name part with its particle, or a family name (미셸 위)."""
        return self.is_foreign_part(word, last=True, opened=opened) or self.is_family_name(word)

    def is_family_name(self, word: Word) -> bool:
        """A Korean family name (미셸 위) or a foreign one (대니 리, 존 스미스) that ends a name."""
        stem = self.stem(word)
        return stem in lexicon.surnames() and stem not in COURTESY or stem in lexicon.family_names()

    def add_person(self, parts: list[Word]) -> Mention | None:
        if not self.free(parts[0].start, parts[-1].stem_end):
            return None
        return self.add(parts[0].start, parts[-1].stem_end, "Person", "Person")

    def read_anonymous_people(self) -> None:
        """`A씨`, `김모씨`: a person mention on the letter or family name; it joins a full name only if one fits."""
        for match in ANONYMOUS.finditer(self.sentence.text):
            letter = match.group(1)
            start = self.sentence.start + match.start(1)
            if not (letter.isascii() or letter in lexicon.surnames()) or self.is_placeholder(match):
                continue
            concept = next((m for m in self.out.mentions if (m.start, m.end, m.kind) == (start, start + 1, "Concept")),
                           None)
            if concept is not None:
                self.out.mentions.remove(concept)
            elif not self.free(start, start + 1):
                continue
            self.add(start, start + 1, "Person", "Person", surname=letter, value=letter + "씨")

    def is_placeholder(self, match: re.Match) -> bool:
        """The 모 of `이 모 씨` stands for the rest of a name; it is not the family name 모."""
        before = self.sentence.text[:match.start(1)].rstrip()
        return match.group(1) == "모" and before[-1:] in lexicon.surnames()

    def share_list_organizations(self) -> None:
        """`정진석 국민의힘 비대위원장과 주호영 원내대표`: the second post shares the first one's organization."""
        here = [a for a in self.out.appositions if a.title.sentence == self.sentence.index]
        for first, second in zip(here, here[1:], strict=False):
            joined = self.body[first.title.end:second.person.start].strip() in ("과", "와", ",", "·", "및")
            if joined and second.org is None and first.org is not None and not second.person.surname:
                self.out.appositions[self.out.appositions.index(second)] = replace(second, org=first.org)

    def read_careers(self) -> None:
        """`…연천군수, 경기도 기획관리실장 등을 거쳤다`: posts named with no one beside them are the subject's."""
        if not CAREER.search(self.sentence.text):
            return
        subject = self.subject_person()
        people = {m.text for m in self.out.mentions if m.kind == "Person" and not m.surname}
        if subject is None or people - {subject.text}:  # another person here may be whose career it is
            return
        taken = {a.title.start for a in self.out.appositions}
        previous_org: Mention | None = None
        for title in [m for m in self.out.mentions if m.sentence == self.sentence.index and m.kind == "Title"]:
            if title.start in taken or title.start < subject.start:
                continue
            index = next(i for i, w in enumerate(self.words) if w.start <= title.start < w.end)
            org, _, _ = self.walk_back(index, self.words[index], title)
            org_mention = self.commit(org) if org else previous_org
            self.out.appositions.append(Apposition(subject, title, org_mention, True))
            previous_org = org_mention
    def read_appointments(self) -> None:
        """`신임 여성부 차관에 홍길동 비서관을 임명했다`: the person named after `TITLE에` takes that post."""
        if not APPOINTING.search(self.sentence.text):
            return
        titles = [m for m in self.out.mentions if m.sentence == self.sentence.index and m.kind == "Title"]
        people = [m for m in self.out.mentions if m.sentence == self.sentence.index and m.kind == "Person"]
        appointer = self.subject_organization()
        for title in titles:
            after = self.body[title.end:title.end + 2]
            if after.startswith("에") or SUCCEEDING.match(self.body, title.end):
                # 차관에 홍길동 비서관을 임명, 김철수 청장 후임에 홍길동 차장을 임명
                person = next((p for p in people if p.start > title.end), None)
            elif after.startswith(("로", "으로")):  # 홍길동 부사장을 대표이사로 선임
                person = next((p for p in reversed(people) if p.end < title.start), None)
            else:
                continue
            if person is None:
                continue
            index = next(i for i, w in enumerate(self.words) if w.start <= title.start < w.end)
            org, _, _ = self.walk_back(index, self.words[index], title)
            org_mention = self.commit(org) if org else appointer
            self.out.appositions.append(Apposition(person, title, org_mention, False))
        if appointer is not None:  # posts named without an organization in the appointing company's sentence
            for i, ap in enumerate(self.out.appositions):
                if ap.org is None and ap.title.sentence == self.sentence.index and not ap.former:
                    self.out.appositions[i] = replace(ap, org=appointer)

    def subject_person(self) -> Mention | None:
        """The person the sentence is about: `황 차관은`, `홍길동 회장이`, `김철수는`."""
        ends = {a.person.start: a.title.end for a in self.out.appositions if a.title.sentence == self.sentence.index}
        for m in self.out.mentions:
            if m.sentence == self.sentence.index and m.kind == "Person":
                end = ends.get(m.start, m.end)
                if self.body[end:end + 1] in ("은", "는", "이", "가") and self.body[end:end + 1]:
                    return m
        return None

    def subject_organization(self) -> Mention | None:
        """The organization that appoints: `무학은 …`, `SK㈜가 …`, also when no rule knew the name."""
        first = self.words[0] if self.words else None
        if first is None or self.tail(first) not in ("은", "는", "이", "가"):
            return None
        stem = self.stem(first)
        existing = next((m for m in self.out.mentions if (m.start, m.end) == (first.start, first.stem_end)), None)
        if existing is not None and existing.kind != "Concept":
            return existing if existing.kind == "Organization" else None
        if len(stem) < 2 or stem in COMMON_NOUNS or title_split(self.body, first) or self.is_name_shaped(first):
            return None
        if any(not t.tag.startswith(("NN", "SL")) for t in first.stem_tokens):
            return None
        if existing is not None:
            self.out.mentions.remove(existing)
        return self.add(first.start, first.stem_end, "Organization", "Corporation")

    def read_lists(self) -> None:
        """`A·B·C`, `A, B, C`: unknown names in a list take the kind the known names in it share.

        A noun item no rule named at all (Kiwi may read 한경대 as 한 + 경대 in a sentence) joins too.
        """
        run: list[Word] = []
        for a, b in zip(self.words, self.words[1:], strict=False):
            if self.body[a.stem_end:b.start].translate(INTERPUNCT) in ("·", ",", ", ") and not a.has_tail:
                run = run or [a]
                run.append(b)
            else:
                self.retype_list(run)
                run = []
        self.retype_list(run)

    def retype_list(self, words: list[Word]) -> None:
        if not words:
            return
        last = self.index_of(words[-1])
        comma = self.body[words[-2].stem_end:words[-1].start].startswith(",")
        # `카카오, AI 자회사에`: after a comma, a word that modifies what follows lists nothing (in
        # `중동·북아프리카 국가` the dotted pair does modify it together)
        if comma and not self.ends_noun_phrase(last) and self.stem(self.words[last + 1]) not in LIST_ENDS:
            words = words[:-1]
        if len(words) < 2:
            return
        by_span = {(m.start, m.end): m for m in self.out.mentions if m.kind in NAME_KINDS}
        items = [(w, by_span.get((w.start, w.stem_end))) for w in words]
        known = {(m.kind, m.cls) for _, m in items if m is not None and m.kind != "Concept"}
        if len(known) != 1:
            return
        kind, cls = known.pop()
        for word, m in items:
            if m is not None and m.kind == "Concept":
                self.retype(m, kind, cls)
            elif m is None and self.is_list_noun(word) and self.may_name(word, kind):
                self.add(word.start, word.stem_end, kind, cls)

    def may_name(self, word: Word, kind: str) -> bool:
        """Whether an unknown word in a list may name what the others name: a name, or a compound
        beside organizations (한경 + 대, beside 중앙대). `김철수, 전략기획총괄로 선임` lists a post, not
        a second person, and `종묘, 수목원` a kind of place, not a place."""
        return self.is_name_shaped(word) or any(is_proper(t) for t in word.stem_tokens) or (
            kind == "Organization" and len(word.stem_tokens) > 1)

    def is_list_noun(self, word: Word) -> bool:
        stem = self.stem(word)
        return (len(stem) >= 2 and self.free(word.start, word.stem_end) and stem not in COMMON_NOUNS
                and all(t.tag.startswith(("NN", "MM", "SL", "XP", "XS")) for t in word.stem_tokens)
                and not find_dates(stem, None))  # 목요일 저녁, 대림미술관: a time is no name

    def read_multiword_known(self) -> None:
        """Gazetteer names of two or three words (용산 대통령실, 도널드 트럼프), also when the gazetteer
        writes them as one (모건 스탠리: 모건스탠리)."""
        table = lexicon.gazetteer()
        for i in range(len(self.words)):
            for n in (3, 2):
                if i + n > len(self.words) or not self.spaced(i, i + n - 1):
                    continue
                first, last = self.words[i], self.words[i + n - 1]
                text = self.body[first.start:last.stem_end]
                known = table.get(text)
                # written apart, only names are one (`한국 은행` may be any Korean bank, `서울 대` a
                # match), or a group's Latin letters and its company (LG 에너지솔루션)
                parts = self.words[i:i + n]
                if known is None and (LATIN.match(self.stem(first)) or all(self.is_name_part(w) for w in parts)):
                    known = table.get(text.replace(" ", ""))
                if known is not None and self.free(first.start, last.stem_end):
                    self.add_known(first.start, last.stem_end, known)
                    break

    def is_name_part(self, word: Word) -> bool:
        """A word of two letters or more that Kiwi reads as a proper noun or does not know."""
        return len(self.stem(word)) >= 2 and all(is_proper(t) for t in word.stem_tokens)

    def read_spaced_companies(self) -> None:
        """`YG 엔터테인먼트`, `SK 텔레콤`: a name, then a company suffix of three letters or more written
        as a word of its own, are one company's name (shorter ones are common words: 화재, 생명)."""
        suffixes = lexicon.org_suffixes().by_text
        for i in range(1, len(self.words)):
            name, word = self.words[i - 1], self.words[i]
            suffix = suffixes.get(self.stem(word))
            # 한빛 주식회사: the company's legal form is no part of its name
            if suffix is None or suffix.cls != "Corporation" or len(suffix.text) < 3 or suffix.text == "주식회사":
                continue
            if name.has_tail or not self.spaced(i - 1, i) or not any(is_proper(t) for t in name.stem_tokens):
                continue
            known = lexicon.gazetteer().get(self.stem(name) + suffix.text)  # LG 디스플레이 is LG디스플레이
            if known is not None and self.free(name.start, word.stem_end):
                self.add_known(name.start, word.stem_end, known)
            elif self.stem(name) not in lexicon.gazetteer() and self.free(name.start, word.stem_end):
                self.add(name.start, word.stem_end, "Organization", "Corporation")

    def read_postings_abroad(self) -> None:
        """`주한중국 대사`, `주미한국대사관`: the country after 주(駐)+place is the name; 주한 is not."""
        if "주" not in self.sentence.text:
            return
        for word in self.words:
            match = POSTED_TO.match(self.stem(word))
            if not match:
                continue
            start = word.start + match.start(1)
            for end in range(word.stem_end, start + 1, -1):  # the longest known name: 중국 in 중국대사관
                known = lexicon.gazetteer().get(self.body[start:end])
                if known and known.cls == "Country" and self.free(start, end):
                    self.add_known(start, end, known)
                    break

    def read_foreign_bodies(self) -> None:
        """`중국 공안부`, `미국 국무부`: after a country's name, a noun ending like a government body
        names one, even a short one (공안부 would be too short alone)."""
        for before, word in zip(self.words, self.words[1:], strict=False):
            country = lexicon.gazetteer().get(self.stem(before))
            if before.has_tail or country is None or country.cls != "Country":
                continue
            stem = self.stem(word)
            if stem.endswith("장") and len(stem) >= 4:  # 상무부장: the body, then its head
                stem = stem[:-1]
            suffix = lexicon.org_suffixes().match(stem, slack=1)
            nouns = all(t.tag in ("NNG", "NNP") for t in word.stem_tokens)
            if (suffix is not None and suffix.cls == "GovernmentOrganization" and len(stem) >= 3 and nouns
                    and HANGUL_ONLY.match(stem) and not stem.endswith(lexicon.place_parts())
                    and self.free(word.start, word.start + len(stem))):
                self.add(word.start, word.start + len(stem), "Organization", "GovernmentOrganization")

    def title_in(self, word: Word) -> tuple[int, str] | None:
        """A title ending the word, also when fused to a known place or organization: 세종시장, 경기도지사."""
        stem = self.stem(word)
        if not stem or stem[-1] not in lexicon.title_endings():  # most words: a quick no
            return None
        if stem in lexicon.gazetteer():  # 과학기술정보통신부 is a name, not 과학기술정보통 + 신부
            return None
        if stem not in lexicon.titles() and (fused := self.title_after_known_body(stem)) is not None:  # 국회의원
            return word.stem_end - len(fused), fused
        split = title_split(self.body, word)
        if split and self.names_institute(word, split):
            return None
        if split or word.has_tail and not self.tail(word).lstrip("".join(NAME_FOLLOWERS)).startswith(PARTICLES):
            return split
        for size in range(min(lexicon.longest_title(), len(stem) - 2), 1, -1):
            title, at = stem[-size:], len(stem) - size
            if title in lexicon.titles():
                for end in (at, at + 1):
                    if self.classify(word, word.start, word.start + end) in (("Place", c) for c in PLACE_CLASSES):
                        return word.start + at, title
                    found = self.classify(word, word.start, word.start + end)
                    if found and found[0] == "Organization":
                        return word.start + at, title
        return None

    def names_institute(self, word: Word, split: tuple[int, str]) -> bool:
        """`항공우주연구원`: a title that is also an organization's suffix (연구원, researcher or
        institute), after a field rather than a rank (선임연구원), names the institute."""
        at, title = split
        field = self.body[word.start:at]
        return (title in lexicon.org_suffixes().by_text and len(field) >= 2
                and not any(field.endswith(rank) for rank in lexicon.title_modifiers()))

    @staticmethod
    def title_after_known_body(stem: str) -> str | None:
        """The title of the head of a known body written together with it, sharing a letter or two:
        하나은행|장 (행장), 질병관리본부|장 (본부장), 예결위|원장 (위원장) — the longest such title."""
        for end in range(len(stem) - 1, 1, -1):
            body = lexicon.gazetteer().get(stem[:end])
            if body is not None and body.kind == "Organization":
                titles = [stem[at:] for at in range(max(1, end - 2), end + 1) if stem[at:] in lexicon.titles()]
                return titles[0] if titles else None
        return None

    def read_titles(self) -> None:
        for index, word in enumerate(self.words):
            split = self.title_in(word)
            if not split or not self.free(split[0], word.stem_end):
                continue
            title_start, title = split
            title_mention = self.add(title_start, word.stem_end, "Title", "Title", value=title)
            self.read_apposition(index, word, title_mention)

    def read_copula_titles(self) -> None:
        """`이사회 의장인 최 회장은`, `대표이사인 김철수 사장`: the post before 인 is the next person's."""
        if "인 " not in self.sentence.text:
            return
        titles = {m.end: m for m in self.out.mentions if m.kind == "Title"}
        people = {m.start: m for m in self.out.mentions if m.kind == "Person"}
        for index, (word, after) in enumerate(zip(self.words, self.words[1:], strict=False)):
            title, person = titles.get(word.stem_end), people.get(after.start)
            if title is None or person is None or self.tail(word) != "인" or after.start > word.end + 1:
                continue
            org, former, _ = self.walk_back(index, word, title)
            self.out.appositions.append(Apposition(person, title, self.commit(org) if org else None, former))

    def read_apposition(self, index: int, word: Word, title: Mention) -> None:
        """Walk back from a title over `[ORG(의)] NAME [전|현] [ORG] [전|현]`, or on to `TITLE NAME`.

        The organization is only recorded once a person is found beside the title, or when it is a
        known name fused to the title (경찰청장: the agency's head, whoever holds the post).
        """
        org, former, i = self.walk_back(index, word, title)
        person = self.person_before(i, title)
        if person is None:
            self.read_title_then_name(index, word, title, org, former)
            if org is not None and org.start == word.start and self.body[org.start:org.end] in lexicon.gazetteer():
                self.commit(org)
            return
        j = i - (1 if person.surname else person.text.count(" ") + 1)
        while j >= 0 and self.words[j].bracketed:
            j -= 1
        if j >= 0 and not self.words[j].has_tail and title_split(self.body, self.words[j]):
            # ORG TITLE NAME TITLE (SK㈜ 신임 CEO 장동현 사장): the earlier title lends its organization
            earlier = next((a for a in self.out.appositions if a.title.end == self.words[j].stem_end), None)
            if org is None and earlier is not None:
                org = OrgSlot(earlier.org.start, earlier.org.end, earlier.org.kind, earlier.org.cls,
                              existing=earlier.org) if earlier.org else None
        elif org is None and j >= 0 and self.tail(self.words[j]) in ("의", "") and not self.words[j].bracketed:
            org = self.org_slot(self.words[j], self.words[j].start, self.words[j].stem_end)
        self.record(person, title, org, former)

    def walk_back(self, index: int, word: Word, title: Mention) -> tuple[OrgSlot | None, bool, int]:
        """From a title back over modifiers (전, 신임), an organization and parentheses, to where a name may end."""
        former = False
        org: OrgSlot | None = None
        if title.start > word.start:  # the title ends a longer stem: KB금융지주회장, 소방방재청장
            fused = self.org_slot(word, word.start, self.fused_end(word, title), free_until=title.start)
            if fused is not None and self.body[fused.start:fused.end] in lexicon.gazetteer():
                org = fused  # a known name sharing letters with the title: 경찰청|장, not 경찰; 질병관리본부|장
            else:
                org = self.org_slot(word, word.start, title.start) or fused
        i = index - 1
        while i >= 0 and not self.words[i].has_tail:
            if self.words[i].bracketed and not word.bracketed:
                i -= 1
                continue
            stem = self.stem(self.words[i])
            if stem in lexicon.title_modifiers() and not self.is_surname(self.words[i]):
                former = former or lexicon.title_modifiers()[stem] == "former"
                i -= 1
                continue
            if POSTING.match(stem):  # 성김 주한 미국 대사: where the envoy serves, not more of the name
                i -= 1
                continue
            if stem == "겸" and i > 0 and title_split(self.body, self.words[i - 1]):
                i -= 2  # 부총리 겸 기획재정부 장관: the first title is read on its own
                continue
            if org is not None and self.is_known_body(self.words[i]):  # 예결위 계수조정소위 위원: the body above
                i -= 1
                continue
            # 사토 다카시 감독: after a given name, a word ending like a city (…시) is the rest of the name
            if (org is None and not self.is_name_shaped(self.words[i]) and not self.is_known_person(i)
                    and not self.opens_name(i - 1)):
                slot = self.org_slot(self.words[i], self.words[i].start, self.words[i].stem_end)
                if slot is None and self.is_unknown_company(i):
                    slot = OrgSlot(self.words[i].start, self.words[i].stem_end, "Organization", "Corporation")
                if slot is not None and (slot.existing or slot.cls != "Organization" or not self.may_be_person(i)):
                    org = slot
                    i -= 1
                    while i >= 0 and self.words[i].start >= slot.start:  # 레알 마드리드: a name of two words
                        i -= 1
                    continue
            break
        return org, former, i

    def is_known_body(self, word: Word) -> bool:
        known = lexicon.gazetteer().get(self.stem(word))
        return known is not None and known.kind in ("Organization", "Place")

    def is_unknown_company(self, i: int) -> bool:
        """`최재호 무학 회장`: an unknown proper noun between a Korean full name and a title is where
        the person holds the post, not more of the name."""
        word, before = self.words[i], self.words[i - 1] if i > 0 else None
        if before is None or before.has_tail or not self.spaced(i - 1, i) or len(self.stem(before)) != 3:
            return False
        return (self.is_name_shaped(before) and not self.is_name_shaped(word) and bool(word.stem_tokens)
                and all(t.tag in ("NNP", "SL", "SH") or t.oov for t in word.stem_tokens)
                and self.stem(word) not in lexicon.title_modifiers())

    def is_known_person(self, i: int) -> bool:
        known = lexicon.gazetteer().get(self.stem(self.words[i]))
        return known is not None and known.kind == "Person"

    def read_title_then_name(self, index: int, word: Word, title: Mention, org: OrgSlot | None,
                             former: bool) -> None:
        """`삼성전자 사장 김철수는`, `SK㈜ 신임 CEO 장동현 사장`: the name right after a bare title."""
        if word.has_tail or index + 1 >= len(self.words):
            return
        after = self.words[index + 1]
        if after.start > word.end + 1 or self.is_surname(after):
            return
        known = lexicon.gazetteer().get(self.stem(after))
        if (known and known.kind == "Person") or self.is_name_shaped(after):
            person = self.existing_person(after) or (
                self.add_known(after.start, after.stem_end, known) if known else
                self.add(after.start, after.stem_end, "Person", "Person"))
        else:  # `CEO 팀 쿡은`, `감독 라울은`: a foreign name, one part or more, Kiwi reading them as names
            parts = self.foreign_name_from(index + 1)
            if not parts or any(self.is_dictionary_noun(w) or not is_proper(w.stem_tokens[0]) for w in parts):
                return
            person = self.existing_person(after) or self.add_person(parts)
            if person is None:
                return
        self.record(person, title, org, former)

    def record(self, person: Mention, title: Mention, org: OrgSlot | None, former: bool) -> None:
        """Keep an apposition; a reporter's byline is kept apart from the story's people."""
        if title.value in lexicon.byline_titles() or self.body[max(0, person.start - 1):person.start] == "=":
            self.out.bylines.append(Mention(person.start, title.end, self.body[person.start:title.end],
                                            "Byline", "Byline", self.sentence.index))
            return
        self.out.appositions.append(Apposition(person, title, self.commit(org) if org else None, former))

    def existing_person(self, word: Word) -> Mention | None:
        """The person already read at this word, also as part of a longer name (다나카 히로시)."""
        return next((m for m in self.out.mentions if m.kind == "Person" and m.start <= word.start
                     and word.stem_end <= m.end), None)

    def fused_end(self, word: Word, title: Mention) -> int:
        """Where a name that shares letters with the title after it ends: where it makes a known name
        (질병관리본부|장, 예결위|원장), else after one shared letter (안성시|장)."""
        for end in range(word.stem_end - 1, title.start, -1):
            if self.body[word.start:end] in lexicon.gazetteer():
                return end
        return title.start + 1

    def org_slot(self, word: Word, start: int, end: int, free_until: int | None = None) -> OrgSlot | None:
        """How a stem in an organization's slot of an apposition would be recorded, if it can be.

        `free_until`: the organization shares letters with the title that starts there (안성시|장).
        """
        for m in self.out.mentions:
            if m.start <= start and m.end == end and m.kind in ("Organization", "Place"):
                return OrgSlot(m.start, end, m.kind, m.cls, existing=m)
        if not self.free(start, end if free_until is None else free_until):
            return None
        found = self.classify(word, start, end)
        if found and found[0] in ("Organization", "Place"):
            return OrgSlot(start, end, *found)
        if found is None and LATIN.match(self.body[start:end]) and self.body[start:end] not in lexicon.titles():
            return OrgSlot(start, end, "Organization", "Organization")
        return None

    def commit(self, slot: OrgSlot) -> Mention:
        if slot.existing is not None:
            return slot.existing
        known = lexicon.gazetteer().get(self.body[slot.start:slot.end])
        if known:
            return self.add_known(slot.start, slot.end, known)
        return self.add(slot.start, slot.end, slot.kind, slot.cls)

    def is_surname(self, word: Word) -> bool:
        """A family name standing for the person: 이 (대통령); in `전 전 청장`, the first 전, before
        the 전 that means "former"."""
        stem = self.stem(word)
        if len(stem) != 1 or stem not in lexicon.surnames() or word.has_tail:
            return False
        at = self.index_of(word)
        former_after = stem == "전" and at + 1 < len(self.words) and self.stem(self.words[at + 1]) == "전"
        return word.tokens[0].tag == "NNP" or former_after

    def may_be_person(self, i: int) -> bool:
        """Whether the word at i could end a person's name, so that it is not read as an organization."""
        word = self.words[i]
        known = lexicon.gazetteer().get(self.stem(word))
        if known:
            return known.kind == "Person"
        return self.is_surname(word) or self.is_name_shaped(word) or self.foreign_name_start(i) < i

    def person_before(self, i: int, title: Mention) -> Mention | None:
        """The person named by the words ending at index i: 손정의, 르네 하스, or 이 (short form)."""
        if i < 0:
            return None
        word = self.words[i]
        stem = self.stem(word)
        if word.has_tail:
            return None
        existing = self.existing_person(word)
        if existing is not None:
            return existing
        known = lexicon.gazetteer().get(stem)
        if known and known.kind == "Person":
            return self.add_known(word.start, word.stem_end, known) if self.free(word.start, word.end) else None
        if self.is_surname(word):
            written = self.body[word.start:title.end]
            return self.add(word.start, word.stem_end, "Person", "Person", surname=stem, value=written)
        first = self.foreign_name_start(i)
        # 르네 하스, 존 스미스: several name parts make a foreign name, even when the last looks Korean
        if first < i and self.free(self.words[first].start, word.stem_end):
            return self.add(self.words[first].start, word.stem_end, "Person", "Person")
        proper_part = self.is_foreign_part(word) and any(is_proper(t) for t in word.stem_tokens)
        if (self.is_name_shaped(word) or proper_part or self.is_known_full_name(word)) \
                and self.free(word.start, word.stem_end):
            return self.add(word.start, word.stem_end, "Person", "Person")
        return None

    def foreign_name_start(self, i: int) -> int:
        """The index of the first word of a foreign name ending at word i (i itself when none)."""
        j = i
        while (j >= 0 and i - j < 3 and self.spaced(j, i)
               and self.is_foreign_part(self.words[j], last=j == i, opened=self.opens_name(j - 1))):
            j -= 1
        if 0 <= j < i and self.is_one_syllable_given_name(self.words[j]) and self.spaced(j, i):
            j -= 1
        # a dictionary noun opens no name: in `대신 김동우 아나운서`, 대신 is "instead of"
        while j + 1 < i and self.is_dictionary_noun(self.words[j + 1]):
            j += 1
        parts = self.words[j + 1:i + 1]
        # a run of dictionary nouns (이날 오전) is no name: one part must be proper or unknown to Kiwi
        if not any(len(w.stem_tokens) > 1 or is_proper(w.stem_tokens[0]) for w in parts):
            return i
        # 박문수 이몽룡 성춘향 전 장관: three names with Korean ones among them are several people, not one
        # foreign name (two parts that look Korean may be one Japanese name: 이노세 나오키)
        if len(parts) > 2 and sum(len(self.stem(w)) == 3 and self.is_name_shaped(w) for w in parts) > 1:
            return i
        return j + 1 if j < i else i

    def is_dictionary_noun(self, word: Word) -> bool:
        tokens = word.stem_tokens
        return len(tokens) == 1 and tokens[0].tag == "NNG" and not tokens[0].oov

    def spaced(self, j: int, i: int) -> bool:
        """Whether words j..i stand apart by single spaces only: parts of one name."""
        return all(self.body[self.words[k].end:self.words[k + 1].start] == " " for k in range(j, i))

    def is_one_syllable_given_name(self, word: Word) -> bool:
        """존 or 팀 opening a foreign name: one Hangul syllable that is no family name or modifier."""
        stem = self.stem(word)
        return (len(stem) == 1 and HANGUL_ONLY.match(stem) is not None and not word.has_tail
                and stem not in lexicon.surnames() and stem not in lexicon.title_modifiers()
                and word.stem_tokens[0].tag in ("NNP", "NNG"))

    def read_quoted_names(self) -> None:
        """`‘ARM 스쿨(가칭)’ 설립`: a quoted name that is about to be established is an organization."""
        text = self.sentence.text
        for match in QUOTED_NAME.finditer(text):
            after = re.sub(r"^\s*(?:을|를|의)?\s*", "", text[match.end():])  # ’ 설립을 …, ’를 설립하고 …
            if not ESTABLISH.match(after):
                continue
            start = self.sentence.start + match.start(1)
            end = self.sentence.start + match.end(1)
            name = self.body[start:end]
            inside = [t for t in self.sentence.tokens if start <= t.start and t.end <= end]
            # ‘칸막이’ 설치: one dictionary word in quotes is a thing installed, not a body founded
            if not self.free(start, end) or len(inside) == 1 and inside[0].tag == "NNG" and not inside[0].oov:
                continue
            suffix = lexicon.org_suffixes().match(name.replace(" ", ""))
            self.add(start, end, "Organization", suffix.cls if suffix else "Organization")

    def read_planned_facilities(self) -> None:
        """`지능형 반도체 설계지원센터 구축`: a noun phrase ending in a facility noun, about to be built."""
        for index, word in enumerate(self.words[1:], start=1):
            if not ESTABLISH.match(self.stem(word) or self.body[word.start:word.end]):
                continue
            head = self.words[index - 1]
            stem = self.stem(head)
            if head.has_tail or not stem.endswith(FACILITIES) or not self.free(head.start, head.stem_end):
                continue
            first = index - 1
            while first > 0 and index - first < 4 and self.is_phrase_noun(self.words[first - 1]):
                first -= 1
            start = self.words[first].start
            if self.free(start, head.stem_end):
                suffix = lexicon.org_suffixes().match(stem)
                self.add(start, head.stem_end, "Organization", suffix.cls if suffix else "Organization")

    def is_phrase_noun(self, word: Word) -> bool:
        """A word that may modify the next in a noun phrase: 지능형, 반도체 (no particle, nouns only)."""
        return (not word.has_tail and bool(self.stem(word)) and self.free(word.start, word.stem_end)
                and all(t.tag.startswith(("NN", "XSN", "XPN", "SL")) for t in word.stem_tokens))

    def read_single_words(self) -> None:
        for index, word in enumerate(self.words):
            start, end = word.start, word.stem_end
            if start >= end or not self.free(start, end):
                continue
            found = self.classify(word, start, end)
            if found and self.is_posted_on(word):
                continue
            if found:
                known = lexicon.gazetteer().get(self.body[start:end])
                if known:
                    self.add_known(start, end, known)
                else:
                    self.add(start, end, *found)
            elif self.is_bare_name(word) or self.is_known_full_name(word):
                self.add(start, end, "Person", "Person")
            elif (venue := self.known_venue(word)) is not None:
                self.add(start, end, "Place", venue.cls)
            elif (place := self.leading_place(word)) is not None:
                self.add_known(start, *place)
            elif self.is_unknown_proper(word):
                cue = self.cue_before(index) or self.group_of_member(index)
                self.add(start, end, *(cue if cue else ("Concept", "Name")))

    def is_posted_on(self, word: Word) -> bool:
        """`페이스북에 글을 올렸다`, `유튜브로 공개했다`: a platform where something is posted is a
        medium, not an actor in the story."""
        return self.stem(word) in lexicon.platforms() and self.tail(word).startswith(POSTED_ON)

    def read_reporting_media(self) -> None:
        """`왕이닷컴이 17일 보도했다`, `데일리스타 보도에 따르면`: an unknown name that reports, or whose
        report is cited, is a news outlet."""
        if "보도" not in self.sentence.text:
            return
        for i, word in enumerate(self.words):
            name = next((m for m in self.out.mentions if (m.start, m.end) == (word.start, word.stem_end)
                         and m.kind == "Concept"), None)
            if name is None or self.tail(word) not in REPORTER_TAILS:
                continue
            reach = 1 if self.tail(word) in ("", "의") else 3  # the report itself, or the verb a little later
            report = next((j for j in range(i + 1, min(i + 1 + reach, len(self.words)))
                           if self.stem(self.words[j]).startswith("보도")), None)
            # only a date or the like between: in `스마프가 존속한다고 보도`, another verb has the subject
            if report is not None and not any(is_verbal(t) for w in self.words[i + 1:report] for t in w.tokens):
                self.retype(name, "Organization", "NewsMediaOrganization")

    def read_subjects_by_predicate(self) -> None:
        """`보르헤스는 … 라고 말했다`, `한빛소재는 … 신제품을 출시했다`: an unknown name that is the
        subject of a predicate only a person (or only a company) has is a person's (a company's) name."""
        verb = self.last_predicate()
        kind = lexicon.subject_kinds().get(verb.form) if verb is not None else None
        if kind is None:
            return
        quoted = [range(self.sentence.start + q.start(), self.sentence.start + q.end())
                  for q in QUOTATION.finditer(self.sentence.text)]
        # the speaker, not a name inside what is said: 홍길동 시장은 "한빛이 …"라고 말했다
        subjects = [(w, m) for w in self.words if w.end <= verb.start and self.tail(w) in SUBJECT_TAILS
                    and not any(w.start in q for q in quoted)
                    for m in self.out.mentions if (m.start, m.end) == (w.start, w.stem_end) and m.kind in NAME_KINDS]
        if not subjects:
            return
        word, name = subjects[-1]  # the subject nearest the predicate
        if name.kind == "Concept" and name.cls == "Name" and (kind[0] != "Person" or HANGUL_ONLY.match(name.text)):
            self.retype(name, *kind)

    def read_places_by_position(self) -> None:
        """`둥관 시내`, `쿠이아바 주민`: a proper noun Kiwi knows but the lexicons do not, before a noun
        such as 인근 or 주민, is a place's name."""
        for i, word in enumerate(self.words):
            name = next((m for m in self.out.mentions if (m.start, m.end) == (word.start, word.stem_end)
                         and m.kind == "Concept" and m.cls == "Name"), None)
            if name is None:
                continue
            after = self.words[i + 1] if i + 1 < len(self.words) and self.spaced(i, i + 1) else None
            located = not word.has_tail and after is not None and self.stem(after) in lexicon.place_nouns()
            if located and HANGUL_ONLY.match(name.text) and all(t.tag == "NNP" for t in word.stem_tokens):
                self.retype(name, "Place", "Place")

    def last_predicate(self) -> Token | None:
        """The sentence's last verb, or the noun that takes 하다 or 되다 (사망 + 했다)."""
        tokens = self.sentence.tokens
        for k in range(len(tokens) - 1, 0, -1):
            if tokens[k].tag in ("VV", "VA"):
                return tokens[k]
            if tokens[k].tag in ("XSV", "XSA") and tokens[k - 1].tag == "NNG":
                return tokens[k - 1]
        return None

    def leading_place(self, word: Word) -> tuple[int, lexicon.Known] | None:
        """`중국국적`, `부산국제영화제`, `뉴욕발`, `유럽행`: a known place glued to common nouns, or to a
        syllable that makes it where a journey starts or ends, is still that place; where the place ends."""
        stem = self.stem(word)
        if len(word.stem_tokens) == 1 and stem[-1:] in PLACE_AFFIXES:  # Kiwi's one word: 유럽행/NNG
            known = lexicon.gazetteer().get(stem[:-1])
            return (word.stem_end - 1, known) if known and known.kind == "Place" and len(stem) > 2 else None
        first, *rest = word.stem_tokens or [None]
        if first is None or not rest or first.tag != "NNP" or first.start != word.start:
            return None
        known = lexicon.gazetteer().get(first.form)
        if known is None or known.kind != "Place" or len(first.form) < 2:
            return None
        # nouns, or one of those syllables: with another suffix the place describes something else
        # (한국산 감, made in Korea; 미국인, an American)
        nouns = all(t.tag == "NNG" and not t.oov for t in rest)
        affix = len(rest) == 1 and rest[0].form in PLACE_AFFIXES and rest[0].tag in ("XSN", "NNB", "NNG")
        return (first.end, known) if nouns or affix else None

    def read_address_levels(self) -> None:
        """`부산시 사하구 하단동`, `포천시 영북면 야미리`: after a place, a word ending in an address
        unit (동, 리, 읍, 면, 가) is the next, smaller place, whatever it looked like alone."""
        if not any(m.kind == "Place" for m in self.out.mentions):
            return
        for i in range(1, len(self.words)):
            before, word = self.words[i - 1], self.words[i]
            stem = self.stem(word)
            if before.has_tail or not self.spaced(i - 1, i) or not ADDRESS_LEVEL.match(stem):
                continue
            if self.is_dictionary_noun(word) or stem in COMMON_NOUNS:  # 한국 활동, 미국 관리, 지역구
                continue
            if not any(m.kind == "Place" and m.end == before.stem_end for m in self.out.mentions):
                continue
            if self.drop_guess(word.start, word.stem_end):
                self.add(word.start, word.stem_end, "Place", "AdministrativeArea")

    def read_municipalities(self) -> None:
        """`경기도 부천`, `전남 진도`, `서울 강남`: after a province or metropolitan city, one of its cities,
        counties or districts named without 시, 군 or 구 is that place, and 경기 before one of its
        cities is the province (alone it is a game or the economy)."""
        towns = lexicon.municipalities()
        for i in range(1, len(self.words)):
            before, word = self.words[i - 1], self.words[i]
            stem = self.stem(word)
            bare = stem in towns
            suffixed = stem.endswith(("시", "군", "구")) and stem[:-1] in towns  # 부천시
            if not (bare or suffixed) or before.has_tail or not self.spaced(i - 1, i):  # most words: a quick no
                continue
            region = self.region(self.stem(before))
            town = towns[stem if bare else stem[:-1]].get(region.label) if region is not None else None
            if town is None:
                continue
            if self.drop_guess(before.start, before.stem_end):
                self.add_known(before.start, before.stem_end, region)
            if bare and self.drop_guess(word.start, word.stem_end):
                self.add_known(word.start, word.stem_end, town)

    def read_venues(self) -> None:
        """`타흐리르 광장`, `부산 해운대 해수욕장`: a name, then a word for a kind of venue, is that venue;
        the places named just before it (its city, its district) are part of its name."""
        for i in range(1, len(self.words)):
            word, name = self.words[i], self.words[i - 1]
            venue = self.venue_noun(word)
            if venue is None:
                continue
            if name.has_tail or not self.spaced(i - 1, i) or not self.names_venue(name):
                continue
            first = i - 1
            while first > 0 and self.spaced(first - 1, i) and self.is_place(self.words[first - 1]):
                first -= 1
            start = self.words[first].start
            covered = [m for m in self.out.mentions if start <= m.start and m.end <= word.stem_end]
            if any(m.kind not in ("Place", "Concept") for m in covered):
                continue
            for m in covered:
                self.out.mentions.remove(m)
            self.claimed.difference_update(range(start, word.stem_end))
            self.add(start, word.stem_end, "Place", venue.cls)

    def read_units(self) -> None:
        """`한국일보 노조`, `미국 대표단`, `이란 축구대표팀`: a known organization or country, then a noun
        for one of its bodies, names that body; a person, then 재단 or 행정부, the body named after them
        (마르셀 뒤샹 재단); a place, then 대학 or 경찰서, the one named after it (콜로라도 대학)."""
        for i in range(1, len(self.words)):
            word, owner = self.words[i], self.words[i - 1]
            unit = lexicon.units().get(self.stem(word))
            if unit is None or owner.has_tail or not self.spaced(i - 1, i):
                continue
            cls, after = unit
            kinds = OWNER_KINDS[after]
            named = next((m for m in self.out.mentions if m.end == owner.stem_end and m.start <= owner.start
                          and (m.kind in kinds or m.cls in kinds)), None)
            if named is None or not self.free(word.start, word.stem_end):
                continue
            self.out.mentions.remove(named)
            self.add(named.start, word.stem_end, "Organization", cls)

    def venue_noun(self, word: Word) -> lexicon.Suffix | None:
        """The kind of venue a word names: 광장, a compound of common nouns ending in one (국제 + 공항,
        실내 + 체육관), or a venue named already (마우나리조트, after which `경주 마우나리조트` is one)."""
        stem = self.stem(word)
        venue = lexicon.venue_nouns().get(stem)
        named = any((m.start, m.end) == (word.start, word.stem_end) and m.kind == "Place" and m.cls == "Place"
                    for m in self.out.mentions)
        if venue is None and word.stem_tokens and (named or all(t.tag == "NNG" for t in word.stem_tokens)):
            venue = next((lexicon.venue_nouns()[stem[-n:]] for n in range(len(stem) - 1, 1, -1)
                          if stem[-n:] in lexicon.venue_nouns()), None)
        return venue

    def names_venue(self, word: Word) -> bool:
        """A word that may name a venue: a place, or a proper noun Kiwi does not know as a common word."""
        stem = self.stem(word)
        if stem in lexicon.titles() or stem in COMMON_NOUNS or not word.stem_tokens:
            return False
        return self.is_place(word) or any(is_proper(t) for t in word.stem_tokens) and not any(
            m.kind in ("Person", "Organization") and m.start <= word.start < m.end for m in self.out.mentions)

    def is_place(self, word: Word) -> bool:
        return not word.has_tail and any(m.kind == "Place" and (m.start, m.end) == (word.start, word.stem_end)
                                         for m in self.out.mentions)

    @staticmethod
    def region(name: str) -> lexicon.Known | None:
        """The province or city a name stands for, also without its 도 (경기 -> 경기도)."""
        known = lexicon.gazetteer().get(name) or lexicon.gazetteer().get(name + "도")
        return known if known is not None and known.kind == "Place" else None

    def drop_guess(self, start: int, end: int) -> bool:
        """Take back a guessed person or concept on exactly this span; whether the span is free then."""
        guessed = [m for m in self.out.mentions if (m.start, m.end) == (start, end) and m.kind in ("Person", "Concept")]
        for m in guessed:
            self.out.mentions.remove(m)
        return bool(guessed) or self.free(start, end)

    def cue_before(self, index: int) -> tuple[str, str] | None:
        """`반도체 기업 ARM`, `자회사인 카카오페이`: a noun before a name that says what kind it is.

        Only when the name ends its noun phrase: in `자회사인 칩리스 반도체 기업 ARM` the cue
        describes ARM, and 칩리스 is a modifier.
        """
        if index == 0 or not self.ends_noun_phrase(index):
            return None
        before = self.words[index - 1]
        if self.tail(before) not in ("", "인", "이자"):
            return None
        stem = self.stem(before)
        cue = next((c for word, c in lexicon.cues().items() if stem.endswith(word)), None)
        return (lexicon.KIND_OF_CLASS[cue], cue) if cue else None

    def group_of_member(self, index: int) -> tuple[str, str] | None:
        """`라니아 멤버 알렉산드라`: a name before 멤버 is a music group's."""
        after = self.words[index + 1] if index + 1 < len(self.words) else None
        if after is None or self.tail(self.words[index]) or self.stem(after) not in ("멤버", "멤버들"):
            return None
        return "Organization", "MusicGroup"

    def ends_noun_phrase(self, index: int) -> bool:
        word = self.words[index]
        if word.has_tail or index + 1 == len(self.words) or self.body[word.end:self.words[index + 1].start] != " ":
            return True
        return title_split(self.body, self.words[index + 1]) is not None

    def is_bare_name(self, word: Word) -> bool:
        """A three-syllable Korean name: Kiwi's own guess (a proper noun starting with a surname), or
        the pieces it cuts a name it does not know into."""
        stem = self.stem(word)
        tags = {t.tag for t in word.stem_tokens}
        if stem[-1:] in lexicon.thing_endings():  # 공산당, 천안함, 임진각: no one's name ends so
            return False
        return len(stem) == 3 and self.is_name_shaped(word) and (
            "NNP" in tags and tags <= {"NNP", "XPN", "XSN"} or self.is_split_reading(word))

    def multi_word_name(self, word: Word) -> list[str]:
        """The words of a proper noun from Kiwi's multi-word dictionary (켄드릭 라마), or none."""
        tokens, written = word.stem_tokens, self.stem(word)
        return written.split(" ") if len(tokens) == 1 and tokens[0].tag == "NNP" and " " in written else []

    def known_venue(self, word: Word) -> lexicon.Suffix | None:
        """`포시즌스 호텔`, `라가디아 공항`: a venue that Kiwi's multi-word dictionary knows as one name."""
        parts = self.multi_word_name(word)
        return lexicon.venue_nouns().get(parts[-1]) if parts else None

    def is_known_full_name(self, word: Word) -> bool:
        """`켄드릭 라마`: a multi-word proper noun of Hangul words from Kiwi's dictionary, most of
        whose entries are people. In quotation marks such a name is mostly a title of a work, in
        brackets after a player his club (다비네 아스토리(칼리아리 칼초))."""
        parts = self.multi_word_name(word)
        if not parts or word.bracketed or self.known_venue(word) is not None:
            return False
        if not all(HANGUL_ONLY.match(part) for part in parts):
            return False
        closed = self.body[word.stem_end:word.stem_end + 1] in ("’", "'", "”", '"')
        return not closed and not any(q.start() <= word.start - self.sentence.start < q.end()
                                      for q in QUOTATION.finditer(self.sentence.text))

    def is_unknown_proper(self, word: Word) -> bool:
        stem = self.stem(word)
        tags = {t.tag for t in word.stem_tokens}
        if "·" in stem or stem in lexicon.agreement_types():
            return False
        if tags == {"SL"}:
            return LATIN.match(stem) is not None
        # Kiwi splits an unknown name into a proper noun and common nouns: 한빛 + 소재
        first = word.stem_tokens[0] if word.stem_tokens else None
        return len(stem) >= 2 and first is not None and is_proper(first) and tags <= {"NNP", "NNG"}

    def read_aliases(self) -> None:
        """`대한무역투자진흥공사(KOTRA)`, `인공지능(AI)`, `OCI머티리얼즈(현 SK머티리얼즈)`,
        `씨제스 엔터테인먼트(이하 씨제스)`."""
        text = self.sentence.text
        for match in BRACKET.finditer(text):
            open_at = self.sentence.start + match.start()
            inner_start = self.sentence.start + match.start(1)
            inner_end = self.sentence.start + match.end(1)
            age = AGE_AFTER_NAME.search(self.body, inner_start, inner_end)
            if age is not None:
                inner_end = age.start()  # (重光初子·88): the name, then the age
            inner = self.body[inner_start:inner_end]
            # (승점 3·골득실 1) is a figure, not another name
            if inner in ("가칭", "사진") or inner[0].isdigit() or re.search(r"\s\d", inner) \
                    or inner in lexicon.agreement_types():
                continue
            name = next((m for m in self.out.mentions if m.end == open_at and m.kind in NAME_KINDS), None)
            if name is not None and name.cls == "Name" and self.is_name_in_hanja(name.text, inner):
                name = self.retype(name, "Person", "Person")
            if name is None:
                word = next((w for w in self.words if w.stem_end == open_at and not w.has_tail), None)
                if word is None or not HANGUL_ONLY.match(self.stem(word)):
                    continue
                if LATIN.match(inner):
                    name = self.add(word.start, word.stem_end, "Concept", "Concept")
                elif self.is_name_in_hanja(self.stem(word), inner):
                    name = self.add(word.start, word.stem_end, "Person", "Person")
                else:
                    continue
            # 멤피스 데파이(에인트호번): in Hangul, what follows a person is a team or a country, unless
            # an age follows it: 정하나(징거·25) is her other name
            if name.kind == "Person" and HANGUL_ONLY.match(inner) and age is None:
                continue
            alias = next((m for m in self.out.mentions if (m.start, m.end) == (inner_start, inner_end)), None)
            if alias is not None and alias.cls == "Name" and name.kind != "Concept":  # 중앙사고수습본부(중수본)
                alias = self.retype(alias, name.kind, name.cls)
            if alias is None and self.free(inner_start, inner_end):
                alias = self.add(inner_start, inner_end, name.kind, name.cls, key=name.key, english=name.english)
            if alias is not None and alias.kind == name.kind:
                self.out.aliases.append(AliasPair(name, alias))

    @staticmethod
    def is_name_in_hanja(name: str, inner: str) -> bool:
        """`김덕천(金德天)`: three syllables from a family name on, glossed by as many characters."""
        return len(name) == 3 == len(inner) and HANJA.match(inner) is not None and name[0] in lexicon.surnames()


def inside_dictionary_word(last: Token, end: int, suffix: str) -> bool:
    """Whether a suffix ending at `end` is only the end of a longer dictionary noun, `last`: 무역, 복지법."""
    return last.tag == "NNG" and not last.oov and last.end == end and len(last.form) > len(suffix)


def is_verbal(token: Token) -> bool:
    return token.tag.startswith(("V", "E", "XSV", "XSA"))


def by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    index: dict[int, list[Mention]] = {}
    for m in mentions:
        index.setdefault(m.sentence, []).append(m)
    return index


def find_local_names(analysis: Analysis, words_of: list[list[Word]], out: Mentions) -> None:
    """Second pass: a name found once is found everywhere in the article, in the same kind.

    Foreign names are also found by their last part (그린버그 for 에반 그린버그).
    """
    body = analysis.article.body
    forms: dict[str, Mention] = {}
    for m in out.names():
        if m.surname:
            continue
        forms.setdefault(m.text, m)
        if m.kind == "Person" and " " in m.text:
            forms.setdefault(m.text.rsplit(" ", 1)[1], m)
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
                if n == 1 and (model is None or model.kind == "Concept") and chunk.endswith(PARTICLES):
                    # a name with a particle glued on
                    glued = next((p for p in PARTICLES if chunk.endswith(p) and chunk[:-len(p)] in forms), None)
                    if glued:
                        end -= len(glued)
                        model = forms[body[start:end]]
                        for m in [m for m in here if m.kind == "Concept" and m.start == start]:
                            here.remove(m)
                if model is None:
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


def find_dates_and_amounts(analysis: Analysis, out: Mentions) -> None:
    published = analysis.article.date
    body = analysis.article.body
    index = by_sentence(out.mentions)
    that_day = None  # the day last named, which 이날 refers to
    for sentence in analysis.sentences:
        taken = [(m.start, m.end) for m in index.get(sentence.index, []) if m.kind in NAME_KINDS]
        for d in find_dates(sentence.text, published, sentence.start, that_day):
            if d.value and not THAT_DAY.fullmatch(d.text) and not body.startswith(PERIOD_BOUNDS, d.end):
                that_day = d.value
            kind = "Date" if d.kind == "date" else "Time"
            value = d.value.isoformat() if d.value else None
            out.mentions.append(Mention(d.start, d.end, d.text, kind, kind, sentence.index, value=value))
            taken.append((d.start, d.end))
        for a in find_amounts(sentence.text, sentence.start):
            if all(a.end <= s or e <= a.start for s, e in taken):
                out.mentions.append(Mention(a.start, a.end, a.text, "Quantity", "MonetaryAmount" if a.currency
                                            else "QuantitativeValue", sentence.index, value=str(a.value),
                                            unit=a.unit))


def find_mentions(analysis: Analysis) -> Mentions:
    """Every mention in the article, in text order."""
    out = Mentions()
    words_of = [split_words(sentence) for sentence in analysis.sentences]
    for sentence, words in zip(analysis.sentences, words_of, strict=True):
        found = SentenceReader(analysis.article.body, sentence, words).read()
        out.mentions += found.mentions
        out.appositions += found.appositions
        out.aliases += found.aliases
        out.bylines += found.bylines
    find_local_names(analysis, words_of, out)
    find_dates_and_amounts(analysis, out)
    out.mentions.sort(key=lambda m: (m.start, m.end))
    return out
