"""Places: municipalities, address levels, venues, and names before a noun of place."""

from __future__ import annotations

from dataclasses import replace

from kg import lexicon
from kg.analyze import reads_alone_as_common_noun
from kg.mentions.base import ReaderBase, inside_dictionary_word, is_state_name
from kg.mentions.model import Mention
from kg.mentions.patterns import (
    ADDRESS_CLASSES,
    ADDRESS_LEVEL,
    COMMON_NOUNS,
    COMPARED,
    FACILITIES,
    LOCATED,
    LOCATIVE,
    MATCH_RESULT,
    NUMBERED_STREET,
    PLACE_AFFIXES,
    ROYAL_TITLES,
    SCORE_LINE,
    SIDE_TAILS,
    VICINITY,
)
from kg.words import HANGUL_ONLY, Word, is_proper

#: how the places on a mountain end: a peak (천왕봉), a crater lake (백록담), a fall, a valley, a pass
MOUNTAIN_PARTS = ("봉", "담", "폭포", "계곡", "령")
#: venues a company gives its name to: 메르세데스-벤츠 스타디움, 크립토닷컴 아레나
SPONSORED_VENUES = frozenset({"스타디움", "아레나", "볼파크", "파크", "필드", "돔", "센터", "홀"})


def is_compared_period(body: str, word: Word) -> bool:
    """`전주 대비`, `전주보다`: a common noun that something is compared against is a time (the week
    before), not the city Kiwi reads the same letters as where it takes them for a proper noun."""
    tokens = word.stem_tokens
    return len(tokens) == 1 and tokens[0].tag == "NNG" and not tokens[0].oov \
        and COMPARED.match(body, word.stem_end) is not None


def is_state(place: Mention) -> bool:
    """A state, with 주 or without it where the lexicon knows the state by it (텍사스 for 텍사스주)."""
    known = lexicon.gazetteer().get(place.key) if place.key else None
    return place.cls == "AdministrativeArea" and (
        place.text.endswith("주") or known is not None and any(a.endswith("주") for a in known.aliases))


#: nouns for a region, which follow any noun: after an unknown proper noun, they make it a place
REGION_NOUNS = ("지역", "지방")


class PlaceReader(ReaderBase):
    """The passes that find places."""

    def read_places_by_position(self) -> None:
        """`둥관 시내`, `쿠이아바 주민`: a proper noun Kiwi knows but the lexicons do not, before a noun
        such as 인근 or 주민, is a place's name; so is one right after a country or city where something
        happens (`폴란드 브로츠와프에서`, `홍콩 코즈웨이베이에`): a place within it, also when Kiwi kept
        the particle on it (`베트남 하이퐁에`)."""
        for i, word in enumerate(self.words):
            name = self.guess_at(word)
            if name is None or not HANGUL_ONLY.match(name.text) or any(t.tag != "NNP" for t in word.stem_tokens):
                continue
            if name.text.endswith("에") and len(name.text) >= 3 and not word.has_tail and self.follows_place(i):
                # 베트남 하이퐁에, 앨라배마주 모바일에: Kiwi, not knowing the town, kept the particle on it
                self.out.mentions.remove(name)
                self.replace_span(name.start, name.end - 1, "Place", "City" if self.after_state(i) else "Place")
                continue
            if self.is_located(i) or self.precedes_place_noun(i):
                towns = lexicon.municipalities().get(name.text, {})
                if len(towns) == 1:  # 경주 일대: one Korean town has that name
                    self.out.mentions.remove(name)
                    self.add_known(name.start, name.end, next(iter(towns.values())))
                    continue
                self.retype(name, "Place", "City" if self.after_state(i) else "Place")  # 조지아주 서배너에: a town

    def is_located(self, index: int) -> bool:
        """`폴란드 브로츠와프에서`, `하노이 인근 박닌성에`: a word right after a place, or after a word for its
        surroundings, with a particle of place, is somewhere there; not a word for a kind (러시아 대기업에서)."""
        word = self.words[index]
        tail = self.tail(word)
        return tail.startswith(LOCATIVE) and not tail.startswith("에게") and self.follows_place(index) \
            and not any(self.stem(word).endswith(noun) for noun in lexicon.cues())

    def read_mountain_parts(self) -> None:
        """`지리산 천왕봉`, `한라산 백록담`, `설악산 대청봉에`: right after a mountain, a name that ends like a
        peak, a crater lake, a fall, a valley or a pass is a place on it, though shaped like a person's name."""
        for i in range(1, len(self.words)):
            before, word = self.words[i - 1], self.words[i]
            mountain = self.mention_at(before, "Place")
            stem = self.stem(word)
            if mountain is None or not mountain.text.endswith("산") or before.has_tail or not self.spaced(i - 1, i) \
                    or not HANGUL_ONLY.match(stem) or len(stem) < 3 or not stem.endswith(MOUNTAIN_PARTS):
                continue
            if self.drop_guess(word.start, word.stem_end):
                self.add(word.start, word.stem_end, "Place", "Place")

    def read_playing_places(self) -> None:
        """`울산이 포항을 2-1로 꺾고`, `리버풀은 맨체스터 시티에 졌다`: a city that is a side of a match told
        with its result, beside another side, is its club (a country's team is left to KLUE's labels); so
        is the word a club is called by, a company's too (LG는 한화 이글스를 4-1로 꺾고)."""
        if MATCH_RESULT.search(self.sentence.text) is None:
            return
        ends = {word.stem_end: self.tail(word) for word in self.words}
        sponsors = {s.upper() for s in lexicon.team_sponsors()}
        sides = [m for m in self.out.mentions if ends.get(m.end) in SIDE_TAILS
                 and (m.cls in ("SportsTeam", "City", "AdministrativeArea")
                      or m.kind == "Organization" and m.text.upper() in sponsors)]
        # a company's word plays only beside a club named in full or with a score: LG는 한화 이글스를 4-1로 꺾고
        played = any(m.cls == "SportsTeam" for m in sides) or SCORE_LINE.search(self.sentence.text) is not None
        if len(sides) >= 2:
            for m in sides:
                if m.kind == "Place" or m.cls != "SportsTeam" and played:
                    self.out.mentions[self.out.mentions.index(m)] = replace(
                        m, kind="Organization", cls="SportsTeam", key=None, english=None)

    def after_state(self, index: int) -> bool:
        """Whether the word at index comes right after a state (앨라배마주, 텍사스): a town of it."""
        state = self.mention_at(self.words[index - 1], "Place") if index > 0 else None
        return state is not None and is_state(state)

    def follows_place(self, index: int) -> bool:
        """Whether the word at index comes right after a country, city or province, with no particle between,
        or after a word for its surroundings (부다페스트 인근 괴될뢰에)."""
        before = self.words[index - 1] if index > 0 else None
        if before is not None and self.stem(before) in VICINITY and not before.has_tail \
                and self.spaced(index - 1, index):
            return self.follows_place(index - 1)
        return before is not None and not before.has_tail and self.spaced(index - 1, index) and any(
            m.kind == "Place" and m.cls in ADDRESS_CLASSES and (m.start, m.end) == (before.start, before.stem_end)
            for m in self.out.mentions)

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
        if known is None or known.kind != "Place" or len(first.form) < 2 \
                or self.names_two_countries(first.form, first.end) or rest[-1].form in ROYAL_TITLES:
            return None  # (세종대왕: the king a city is named after)
        # nouns, or one of those syllables: with another suffix the place describes something else
        # (한국산 감, made in Korea; 미국인, an American)
        nouns = all(t.tag == "NNG" and not t.oov for t in rest)
        affix = len(rest) == 1 and rest[0].form in PLACE_AFFIXES and rest[0].tag in ("XSN", "NNB", "NNG")
        return (first.end, known) if nouns or affix else None

    def is_foreign_state(self, word: Word) -> bool:
        """`안드라프라데시주에`, `바이에른주`: one proper noun of four syllables or more ending in 주 is a
        foreign state's name, unless what comes before 주 is a word (반도체주: a stock) or a name the gazetteer
        knows (and reads on its own)."""
        stem, tokens = self.stem(word), word.stem_tokens
        return len(stem) >= 4 and is_state_name(stem) and len(tokens) == 1 and tokens[0].tag == "NNP" \
            and stem[:-1] not in lexicon.gazetteer() and not reads_alone_as_common_noun(stem[:-1])

    def is_located_neighbourhood(self, index: int) -> bool:
        """`상계동에서`, `청담동에`, `상계동 주민`: a proper noun in 동 or 리 where something happens, or
        before a noun of place, is a neighbourhood or village, though it is shaped like a name
        (홍길동): a person takes 에게, not 에서."""
        word = self.words[index]
        stem, tail = self.stem(word), self.tail(word)
        if len(stem) < 3 or not stem.endswith(("동", "리")) or any(t.tag != "NNP" for t in word.stem_tokens):
            return False
        return self.precedes_place_noun(index) or tail.startswith(LOCATIVE) and not tail.startswith("에게")

    def precedes_place_noun(self, index: int) -> bool:
        """Whether the word at index, with no particle, stands before a noun such as 인근 or 주민(들)."""
        if self.words[index].has_tail or index + 1 == len(self.words) or not self.spaced(index, index + 1):
            return False
        after = self.words[index + 1].stem_tokens
        return bool(after) and (after[0].form in lexicon.place_nouns() or self.precedes_region_noun(index))

    def precedes_region_noun(self, index: int) -> bool:
        """`카르발라 지역`: 지역 and 지방 follow any noun, but alone after a proper noun Kiwi knows they make it a
        place; not before 지방정부 (a body), nor after a noun and its 와 that Kiwi took for a name (시와 지역)."""
        stem = self.stem(self.words[index])
        glued = stem.endswith(("와", "과")) and reads_alone_as_common_noun(stem[:-1])
        return self.stem(self.words[index + 1]) in REGION_NOUNS and not glued

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
            if inside_dictionary_word(word.stem_tokens[-1], word.stem_end, stem[-1]):  # 한국 여자 + 배구
                continue
            if not any(m.kind == "Place" and m.end == before.stem_end for m in self.out.mentions):
                continue
            if self.drop_guess(word.start, word.stem_end):
                self.add(word.start, word.stem_end, "Place", "AdministrativeArea")

    def read_municipalities(self) -> None:
        """`경기도 부천`, `전남 진도`, `서울 강남`: after a province or metropolitan city, one of its cities,
        counties or districts named without 시, 군 or 구 is that place, and 경기 before one of its
        cities, or before an organization named after one (경기 남양주경찰서), or before a part of it
        (경기 북부), is the province (alone it is a game or the economy)."""
        towns = lexicon.municipalities()
        for i in range(1, len(self.words)):
            before, word = self.words[i - 1], self.words[i]
            if before.has_tail or not self.spaced(i - 1, i):
                continue
            region = self.region(self.stem(before))  # most words follow no province: a quick no
            if region is None:
                continue
            stem = self.stem(word)
            compass = stem.endswith("부") and len(stem) > 1 and set(stem[:-1]) <= set("동서남북중")
            if compass and self.drop_guess(before.start, before.stem_end):
                self.add_known(before.start, before.stem_end, region)
                continue
            bare = stem in towns
            suffixed = stem.endswith(("시", "군", "구")) and stem[:-1] in towns  # 부천시
            name = stem if bare else stem[:-1] if suffixed else self.town_naming(word)
            town = towns[name].get(region.label) if name is not None else None
            if town is None and bare and region.cls == "AdministrativeArea":
                self.read_town_of_another_province(word)
                continue
            if town is None:
                continue
            if self.drop_guess(before.start, before.stem_end):
                self.add_known(before.start, before.stem_end, region)
            if bare and (self.drop_guess(word.start, word.stem_end) or self.drop_unknown_place(word)):
                self.add_known(word.start, word.stem_end, town)

    def read_town_of_another_province(self, word: Word) -> None:
        """`평안남도 순천`: after a province, a town's name the lexicon knows in another province (순천시 is in
        전라남도) names a town of this one, which the lexicon does not know (but `전남 광주` is the city of 광주, no
        town of 경기도)."""
        towns = {town.label for town in lexicon.municipalities()[self.stem(word)].values()}
        known = [m for m in self.out.mentions if (m.start, m.end) == (word.start, word.stem_end) and m.key in towns]
        for m in known:
            self.out.mentions.remove(m)
            self.out.mentions.append(replace(m, cls="Place", key=None, english=None))

    def drop_unknown_place(self, word: Word) -> bool:
        """Take back a place of no known kind on exactly the word's stem, read by its position (경북 경주에서:
        a place within the province, before the lexicon says which)."""
        placed = [m for m in self.out.mentions if (m.start, m.end) == (word.start, word.stem_end)
                  and m.kind == "Place" and m.cls == "Place" and m.key is None]
        for m in placed:
            self.out.mentions.remove(m)
        return bool(placed)

    def read_datelines(self) -> None:
        """`[경주=연합뉴스]`: the word before = in a dateline is where the story was filed, a town the
        lexicon knows by that name alone (with no province named, only when one town has it)."""
        for word in self.words:
            if self.body[word.start - 1:word.start] != "[" or self.body[word.stem_end:word.stem_end + 1] != "=":
                continue
            towns = lexicon.municipalities().get(self.stem(word), {})
            known = lexicon.gazetteer().get(self.stem(word))
            place = known if known is not None and known.kind == "Place" else \
                next(iter(towns.values())) if len(towns) == 1 else None
            if place is not None and self.drop_guess(word.start, word.stem_end):
                self.add_known(word.start, word.stem_end, place)

    def read_towns_in_states(self) -> None:
        """`애리조나주 챈들러의`, `캘리포니아주 쿠퍼티노`, `텍사스 테일러`: an unknown name right after a state is
        one of its towns; and an unknown name in 주 right after a country, or after a part of it, is one of its states
        (`캐나다 앨버타주`, `우크라이나 동부 도네츠크주`)."""
        for i in range(1, len(self.words)):
            j = i - 2 if i >= 2 and self.stem(self.words[i - 1]) in lexicon.place_parts() else i - 1
            before, word = self.words[j], self.words[i]
            country = self.mention_at(before, "Place")
            guess = self.guess_at(word)
            if country is not None and country.cls == "Country" and not before.has_tail and self.spaced(j, i) \
                    and guess is not None and HANGUL_ONLY.match(guess.text) and guess.text.endswith("주") \
                    and len(guess.text) >= 3:
                self.retype(guess, "Place", "AdministrativeArea")
        for i in range(1, len(self.words)):
            before, word = self.words[i - 1], self.words[i]
            state = self.mention_at(before, "Place")
            if state is None or before.has_tail or not self.spaced(i - 1, i) or not is_state(state):
                continue
            if (guess := self.guess_at(word)) is not None and HANGUL_ONLY.match(guess.text):
                self.retype(guess, "Place", "City")
            # 조지아주 서배너 인근에: a name that looks Korean, where something is, is a town
            elif (person := self.mention_at(word, "Person")) is not None and not person.surname \
                    and LOCATED.match(self.body, word.stem_end):
                self.retype(person, "Place", "City")

    def read_numbered_streets(self) -> None:
        """`종로2가`, `을지로 3가`, `종로3가역`: a road and a numbered 가 are a neighbourhood (with 역, its
        station), one place, whatever Kiwi made of the pieces (종로/NNP 2/SN 가/NNG)."""
        for match in NUMBERED_STREET.finditer(self.sentence.text):
            start, end = self.sentence.start + match.start(), self.sentence.start + match.end()
            if not self.crosses(start, end):
                self.replace_span(start, end, "Place", "Place" if match.group(1) else "AdministrativeArea")

    def read_towns_by_particle(self) -> None:
        """`진주에서`, `경주에서`: a city whose bare name is also a word (pearl, race) is the city when Kiwi
        reads it as a proper noun and 에서 says where."""
        towns = lexicon.municipalities()
        for word in self.words:
            stem = self.stem(word)
            if stem not in towns or len(towns[stem]) != 1 or not self.tail(word).startswith("에서"):
                continue
            if [t.tag for t in word.stem_tokens] == ["NNP"] and self.drop_guess(word.start, word.stem_end):
                self.add_known(word.start, word.stem_end, next(iter(towns[stem].values())))

    def town_naming(self, word: Word) -> str | None:
        """The town an organization is named after: 남양주 in 남양주경찰서, 수원 in 수원서부경찰서."""
        stem = self.stem(word)
        if self.mention_at(word, "Organization") is None:
            return None
        towns = lexicon.municipalities()
        return next((stem[:n] for n in range(len(stem) - 2, 1, -1) if stem[:n] in towns), None)

    def read_camps(self) -> None:
        """`캠프 험프리스`, `캠프 데이비드`: 캠프 before a name names a base or a retreat, though a given name
        may follow it; a Korean name after it is a person of the camp (선거 캠프 박지원)."""
        for i in range(len(self.words) - 1):
            word, name = self.words[i], self.words[i + 1]
            if self.stem(word) != "캠프" or word.has_tail or not self.spaced(i, i + 1) or not name.stem_tokens:
                continue
            if HANGUL_ONLY.match(self.stem(name)) and is_proper(name.stem_tokens[0]) \
                    and not self.is_korean_full_name(name) and self.free(word.start, name.stem_end):
                self.add(word.start, name.stem_end, "Place", "Place")

    def read_routes(self) -> None:
        """`수서발 광주송정행 열차`: the names before 발 (from) and 행 (bound for), written together in that
        order, are where a train, a flight or a ship leaves from and goes to: places, though no lexicon knows
        them (a known one Kiwi already parts from its suffix: 인천발 파리행)."""
        for i in range(len(self.words) - 1):
            ends = self.words[i], self.words[i + 1]
            if self.body[ends[0].stem_end - 1] != "발" or self.body[ends[1].stem_end - 1] != "행" \
                    or ends[0].has_tail or not self.spaced(i, i + 1):
                continue
            for word in ends:
                stem, start, end = self.stem(word), word.start, word.stem_end - 1
                if len(stem) >= 3 and HANGUL_ONLY.match(stem) and self.free(start, end):
                    known = lexicon.lookup(self.body[start:end])
                    if known is not None:
                        self.add_known(start, end, known)
                    else:
                        self.add(start, end, "Place", "Place")

    def read_venues(self) -> None:
        """`타흐리르 광장`, `해운대 해수욕장`: a name, then a word for a kind of venue, is that venue; the
        places named before the name (its city, its district) stand apart from it, as places of their own."""
        for i in range(1, len(self.words)):
            word, name = self.words[i], self.words[i - 1]
            venue = self.venue_noun(word)
            if venue is None or self.stem(word) in lexicon.gazetteer():
                continue  # 서울 명동대성당: a venue known by name stands alone, its city apart
            sponsor = self.sponsor_of_venue(name, word)
            if name.has_tail or not self.spaced(i - 1, i) or not (self.names_venue(name) or sponsor):
                continue
            # 안동시 하회마을: a venue named in one word stands apart from the town before it (but 산티아고
            # 국제공항: dictionary words before the venue noun name no venue by themselves)
            alone = self.stem(word) != venue.text and any(is_proper(t) for t in word.stem_tokens)
            start = word.start if alone and self.is_place(name) else name.start
            if not alone and i >= 2 and self.spaced(i - 2, i - 1) and not self.words[i - 2].has_tail \
                    and self.guess_at(self.words[i - 2]) and self.guess_at(name):
                start = self.words[i - 2].start  # 코랄 노스 가스전: a name of two words no one knows
            if self.crosses(start, word.stem_end):  # 부산 강서구 미음산업단지: the district is read with its city
                if not alone:
                    continue  # (울산 남구 석유화학단지: no name of a venue without the district)
                start = word.start
            if sponsor or all(m.kind in ("Place", "Concept") for m in self.inside(start, word.stem_end)):
                self.replace_span(start, word.stem_end, "Place", venue.cls)

    def sponsor_of_venue(self, name: Word, word: Word) -> bool:
        """`메르세데스-벤츠 스타디움`: an organization's name before a stadium or an arena names the venue it gives
        its name to."""
        return self.stem(word) in SPONSORED_VENUES and any(
            (m.start, m.end) == (name.start, name.stem_end) and m.kind == "Organization" for m in self.out.mentions)

    def venue_noun(self, word: Word) -> lexicon.Suffix | None:
        """The kind of venue a word names: 광장, a compound of common nouns ending in one (국제 + 공항,
        실내 + 체육관), or a venue named already (마우나리조트, after which `경주 마우나리조트` is one)."""
        stem = self.stem(word)
        venue = lexicon.venue_nouns().get(stem)
        if venue is not None or not word.stem_tokens:
            return venue
        compound = all(t.tag == "NNG" for t in word.stem_tokens)
        if not compound and not any((m.start, m.end) == (word.start, word.stem_end) and m.cls == "Place"
                                    for m in self.out.mentions):
            return None
        return lexicon.longest_ending(lexicon.venue_nouns(), stem)

    def before_venue_noun(self, index: int) -> bool:
        """`소파이 스타디움`, `양극재 공장`: a word right before a word for a kind of venue or facility, which
        it names or says what is made there (연구원 is also a title: 김하늘 연구원 is a person)."""
        word = self.words[index]
        if word.has_tail or index + 1 >= len(self.words) or not self.spaced(index, index + 1):
            return False
        after = self.stem(self.words[index + 1])
        return after in lexicon.venue_nouns() or after in FACILITIES and after not in lexicon.titles()

    def names_venue(self, word: Word) -> bool:
        """A word that may name a venue: a place, or a proper noun Kiwi does not know as a common word; no
        figure (`300m 거리` is a distance)."""
        stem = self.stem(word)
        if stem in lexicon.titles() or stem in COMMON_NOUNS or not word.stem_tokens or any(c.isdigit() for c in stem):
            return False
        return self.is_place(word) or any(is_proper(t) for t in word.stem_tokens) and not any(
            m.kind in ("Person", "Organization") and m.start <= word.start < m.end for m in self.out.mentions)

    def is_place(self, word: Word) -> bool:
        """Whether a place's name ends with the word: 안동시, also 서울 중구 (one name of two words)."""
        return not word.has_tail and any(m.kind == "Place" and m.end == word.stem_end and m.start <= word.start
                                         for m in self.out.mentions)

    def known_venue(self, word: Word) -> lexicon.Suffix | None:
        """`포시즌스 호텔`, `라가디아 공항`, `평양 순안 국제공항`: a venue that Kiwi's multi-word dictionary
        knows as one name, its last word ending in a kind of venue."""
        parts = self.multi_word_name(word)
        return lexicon.longest_ending(lexicon.venue_nouns(), parts[-1]) if parts else None

