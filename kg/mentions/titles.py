"""Titles and the appositions around them: `손정의 회장`, `산업통상자원부 장관 김정관`, careers and appointments."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from kg import lexicon
from kg.mentions.base import ReaderBase, is_field_business, is_state_name, opens_with_country
from kg.mentions.model import Apposition, Mention, OrgSlot
from kg.mentions.patterns import (
    ACTING,
    AMBIGUOUS_TITLES,
    APPOINTING,
    BOARDS,
    CAREER,
    CAREER_BEFORE,
    CASE_PARTICLES,
    COMMON_NOUNS,
    DEPARTMENT,
    DIVISIONS,
    ELECTION,
    ENVOY_TITLES,
    GENERATIONAL,
    GLOSS_AFTER,
    LATIN,
    LEADERS_OF_TEAMS,
    LIST_MARKS,
    LOCAL_HEADS,
    MARKET_TAILS,
    MOVING,
    PARTICLES,
    PLACE_CLASSES,
    POSTING,
    PROMOTED,
    PUBLIC_BODIES,
    SUBJECT_TAILS,
    SUCCEEDING,
    TAKING_OFFICE,
    UNIT_HEADS,
)
from kg.words import HANGUL_ONLY, NAME_FOLLOWERS, Word, is_proper, title_split

#: a post taken, after its title: 총장에 취임했다, 대표로 선임됐다
TOOK_OFFICE = re.compile(rf"(?:에|으로|로)\s(?:{TAKING_OFFICE.pattern}|선임|임명|올랐)")
#: taking a post on (not 맡기다, to entrust, nor 맡아달라, asked to)
TAKES_ON = r"맡(?!기|겨|아\s?달|아\s?주)"
#: a post taken on, after its title: 대표를 맡고 있는, 위원장을 맡았다
TAKEN_ON = re.compile(rf"(?:을|를)\s{TAKES_ON}")
#: the verb of taking a post on, describing the one named right after it: 위원장을 맡고 있는 김보람 의원
RELATIVE_TAKEN = re.compile(r"(?:고\s있는|은|아\s온|았던)\s")
#: a post named as the topic, then the one who takes it on: 의장은 김범수 창업자가 (계속) 맡는다
TOPIC_TAKEN_ON = re.compile(r"(?:은|는)\s")
#: after the one who takes on the post named as the topic: 창업자가 (계속) 맡는다
HOLDER_TAKES_ON = re.compile(rf"(?:이|가)\s(?:\S+\s)?{TAKES_ON}")
#: the particles after a name said alone: 정관장을, 정관장이, 정관장도
ALONE_PARTICLES = CASE_PARTICLES | {"도"}
#: places a post may reach over, named between its organization and its title: 애플 북미 사장
REACHES = ("Country", "Continent", "Place")
#: heads of a branch, whose place a town's name says: 한빛은행 강남지점장, 현대차 인도법인장
BRANCH_HEADS = {"지점장", "법인장", "지사장"}


class TitleReader(ReaderBase):
    """The passes that find titles, the people and organizations beside them, careers and appointments."""

    def tells_career(self) -> bool:
        """Whether the sentence tells posts someone went through: what is gone through is a post, or a list
        of them (`…실장 등을 거쳤다`), not a step (`장관의 승인을 거쳐`)."""
        for match in CAREER.finditer(self.sentence.text):
            at = self.sentence.start + match.start()
            # 최고운영책임자(COO)를 지냈다: the gloss in brackets is the post's
            gone_through = next((w for w in reversed(self.words)
                                 if w.end <= at and not w.bracketed and w.stem_end > w.start), None)
            if match.group(0) == "출신" or gone_through is None:
                return True
            if self.stem(gone_through) == "등" or title_split(self.body, gone_through) is not None:
                return True
        return False

    def read_careers(self) -> None:
        """`…연천군수, 경기도 기획관리실장 등을 거쳤다`: posts named with no one beside them are the subject's."""
        if not self.tells_career():
            return
        subject = self.subject_person()
        people = {m.text for m in self.out.mentions if m.kind == "Person"}
        # 한빛전자 사장을 지낸 김영수 씨: posts gone through, told before the one who went through them
        # (출신 only right after a post: 한빛전자 부사장 출신인 홍길동, not 포천 출신인 …)
        ends = {t.end for t in self.out.mentions if t.kind == "Title"}
        starts = {self.sentence.start + c.end() for c in CAREER_BEFORE.finditer(self.sentence.text)
                  if not c.group().lstrip().startswith("출신") or self.sentence.start + c.start() in ends}
        told_before = next((m for m in self.out.mentions if m.kind == "Person" and m.start in starts), None)
        if told_before is not None and people == {told_before.text}:
            subject, since, until = told_before, self.sentence.start, told_before.start
        else:
            since, until = (subject.start, self.sentence.end) if subject else (0, 0)
        if subject is None or people - {subject.text}:  # another person here, even `안 후보자`, may own the career
            return
        taken = {a.title.start for a in self.out.appositions}
        previous_org: Mention | None = None
        titles = [m for m in self.out.mentions if m.sentence == self.sentence.index and m.kind == "Title"]
        # 최고운영책임자(COO): a title glossed in brackets is one post
        glosses = {t.start for t in titles if any(self.body[o.end:t.start] == "(" for o in titles)}
        for title in titles:
            if title.start in taken or not since <= title.start < until or title.start in glosses:
                continue
            if TOOK_OFFICE.match(self.body, title.end):
                continue  # … 교수 출신으로 2022년 총장에 취임했다: the post taken is held still
            org = self.org_of_post(title)
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
        # the organization a clause names as where posts go (한빛이노텍에는 홍길동 부사장이 사장으로 승진해) is the
        # posts' after it, else the appointing company's whose sentence it is
        bound = [m for m in self.out.mentions if m.sentence == self.sentence.index and m.kind == "Organization"
                 and self.body.startswith("에는 ", m.end)]

        def clause_org(person: Mention) -> Mention | None:
            return next((m for m in reversed(bound) if m.end <= person.start), appointer)

        elsewhere: set[int] = set()  # people given a post at another organization than the appointing one
        for title in titles:
            gloss = GLOSS_AFTER.match(self.body, title.end)  # 최고재무책임자(CFO)에: past the letters too
            end = gloss.end() if gloss else title.end
            after = self.body[end:end + 2]
            if after.startswith("에") or SUCCEEDING.match(self.body, title.end):
                # 차관에 홍길동 비서관을 임명, 김철수 청장 후임에 홍길동 차장을 임명; or the one named before as
                # the object: 홍길동 전 차관을 국세청장에 임명
                # 홍길동 후보가 서울시장에 당선됐다: one elected or taking office is the subject
                taking = TAKING_OFFICE.search(self.sentence.text) is not None
                person = next((p for p in people if p.start > title.end), None) or next(
                    (p for p in reversed(people) if p.end < title.start
                     and (self.is_object(p) or taking and self.is_subject_of_clause(p))), None)
            elif after.startswith(("로", "으로")):  # 홍길동 부사장을 대표이사로 선임; 총장으로 홍길동 교수를 선임
                person = next((p for p in reversed(people) if p.end < title.start), None) or next(
                    (p for p in people if p.start > title.end and self.is_object(p)), None)
            else:
                continue
            if person is None:
                continue
            org = self.org_of_post(title)
            # 김민수 한빛전자 부사장을 사장으로 승진: one promoted stays at the organization of his post before
            before = next((a.org for a in self.out.appositions if a.person is person and a.org is not None
                           and a.title.end <= title.start), None) if PROMOTED in self.sentence.text else None
            org_mention = self.commit(org) if org else before or clause_org(person)
            self.out.appositions.append(Apposition(person, title, org_mention, False))
            if org is not None and (appointer is None or org_mention.text != appointer.text):
                elsewhere.add(person.start)
            if org_mention is not None and MOVING.search(self.sentence.text):
                self.leave_posts_before(person, title, org_mention)
        # posts named without an organization in the sentence are the appointing one's; not in a sentence of
        # moving (김 부사장이 … 총괄로 합류한다: he is named by the post he leaves), nor the post of one appointed
        # to another organization (금융위는 IBK기업은행 행장으로 장민영 부행장을 제청했다: the bank's, if anyone's)
        # (국토부는 이 사장의 임명을 제청했다: one whose appointment is spoken of, 의, is named by a post held
        # elsewhere)
        moving = MOVING.search(self.sentence.text) is not None
        for i, ap in enumerate(self.out.appositions):
            if ap.org is None and ap.title.sentence == self.sentence.index and not ap.former and not moving \
                    and ap.person.start not in elsewhere and self.body[ap.title.end:ap.title.end + 1] != "의":
                org = clause_org(ap.person)
                if org is not None:
                    self.out.appositions[i] = replace(ap, org=org)

    def read_posts_taken_on(self) -> None:
        """`김보람 의원이 위원장을 맡았다`, `짐 켈러가 최고경영자(CEO)를 맡고 있는`, `의장은 김범수 창업자가 맡는다`:
        one who takes on a post (맡다) holds it, at the organization named with its title, if any."""
        if "맡" not in self.sentence.text:
            return
        taken = {a.title.start for a in self.out.appositions}
        titles = [m for m in self.out.mentions if m.sentence == self.sentence.index and m.kind == "Title"
                  and m.start not in taken]
        people = [m for m in self.out.mentions if m.sentence == self.sentence.index and m.kind == "Person"]
        for title in titles:
            gloss = GLOSS_AFTER.match(self.body, title.end)  # 최고경영자(CEO)를: past the letters too
            end = gloss.end() if gloss else title.end
            person = self.holder_taking_on(title, end, people)
            if person is not None:
                # 대구시장 권한대행을: one acts for the post named right before, at its organization
                acted = next((t for t in titles if t.end == title.start - 1), None) if title.text in ACTING else None
                org = self.org_of_post(title) or (self.org_of_post(acted) if acted else None)
                self.out.appositions.append(Apposition(person, title, self.commit(org) if org else None, False))

    def holder_taking_on(self, title: Mention, end: int, people: list[Mention]) -> Mention | None:
        """Who takes on the post whose title (and gloss) ends at `end`: the one the verb describes (위원장을
        맡고 있는 김보람 의원), else the subject before it (김보람 의원이 위원장을 맡았다), or after it when the post
        is the topic (위원장은 김보람 의원이 맡는다)."""
        taken_on = TAKEN_ON.match(self.body, end)
        if taken_on is not None:
            described = RELATIVE_TAKEN.match(self.body, taken_on.end())
            return next((p for p in people if described and p.start == described.end()), None) or next(
                (p for p in reversed(people) if p.end < title.start
                 and self.particle_after(p) in ("이", "가", "은", "는")), None)
        if TOPIC_TAKEN_ON.match(self.body, end):
            return next((p for p in people if p.start > end and self.particle_after(p) in ("이", "가")
                         and HOLDER_TAKES_ON.match(self.body, self.particle_at(p))), None)
        return None

    def leave_posts_before(self, person: Mention, title: Mention, org: Mention) -> None:
        """`홍길동 한빛전자 부사장이 누리소프트 사장으로 자리를 옮겼다`: one who moves to a post at another
        organization held the posts named before it at other organizations (his post of before)."""
        for k, ap in enumerate(self.out.appositions):
            if ap.person is person and ap.title.end <= title.start and ap.org is not None \
                    and ap.org.text != org.text and not ap.former:
                self.out.appositions[k] = replace(ap, former=True)

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
        if first is None:
            return None
        # a name of more words than one (유니세프 한국위원회는)
        opening = next((m for m in self.out.mentions if m.start == first.start and m.kind == "Organization"
                        and self.body[m.end:m.end + 1] in ("은", "는", "이", "가") and m.end > first.end), None)
        if opening is not None:
            board = opening.text.endswith(tuple(f" {word}" for word in BOARDS))
            return self.owner_of_board(opening, first) if board else opening
        if not first.has_tail:  # 일본 집권 자민당은: an organization after words that modify it, one noun phrase
            head = next((w for w in self.words if w.has_tail), None)
            if head is None or self.tail(head) not in SUBJECT_TAILS:
                return None
            glossed = head.stem_end == head.start and all(w.bracketed for w in self.words[1:self.index_of(head)])
            return self.organization_at(first if glossed else head)  # 한국과학기술원(KAIST)은: the name glossed
        if self.tail(first) not in ("은", "는", "이", "가"):
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

    def organization_at(self, word: Word) -> Mention | None:
        """The organization read at the word's stem, or the unknown name there that ends like one (노동당)."""
        found = self.mention_at(word, "Organization")
        guess = self.guess_at(word) if found is None else None
        suffix = lexicon.org_suffixes().match(guess.text, slack=1) if guess is not None else None
        return self.retype(guess, "Organization", suffix.cls) if guess is not None and suffix is not None else found

    def owner_of_board(self, board: Mention, first: Word) -> Mention:
        """`한빛대 이사회는 총장으로 …를 선임했다`: a board appoints for the organization it is of; the sentence
        names that organization, not the board."""
        self.out.mentions.remove(board)
        self.claimed.difference_update(range(board.start, board.end))
        slot = self.org_slot(first, first.start, first.stem_end)
        if slot is None:
            return self.add(board.start, board.end, board.kind, board.cls)
        return self.commit(slot)

    def title_in(self, word: Word) -> tuple[int, str] | None:
        """A title ending the word, also when fused to a known place or organization: 세종시장, 경기도지사."""
        stem = self.stem(word)
        if stem.endswith("팀") and stem[:-1] in LEADERS_OF_TEAMS:  # 박승정 교수팀: the professor, with his team
            return word.stem_end - len(stem), stem[:-1]
        if not stem or stem[-1] not in lexicon.title_endings():  # most words: a quick no
            return None
        if stem in lexicon.gazetteer():  # 과학기술정보통신부 is a name, not 과학기술정보통 + 신부
            return None
        # 중국 상무부|장: the head of a foreign body read with its country, sharing its last letter or not
        body = next((m for m in self.out.mentions
                     if m.kind == "Organization" and m.start < word.start < m.end < word.stem_end), None)
        if body is not None:
            at = next((at for at in (body.end - 1, body.end) if self.body[at:word.stem_end] in lexicon.titles()), None)
            return (at, self.body[at:word.stem_end]) if at is not None else None
        if stem not in lexicon.titles() and (fused := self.title_after_known_body(stem)) is not None:  # 국회의원
            return word.stem_end - len(fused), fused
        split = title_split(self.body, word)
        if split and self.names_institute(word, split):
            return None
        # 성동구 + 청장: a district's head (구청장) shares its 구; 청장 alone heads an agency
        if split and self.body[split[0] - 1] == "구" and self.body[split[0] - 1:word.stem_end] in lexicon.titles() \
                and self.classify(word, word.start, split[0]) in (("Place", c) for c in PLACE_CLASSES):
            return split[0] - 1, self.body[split[0] - 1:word.stem_end]
        if split or word.has_tail and not self.tail(word).lstrip("".join(NAME_FOLLOWERS)).startswith(PARTICLES):
            return split
        for size in range(min(lexicon.longest_title(), len(stem) - 2), 1, -1):
            title, at = stem[-size:], len(stem) - size
            if title in lexicon.titles():
                for end in (at, at + 1):
                    if self.classify(word, word.start, word.start + end) in (("Place", c) for c in PLACE_CLASSES):
                        # 북구|청장: the district's head (구청장) shares its 구
                        shared = stem[at - 1] == "구" and "구" + title in lexicon.titles()
                        return (word.start + at - 1, "구" + title) if shared else (word.start + at, title)
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
            body = lexicon.lookup(stem[:end])
            if body is not None and body.kind == "Organization":
                titles = [stem[at:] for at in range(max(1, end - 2), end + 1) if stem[at:] in lexicon.titles()]
                return titles[0] if titles else None
        return None

    def read_titles(self) -> None:
        for index, word in enumerate(self.words):
            split = self.title_in(word)
            if not split or not self.title_free(*split, word) or self.qualifies_next_title(index):
                continue
            if split[1] in AMBIGUOUS_TITLES and self.tail(word) in MARKET_TAILS \
                    and not ELECTION.search(self.sentence.text) and not self.held_by_one_named(index):
                continue  # 미국 시장에서: a market (but 홍길동 전 대구시장에 이어: a mayor)
            if split[1] in AMBIGUOUS_TITLES and split[0] == word.start and self.market_of_region(index):
                continue  # 유럽 방산 시장의: a market
            title_start, title = split
            before = [t for t in word.stem_tokens if t.end <= title_start]
            if title in AMBIGUOUS_TITLES and before and all(t.tag == "NNG" for t in before):
                continue  # 유가증권시장, 반도체시장: a market, glued to what is traded in it
            title_mention = self.add(title_start, word.stem_end, "Title", "Title", value=title)
            self.read_apposition(index, word, title_mention)

    def held_by_one_named(self, index: int) -> bool:
        """Whether a person's name comes right before the word, or what may be one and then 전 or 현: a post
        follows (but `조선 시장에`, shipbuilding's market, names no one)."""
        i = index - 1
        modified = i >= 0 and self.stem(self.words[i]) in lexicon.title_modifiers() and not self.words[i].has_tail
        i -= modified
        return i >= 0 and not self.words[i].has_tail and self.spaced(i, i + 1) \
            and (self.mention_at(self.words[i], "Person") is not None or self.known_kind(self.words[i]) == "Person"
                 or modified and self.may_be_person(i))

    def market_of_region(self, index: int) -> bool:
        """`유럽 방산 시장`, `중국 전기차 시장`: a country or continent, then one word, then 시장, is what is
        traded in a market there; a mayor heads a city (미국 뉴욕 시장), and is not named after a country."""
        if index < 2 or not (self.spaced(index - 2, index - 1) and self.spaced(index - 1, index)) \
                or any(w.has_tail for w in self.words[index - 2:index]) or self.known_kind(self.words[index - 1]):
            return False
        region = lexicon.gazetteer().get(self.stem(self.words[index - 2]))
        return region is not None and region.cls in ("Country", "Continent")

    def title_free(self, start: int, title: str, word: Word) -> bool:
        """Whether no mention holds the title's letters, but for the one it may share with the body it
        heads, read before it (중국 외교부|장: 부장 of 중국 외교부)."""
        if self.free(start, word.stem_end):
            return True
        return self.free(start + 1, word.stem_end) and any(
            m.kind == "Organization" and m.end == start + 1 for m in self.out.mentions)

    def qualifies_next_title(self, index: int) -> bool:
        """`대통령 비서실장`, `장관 정책보좌관`: a bare title right before another says whose post the
        second is; the person beside them holds the second."""
        word = self.words[index]
        if word.has_tail or index + 1 >= len(self.words) or not self.spaced(index, index + 1):
            return False
        return self.stem(word) in lexicon.titles() and self.title_in(self.words[index + 1]) is not None

    def read_copula_titles(self) -> None:
        """`이사회 의장인 최 회장은`, `대표이사인 김철수 사장`, `협회 이사장인 배우 송승환은`: the post before
        인 is the next person's (a noun for what a person does may come between)."""
        if "인 " not in self.sentence.text:
            return
        titles = {m.end: m for m in self.out.mentions if m.kind == "Title"}
        people = {m.start: m for m in self.out.mentions if m.kind == "Person"}
        for index, (word, after) in enumerate(zip(self.words, self.words[1:], strict=False)):
            title = titles.get(word.stem_end)
            if title is None or self.tail(word) != "인" or after.start > word.end + 1:
                continue
            person = people.get(after.start) or self.opened_name_at(index + 1)
            if person is None and self.cue_of(after) == "Person" and index + 2 < len(self.words) \
                    and self.spaced(index + 1, index + 2):
                named = self.words[index + 2]
                person = people.get(named.start) or (
                    self.add(named.start, named.stem_end, "Person", "Person")
                    if self.is_korean_full_name(named) and self.free(named.start, named.stem_end) else None)
            if person is None:
                continue
            org, former, i = self.walk_back(index, word, title)
            owner = None
            if org is None and i >= 0 and self.tail(self.words[i]) == "의":
                # 첼시의 공동 구단주인 토드 볼리, 맨체스터 유나이티드의 …: whose post it is, named with 의
                owner = next((m for m in self.out.mentions if m.kind == "Organization"
                              and m.end == self.words[i].stem_end), None)
                org = None if owner else self.org_over_department(i)
            self.out.appositions.append(Apposition(person, title, self.commit(org) if org else owner, former))

    def opened_name_at(self, k: int) -> Mention | None:
        """`구단주인 짐 랫클리프가`: a foreign name that a given name opens, of two parts or more, at word k
        after a title (a given name that is also a word may open it there)."""
        parts = self.foreign_name_from(k, titled=True)
        if len(parts) < 2 or not (self.opens_name(k) or self.stem(parts[0]) in lexicon.titled_name_openers()):
            return None
        return self.add_person(parts)

    def read_apposition(self, index: int, word: Word, title: Mention) -> None:
        """Walk back from a title over `[ORG(의)] NAME [전|현] [ORG] [전|현]`, or on to `TITLE NAME`.

        The organization is only recorded once a person is found beside the title, or when it is a
        known name fused to the title (경찰청장: the agency's head, whoever holds the post).
        """
        glued = self.body[word.start:title.start]
        if glued in lexicon.hanja_surnames() and self.free(word.start, title.start):  # 李대통령: 이 대통령, in Hanja
            family = lexicon.hanja_surnames()[glued]
            self.record(self.add(word.start, title.start, "Person", "Person", surname=family,
                                 value=self.body[word.start:title.end]), title, None, False)
            return
        org, former, i = self.walk_back(index, word, title)
        org = self.state_of_governor(org, title)
        # 한빛소프트(대표 김태윤): a title opening brackets is the post of the name inside, not of the one before
        opens_brackets = self.body[word.start - 1:word.start] == "(" and title.start == word.start
        person = None if opens_brackets else \
            self.person_before(i, title) or (self.holder_before_brackets(i, word) if org else None)
        if person is None:
            self.read_title_then_name(index, word, title, org, former)
            if org is not None and org.start == word.start and self.body[org.start:org.end] in lexicon.gazetteer():
                self.commit(org)
            return
        # the word before the person's first (Kiwi may hold a whole foreign name in one word: 젠슨 황)
        j = next(k for k in range(i, -1, -1) if self.words[k].start <= person.start) - 1
        listed = self.people_listed_before(j, person)
        j -= len(listed)
        while j >= 0 and self.words[j].bracketed:
            j -= 1
        if j >= 0 and not self.words[j].has_tail and self.spaced(j, j + 1) and title_split(self.body, self.words[j]):
            # ORG TITLE NAME TITLE (SK㈜ 신임 CEO 장동현 사장): the earlier title lends its organization
            earlier = next((a for a in self.out.appositions if a.title.end == self.words[j].stem_end), None)
            if org is None and earlier is not None:
                org = OrgSlot(earlier.org.start, earlier.org.end, earlier.org.kind, earlier.org.cls,
                              existing=earlier.org) if earlier.org else None
        elif org is None and j >= 0 and not self.words[j].bracketed and not self.comma_after(j):
            # not across a comma: `성남시의회, 신상진 시장 예산안 삭감`
            org = self.org_over_department(j) or self.unknown_company_before(j, person)
        org = org or self.org_in_brackets_after(index)
        if title.value in ENVOY_TITLES and org is None and person.key is not None:
            return  # 트럼프 특사: a leader the lexicon knows sends the envoy, unnamed here
        for other in (*listed, person):
            self.record(other, title, org, former)

    def org_in_brackets_after(self, index: int) -> OrgSlot | None:
        """`홍민수 교수(서울대 경제학과)`: an organization, or one and its department, alone in brackets right
        after a title, is where the post is."""
        word = self.words[index]
        inside = []
        for k in range(index + 1, min(index + 3, len(self.words))):
            if not self.words[k].bracketed:
                break
            inside.append(k)
        if not inside or self.body[word.end:word.end + 1] != "(" \
                or self.body[self.words[inside[-1]].stem_end:self.words[inside[-1]].stem_end + 1] != ")":
            return None
        first = self.words[inside[0]]
        if len(inside) == 2 and not self.is_department(self.words[inside[1]]):
            return None
        return self.org_slot(first, first.start, first.stem_end)

    def holder_before_brackets(self, i: int, word: Word) -> Mention | None:
        """`최태원 대한상의 회장(SK그룹 회장)`: a post at an organization, in brackets right after a title, is
        held by the person who holds that title (a bare title there glosses it: 최고경영자(CEO))."""
        if i < 0 or not word.bracketed or self.words[i].bracketed:
            return None
        return next((a.person for a in self.out.appositions if a.title.end == self.words[i].stem_end), None)

    def people_listed_before(self, j: int, person: Mention) -> list[Mention]:
        """`정운찬 고건 이수성 전 국무총리`, `김재중·정성호 교수`, `이종석, 이영진, 김형두 재판관`: Korean names
        listed right before a named person share the post; a two-syllable one among them (고건) is a name too.
        So do a court's judges in brackets (형사1부(이예슬 정재오 최은정 부장판사)). In the order they are written."""
        listed: list[Mention] = []
        if person.surname or " " in person.text or len(person.text) != 3:
            return listed
        inside = self.words[j + 1].bracketed if j + 1 < len(self.words) else False
        while j >= 0 and self.body[self.words[j].end:self.words[j + 1].start] in (" ", "·", "ㆍ", ", ") \
                and not self.words[j].has_tail and self.words[j].bracketed == inside:
            word = self.words[j]
            found = self.existing_person(word)
            if found is None and self.is_name_shaped(word) and self.free(word.start, word.stem_end):
                found = self.add(word.start, word.stem_end, "Person", "Person")
            elif found is None and (guess := self.guess_at(word)) is not None and self.is_name_shaped(word):
                found = self.retype(guess, "Person", "Person")
            if found is None or found.surname or len(found.text) not in (2, 3):
                break
            listed.insert(0, found)
            j -= 1
        return listed

    def org_of_post(self, title: Mention) -> OrgSlot | None:
        """The organization a post taken or held is named with: before the title (한빛증권 신임 대표이사에), or
        as whose it is, with 의 (한빛증권의 신임 대표이사에)."""
        index = next(i for i, w in enumerate(self.words) if w.start <= title.start < w.end)
        org, _, stop = self.walk_back(index, self.words[index], title)
        if org is not None or stop < 0 or self.tail(self.words[stop]) != "의":
            return org
        owner = self.words[stop]
        slot = self.org_slot(owner, owner.start, owner.stem_end)
        return slot if slot is not None and slot.kind == "Organization" else None

    def walk_back(self, index: int, word: Word, title: Mention) -> tuple[OrgSlot | None, bool, int]:
        """From a title back over modifiers (전, 신임), an organization and parentheses, to where a name may end."""
        former = False
        org: OrgSlot | None = None
        glued = self.body[word.start:title.start]
        if glued in lexicon.title_modifiers():  # 선대회장, 전회장: a modifier written with the title
            former = lexicon.title_modifiers()[glued] == "former"
        elif title.start > word.start:  # the title ends a longer stem: KB금융지주회장, 소방방재청장
            fused = self.org_slot(word, word.start, self.fused_end(word, title), free_until=title.start)
            plain = self.org_slot(word, word.start, title.start)
            if fused is not None and self.body[fused.start:fused.end] in lexicon.gazetteer():
                org = fused  # a known name sharing letters with the title: 경찰청|장, not 경찰; 질병관리본부|장
            elif fused is not None and fused.end - title.start >= 2:
                org = fused  # 서울대병원|장: the head of a hospital, not of the university (서울대)
            elif fused is not None and fused.cls in PUBLIC_BODIES and (
                    plain is None or self.body[plain.start:plain.end] not in lexicon.gazetteer()):
                org = fused  # a public body's head: 우주항공청|장, not the airline 우주항공; 한국항공우주연구원|장
            else:
                org = plain or fused
            letters = self.body[word.start:title.start]
            if title.value in UNIT_HEADS and LATIN.match(letters):
                org = None  # DS부문장: the head of a company's division, the company named before it
            if title.value == "위원장" and LATIN.fullmatch(letters) and letters not in lexicon.gazetteer():
                org = None  # ICT위원장: the head of a committee of the body named before it, by its field's letters
            if title.value in ENVOY_TITLES and org is not None and org.kind == "Place":
                org = None  # 중동특사: the envoy's mission, not where he serves
        i = index - 1
        while i >= 0 and not self.words[i].has_tail:
            if self.comma_after(i):
                return org, former, -1  # `트럼프, 연준 의장에 해싯 지명`: no name across a comma
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
            if self.qualifies_next_title(i):  # 홍길동 대통령 비서실장: whose chief of staff
                i -= 1
                continue
            if org is None and self.is_field_division(i):  # GM 배터리 부문 부사장: the company's division
                i -= 2
                continue
            field_start = self.field_of_post_start(i) if org is None else None
            if field_start is not None:  # 구글 글로벌 정책 사장: what the post covers, the organization before it
                i = field_start - 1
                continue
            if org is None and is_field_business(stem):  # 이영준 첨단소재사업 대표: a line of business, one word
                i -= 1
                continue
            if stem.endswith("담당") and not self.words[i].has_tail:  # EU 통상담당 집행위원: what the post covers
                i -= 1
                continue
            # 네이버 이사회 의장: one post (이사회의장), written apart; but 이 사장 is Mr Lee, no 이사장
            if stem + title.value in lexicon.titles() and not self.is_surname(self.words[i]):
                i -= 1
                continue
            if stem == "겸" and i > 0 and title_split(self.body, self.words[i - 1]):
                i -= 2  # 부총리 겸 기획재정부 장관: the first title is read on its own, and its organization
                if i > 0 and self.org_before_title(i) is not None:
                    i -= 1
                continue
            # 애플 북미 사장, 한빛전자 동아시아 사장: a country or region between an organization and the title
            # says where the post reaches; the post is at the organization
            above = self.org_slot(self.words[i], self.words[i].start, self.words[i].stem_end) \
                if org is not None and org.kind == "Place" and (org.cls in REACHES or title.value in BRANCH_HEADS) \
                else None
            if above is not None and above.kind == "Organization":
                org = above
                i -= 1
                continue
            known = lexicon.lookup(stem)
            # 예결위 계수조정소위 위원: the body above; 하노이시 인민위원회 위원장: the city it governs
            if org is not None and known is not None and known.kind in ("Organization", "Place"):
                i -= 1
                continue
            company = self.company_of_committee(i, org)
            if company is not None:  # 한빛그룹 ESG위원회 위원장: the committee is the company's, and no state's
                org = replace(org, cls="Organization")
                while i >= 0 and self.words[i].start >= company.start:
                    i -= 1
                continue
            local = self.local_place_at(i, title) if org is None else None
            if local is not None:  # 구스타보 사엔스 살타 주지사: the state he governs, not the end of his name
                org = local
                i -= 1
                continue
            # 사토 다카시 감독: after a given name, a word ending like a city (…시) is the rest of the name,
            # but a known organization or country is not (루이스 엔리케 PSG 감독, 안와르 이브라힘 말레이시아 총리)
            kind = self.known_kind(self.words[i])
            country = known is not None and known.cls == "Country"
            if org is None and kind != "Person" and (not self.opens_name(i - 1) or kind == "Organization" or country):
                slot = self.org_before_title(i)
                if slot is not None and self.is_name_ending_in_dae(self.words[i], title):
                    slot = None  # 조희대 대법원장: a person, no university
                if slot is not None:
                    org = slot
                    i -= 1
                    while i >= 0 and self.words[i].start >= slot.start:  # 레알 마드리드: a name of two words
                        i -= 1
                    continue
                if self.is_department(self.words[i]) and i > 0 and self.spaced(i - 1, i):
                    i -= 1  # 김재준 메모리사업부 부사장: a department of a company the sentence does not name
                    continue
            break
        return org, former, i

    def company_of_committee(self, i: int, org: OrgSlot | None) -> OrgSlot | None:
        """The company word i names, when the organization after it is a committee no lexicon knows: its own."""
        if org is None or org.existing is not None and org.existing.key \
                or not self.body[org.start:org.end].endswith("위원회") or not self.spaced(i, i + 1):
            return None
        slot = self.org_before_title(i)
        return slot if slot is not None and slot.cls == "Corporation" else None

    def org_before_title(self, i: int) -> OrgSlot | None:
        """The organization word i names, walking back from a title, when it is no part of a name."""
        word = self.words[i]
        start, end = word.start, word.stem_end
        company = self.is_unknown_company(i)
        if not company and (self.is_name_shaped(word) or self.is_misread_name(word)):
            return None
        slot = self.org_over_department(i)  # 특수선사업부 대표: the post is at the company above
        if slot is None and company and is_state_name(self.stem(word)):  # 스탈린 타밀나두주 총리: a state's head
            return OrgSlot(start, end, "Place", "AdministrativeArea")
        if slot is None and company:  # an event's body is no company (부산국제영화제), nor a party (노동당)
            event = self.body[start:end].endswith(tuple(lexicon.event_nouns()))
            suffix = lexicon.org_suffixes().match(self.body[start:end], slack=1)
            cls = "Organization" if event else suffix.cls if suffix else "Corporation"
            return OrgSlot(start, end, "Organization", cls)
        # 상무부 대변인: before a title, a body's name too short to be read alone
        if slot is None and self.names_state_body(self.stem(word), word) and self.free(start, end):
            slot = OrgSlot(start, end, "Organization", "GovernmentOrganization")
        slot = slot or self.org_phrase_after_name(i) or self.unit_of_organization(i)
        if slot is not None and (slot.existing or slot.cls != "Organization" or not self.may_be_person(i)):
            return slot
        if slot is None and opens_with_country(self.stem(word)) and not word.has_tail and self.free(start, end):
            return OrgSlot(start, end, "Organization", "Organization")  # 한국영상자료원 원장: a body of the country
        return None

    def local_place_at(self, i: int, title: Mention) -> OrgSlot | None:
        """`살타 주지사` in a story that writes `살타주` elsewhere: before the head of a local government, a
        word the article also writes with the suffix of what that head governs (주, 시, 군) names that place."""
        unit = LOCAL_HEADS.get(title.value or title.text, "")
        word = self.words[i]
        stem = self.stem(word)
        if len(unit) != 1 or word.has_tail or not HANGUL_ONLY.match(stem) or stem in lexicon.gazetteer() \
                or not self.free(word.start, word.stem_end):
            return None
        name = stem + unit
        at = self.body.find(name)
        while at > 0 and HANGUL_ONLY.match(self.body[at - 1]):  # (a word of its own, not the end of one)
            at = self.body.find(name, at + 1)
        if at < 0:
            return None
        suffix = lexicon.place_suffixes().match(name)
        return OrgSlot(word.start, word.stem_end, "Place", suffix.cls if suffix else "AdministrativeArea")

    def comma_after(self, i: int) -> bool:
        """Whether a comma, or a list's mark (▲ 예산실장 박지영), stands between word i and the next."""
        return any(mark in self.body[self.words[i].end:self.words[i + 1].start] for mark in (",", *LIST_MARKS))

    def is_unknown_company(self, i: int) -> bool:
        """`최재호 무학 회장`, `김경문 한화 감독`, `송치형 두나무 회장`: an unknown proper noun between a Korean
        full name and a title is where the person holds the post, not more of the name, even when it
        looks like a name itself: two syllables (한화), or three Kiwi has never seen, or the article names
        alone elsewhere (유도훈 정관장 감독 … 정관장을 꺾고), or that end like a body (김여정 노동당 부부장),
        unless a third name comes first (박문수 이몽룡 성춘향 전 장관: people listed). After a foreign name of
        two parts or more, so is a proper noun that can be no part of it (베를린 + 필), or any proper noun
        when Kiwi reads that name whole (마쓰우라 마사토 에이벡스 회장); and after 겸, one that names the second
        post's place (본부장 겸 포티투닷 대표). A modifier of the title may stand before it (김봉현 전
        스타모빌리티 회장)."""
        word = self.words[i]
        k = i - 1
        while k > 0 and self.stem(self.words[k]) in lexicon.title_modifiers() and not self.words[k].has_tail:
            k -= 1
        before = self.words[k] if k >= 0 else None
        if before is None or before.has_tail or not self.spaced(k, i):
            return False
        if self.stem(before) == "겸":  # AVP본부장 겸 포티투닷 대표: the second post is at the name after 겸
            return any(is_proper(t) for t in word.stem_tokens) and not self.is_korean_full_name(word)
        if self.stem(word) in lexicon.team_sponsors() and self.is_name_shaped(before):
            return True  # 손혁 한화 단장: the word a team is called by, after a name of two syllables too
        if not self.is_korean_full_name(before):  # 키릴 페트렌코 베를린필 상임지휘자: after a foreign name
            return k == i - 1 and (bool(self.multi_word_name(before)) or self.foreign_name_start(i - 1) < i - 1
                                   and not self.is_foreign_part(word)) \
                and any(is_proper(t) for t in word.stem_tokens) and self.stem(word) not in lexicon.title_modifiers()
        if self.is_company_called_by_a_word(word):
            return True
        if not word.stem_tokens or self.stem(word) in lexicon.title_modifiers() \
                or not all(t.tag in ("NNP", "SL", "SH") or t.oov for t in word.stem_tokens) \
                or is_field_business(self.stem(word)):
            return False
        unseen = all(t.oov for t in word.stem_tokens) or self.named_alone_elsewhere(word)
        ends_like_body = lexicon.org_suffixes().match(self.stem(word), slack=1) is not None  # 노동당
        return not self.is_name_shaped(word) or len(self.stem(word)) == 2 \
            or len(self.stem(word)) == 3 and (unseen or ends_like_body) and not self.is_listed_name(k)

    def is_company_called_by_a_word(self, word: Word) -> bool:
        """`안준형 오아시스 대표` … `오아시스는 티몬 지분을 사들였다`: a dictionary noun of three syllables or more
        between a Korean full name and a title, that the article also names on its own as a subject, is a
        company called by a word (an oasis), no field of the post."""
        stem = self.stem(word)
        return self.is_dictionary_noun(word) and len(stem) >= 3 and HANGUL_ONLY.match(stem) is not None \
            and stem not in lexicon.title_modifiers() and self.named_alone_elsewhere(word, SUBJECT_TAILS)

    def unknown_company_before(self, j: int, person: Mention) -> OrgSlot | None:
        """`빗썸 이재원 대표`, `무학 최재호 회장`: a proper noun no lexicon knows, right before a Korean full name
        and a title, is where the post is (a foreign name never ends in a Korean one); so is the word a
        known team is called by, before any name (한화 손혁 단장)."""
        word = self.words[j]
        if not self.spaced(j, j + 1) or " " in person.text:
            return None
        if self.stem(word) in lexicon.team_sponsors() and not word.has_tail and self.free(word.start, word.stem_end):
            return OrgSlot(word.start, word.stem_end, "Organization", "Corporation")
        return self.unnamed_company(word) if len(person.text) == 3 and not self.opens_name(j) else None

    def org_phrase_after_name(self, i: int) -> OrgSlot | None:
        """`노소영 아트센터 나비 관장`: between a Korean full name and a title, two words whose first ends
        like an organization (아트센터) name where the post is, though the second is a dictionary word."""
        if i < 2 or not self.spaced(i - 2, i) or any(w.has_tail for w in self.words[i - 2:i]):
            return None
        first, last = self.words[i - 1], self.words[i]
        suffix = lexicon.org_suffixes().match(self.stem(first))
        if suffix is None or not self.is_korean_full_name(self.words[i - 2]) or self.is_name_shaped(last) \
                or not self.free(first.start, last.stem_end):
            return None
        return OrgSlot(first.start, last.stem_end, "Organization", suffix.cls)

    def unit_of_organization(self, i: int) -> OrgSlot | None:
        """`문용문 현대차 노조 지부장`: an organization, then a noun for one of its bodies (노조, 이사회), is
        where the post is: that body, as `read_units` names it."""
        word, owner = self.words[i], self.words[i - 1] if i > 0 else None
        unit = lexicon.units().get(self.stem(word)) or self.branch_in_place(word)
        if unit is None or unit[1] != "body" or owner is None or owner.has_tail or not self.spaced(i - 1, i):
            return None
        above = self.org_slot(owner, owner.start, owner.stem_end)
        if above is None or above.kind != "Organization" or not self.free(owner.start, word.stem_end):
            return None
        return OrgSlot(owner.start, word.stem_end, "Organization", unit[0])

    def named_alone_elsewhere(self, word: Word, particles: Collection[str] = ALONE_PARTICLES) -> bool:
        """Whether the article names the word elsewhere on its own, with a particle (정관장을 꺾고; or one of
        `particles`). A plain search: a pattern compiled per word costs more than the rest of the rule."""
        stem, body = self.stem(word), self.body
        at = body.find(stem)
        while at >= 0:
            end = at + len(stem)
            if at != word.start and not HANGUL_ONLY.match(body[at - 1:at]) and body[end:end + 1] in particles \
                    and end + 1 < len(body) and not HANGUL_ONLY.match(body[end + 1]):
                return True
            at = body.find(stem, at + 1)
        return False

    def is_listed_name(self, i: int) -> bool:
        """Whether the Korean full name at i follows another name, as in a list."""
        return i > 0 and self.spaced(i - 1, i) and not self.words[i - 1].has_tail \
            and self.is_name_shaped(self.words[i - 1])

    def is_object(self, person: Mention) -> bool:
        """Whether the person, or the title written after the name, takes the object's particle (을, 를)."""
        return self.particle_after(person) in ("을", "를")

    def is_subject_of_clause(self, person: Mention) -> bool:
        """Whether the person, or the title written after the name, takes the subject's particle (이, 가)."""
        return self.particle_after(person) in ("이", "가")

    def particle_after(self, person: Mention) -> str:
        at = self.particle_at(person)
        return self.body[at:at + 1]

    def particle_at(self, person: Mention) -> int:
        """Where the particle after a person's name, post and courtesy (김보람씨가, 김범수 창업자가) is."""
        title = next((a.title for a in self.out.appositions if a.person is person), None)
        end = title.end if title is not None else person.end
        return end + 1 if self.body[end:end + 1] == "씨" else end

    def read_title_then_name(self, index: int, word: Word, title: Mention, org: OrgSlot | None,
                             former: bool) -> None:
        """`삼성전자 사장 김철수는`, `SK㈜ 신임 CEO 장동현 사장`: the name right after a bare title."""
        if word.has_tail or index + 1 >= len(self.words):
            return
        after = self.words[index + 1]
        if after.start > word.end + 1 or self.is_surname(after) or self.stem(after) in lexicon.event_nouns():
            return  # APEC CEO 서밋: the title names a gathering, no one
        known = lexicon.gazetteer().get(self.stem(after))
        bracketed = self.is_bracketed_name(word, after)
        if bracketed and index > 0:  # the organization outside the bracket, not its department
            # 한빛소프트(대표 김태윤): the name before the brackets is the company
            org = self.org_over_department(index - 1) or self.unnamed_company(self.words[index - 1]) or org
        parts = self.foreign_name_from(index + 1, titled=True)
        read = self.existing_person(after)  # 애플 CEO 팀 쿡은: a name the lexicon knows whole, read already
        if read is not None and read.start == after.start and " " in read.text:
            self.record(read, title, org, former)
            return
        # 대변인 태미 브루스는: two syllables that look Korean, then another name part, are a foreign name
        foreign = len(parts) >= 2 and len(self.stem(after)) == 2 \
            and all(any(is_proper(t) for t in w.stem_tokens) for w in parts)
        if (known and known.kind == "Person") or self.is_name_shaped(after) and not foreign or bracketed:
            person = self.existing_person(after) or (
                self.add_known(after.start, after.stem_end, known) if known else
                self.add(after.start, after.stem_end, "Person", "Person"))
        else:  # `CEO 팀 쿡은`, `감독 라울은`: a foreign name, one part or more, Kiwi reading them as names
            if not parts or any((self.is_dictionary_noun(w) or not is_proper(w.stem_tokens[0]))
                                and self.stem(w) not in GENERATIONAL for w in parts):
                return
            person = self.existing_person(after) or self.add_person(parts)
            if person is None:
                return
        self.record(person, title, org, former)
        for listed in self.names_listed_after(index + 1):  # 멤버 민지, 하니, 다니엘: all members
            self.record(listed, title, org, former)

    def names_listed_after(self, k: int) -> list[Mention]:
        """`멤버 민지, 하니, 다니엘, 해린, 혜인은`: after a title and a name, the names listed with commas share
        the title, up to the one a particle ends; Kiwi may read one as a verb (하 + 니), whose whole word is
        then the name. A dictionary noun, or a name the lexicon knows as something else, ends the list."""
        found: list[Mention] = []
        while k + 1 < len(self.words) and self.body[self.words[k].end:self.words[k + 1].start] == ", " \
                and (self.stem(self.words[k]) == "" or not self.words[k].has_tail):
            word = self.words[k + 1]
            end = word.stem_end if self.stem(word) else word.end
            written = self.body[word.start:end]
            if not (HANGUL_ONLY.match(written) and 2 <= len(written) <= 4) or self.is_dictionary_noun(word) \
                    or written in COMMON_NOUNS or written in lexicon.gazetteer():
                break
            guess = self.guess_at(word)
            person = self.existing_person(word) or (self.retype(guess, "Person", "Person") if guess else None) \
                or (self.add(word.start, end, "Person", "Person") if self.free(word.start, end) else None)
            if person is None:
                break
            found.append(person)
            k += 1
        return found

    def unnamed_company(self, word: Word) -> OrgSlot | None:
        """A proper noun no lexicon knows, or dictionary words with an organization's ending (누리 + 은행), that
        is no name: beside a name and a post, where the post is."""
        suffix = lexicon.org_suffixes().match(self.stem(word))
        if word.has_tail or not (self.is_unknown_proper(word) or suffix) or self.is_name_shaped(word) \
                or not self.free(word.start, word.stem_end):
            return None
        return OrgSlot(word.start, word.stem_end, "Organization", suffix.cls if suffix else "Corporation")

    def is_bracketed_name(self, title: Word, after: Word) -> bool:
        """`(부장검사 박정민)`, `(재판장 홍길동)`: alone in brackets after a title, three syllables from a
        family name are a name, however Kiwi cuts them (박정/XR 민/NNG)."""
        stem = self.stem(after)
        return (self.body[title.start - 1:title.start] == "(" and self.body[after.stem_end:after.stem_end + 1] == ")"
                and len(stem) == 3 and HANGUL_ONLY.match(stem) is not None and stem[0] in lexicon.surnames())

    def org_over_department(self, i: int) -> OrgSlot | None:
        """The organization word i names or, when it names a department (`서울중앙지검 형사3부(부장검사 박정민)`,
        `서울대병원 감염내과 김남중 교수`, `카이스트(KAIST) 생명과학과 김진수 교수`), the one the department
        belongs to, over a bracketed alias: 형사합의21부 is no ministry."""
        word = self.words[i]
        department = self.is_department(word) and self.known_kind(word) not in ("Organization", "Place")
        if department and i > 0:
            k = i - 1 if i < 2 or not self.words[i - 1].bracketed else i - 2
            above_word = self.words[k]
            between = re.sub(r"\([^()]*\)", "", self.body[above_word.end:word.start])
            # (the topic of the sentence too: KAIST는 물리학과 김지훈 교수 연구팀이 …)
            if (not above_word.has_tail or self.tail(above_word) in ("은", "는")) and not between.strip():
                above = self.org_slot(above_word, above_word.start, above_word.stem_end)
                if above is not None:
                    return above
        if word.has_tail and self.tail(word) != "의":
            return None
        slot = self.org_slot(word, word.start, word.stem_end)
        if slot is None and self.tail(word) == "의" and self.free(word.start, word.stem_end) and (
                self.is_unknown_proper(word) and not self.is_name_shaped(word)
                or self.stem(word) in lexicon.team_sponsors()):
            # 일본유신회의 요시무라 히로후미 대표, 한화의 김경문 감독: where the post is
            return OrgSlot(word.start, word.stem_end, "Organization", "Organization")
        return slot

    def is_field_division(self, i: int) -> bool:
        """`배터리 부문`, `반도체 사업부`: a noun for a company's division, written after the field it works in
        (a dictionary noun or Latin letters: DS 부문), between a company and a title."""
        if i < 1 or self.stem(self.words[i]) not in DIVISIONS or not self.spaced(i - 1, i):
            return False
        field = self.words[i - 1]
        return not field.has_tail and (self.is_dictionary_noun(field) or LATIN.fullmatch(self.stem(field)) is not None)

    def field_of_post_start(self, i: int) -> int | None:
        """`글로벌 정책`, `해외 영업`: up to three dictionary nouns ending at word i, written apart between an
        organization and a title, say what the post covers. The index of the first, when an organization stands
        right before them; else None, and the nouns may be no post's field at all."""
        k = i
        while k >= 0 and i - k < 3 and self.is_field_word(k):
            k -= 1
        if k == i or k < 0 or not self.spaced(k, i):
            return None
        slot = self.org_before_title(k)
        return k + 1 if slot is not None and slot.kind == "Organization" else None

    def is_field_word(self, k: int) -> bool:
        """A word that may name a post's field: a dictionary noun with nothing after it, that names no body of
        its own (`카타르 외무부 대변인`: the ministry's spokesman; `현대차 노조 지부장`: the union's)."""
        word = self.words[k]
        stem = self.stem(word)
        return not word.has_tail and not word.bracketed and self.is_dictionary_noun(word) \
            and lexicon.lookup(stem) is None and stem not in lexicon.units() \
            and self.org_slot(word, word.start, word.stem_end) is None

    def is_department(self, word: Word) -> bool:
        """감염내과, 형사3부, 경영지원실; and 생명과학과, which Kiwi reads as 생명과학 and the particle 과. Two
        syllables are a name's (조국 대표), not a department's."""
        stem = self.stem(word)
        # (but 2부 is a court's division, and 외과, 내과 a hospital's, read as one dictionary noun)
        clinic = stem.endswith("과") and [(t.form, t.tag) for t in word.stem_tokens] == [(stem, "NNG")]
        named = len(stem) == 2 and not any(c.isdigit() for c in stem) and not clinic
        return (DEPARTMENT.fullmatch(stem) is not None and not word.has_tail and not named
                or stem.endswith("학") and self.tail(word) == "과")

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
        (질병관리본부|장, 예결위|원장), or a name ending in what the title heads (서울대병원|장), else after
        one shared letter (안성시|장)."""
        for end in range(word.stem_end - 1, title.start, -1):
            if self.body[word.start:end] in lexicon.gazetteer():
                return end
        if self.classify(word, word.start, title.start + 1) in (("Place", c) for c in PLACE_CLASSES):
            return title.start + 1  # 북구|청장: a district's head heads the district, not its office (북구청)
        unit = title.value[:-1]  # 병원장 heads a 병원: 서울대병원|장
        if title.value.endswith("장") and len(unit) >= 2 and self.body.startswith(unit, title.start) \
                and lexicon.org_suffixes().match(self.body[word.start:title.start + len(unit)]) is not None:
            return title.start + len(unit)
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
        """The mention a slot names: the one read there already (the slot of names listed with one title is
        committed for each), or a new one."""
        if slot.existing is not None:
            return slot.existing
        same = next((m for m in self.out.mentions if (m.start, m.end, m.kind) == (slot.start, slot.end, slot.kind)),
                    None)
        if same is not None:
            return same
        known = lexicon.lookup(slot.known_as or self.body[slot.start:slot.end])
        if known:
            return self.add_known(slot.start, slot.end, known)
        return self.add(slot.start, slot.end, slot.kind, slot.cls)

    def state_of_governor(self, org: OrgSlot | None, title: Mention) -> OrgSlot | None:
        """`조지아 주지사`, `뉴욕 주지사`: a state's governor governs the state named like the country or
        the city before the title (조지아주, 뉴욕주)."""
        if org is None or org.existing is not None or title.value != "주지사":
            return org
        text = self.body[org.start:org.end]
        known, state = lexicon.gazetteer().get(text), lexicon.gazetteer().get(text + "주")
        if known is None or known.cls == "AdministrativeArea" or state is None or state.cls != "AdministrativeArea":
            return org
        return replace(org, kind="Place", cls="AdministrativeArea", known_as=text + "주")
