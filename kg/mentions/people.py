"""People: Korean and foreign names, by shape, cue, age, team, family name or short form."""

from __future__ import annotations

import re
from functools import cache

from kg import lexicon
from kg.analyze import reads_alone_as_common_noun, reads_alone_as_name, reads_alone_as_quality
from kg.mentions.base import (
    ReaderBase,
    is_industry_stock,
    is_of_a_country,
    is_right_or_sum,
    is_state_name,
    opens_with_country,
)
from kg.mentions.model import Apposition, Mention
from kg.mentions.patterns import (
    ADDRESS_LEVEL,
    AGED,
    AMBIGUOUS_TITLES,
    ANIMATE_TAILS,
    ANONYMOUS,
    ANONYMOUS_LETTER,
    CASE_PARTICLES,
    COMMON_NOUNS,
    COUNTRY_SYLLABLES,
    COURTESY,
    DERIVING_SUFFIXES,
    FACILITIES,
    FOREIGN_SYLLABLES,
    GENERATIONAL,
    HANJA,
    HANJA_NAME,
    KIN_GROUPS,
    MATCH_RESULT,
    NAME_TAGS,
    NOUN_ENDINGS,
    PARTICLES,
    PATRONYMIC_LINKS,
    PLACE_CLASSES,
    QUOTATION,
    QUOTED_BEFORE,
    REGNAL,
    ROLE_TAILS,
    SIDE_TAILS,
    SPLIT_TAGS,
    TEAM_IN_BRACKETS,
    UNIT_SYLLABLES,
    UNIVERSITY_POSTS,
)
from kg.words import HANGUL_ONLY, Word, is_proper, title_split


def is_prefixed_noun(word: Word) -> bool:
    """`신공장`, `대규모`: a prefix and a dictionary noun, one common word (신/XPN 공장/NNG)."""
    tokens = word.stem_tokens
    return len(tokens) == 2 and tokens[0].tag == "XPN" and tokens[1].tag == "NNG" and not tokens[1].oov


def is_death_in_family(text: str) -> bool:
    """`남편상`, `부친상`: a death in someone's family, as an obituary tells it, no one's name."""
    return text.endswith("상") and text[:-1] in lexicon.person_nouns()


def is_field_of_study(text: str) -> bool:
    """`해양학 박사`: a dictionary noun and 학 name a field of study, no one."""
    return len(text) >= 3 and text.endswith("학") and reads_alone_as_common_noun(text[:-1])


@cache
def ends_in_a_trade(text: str) -> bool:
    """`한빛금융`, `누리증권`: a name ending in a trade of two syllables or more names a company, no one."""
    return any(len(trade) >= 2 and text.endswith(trade) and len(text) > len(trade) for trade in lexicon.industries())


class PeopleReader(ReaderBase):
    """The passes that find people."""

    def read_honorific_names(self) -> None:
        """`이현도 씨가`, `솔지 씨는`, `홍길동씨는`: a name the courtesy 씨 follows is a person's, whatever
        its ending looks like (이현도 is no province); so is a proper noun before a spaced 군 or 양
        (`딸 리단 양이`), which glued to a name would rather be a county (홍성군)."""
        if not any(c in self.sentence.text for c in ("씨", "군", "양")):
            return
        for i, word in enumerate(self.words):
            courtesy = self.courtesy_after(i)
            if courtesy not in ("씨", "군", "양"):
                continue
            stem = self.stem(word)
            known = lexicon.gazetteer().get(stem)
            if not 2 <= len(stem) <= 4 or not HANGUL_ONLY.match(stem) or (known and known.kind != "Person") \
                    or stem in lexicon.titles() or stem in COMMON_NOUNS:
                continue
            tags = ("NNP", "NNG") if courtesy == "씨" else ("NNP",)  # 군 and 양 only after a proper noun
            if all(t.tag in tags or t.oov for t in word.stem_tokens) and self.free(word.start, word.stem_end):
                self.add(word.start, word.stem_end, "Person", "Person")

    def courtesy_after(self, i: int) -> str | None:
        """The courtesy noun after word i: 씨 glued to it or spaced, or a spaced 군 or 양."""
        word = self.words[i]
        if any(t.form == "씨" and t.tag == "NNB" and t.start == word.stem_end for t in word.tokens):
            return "씨"
        after = self.words[i + 1] if i + 1 < len(self.words) else None
        if after is None or word.has_tail or after.start != word.end + 1 or not self.body[word.end].isspace():
            return None
        first = after.tokens[0]
        return first.form if first.tag == "NNB" else None

    def read_animate_particles(self) -> None:
        """`조단에게`, `킬버트한테`, `교황께서`: 에게, 한테 and 께(서) mark someone alive, so an unknown
        name that takes one is a person's (a known body keeps its kind: 정부에게)."""
        for word in self.words:
            if self.tail(word).startswith(ANIMATE_TAILS) and (name := self.guess_at(word)) is not None \
                    and HANGUL_ONLY.match(name.text):
                self.retype(name, "Person", "Person")

    def read_people_by_position(self) -> None:
        """`만델라의 장례식`, `로드먼의 방북`: an unknown name whose kin, life or visit the next word names
        is a person's; so is one with 와 or 과 before what only people do together (테디와 데이트, 애블린과 결혼)."""
        for i, word in enumerate(self.words[:-1]):
            after = self.words[i + 1].stem_tokens
            tail = self.tail(word)
            if not after or not self.spaced(i, i + 1) or (name := self.guess_at(word)) is None \
                    or not HANGUL_ONLY.match(name.text):
                continue
            if tail == "의" and after[0].form in lexicon.person_nouns() \
                    or tail in ("와", "과") and after[0].form in lexicon.subject_kinds() \
                    and lexicon.subject_kinds()[after[0].form][0] == "Person":
                self.retype(name, "Person", "Person")

    def read_group_members(self) -> None:
        """`뉴진스의 민지는`, `블랙핑크 제니와 리사가`, `방탄소년단 뷔는`, `방탄소년단 멤버 진이`: an unknown name
        right after a music group's, or after the group and 멤버, is a member's (the groups are people in KLUE's
        labels, and their members too). After 멤버, one syllable names a member whatever Kiwi reads (진/NNG)."""
        for i, word in enumerate(self.words[1:], start=1):
            member = self.stem(self.words[i - 1]) == "멤버" and not self.words[i - 1].has_tail and i >= 2
            before = self.words[i - 2] if member else self.words[i - 1]
            group = self.mention_at(before, "Organization")
            if group is None or group.cls != "MusicGroup" or self.tail(before) not in ("", "의") \
                    or self.body[before.end:word.start].lstrip(")") not in (" ", " 멤버 "):  # 방탄소년단(BTS) 멤버
                continue
            name = self.guess_at(word)
            tokens = word.stem_tokens
            one_syllable = self.is_one_syllable_name(word) or member and len(tokens) == 1 \
                and tokens[0].tag == "NNG" and len(tokens[0].form) == 1 and word.has_tail
            person = None
            if name is not None and HANGUL_ONLY.match(name.text) and len(name.text) <= 3:
                person = self.retype(name, "Person", "Person")
            elif name is None and one_syllable and self.free(word.start, word.stem_end):
                person = self.add(word.start, word.stem_end, "Person", "Person")  # 방탄소년단 뷔는
            elif name is None and member:
                person = self.stage_name_at(word)
            title = self.mention_at(self.words[i - 1], "Title") if member else None
            if person is not None and title is not None:  # 멤버 진이: read after the titles, the member's post
                self.out.appositions.append(Apposition(person, title, group, False))

    def stage_name_at(self, word: Word) -> Mention | None:
        """`멤버 지민이`, `멤버 로제가`: after a group and 멤버, a word that is a name when read alone, before its
        particle, is the member's, though Kiwi reads it otherwise in the sentence (멤버 + 이지 + 민이); not a
        dictionary word (멤버 구성이)."""
        written = self.body[word.start:word.end]
        name = written[:-1] if written[-1:] in CASE_PARTICLES else written
        if not 2 <= len(name) <= 4 or not HANGUL_ONLY.match(name) or not reads_alone_as_name(name) \
                or not self.free(word.start, word.start + len(name)):
            return None
        return self.add(word.start, word.start + len(name), "Person", "Person")

    def read_opponents(self) -> None:
        """`조코비치는 알카라스를 3-1로 꺾고`: an unknown name that is a side of a match told with its result,
        where the other side is a person, is a person too: a player's opponent."""
        if MATCH_RESULT.search(self.sentence.text) is None:
            return
        ends = {word.stem_end: self.tail(word) for word in self.words}
        sides = [m for m in self.out.mentions if ends.get(m.end) in SIDE_TAILS and m.kind in ("Person", "Concept")]
        if sum(m.kind == "Person" for m in sides) != 1:
            return
        for m in sides:
            if m.cls == "Name":
                self.replace_span(m.start, m.end, "Person", "Person")

    def read_kin_groups(self) -> None:
        """`허웅과 허훈 형제가`, `김철수·이영희 부부는`: names joined before a word for kin named together
        (형제, 부부, 모녀) are people's, shaped like Korean names."""
        for i in range(2, len(self.words)):
            kin, second, first = self.words[i], self.words[i - 1], self.words[i - 2]
            joined = self.tail(first) in ("와", "과") or self.body[first.stem_end:second.start] == "·"
            if self.stem(kin) not in KIN_GROUPS or second.has_tail or not joined or not self.spaced(i - 1, i):
                continue
            for word in (first, second):
                if not self.is_name_shaped(word):
                    continue
                if (guess := self.guess_at(word)) is not None:
                    self.retype(guess, "Person", "Person")
                elif self.free(word.start, word.stem_end):
                    self.add(word.start, word.stem_end, "Person", "Person")

    def is_one_syllable_name(self, word: Word) -> bool:
        """One syllable Kiwi reads as a proper noun or does not know, with its particle: a stage name where
        something says so (가수 비는, 방탄소년단 뷔는); a dependent noun (측, 등) is none."""
        tokens = word.stem_tokens
        return len(tokens) == 1 and (tokens[0].tag == "NNP" or tokens[0].oov) and len(tokens[0].form) == 1 \
            and HANGUL_ONLY.match(tokens[0].form) is not None and word.has_tail

    def read_aged_names(self) -> None:
        """`김희숙(84) 여사`, `데이비스(35)는`: a name with an age in brackets right after it is a person's."""
        if "(" not in self.sentence.text:
            return
        for i, word in enumerate(self.words):
            stem = self.stem(word)
            if word.has_tail or not AGED.match(self.body, word.stem_end) or not HANGUL_ONLY.match(stem) \
                    or self.withholds_name(stem):  # 김모(62)씨 is an anonymous person's
                continue
            proper = any(is_proper(t) for t in word.stem_tokens)
            if self.is_name_shaped(word):
                self.add_name_ending_at(i, alone=True)
            elif proper and self.is_foreign_part(word):  # 나오미 왓츠(46): the name parts before it too
                self.add_name_ending_at(i, alone=stem[0] in lexicon.surnames())

    def read_regnal_names(self) -> None:
        """`레오 14세 교황`, `찰스 3세는`, `바르톨로메오스 1세`: a foreign name and a number with 세, before a
        title or a particle, are a monarch's or a pope's name; the number is no age."""
        for i, word in enumerate(self.words):
            multi = self.multi_word_name(word)  # Kiwi knows some whole: 바르톨로메오스 1세, 칼 16세 구스타프
            if any(REGNAL.fullmatch(part) for part in multi[1:]) and self.free(word.start, word.stem_end):
                self.add(word.start, word.stem_end, "Person", "Person")
                continue
            if i + 1 >= len(self.words) or word.has_tail or not self.spaced(i, i + 1):
                continue
            number = self.words[i + 1]
            after = self.words[i + 2] if i + 2 < len(self.words) and not number.has_tail else None
            if REGNAL.fullmatch(self.stem(number)) is None or not self.is_foreign_part(word) \
                    or not any(is_proper(t) for t in word.stem_tokens) or self.is_korean_full_name(word):
                continue
            if number.has_tail or after is not None and self.title_in(after) is not None:
                self.add_person(self.words[self.foreign_name_start(i):i + 2])

    def read_names_glossed_in_hanja(self) -> None:
        """`우로시다니 마사요시(漆谷正義)`: two name parts glossed in three to five Chinese characters are
        a Japanese (or Chinese) person's name; a place so glossed is one word (베이징(北京))."""
        if "(" not in self.sentence.text:
            return
        for i in range(1, len(self.words)):
            parts = self.words[i - 1:i + 1]
            if parts[1].has_tail or not self.spaced(i - 1, i) or not HANJA_NAME.match(self.body, parts[1].stem_end):
                continue
            if all(self.is_foreign_part(w) and not self.is_dictionary_noun(w) for w in parts):
                self.add_person(parts)

    def read_roles(self) -> None:
        """`아이언맨 역의 로버트 다우니 주니어`, `'선우' 역을 맡았다`: the name of a role an actor plays
        is a (fictional) person's, whether quoted or written as name parts before 역 (not 역할, which
        is also a function: `컨트롤타워 역할`)."""
        for i, word in enumerate(self.words):
            if i == 0 or self.stem(word) != "역" or self.tail(word) not in ROLE_TAILS:
                continue
            quoted = QUOTED_BEFORE.search(self.body, max(0, word.start - 24), word.start)
            if quoted is not None:
                start, end = quoted.span(1)
            else:
                first = i - 1
                while first > 0 and i - first < 3 and self.spaced(first - 1, i - 1) and self.is_role_part(first - 1):
                    first -= 1
                if not self.spaced(i - 1, i) or not all(self.is_role_part(k) for k in range(first, i)):
                    continue
                start, end = self.words[first].start, self.words[i - 1].stem_end
            if all(m.kind == "Concept" for m in self.inside(start, end)):
                self.replace_span(start, end, "Person", "Person")
            self.read_actor_before(i, start)

    def read_actor_before(self, i: int, role_start: int) -> None:
        """`현빈이 안중근 역을 맡은`: the subject of the clause in which a role is played is an actor, though
        the name is unknown (a stage name of two syllables)."""
        word = self.words[i]
        played = self.tail(word) in ("을", "를") and i + 1 < len(self.words) \
            and self.body.startswith(("맡", "연기"), self.words[i + 1].start)
        actor = next((w for w in reversed(self.words[:i])
                      if w.end <= role_start and self.tail(w) in ("이", "가")), None)
        if not played or actor is None or not actor.stem_tokens or not all(is_proper(t) for t in actor.stem_tokens):
            return
        if all(m.kind == "Concept" for m in self.inside(actor.start, actor.stem_end)):
            self.replace_span(actor.start, actor.stem_end, "Person", "Person")

    def is_role_part(self, k: int) -> bool:
        """A word that may be part of a role's name: a proper noun, or a word Kiwi does not know."""
        word = self.words[k]
        return not word.has_tail and bool(word.stem_tokens) and all(
            is_proper(t) or t.tag == "NNG" and t.oov for t in word.stem_tokens)

    def read_family_names(self) -> None:
        """`패터슨은`, `제라도 오르티스의`: a common foreign family name with its particle ends a person's
        name, with the name parts before it. Alone, a company known by that name is the company (얀센과), and
        so is one a noun before it calls a company or another body (에너지 기업 산토스로부터)."""
        for i, word in enumerate(self.words):
            stem = self.stem(word)
            if len(stem) <= 1 or stem not in lexicon.family_names() or not self.tail(word).startswith(PARTICLES):
                continue
            alone = self.foreign_name_start(i) == i
            cued = alone and i > 0 and lexicon.cued_class(self.stem(self.words[i - 1])) not in (None, "Person")
            if not (self.known_kind(word) == "Organization" and alone) and not cued:
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
            if word.has_tail or match is None:
                continue
            known = lexicon.gazetteer().get(match.group(1))
            # a club named after its city (알렉산드로 디아만티(볼로냐)); an unknown one only after a full
            # foreign name (다비네 아스토리(칼리아리 칼초))
            team = known is not None and (known.cls in ("Country", "City") or known.kind == "Organization")
            first = self.foreign_name_start(i)
            parts = self.words[first:i + 1]
            foreign = len(parts) >= 2 and all(self.is_foreign_part(w) for w in parts)
            names = foreign and all(any(is_proper(t) for t in w.stem_tokens) for w in parts)  # no 정상회담 회의록
            unknown_team = known is None and HANGUL_ONLY.match(match.group(1).replace(" ", "")) is not None
            korean = len(parts) == 1 and len(self.stem(word)) == 3 and self.is_name_shaped(word)
            if team and (foreign or korean) or unknown_team and names:
                self.add_person(parts)

    def read_team_players(self) -> None:
        """`LA 갤럭시의 정상빈은`: a Korean full name right after a club and its 의 is one of its players,
        though Kiwi knows no such name."""
        teams = {m.end for m in self.out.mentions if m.cls == "SportsTeam"}
        for i in range(1, len(self.words)):
            before, word = self.words[i - 1], self.words[i]
            if before.stem_end not in teams or self.body[before.stem_end:before.end] != "의" \
                    or not self.spaced(i - 1, i):
                continue
            if len(self.stem(word)) == 3 and self.is_name_shaped(word) and self.free(word.start, word.stem_end):
                self.add(word.start, word.stem_end, "Person", "Person")

    def read_cued_foreign_names(self) -> None:
        """`배우 블레이크 라이블리의`, `딸인 캔디 고 씨`: after a noun that says "a person" (가수, 배우,
        딸), the foreign name parts that follow, up to the one that ends the noun phrase, are one
        person's name."""
        for i, cue in enumerate(self.words[:-2]):
            if self.cue_of(cue) != "Person":
                continue
            # (투수 코디 폰세: after the cue, as after a title, a given name that is a word too opens a name)
            parts = self.foreign_name_from(i + 1, titled=True)
            # 그룹 멤버: a member is no name, but 레이 in 네일라 레이 is a name that is a word too
            if len(parts) < 2 or any(self.is_dictionary_noun(w) and not self.is_known_name_part(w)
                                     and not (k == 0 and self.stem(w) in lexicon.titled_name_openers())
                                     for k, w in enumerate(parts)):
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
            # a dictionary noun ends the name before it (크리스 브라운 연인은: his lover), but a family name
            # may be a common word too (대니 리: 리 is also a village)
            # (and so does a common noun with its prefix: 테일러 신공장, Taylor's new plant)
            end = next((k for k, w in enumerate(parts) if k > 0 and (self.is_dictionary_noun(w) or is_prefixed_noun(w))
                        and not self.is_family_name(w) and self.stem(w) not in GENERATIONAL), len(parts))
            if end >= 2:
                opener = i - 1 if i > 0 and self.spaced(i - 1, i) and self.is_given_name_like_a_family_name(i - 1) \
                    else i
                self.add_person(self.words[opener:i] + parts[:end])

    def ends_in_object_letters(self, i: int, title: Mention) -> bool:
        """`막스 에베를 바이에른 단장은`: after a given name, a foreign name's last part ending in 을 or 를 keeps
        them, when the post after it is said of its holder: no object stands before an apposition (but
        `스미스를 단장으로` names the post one is appointed to)."""
        word = self.words[i]
        return self.tail(word) in ("을", "를") and self.opens_name(i - 1) and self.spaced(i - 1, i) \
            and self.body.startswith(("은", "는", "이 ", "가 ", "도 "), title.end) \
            and self.free(self.words[i - 1].start, word.end)

    def opens_name(self, i: int) -> bool:
        """Whether word i is a foreign given name (or a Japanese family name) that opens a name; as
        written, since Kiwi may read its last syllable as a particle (리어나 + 도)."""
        return i >= 0 and self.body[self.words[i].start:self.words[i].end] in lexicon.name_openers()

    def foreign_name_from(self, first: int, titled: bool = False) -> list[Word]:
        """The words from `first` on that may make one foreign name: parts that are no Korean words,
        up to the one that ends the noun phrase (르네 하스는), three at most. Right after a title, a given
        name that is also a word opens one too (구단주 짐 랫클리프)."""
        opened = self.opens_name(first) or titled and first < len(self.words) \
            and self.stem(self.words[first]) in lexicon.titled_name_openers() and not self.words[first].has_tail
        last = first + 1 if opened else first  # a given name opens it, however short: 폴 매카트니
        links = 0  # 무함마드 빈 자이드 알나하얀: a patronymic's 빈 joins two more parts, and counts for none
        while (last < len(self.words) and last - first - 2 * links < 3 and self.spaced(first, last)
               and not self.ends_noun_phrase(last)):
            if last > first and self.links_name_parts(last, last + 1):
                links += 1
                last += 1
                continue
            if not self.is_foreign_part(self.words[last], opened=opened and last > first):
                break
            last += 1
        if last < len(self.words) and self.spaced(first, last) and self.is_final_part(self.words[last], opened):
            last += 1
        # three parts only when the third ends the phrase: in `에반 그린버그 한미 재계회의 위원장`
        # 한미 begins the organization
        if last - first - 2 * links == 3 and not self.ends_noun_phrase(last - 1):
            last -= 1
        return self.words[first:last]

    def links_name_parts(self, k: int, beyond: int) -> bool:
        """Whether word k is a patronymic's link (빈, "son of") with a foreign name part beyond it, at `beyond`
        (after it, that part may end the name with its particle)."""
        return 0 <= beyond < len(self.words) and self.stem(self.words[k]) in PATRONYMIC_LINKS \
            and not self.words[k].has_tail and self.is_foreign_part(self.words[beyond], last=beyond > k)

    def is_final_part(self, word: Word, opened: bool) -> bool:
        """The part that ends a foreign name: a name part with its particle, a family name (미셸 위), or
        what follows a son's name (하비 메이슨 주니어)."""
        return self.is_foreign_part(word, last=True, opened=opened) or self.is_family_name(word) \
            or opened and self.stem(word) in GENERATIONAL

    def is_known_name_part(self, word: Word) -> bool:
        """A word the name lexicons list, as a given name or a family name (레이, 스미스)."""
        return self.stem(word) in lexicon.name_openers() or self.is_family_name(word)

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
        text = self.sentence.text
        for match in (*ANONYMOUS.finditer(text), *ANONYMOUS_LETTER.finditer(text)):
            letter = match.group(1)
            start = self.sentence.start + match.start(1)
            if not (letter.isascii() or letter in lexicon.surnames()) or self.is_placeholder(match) \
                    or self.is_kin_word(start):
                continue
            # an unknown name read on the letter, or on the family name and its 모 (박모); or a person
            # read on the letter by a cue (아내 B씨)
            guess = next((m for m in self.out.mentions if m.start == start and m.kind in ("Concept", "Person")
                          and not m.surname and self.body[m.start + 1:m.end] in ("", "모", "씨", "모씨")), None)
            if guess is not None:
                self.out.mentions.remove(guess)
                self.claimed.difference_update(range(guess.start, guess.end))
            elif not self.free(start, start + 1):
                continue
            withheld = text[match.end(1):].lstrip().startswith("모")  # 이모(31)씨: the name kept back
            value = letter + ("모씨" if withheld else "씨")
            self.add(start, start + 1, "Person", "Person", surname=letter, value=value)

    def is_kin_word(self, start: int) -> bool:
        """`부모 교사 간담회`, `이모`: a dictionary word Kiwi reads on the family name and 모, no one unnamed."""
        return any(t.start == start and t.end == start + 2 and t.tag == "NNG" and not t.oov
                   for w in self.words for t in w.tokens)

    def is_placeholder(self, match: re.Match) -> bool:
        """The 모 of `이 모 씨` stands for the rest of a name; it is not the family name 모."""
        before = self.sentence.text[:match.start(1)].rstrip()
        return match.group(1) == "모" and before[-1:] in lexicon.surnames()

    def is_surname(self, word: Word) -> bool:
        """A family name standing for the person: 이 (대통령); in `전 전 청장`, the first 전, before
        the 전 that means "former"; and 한 or 이, which Kiwi reads as "one" or "this", once a person
        of that family name has been named (한동훈 대표는 … 한 대표는)."""
        stem = self.stem(word)
        if stem in lexicon.hanja_surnames() and not word.has_tail:
            return True  # 尹 전 대통령: a headline's family name in Hanja
        if len(stem) != 1 or stem not in lexicon.surnames() or word.has_tail:
            return False
        at = self.index_of(word)
        former_after = stem == "전" and at + 1 < len(self.words) and self.stem(self.words[at + 1]) == "전"
        return word.tokens[0].tag == "NNP" or former_after or stem in self.named

    def may_be_person(self, i: int) -> bool:
        """Whether the word at i could end a person's name, so that it is not read as an organization."""
        word = self.words[i]
        known = lexicon.gazetteer().get(self.stem(word))
        if known:
            return known.kind == "Person"
        return self.is_surname(word) or self.is_name_shaped(word) or self.foreign_name_start(i) < i

    def is_name_ending_in_dae(self, word: Word, title: Mention) -> bool:
        """`조희대 대법원장`: a Korean full name Kiwi reads whole that ends in 대, the short form of 대학, is the
        person's before a post no university has (한경대 총장 is the university's head)."""
        stem = self.stem(word)
        tokens = word.stem_tokens
        return len(stem) == 3 and stem.endswith("대") and stem[0] in lexicon.surnames() \
            and stem not in lexicon.gazetteer() and len(tokens) == 1 and tokens[0].tag == "NNP" \
            and (title.value or title.text) not in UNIVERSITY_POSTS

    def person_before(self, i: int, title: Mention) -> Mention | None:
        """The person named by the words ending at index i: 손정의, 르네 하스, or 이 (short form)."""
        if i < 0:
            return None
        word = self.words[i]
        stem = self.stem(word)
        if is_event_name(stem) or len(stem) > 1 and set(stem) <= COUNTRY_SYLLABLES or opens_with_country(stem):
            # 그래미 어워즈 후보, 에미상 후보: the awards' nominee, unnamed; 한미 외교장관: two countries;
            # 한국영상자료원 원장: a body named after its country, whose head is unnamed
            return None
        # 립부 탄: a known name whose last part Kiwi reads as a verb ends with the word, which has no stem
        whole = next((m for m in self.out.mentions if m.kind == "Person" and m.end == word.end), None)
        if word.stem_end == word.start and whole is not None:
            return whole
        if word.has_tail and self.ends_in_object_letters(i, title):  # 막스 에베를 바이에른 단장은
            return self.add(self.words[i - 1].start, word.end, "Person", "Person")
        if word.has_tail:
            return self.add(word.start, word.end, "Person", "Person") if self.is_misread_name(word) else None
        existing = self.existing_person(word)
        if existing is not None:
            return existing
        if self.withholds_name(stem) and not self.is_kin_word(word.start) and self.free(word.start, word.stem_end):
            # 강모 변호사: a name the story withholds (but 부모 교사 are parents)
            return self.add(word.start, word.start + 1, "Person", "Person", surname=stem[0], value=f"{stem[0]}모씨")
        known = lexicon.gazetteer().get(stem)
        given = self.words[i - 1] if i > 0 and self.opens_name(i - 1) and self.spaced(i - 1, i) else None
        if given is not None and (known and known.kind == "Person" or len(stem) == 1) \
                and not given.has_tail and self.free(given.start, word.stem_end):
            # 미셸 오바마, 앤드류 김: a given name before a known family's name, or a Korean family name
            return self.add(given.start, word.stem_end, "Person", "Person")
        if known and known.kind == "Person":
            return self.add_known(word.start, word.stem_end, known) if self.free(word.start, word.end) else None
        first = self.family_first_name_start(i)
        if first < i and self.free(self.words[first].start, word.stem_end):  # 팜 민 찐 총리: a Vietnamese name
            return self.add(self.words[first].start, word.stem_end, "Person", "Person")
        if self.is_surname(word):
            written = self.body[word.start:title.end]
            family = lexicon.hanja_surnames().get(stem, stem)
            return self.add(word.start, word.stem_end, "Person", "Person", surname=family, value=written)
        first = self.foreign_name_start(i)
        # 르네 하스, 존 스미스: several name parts make a foreign name, even when the last looks Korean
        if first < i and self.free(self.words[first].start, word.stem_end):
            return self.add(self.words[first].start, word.stem_end, "Person", "Person")
        # 북미 시장: one word Kiwi knows before 시장 is a market's region, not a mayor's name (무스카 시장)
        proper_part = self.is_foreign_part(word) and any(is_proper(t) for t in word.stem_tokens) \
            and (title.value not in AMBIGUOUS_TITLES or all(t.oov for t in word.stem_tokens)) \
            and not ends_in_a_trade(stem)  # 한빛금융 회장: a company named by its trade
        if (self.is_name_shaped(word) or proper_part or self.is_known_full_name(word) or self.is_misread_name(word)) \
                and self.free(word.start, word.stem_end):
            return self.add(word.start, word.stem_end, "Person", "Person")
        if self.is_name_ending_in_dae(word, title) and self.free(word.start, word.stem_end):
            return self.add(word.start, word.stem_end, "Person", "Person")
        if self.is_cut_name_after_body(i) and self.free(word.start, word.stem_end):
            return self.add(word.start, word.stem_end, "Person", "Person")
        # 칼릴 알하야 협상 대표, 존 터너스 하드웨어 엔지니어링 수석부사장: up to three field nouns between a
        # foreign name and the title
        k = i
        while k > 0 and i - k < 3 and self.is_dictionary_noun(self.words[k]) and self.spaced(k - 1, k) \
                and not self.words[k - 1].has_tail:
            first = self.foreign_name_start(k - 1)
            if first < k - 1 and self.free(self.words[first].start, self.words[k - 1].stem_end):
                return self.add(self.words[first].start, self.words[k - 1].stem_end, "Person", "Person")
            k -= 1
        return None

    @staticmethod
    def ends_like_a_thing(written: str) -> bool:
        """Whether the last syllable ends compounds and names of bodies and places rather than given names:
        재무팀, 홍보실, 국방부, 조정식."""
        last = written[-1]
        return last in NOUN_ENDINGS or last in lexicon.thing_endings() or last in UNIT_SYLLABLES \
            or last in lexicon.org_suffixes().by_text or last in lexicon.place_suffixes().by_text

    def is_misread_name(self, word: Word) -> bool:
        """`최홍만 선수`, `김지은 선수`, `정재도 선수`: right before a title, three syllables from a family
        name are a person's name, though Kiwi reads a particle (최 + 홍 + 만), a verb (김 + 짓 + 은, 김 + 창하 + ㄴ),
        a determiner (한 + 기정), a prefix (고 + 학 + 수) or a province (정재 + 도) in them, or do not know them at
        all. Not when a dictionary noun or a known name opens it (정부 + 가)."""
        written = self.body[word.start:word.end]
        if self.is_name_with_determiner(word):
            return self.free(word.start, word.end)
        # 남 + 욱/MAG 변호사: a family name and one syllable Kiwi reads as an adverb or an interjection
        if len(written) == 2 and written[0] in lexicon.surnames() and len(word.tokens) == 2 \
                and word.tokens[1].tag in ("MAG", "IC") and written not in COMMON_NOUNS:
            return self.free(word.start, word.end)
        if len(written) != 3 or not HANGUL_ONLY.match(written) or written[0] not in lexicon.surnames() \
                or written in lexicon.gazetteer() or written in COMMON_NOUNS or written[:2] in lexicon.municipalities():
            return False
        first, rest = word.tokens[0], word.tokens[1:]
        if first.tag == "MM" and len(rest) == 1 and rest[0].tag in ("NNG", "NNP") and len(rest[0].form) == 2:
            return self.free(word.start, word.end)  # 한/MM 기정/NNG 위원장: a determiner is written apart
        if first.tag == "XPN" and rest and all(t.tag == "NNG" for t in rest):
            return self.free(word.start, word.end)  # 고/XPN 학/NNG 수/NNG, 최/XPN 원목/NNG: the family name as a prefix
        if not rest and first.oov and first.tag.startswith("NN"):  # 조영곤/NNG: a word Kiwi does not know
            return self.free(word.start, word.end)
        if first.tag == "NNG" and len(first.form) == 2 and len(rest) == 1 and rest[0].tag in ("MAG", "IC") \
                and len(rest[0].form) == 1:  # 신동 + 욱/MAG 의원: the last syllable read as an adverb
            return self.free(word.start, word.end)
        if len(rest) == 1 and first.tag == rest[0].tag == "NNG" and len(first.form) == 2 \
                and not self.ends_like_a_thing(written):  # 신학 + 철 부회장; not 재무 + 팀, 홍보 + 실
            return self.free(word.start, word.end)
        if first.tag.startswith("VA") and rest and rest[-1].tag in ("NNB", "NNG") \
                and all(t.tag.startswith(("VA", "ETM", "NN")) for t in rest):
            return self.free(word.start, word.end)  # 허옇 + ㄴ + 수: a name read as an adjective and a noun
        if first.tag == "NNP" and len(first.form) == 2 and [(t.form, t.tag) for t in rest] == [("만", "JX")]:
            return self.free(word.start, word.end)  # 한진 + 만 사장: no "only" comes before a title
        if first.tag not in ("NNP", "IC") or first.form in lexicon.gazetteer() or not self.free(word.start, word.end):
            return False  # (여/IC 한/MM 구/NNG: 여한구, the family name read as an interjection)
        # 김 + 짓 + 은, 김 + 창 + 하 + ㄴ, 김용 + 현: a name read as a verb, or with a determiner inside a word
        if any(t.tag.startswith(("V", "XSV", "XSA")) or t.tag == "MM" for t in rest):
            return True
        if not rest:  # 정재도: one proper noun, with an ending that makes places
            return self.classify(word, word.start, word.end) in (("Place", c) for c in PLACE_CLASSES)
        # 강호 + 만, 최 + 홍 + 만: name pieces, then what Kiwi took for a particle
        return rest[-1].tag.startswith("J") and all(t.tag.startswith("N") for t in rest[:-1])

    def is_cut_name_after_body(self, i: int) -> bool:
        """`개인정보보호위원회 고학수 위원장`: between an organization and its post, three syllables from a
        family name are the holder's name, though Kiwi cuts them into dictionary nouns (고학 + 수). Not a
        unit of the body, which ends like one (조사 + 국, 정책 + 위)."""
        word = self.words[i]
        written = self.stem(word)
        tokens = word.stem_tokens
        if i == 0 or len(written) != 3 or not HANGUL_ONLY.match(written) or written[0] not in lexicon.surnames() \
                or len(tokens) < 2 or any(t.tag not in ("NNG", "NNP", "XPN") for t in tokens) \
                or written in lexicon.gazetteer() or written in COMMON_NOUNS or written[-1] in NOUN_ENDINGS \
                or lexicon.org_suffixes().match(written) is not None:
            return False
        before = self.words[i - 1]
        return self.spaced(i - 1, i) and not before.has_tail and (
            self.mention_at(before, "Organization") is not None
            or (self.classify(before, before.start, before.stem_end) or ("",))[0] == "Organization")

    def is_name_with_determiner(self, word: Word) -> bool:
        """`조현 외교부 장관`: a two-syllable name whose given name Kiwi reads as a determiner (조/NNP 현/MM,
        "current"); written together with the family name, it is no determiner."""
        tokens = word.tokens
        return (len(tokens) == 2 and word.end - word.start == 2 and tokens[0].tag == "NNP"
                and tokens[0].form in lexicon.surnames() and tokens[1].tag == "MM")

    def foreign_name_start(self, i: int) -> int:
        """The index of the first word of a foreign name ending at word i (i itself when none)."""
        # 빗썸 이재원 대표: a Korean name Kiwi knows ends no foreign one (but 페트르 피알라); the word before is
        # where the post is
        if self.is_korean_full_name(self.words[i]) and not self.opens_name(i - 1) \
                and not any(t.oov for t in self.words[i].stem_tokens):
            return i
        # 누리로지스 인수 후보: a dictionary noun of two syllables or more ends no foreign name after an unknown word
        if len(self.stem(self.words[i])) >= 2 and self.is_dictionary_noun(self.words[i]) and not self.opens_name(i - 1):
            return i
        j, links = i, 0
        while j >= 0 and i - j - 2 * links < 3 and self.spaced(j, i):
            if j < i and self.links_name_parts(j, j - 1):  # 무함마드 빈 | 자이드 알나하얀
                links += 1
                j -= 1
                continue
            # 아민 나세르: a given name is part of the name, however Kiwi cuts it (아/NNG 민/NNG)
            given = j < i and self.opens_name(j) and not self.words[j].has_tail
            if not given and not self.is_foreign_part(self.words[j], last=j == i, opened=self.opens_name(j - 1)):
                break
            j -= 1
        if 0 <= j < i and self.spaced(j, i) and (self.is_one_syllable_given_name(self.words[j])
                                                 or j + 1 < i and self.is_given_name_like_a_family_name(j)):
            j -= 1
        # a dictionary noun opens no name: in `대신 김동우 아나운서`, 대신 is "instead of"
        while j + 1 < i and self.is_dictionary_noun(self.words[j + 1]) and not self.opens_name(j + 1):
            j += 1  # (but a given name or a Japanese family name that is a word too opens one: 콘도 히로유키)
        parts = self.words[j + 1:i + 1]
        # a run of dictionary nouns (이날 오전) is no name: one part must be proper or unknown to Kiwi
        if not any(len(w.stem_tokens) > 1 or is_proper(w.stem_tokens[0]) for w in parts):
            return i
        # 박문수 이몽룡 성춘향 전 장관: three names with Korean ones among them are several people, not one
        # foreign name (two parts that look Korean may be one Japanese name: 이노세 나오키)
        if len(parts) > 2 and sum(len(self.stem(w)) == 3 and self.is_name_shaped(w) for w in parts) > 1:
            return i
        # 노소영 아트센터 나비 관장: a Korean name, then dictionary nouns, is a name and where the post is
        if len(parts) > 1 and self.is_korean_full_name(parts[0]) and any(self.is_dictionary_noun(w) for w in parts):
            return i
        return j + 1 if j < i else i

    def family_first_name_start(self, i: int) -> int:
        """The index of the Vietnamese family name opening a name of short parts written apart that ends at
        word i (i itself when none): 팜 민 찐, 쩐 시 타인. A dictionary word of two syllables is a part only
        after a one-syllable given part (시 타인, but not 팜 오일)."""
        j = i
        while j > 0 and i - j < 3 and self.spaced(j - 1, j) and not self.words[j - 1].has_tail:
            if not self.is_short_name_part(j):
                return i
            opener = self.words[j - 1]  # (또/MAG 최 회장: "also", before a Korean name)
            if self.stem(opener) in lexicon.family_first_names() and opener.stem_tokens \
                    and opener.stem_tokens[0].tag.startswith("NN"):
                return j - 1
            j -= 1
        return i

    def is_short_name_part(self, j: int) -> bool:
        """A part of a Vietnamese name: one or two Hangul syllables that are no title, place or determiner."""
        word, stem = self.words[j], self.stem(self.words[j])
        if not word.stem_tokens or not HANGUL_ONLY.match(stem) or len(stem) > 2 or stem in lexicon.titles() \
                or stem in lexicon.title_modifiers() or stem in lexicon.gazetteer() \
                or any(t.tag == "MM" or t.tag.startswith(("V", "J")) for t in word.stem_tokens):
            return False
        before = self.stem(self.words[j - 1])
        return not (len(stem) == 2 and self.is_dictionary_noun(word)) \
            or len(before) == 1 and before not in lexicon.family_first_names()

    def is_korean_full_name(self, word: Word) -> bool:
        """Three syllables from a family name, a name shape, and no foreign given name (마리오, 모리스)."""
        stem = self.stem(word)
        return (len(stem) == 3 and self.is_name_shaped(word) and stem not in lexicon.name_openers()
                and not set(stem) & FOREIGN_SYLLABLES)

    def is_one_syllable_given_name(self, word: Word) -> bool:
        """존 or 팀 opening a foreign name: one Hangul syllable that is no family name or modifier."""
        stem = self.stem(word)
        return (len(stem) == 1 and HANGUL_ONLY.match(stem) is not None and not word.has_tail
                and stem not in lexicon.surnames() and stem not in lexicon.title_modifiers()
                and word.stem_tokens[0].tag in ("NNP", "NNG"))

    def is_given_name_like_a_family_name(self, j: int) -> bool:
        """`장 피에르 라파랭`, `안 마리 …`: one syllable that is a Korean family name too, but opens a foreign
        name when a foreign given name follows it (with more of the name), as no Korean name goes on that way."""
        word = self.words[j]
        return len(self.stem(word)) == 1 and not word.has_tail and word.stem_tokens[0].tag == "NNP" \
            and self.opens_name(j + 1)

    def is_given_name_alone(self, word: Word) -> bool:
        """`제니퍼는`: a foreign given name the lexicon lists names a person alone, unless Kiwi knows the
        word as a common noun (코너, 마이크) or the lexicon as something else (테일러, a city)."""
        stem = self.stem(word)
        if len(stem) < 2 or stem not in lexicon.name_openers() or HANGUL_ONLY.match(stem) is None \
                or any(t.tag == "NNG" and not t.oov for t in word.stem_tokens) or lexicon.lookup(stem) is not None:
            return False
        at = self.index_of(word)
        after_place = at > 0 and self.spaced(at - 1, at) and self.mention_at(self.words[at - 1], "Place") is not None
        # 빅토리아 대학, 테일러 공장: a body or a facility named after the person or the town
        named_after = at + 1 < len(self.words) and (self.stem(self.words[at + 1]) in lexicon.units()
                                                     or self.stem(self.words[at + 1]) in FACILITIES)
        return not after_place and not named_after  # 텍사스주 테일러: a town

    def is_bare_name(self, word: Word) -> bool:
        """A three-syllable Korean name: Kiwi's own guess (a proper noun starting with a surname), or
        the pieces it cuts a name it does not know into."""
        stem = self.stem(word)
        tags = {t.tag for t in word.stem_tokens}
        if stem[-1:] in lexicon.thing_endings():  # 공산당, 천안함, 임진각: no one's name ends so
            return False
        if is_right_or_sum(stem) or stem in lexicon.event_nouns():  # 지명권도, 계약식: read as one name in context
            return False
        return len(stem) == 3 and self.is_name_shaped(word) and not set(stem) & FOREIGN_SYLLABLES and (
            "NNP" in tags and tags <= {"NNP", "XPN", "XSN"} or self.is_split_reading(word))

    def multi_word_name(self, word: Word) -> list[str]:
        """The words of a proper noun from Kiwi's multi-word dictionary (켄드릭 라마), or none."""
        tokens, written = word.stem_tokens, self.stem(word)
        return written.split(" ") if len(tokens) == 1 and tokens[0].tag == "NNP" and " " in written else []

    def is_known_full_name(self, word: Word) -> bool:
        """`켄드릭 라마`: a multi-word proper noun of Hangul words from Kiwi's dictionary, most of
        whose entries are people; not one of dictionary words only (확장성 심근병증), nor one opened by a
        word for a nature (염증성 장질환). In quotation marks such a name is mostly a title of a work, in
        brackets after a player his club (다비네 아스토리(칼리아리 칼초))."""
        parts = self.multi_word_name(word)
        if not parts or word.bracketed or self.known_venue(word) is not None:
            return False
        if not all(HANGUL_ONLY.match(part) for part in parts):
            return False
        if all(reads_alone_as_common_noun(part) for part in parts) or any(map(reads_alone_as_quality, parts)):
            return False  # 확장성 심근병증, 염증성 장질환: a disease, a term of dictionary words
        closed = self.body[word.stem_end:word.stem_end + 1] in ("’", "'", "”", '"')
        return not closed and not any(q.start() <= word.start - self.sentence.start < q.end()
                                      for q in QUOTATION.finditer(self.sentence.text))

    @staticmethod
    def is_name_in_hanja(name: str, inner: str) -> bool:
        """`김덕천(金德天)`: three syllables from a family name on, glossed by as many characters."""
        return len(name) == 3 == len(inner) and HANJA.match(inner) is not None and name[0] in lexicon.surnames()

    def is_name_shaped(self, word: Word) -> bool:
        """Two to four Hangul syllables beginning with a family name, read by Kiwi as nouns."""
        text = self.stem(word)
        if not HANGUL_ONLY.match(text) or not 2 <= len(text) <= 4 or text in lexicon.titles():
            return False
        if self.withholds_name(text):
            return False
        if is_of_a_country(text):
            return False
        if is_death_in_family(text):
            return False
        if is_industry_stock(text):
            return False
        if text in lexicon.gazetteer():
            return lexicon.gazetteer()[text].kind == "Person"
        if self.classify(word, word.start, word.stem_end) is not None:  # 안성시, 한경대
            return False
        if text in lexicon.title_modifiers() or text in COMMON_NOUNS or set(text) <= COUNTRY_SYLLABLES \
                or text in lexicon.cues():
            return False  # 한중일, 한미중: Korea, China, Japan; 유튜버, 변호사: what one is, not who
        tokens = word.stem_tokens
        if len(tokens) > 1 and (tokens[0].form in lexicon.municipalities()
                                or any(len(t.form) > 1 and t.form in lexicon.gazetteer() for t in tokens)):
            # 강화 + 을, 송파 + 병: a known place and more (a given name never comes first; a country's one
            # syllable is a syllable of names too: 허 + 미 + 미)
            return False
        town = text[:2] if len(text) == 3 and text[:2] in lexicon.municipalities() else None
        if town and any(town + unit in self.body for unit in "시군구"):
            return False  # 진주성, 진주교 in an article about 진주시: the town's castle and bridge
        if text in lexicon.event_nouns():
            return False  # 서명식, 착공식: a ceremony, though Kiwi may read it as a name (조정식 is one)
        if not (self.is_proper_reading(word) or self.is_split_reading(word)):
            return False
        if not self.is_proper_reading(word) and reads_alone_as_common_noun(text):
            return False  # 이/MM 주민/NNG: 이주민, one dictionary word when Kiwi reads it alone
        surnames = lexicon.surnames()
        if len(text) == 4:  # four syllables only with a two-syllable family name: 남궁민수
            return text[:2] in surnames
        return text[0] in surnames or (len(text) >= 3 and text[:2] in surnames)

    @staticmethod
    def withholds_name(text: str) -> bool:
        """김모: a family name and 모, which stands for the rest of a name the story withholds."""
        return len(text) == 2 and text[1] == "모" and text[0] in lexicon.surnames()

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
        # 강훈/NNP 식/NNB, 박정/XR 천/NR, and 조성/NNG 진/NNG when Kiwi reads 조성진 alone as a name
        if len(first.form) == 2:
            return first.tag in ("NNP", "XR") and last.tag in ("NNG", "NNB", "NR") and last.form not in NOUN_ENDINGS \
                or first.tag == last.tag == "NNG" and last.form not in NOUN_ENDINGS \
                and reads_alone_as_name(first.form + last.form)
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
            # a name of one syllable ends one only after a given name (제프 딘, 젠슨 황)
            bool(HANGUL_ONLY.match(text)) and (len(text) >= 2 or last and opened) and (last or not word.has_tail)
            and text not in lexicon.titles() and text not in lexicon.title_modifiers()
            and text not in COMMON_NOUNS and text not in lexicon.gazetteer() and text not in lexicon.cues()
            and text not in lexicon.team_sponsors()  # 한화 손혁 단장: the team, then the name
            and not is_of_a_country(text) and not is_field_of_study(text)
            and all(t not in ("NNB", "MAG", "VV") for t in tags)
            and "MM" not in tags[:1]  # a determiner opens no name, but may be Kiwi's reading of its end (포 + 옛)
            # a compound of dictionary nouns (but after a given name, one-syllable pieces: 데이비드 리 + 우)
            and not (len(tags) > 1 and all(t == "NNG" for t in tags)
                     and not (opened and all(len(t.form) == 1 for t in word.stem_tokens)))
            and not (tags[-1] == "XSN" and tags[0] == "NNG" and not word.stem_tokens[0].oov)  # 역사 + 상: derived
            and not (len(tags) > 1 and self.region(word.stem_tokens[0].form) is not None)  # 베를린 + 필: named after it
            # 중구, 대신동: parts of an address (but 찰리, ending in 리, is a name)
            and not (ADDRESS_LEVEL.match(text) and not text.endswith("리"))
            and not is_state_name(text)  # 타밀나두주
            and title_split(self.body, word) is None
            and (opened or self.classify(word, word.start, word.stem_end) is None)  # 서울중앙지법 is a court
        )


def is_event_name(stem: str) -> bool:
    """An event or an award: one the lexicon knows (그래미), its prize (에미상), or a longer name ending
    in one (백상예술대상)."""
    events = lexicon.event_nouns()
    return stem in events or stem.endswith("상") and stem[:-1] in events \
        or len(stem) >= 4 and stem.endswith(tuple(events))
