"""The reader's state and shared lookups: the words of a sentence, what is claimed already, and
how one stem is classified by the gazetteer, suffixes and shape."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import lexicon
from kg.analyze import Sentence, Token, reads_alone_as_common_noun
from kg.mentions.model import Mention, Mentions
from kg.mentions.patterns import (
    ASSOCIATIONS,
    BETWEEN_COUNTRIES,
    BRANCH_NOUNS,
    COMMON_NOUNS,
    COUNTRY_SYLLABLES,
    DESCRIBING_NOUNS,
    DIVISIONS,
    FOREIGN_SYLLABLES,
    GLOSS,
    LATIN,
    LETTER_PREFIX,
    PUBLIC_BODIES,
    QUOTE_MARKS,
    REGIONAL_ARMS,
    RIGHT_SUFFIXES,
    ROYAL_TITLES,
    UNIONS,
)
from kg.words import HANGUL_ONLY, ROMAN_NUMERALS, Word, is_proper, title_split


class ReaderBase:
    """One sentence's words, the mentions found so far, and the lookups every rule uses."""

    def __init__(self, body: str, sentence: Sentence, words: list[Word], named: frozenset[str] = frozenset()):
        self.body = body
        self.sentence = sentence
        self.out = Mentions()  # this sentence's findings only: every lookup stays local
        self.words = words
        self.claimed: set[int] = set()  # offsets already inside a mention
        self.named = named  # the family names of the people named in the sentences before

    def stem(self, word: Word) -> str:
        return self.body[word.start:word.stem_end]

    def tail(self, word: Word) -> str:
        """The word's particle or ending as written: 의, 은, 인."""
        return self.body[word.stem_end:word.end]

    def known_kind(self, word: Word) -> str | None:
        """The kind the gazetteer knows the word's stem by: Person, Organization or Place."""
        known = lexicon.gazetteer().get(self.stem(word))
        return known.kind if known is not None else None

    def branch_in_place(self, word: Word) -> tuple[str, str] | None:
        """`넥슨 일본법인 대표`, `현대차 미국법인`, `고용노동부 포항지청`: a place's name, then a noun for a
        branch (법인, 지점, 사무소, 지청), is a body of the organization named before it."""
        stem = self.stem(word)
        for noun in BRANCH_NOUNS:
            name = stem.removesuffix(noun) if stem.endswith(noun) else None
            place = lexicon.gazetteer().get(name) if name else None
            if place is not None and place.kind == "Place" or name in lexicon.municipalities():
                return "Organization", "body"  # (고용노동부 포항지청: a town's branch office)
        return None

    def index_of(self, word: Word) -> int:
        return next(k for k, w in enumerate(self.words) if w is word)

    def free(self, start: int, end: int) -> bool:
        return self.claimed.isdisjoint(range(start, end))

    def add(self, start: int, end: int, kind: str, cls: str, **extra) -> Mention:
        mention = Mention(start, end, GLOSS.sub("", self.body[start:end]), kind, cls, self.sentence.index, **extra)
        self.out.mentions.append(mention)
        self.claimed.update(range(start, end))
        return mention

    def add_known_unless_cued(self, start: int, end: int, known: lexicon.Known,
                              cue: tuple[str, str] | None) -> Mention:
        """A name the lexicon knows, unless it knows a place and the cue before says the name is a person's
        or an organization's (소설가 한강: a writer, no river; 법무법인 태평양: a firm)."""
        if known.kind == "Place" and known.cls != "Country" and cue is not None \
                and cue[0] in ("Person", "Organization"):
            return self.add(start, end, *cue)
        return self.add_known(start, end, known)

    def add_known(self, start: int, end: int, known: lexicon.Known) -> Mention:
        return self.add(start, end, known.kind, known.cls, key=known.label, english=known.english)

    def retype(self, mention: Mention, kind: str, cls: str) -> Mention:
        """Replace a guessed mention with one of the kind and class found for it later."""
        retyped = replace(mention, kind=kind, cls=cls)
        self.out.mentions[self.out.mentions.index(mention)] = retyped
        return retyped

    def identify(self, mention: Mention, known: Mention) -> Mention:
        """Replace a guessed mention with one of the lexicon entry a known mention of the same thing has."""
        identified = replace(mention, kind=known.kind, cls=known.cls, key=known.key, english=known.english)
        self.out.mentions[self.out.mentions.index(mention)] = identified
        return identified

    def inside(self, start: int, end: int) -> list[Mention]:
        """The mentions found so far within start..end."""
        return [m for m in self.out.mentions if start <= m.start and m.end <= end]

    def crosses(self, start: int, end: int) -> bool:
        """Whether a mention found so far runs over either edge of start..end."""
        return any(m.start < start < m.end or m.start < end < m.end for m in self.out.mentions)

    def mention_at(self, word: Word, kind: str) -> Mention | None:
        """The mention of that kind read on exactly the word's stem."""
        return next((m for m in self.out.mentions if (m.start, m.end, m.kind) == (word.start, word.stem_end, kind)),
                    None)

    def guess_at(self, word: Word) -> Mention | None:
        """The unknown name read at the word's stem (Concept/Name), which context may still type."""
        return next((m for m in self.out.mentions if (m.start, m.end) == (word.start, word.stem_end)
                     and m.kind == "Concept" and m.cls == "Name"), None)

    def replace_span(self, start: int, end: int, kind: str, cls: str, **extra) -> Mention:
        """One mention over start..end in place of the smaller ones found inside it; a post read as held at an
        organization inside it (한국 축구대표팀의 홍명보 감독: 축구대표팀) is held at the whole one."""
        replaced = self.inside(start, end)
        for m in replaced:
            self.out.mentions.remove(m)
        self.claimed.difference_update(range(start, end))
        mention = self.add(start, end, kind, cls, **extra)
        if kind == "Organization":
            self.out.appositions[:] = [replace(ap, org=mention) if ap.org in replaced else ap
                                       for ap in self.out.appositions]
        return mention

    def spaced(self, j: int, i: int) -> bool:
        """Whether words j..i stand apart by single spaces only: parts of one name."""
        return all(self.body[self.words[k].end:self.words[k + 1].start] == " " for k in range(j, i))

    def is_dictionary_noun(self, word: Word) -> bool:
        tokens = word.stem_tokens
        return len(tokens) == 1 and tokens[0].tag == "NNG" and not tokens[0].oov

    def ends_noun_phrase(self, index: int) -> bool:
        """Whether the word ends its noun phrase: a particle, a gap, a title, or a noun of belonging
        after it (`소속`, `산하`: the name is whose, as with 의)."""
        word = self.words[index]
        if word.has_tail or index + 1 == len(self.words) or self.body[word.end:self.words[index + 1].start] != " ":
            return True
        after = self.words[index + 1]
        return title_split(self.body, after) is not None or self.stem(after) in BELONGING_NOUNS

    def drop_guess(self, start: int, end: int) -> bool:
        """Take back a guessed person or concept on exactly this span; whether the span is free then."""
        guessed = [m for m in self.out.mentions if (m.start, m.end) == (start, end) and m.kind in ("Person", "Concept")]
        for m in guessed:
            self.out.mentions.remove(m)
        return bool(guessed) or self.free(start, end)

    def cue_before(self, index: int, ended: bool = False) -> tuple[str, str] | None:
        """`반도체 기업 ARM`, `자회사인 카카오페이`: a noun before a name that says what kind it is.

        Only when the name ends its noun phrase (or the caller knows it does, `ended`: a particle Kiwi read
        into the name): in `자회사인 칩리스 반도체 기업 ARM` the cue describes ARM, and 칩리스 is a modifier.
        A quoted name is no person's: in `AI 모델 '하이퍼클로바X'` the quotes mark a product's name, as they
        mark titles and slogans.
        """
        if index == 0 or not (ended or self.ends_noun_phrase(index)):
            return None
        if self.words[index].bracketed != self.words[index - 1].bracketed:
            return None  # 저비용항공사(LCC): a gloss in brackets is the noun's, no name the noun describes
        cue = self.cue_of(self.words[index - 1])
        if cue == "Person" and self.body[self.words[index].start - 1:self.words[index].start] in QUOTE_MARKS:
            return None
        return (lexicon.KIND_OF_CLASS[cue], cue) if cue else None

    def cue_of(self, word: Word) -> str | None:
        """The class a cue noun names (`기업`, `딸인`, `후임자인`), when the word is one and stands in
        apposition to what follows: bare, or with the copula 인 or 이자."""
        if self.tail(word) not in ("", "인", "이자"):
            return None
        return lexicon.cued_class(self.stem(word))

    def classify(self, word: Word, start: int, end: int) -> tuple[str, str] | None:
        """(kind, class) for a stem by the gazetteer, suffixes and shape; None when unsure."""
        text = self.body[start:end]
        known = lexicon.lookup(text)
        tokens = [t for t in word.tokens if t.start < end and start < t.end]  # also a piece of one token
        dictionary_noun = len(tokens) == 1 and tokens[0].tag in ("NNG", "NR") and not tokens[0].oov
        if known and (known.cls == "Country" or text not in lexicon.gazetteer()) and dictionary_noun:
            return None  # Kiwi reads the word as the common noun here: 인도 (a sidewalk, a handover), 기아사; or
            # as a number: 오만 명 (fifty thousand), not Oman
        one_name = len(tokens) == 1 and tokens[0].tag in ("NNP", "SH")
        if known and known.cls == "Country" and len(text) == 1 and not one_name:
            return None  # 미 확인: the prefix "not yet" (미/XPN), not 미 국무장관 (미/NNP) nor a headline's 美 (美/SH)
        if known and self.names_two_countries(text, end):
            return None  # 북미 정상회담: North Korea and the United States, not North America
        if known:
            return known.kind, known.cls
        if text in COMMON_NOUNS or text in lexicon.titles() or text in lexicon.industries():
            return None  # (석유화학 alone is the industry, though it ends like a company: 한빛화학)
        nation = lexicon.gazetteer().get(text[:-1]) if text.endswith("군") else None
        if nation is not None and nation.cls == "Country":  # 북한군, 러시아군: a country's armed forces
            return "Organization", "GovernmentOrganization"
        if text.endswith("동") and text[:-1] in lexicon.municipalities():  # 도봉동: named after its district
            return "Place", "AdministrativeArea"
        if len(text) == 2 and text.endswith("구") and text in lexicon.municipalities():  # 북구청장: some city's
            return "Place", "AdministrativeArea"
        proper = any(is_proper(t) for t in tokens)
        if text.startswith(("㈜", "(주)")) and len(text) > 2:
            return "Organization", "Corporation"
        if not proper and (len(tokens) < 2 or len(text) < 5):
            return None  # only a proper noun, or a long compound of common nouns, can name something
        if text.partition(" ")[0] in lexicon.name_openers() and " " in text:
            return None  # 데이비드 핀처: a foreign given name opens a person's name, however it ends (처)
        if proper and len(tokens) == 2 and tokens[-1].form in ROYAL_TITLES and is_proper(tokens[0]):
            return "Person", "Person"  # 세종대왕, 광개토대왕: a monarch
        if proper and (arm := regional_arm(text)) and (owner := self.classify(word, start, end - len(arm))) \
                and owner[0] == "Organization":
            return "Organization", "Corporation"  # 한빛엔터재팬: a company's arm in Japan
        last = tokens[-1]
        if proper and self.is_affiliate(text, tokens):
            # 한화생명볼파크, 롯데콘서트홀, 롯데월드타워: a venue or a tower named after its sponsor is a place
            venue = lexicon.place_suffixes().match(text)
            if venue is not None and (len(venue.text) >= 3 or venue.text in TOWERS) \
                    and venue.cls not in ("City", "AdministrativeArea") \
                    and not inside_dictionary_word(last, end, venue.text):
                return "Place", venue.cls
            # 삼성서울병원, 아산재단: a group's hospital or foundation is that kind of body, no company
            body = lexicon.org_suffixes().match(text)
            return "Organization", body.cls if body is not None and body.cls == "Organization" else "Corporation"
        org = lexicon.org_suffixes().match(text)
        if org is not None and org.text.endswith("법") and inside_dictionary_word(last, end, org.text):
            org = None  # 아동 + 복지법 is a law, not a district court (지법)
        if org is not None and org.text == "대" and last.end == end and last.form in WORDS_IN_DAE:
            org = None  # 조선 + 시대 is an era, no university
        if org is not None and org.text == "고" and is_open_vowel(text[-2]) and text[-2] != "여":
            org = None  # 티아고, 디에고: a foreign name, no high school (서울고, 진명여고)
        if org is not None and org.text == "부" and any(t.tag in ("SN", "W_SERIAL") for t in tokens):
            org = None  # 형사합의21부, 형사6-1부: a numbered division of a court, no ministry
        if org is not None and org.text == "부" and len(tokens) == 1 and set(text[:-1]) & FOREIGN_SYLLABLES:
            org = None  # 찬드라바부/NNP: one word of a foreign name's sounds, no ministry
        place = lexicon.place_suffixes().match(text)
        if org is not None and place is not None and len(place.text) > len(org.text):
            org = None  # the longer ending decides: 명동대성당 is a cathedral (성당), no party (당)
        board = org is not None and org.text == "위원회" and any(word in text for word in BOARD_WORDS)
        if board:  # 임원후보추천위원회: a company's board committee, no state's
            org = replace(org, cls="Organization")
        # public bodies, national teams, boards, unions and associations are named by common nouns: 기초과학연구원,
        # 여자배구대표팀, 소상공인연합회
        public = org is not None and tokens[0].form not in DESCRIBING_NOUNS and (
            org.cls in (*PUBLIC_BODIES, "SportsTeam") or board or org.text in UNIONS or org.text in ASSOCIATIONS)
        if org and (proper or (public and len(tokens) >= 2 and len(text) >= 5)):
            return "Organization", org.cls
        # the suffix must not sit inside a dictionary word (한빛 + 무역 is no station), and 동 must
        # stand apart in Kiwi's reading: 홍길동 is a name, 삼성 + 동 a neighbourhood. A suffix Kiwi reads
        # as derivational (XSN) derives a word from the name: 중국 + 산 is "made in China", no mountain.
        # Kiwi knows every province and island in 도, so an unknown word in 도 is a name (에어서울도: + 도 "too")
        split_off = place is not None and (not inside_dictionary_word(last, end, place.text)
                                           or is_kind_of(last, place.text)) and (
            place.text != "동" or len(text) >= 4 or last.form == "동") and last.tag != "XSN" \
            and not (place.text == "도" and last.oov) and not self.ends_in_known_place(last, end, place.text) \
            and last.form not in lexicon.industries() and not is_acid(text, last, end) \
            and not is_two_common_nouns(last, end, place.text) \
            and not (place.text in TOWERS and reads_alone_as_common_noun(text[:-len(place.text)]))
        # (해양 + 방산 is an industry; 경제 + 컨트롤타워, a figure of speech, no building)
        if place and proper and split_off and HANGUL_ONLY.match(text) and not self.is_name_ending_in_gu(word, text) \
                and not (place.text == "시" and self.is_foreign_word_in_si(text, last, end)):
            return "Place", place.cls
        return None

    def names_two_countries(self, text: str, end: int) -> bool:
        """`북미 정상회담`, `북미관계`: a known place that is two countries' syllables too (북미, North America)
        names the two countries before what they have between them."""
        known = lexicon.gazetteer().get(text)
        return known is not None and known.cls != "Country" and set(text) <= COUNTRY_SYLLABLES \
            and TWO_COUNTRIES_THINGS.match(self.body, end) is not None

    @staticmethod
    def ends_in_known_place(last: Token, end: int, suffix: str) -> bool:
        """`에어부산`: a one-letter ending that ends a known place's name (부산), in one morpheme with more
        letters before it, names something after that place, no mountain (산) of its own. A suffix Kiwi
        reads apart is one (정저우 + 시, though 우시 is a city too)."""
        return len(suffix) == 1 and last.end == end and any(
            (known := lexicon.gazetteer().get(last.form[-size:])) is not None and known.kind == "Place"
            for size in range(2, len(last.form)))

    def is_foreign_word_in_si(self, text: str, last: Token, end: int) -> bool:
        """`무르시`, `에이전시`, `마사요시`: many foreign words end in 시, so a 시 that Kiwi reads inside one
        word with what comes before marks a city only after a known place's name (수원시, 우한시); a 시
        Kiwi reads apart (충칭 + 시) is the suffix."""
        if not text.endswith("시") or last.start >= end - 1:
            return False
        base = text[:-1].rsplit(" ", 1)[-1]
        return self.region(base) is None and base not in lexicon.municipalities() \
            and base not in lexicon.gazetteer()

    def is_affiliate(self, text: str, tokens: list[Token]) -> bool:
        """`카카오브레인`, `SK트리켐`: a known company or group's name, then more.

        The name must end at a morpheme boundary, or Kiwi must read the whole as one proper noun.
        """
        starts = {t.start - tokens[0].start for t in tokens}
        whole = len(tokens) == 1 and is_proper(tokens[0])
        prefixes = lexicon.company_prefixes()
        return any(text[:size] in prefixes and (size in starts or whole) for size in range(2, len(text) - 1))

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

    @staticmethod
    def region(name: str) -> lexicon.Known | None:
        """The province or city a name stands for, also without its 도 (경기 -> 경기도)."""
        known = lexicon.gazetteer().get(name) or lexicon.gazetteer().get(name + "도")
        return known if known is not None and known.kind == "Place" else None

    def names_state_body(self, stem: str, word: Word) -> bool:
        """`공안부`, `상무부`: nouns ending like a government body, one letter shorter than a name read alone
        must be; and `국가정보센터`, `국립보건원`: any body the state's own (국가, 국립, 연방) opens; not a part of
        a place (동북부)."""
        suffix = lexicon.org_suffixes().match(stem, slack=1)
        public = suffix is not None and (suffix.cls == "GovernmentOrganization" or stem.startswith(STATE_OWN))
        return (public and len(stem) >= 3
                and HANGUL_ONLY.match(stem) is not None and not stem.endswith(lexicon.place_parts())
                and all(t.tag in ("NNG", "NNP") for t in word.stem_tokens))

    def is_unknown_proper(self, word: Word) -> bool:
        stem = self.stem(word)
        tags = {t.tag for t in word.stem_tokens if t.form not in ROMAN_NUMERALS}
        # a word that names what a person does (드러머) is no name, though Kiwi may not know it; nor is a
        # ceremony or a summit alone (서명식, 서밋), unlike an award (그래미), nor a direction (남남서쪽)
        if "·" in stem or stem in lexicon.agreement_types() or lexicon.cues().get(stem) == "Person" \
                or stem in lexicon.industries() or stem in lexicon.event_nouns() and stem not in lexicon.awards() \
                or DIRECTION.fullmatch(stem) or is_right_or_sum(stem) or is_ceremony(stem) or is_industry_stock(stem) \
                or is_field_business(stem) or is_thing_of_common_nouns(stem):
            return False
        if tags == {"SL"}:  # one letter alone withholds a name (중앙일간지 A 기자)
            return LATIN.match(stem) is not None and len(stem) >= 2 and not LETTER_PREFIX.match(self.body, word.start)
        # Kiwi splits an unknown name into a proper noun and common nouns: 한빛 + 소재; or letters: 퓨리오사 + AI
        first = word.stem_tokens[0] if word.stem_tokens else None
        latin_end = word.stem_tokens[-1].tag == "SL" if word.stem_tokens else False
        return len(stem) >= 2 and first is not None and is_proper(first) \
            and (tags <= {"NNP", "NNG"} or latin_end and tags <= {"NNP", "NNG", "SL"} and first.tag != "SL")


#: nouns of belonging: in `에이벡스 산하 레이블` the name before is whose, as with 의
BELONGING_NOUNS = frozenset({"소속", "산하", "측"})
#: words of a company's board and management: a committee named with one is the company's (임원후보추천위원회)
#: the buildings named after a company that are places, though their endings are short (롯데호텔 is a company)
TOWERS = ("타워", "빌딩")
BOARD_WORDS = ("대표이사", "최고경영자", "사외이사", "이사회", "임원", "회장후보", "계열사", "자회사")
#: a point of the compass: 남남서쪽, 북동방향
DIRECTION = re.compile(r"[동서남북]{1,3}(?:쪽|방|방향)")
#: what opens the name of a body of the state: 국가정보센터, 국립보건원, 연방수사국
STATE_OWN = ("국가", "국립", "연방", "국영")
#: what two countries have between them, after their syllables: 북미 정상회담, 북미관계
TWO_COUNTRIES_THINGS = re.compile(rf"\s?(?:{BETWEEN_COUNTRIES})")

#: common nouns ending in 대, the short form of 대학 (서울대): 조선시대 is no university
WORDS_IN_DAE = frozenset({"시대", "세대", "연대", "년대", "지대", "무대", "상대", "반대", "기대", "최대", "침대"})


def regional_arm(name: str) -> str | None:
    """The region's English name that ends a company's arm there (하이브재팬, 넷플릭스 코리아), if one does."""
    return next((a for a in REGIONAL_ARMS if name.endswith(a) and len(name) > len(a) + 1), None)


#: what opens the full name of a body that organizes a trade across the country, left out when news names it
#: short: 전국철도노동조합 is 철도노조
NATIONWIDE = "전국"


def union_called_short(name: str) -> str | None:
    """`전국철도노동조합` -> `철도노조`: a nationwide union named short, by its trade and 노조."""
    trade = name.removeprefix(NATIONWIDE).removesuffix(UNIONS[0])
    return f"{trade}{UNIONS[1]}" if name.startswith(NATIONWIDE) and name.endswith(UNIONS[0]) and trade else None


def opens_with_country(stem: str) -> bool:
    """Whether the word opens with a country's name and goes on with two syllables or more (한국영상자료원):
    a body of that country, never a person's name."""
    return any((known := lexicon.gazetteer().get(stem[:k])) is not None and known.cls == "Country"
               for k in range(2, len(stem) - 1))


def is_thing_of_common_nouns(stem: str) -> bool:
    """`기증품`, `소화기내과`: a word that ends like a thing and that Kiwi, given it alone, reads as dictionary nouns
    is that thing, though in a sentence Kiwi may read it as a proper noun."""
    return len(stem) >= 2 and stem[-1] in lexicon.thing_endings() and reads_alone_as_common_noun(stem)


def is_ceremony(stem: str) -> bool:
    """`기억식`, `출정식`: a dictionary noun with 식 after it is a ceremony Kiwi may not know, no name."""
    return len(stem) >= 3 and stem.endswith("식") and reads_alone_as_common_noun(stem[:-1])


#: a company's line of business, or its division
BUSINESS_UNITS = ("사업", *DIVISIONS)
#: a group of a conglomerate's businesses, after their industry: 롯데 유통군, 식품군
BUSINESS_GROUP = "군"


def is_field_business(stem: str) -> bool:
    """`첨단소재사업`, `백화점사업부`: a field in dictionary nouns, then a word for a company's line of business
    or its division, written as one word: the company's unit, whose name Kiwi may read as a proper noun; so is
    an industry's group of businesses (`유통군`), no county and no person."""
    return stem.endswith(BUSINESS_UNITS) and any(
        stem.endswith(unit) and len(stem) > len(unit) and reads_alone_as_common_noun(stem[:-len(unit)])
        for unit in BUSINESS_UNITS) or stem.endswith(BUSINESS_GROUP) and stem[:-1] in lexicon.industries()


def is_state_name(text: str) -> bool:
    """`타밀나두주`: a foreign name of two syllables or more with 주 after it is a state's, in a name's place."""
    return len(text) >= 3 and text.endswith("주") and HANGUL_ONLY.match(text) is not None


def is_industry_stock(text: str) -> bool:
    """`방산주`, `조선주가`: an industry's stocks, or their price, which Kiwi may read as a name."""
    return any(text.endswith(tail) and text[:-len(tail)] in lexicon.industries() for tail in ("주", "주가"))


def is_of_a_country(text: str) -> bool:
    """`호주인`, `한국어`, `한국산`: a country's people, language or make, no one's name and no company's."""
    nation = lexicon.gazetteer().get(text[:-1])
    return text[-1:] in ("인", "어", "산", "제") and nation is not None and nation.cls == "Country"


def is_right_or_sum(text: str) -> bool:
    """`지명권`, `자격증`, `지원금`: a dictionary noun with the suffix of a right, a certificate or a sum,
    which Kiwi may read as one proper noun in context; no name (김영권 ends so, but 김영 is no word)."""
    return len(text) >= 3 and text[-1] in RIGHT_SUFFIXES and reads_alone_as_common_noun(text[:-1])


def is_acid(text: str, last: Token, end: int) -> bool:
    """`아디프산`, `시트르산`: 산 in one word with a stem written in the syllables of foreign words is an acid,
    no mountain (금오산; a foreign mountain Kiwi reads apart: 몽블랑 + 산)."""
    return text.endswith("산") and last.start < end - 1 and bool(set(text[:-1]) & FOREIGN_SYLLABLES)


def is_open_vowel(syllable: str) -> bool:
    """A syllable of a vowel alone, with no consonant before or after it: 아, 에, 우."""
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code // 588 == 11 and code % 28 == 0


def inside_dictionary_word(last: Token, end: int, suffix: str) -> bool:
    """Whether a suffix ending at `end` is only the end of a longer dictionary noun, `last`: 무역, 복지법."""
    return last.tag == "NNG" and not last.oov and last.end == end and len(last.form) > len(suffix)


def is_two_common_nouns(last: Token, end: int, suffix: str) -> bool:
    """`지식재산/NNP`: a word Kiwi reads as one proper noun that is two common nouns (지식 + 재산), the
    one-syllable suffix inside the second, names no place (재산 holds no mountain, 산)."""
    form = last.form
    return len(suffix) == 1 and last.end == end and len(form) >= 4 \
        and reads_alone_as_common_noun(form[:-2]) and reads_alone_as_common_noun(form[-2:])


def is_kind_of(last: Token, suffix: str) -> bool:
    """`무안 + 국제공항`: a dictionary noun made of a noun and the suffix (국제 + 공항) is a kind of that
    place, so the name before it names one; `무역` holds no station (역)."""
    stem = last.form[:-len(suffix)]
    return len(suffix) >= 2 and len(stem) >= 2 and last.form.endswith(suffix) and reads_alone_as_common_noun(stem)


def is_verbal(token: Token) -> bool:
    return token.tag.startswith(("V", "E", "XSV", "XSA"))

