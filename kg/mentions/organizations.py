"""Organizations: known names, companies written apart, foreign bodies, media, bodies of an organization."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import lexicon
from kg.mentions.base import ReaderBase, is_of_a_country, is_verbal
from kg.mentions.patterns import (
    AROUND,
    BRANCH_NOUNS,
    DAY_NAMED,
    ESTABLISH,
    FACILITIES,
    FIELD_PLACES,
    FOREIGN_SYLLABLES,
    LATIN,
    MILITARY_UNIT,
    MISSIONS,
    OWNER_KINDS,
    PARTICLES,
    PLATFORM_PARTS,
    POSTED_ON,
    POSTED_TO,
    POSTING,
    QUOTED_NAME,
    REGIONAL_ARMS,
    REPORTER_TAILS,
    STOCK_CODE,
)
from kg.words import HANGUL_ONLY, Word, is_proper

#: an age group a national team plays in: U-23, U20
AGE_GROUP = re.compile(r"U-?\d{2}")


class OrganizationReader(ReaderBase):
    """The passes that find organizations."""

    def share_list_organizations(self) -> None:
        """`정진석 국민의힘 비대위원장과 주호영 원내대표`: the second post shares the first one's organization
        (not when something stands between the name and the post: 홍길동 대통령 비서실장; nor when one is a
        Korean's name and the other a foreigner's: 조현 외교부 장관과 모테기 도시미쓰 외무상; nor to a licensed
        profession after another post: 김철수 서울고법 부장판사와 이영희 변호사; nor to the other side, named with
        와 after a comma: 다카이치 일본 총리, 이재명 대통령과)."""
        here = [a for a in self.out.appositions if a.title.sentence == self.sentence.index]
        for first, second in zip(here, here[1:], strict=False):
            between = self.body[first.title.end:second.person.start].strip()
            # 다카이치 일본 총리, 이재명 대통령과 정상회담: after a comma, one named with 와 is the other side
            partner = between == "," and self.body.startswith(("과", "와"), second.title.end)
            joined = between in ("과", "와", ",", "·", "및") and not partner
            bare = not self.body[second.person.end:second.title.start].strip()
            alike = (" " in first.person.text) == (" " in second.person.text)
            own = second.title.value in lexicon.professions() and first.title.value not in lexicon.professions()
            if joined and bare and alike and second.org is None and first.org is not None \
                    and not second.person.surname and not own:
                self.out.appositions[self.out.appositions.index(second)] = replace(second, org=first.org)

    def read_multiword_known(self) -> None:
        """Gazetteer names of two or three words (용산 대통령실, 도널드 트럼프), also when the gazetteer
        writes them as one (모건 스탠리: 모건스탠리)."""
        table = lexicon.gazetteer()
        for i in range(len(self.words)):
            for n in (3, 2):
                if i + n > len(self.words) or not self.spaced(i, i + n - 1):
                    continue
                first, last = self.words[i], self.words[i + n - 1]
                # (a last part Kiwi reads as a verb has no stem: 립부 탄, 타 + ㄴ)
                end = last.stem_end if last.stem_end > last.start else last.end
                text = self.body[first.start:end]
                known = table.get(text)
                # written apart, only names are one (`한국 은행` may be any Korean bank, `서울 대` a
                # match), or a group's Latin letters and its company (LG 에너지솔루션)
                parts = self.words[i:i + n]
                if known is None and (LATIN.match(self.stem(first)) or all(self.is_name_part(w) for w in parts)):
                    known = table.get(text.replace(" ", ""))
                if known is not None and self.free(first.start, end):
                    self.add_known(first.start, end, known)
                    break

    def read_known_names_misread(self) -> None:
        """`에니가/NNG`, `에니로부터` (에/JKB 니/NNG 로부터): a word written as a name the gazetteer knows and a
        particle is that name, though Kiwi, not knowing a short name, reads the word otherwise: as one word it
        does not know, or in pieces. Not a word Kiwi knows whole (제주도, 고양이: no 제주 + 도, 고양 + 이)."""
        table = lexicon.gazetteer()
        for index, word in enumerate(self.words):
            written = self.body[word.start:word.end]
            if not written.endswith(PARTICLES):  # most words: a quick no
                continue
            name = next((written[:-len(p)] for p in PARTICLES
                         if written.endswith(p) and written[:-len(p)] in table), "")
            end = word.start + len(name)
            if len(name) < 2 or not HANGUL_ONLY.match(name) or not self.free(word.start, end):
                continue
            across = [t for t in word.tokens if t.start < end < t.end]
            whole = any(t.form == name for t in word.tokens) or any(not t.oov for t in across)
            if not whole:  # the particle ends the noun phrase, though Kiwi read it into the name
                self.add_known_unless_cued(word.start, end, table[name], self.cue_before(index, ended=True))

    def is_name_part(self, word: Word) -> bool:
        """A word of two letters or more that Kiwi reads as a proper noun or does not know."""
        return len(self.stem(word)) >= 2 and all(is_proper(t) for t in word.stem_tokens)

    def read_cued_publications(self) -> None:
        """`학술지 네이처 케미컬 바이올로지에`: after a noun for a journal or a paper, foreign titles run over
        several words, each one morpheme, up to the one the particle ends (not into 최신 + 호 after it);
        a quoted title is whole, whatever its words (국제학술지 '저널 오브 헤파톨로지')."""
        for i, cue in enumerate(self.words[:-2]):
            if self.cue_of(cue) != "NewsMediaOrganization" or cue.has_tail:
                continue
            quoted = QUOTED_NAME.match(self.body, cue.end + 1) if self.body[cue.end:cue.end + 1] == " " else None
            if quoted is not None:
                start, end = quoted.span(1)
                if all(m.kind == "Concept" for m in self.inside(start, end)):
                    self.replace_span(start, end, "Organization", "NewsMediaOrganization")
                continue
            parts: list[Word] = []
            for k in range(i + 1, min(i + 6, len(self.words))):
                if not self.spaced(k - 1, k) or not self.is_title_word(self.words[k]):
                    break
                parts.append(self.words[k])
                if self.words[k].has_tail:
                    break
            if len(parts) >= 2 and any(is_proper(t) for t in parts[0].stem_tokens) \
                    and self.free(parts[0].start, parts[-1].stem_end):
                self.add(parts[0].start, parts[-1].stem_end, "Organization", "NewsMediaOrganization")

    def is_title_word(self, word: Word) -> bool:
        """One proper noun or foreign word; a common noun only if long or foreign as loanwords are (바이올로지,
        커뮤니케이션스), not a short native one (학술지 네이처 논문에서, 르몽드 보도에) nor a title (기자)."""
        stem = self.stem(word)
        if len(word.stem_tokens) != 1 or stem in lexicon.titles() or stem in lexicon.cues():
            return False
        token = word.stem_tokens[0]
        return is_proper(token) or token.tag == "NNG" and (len(stem) >= 3 or bool(set(stem) & FOREIGN_SYLLABLES))

    def read_spaced_companies(self) -> None:
        """`YG 엔터테인먼트`, `SK 텔레콤`: a name, then a company suffix of three letters or more written
        as a word of its own, are one company's name (shorter ones are common words: 화재, 생명)."""
        suffixes = lexicon.org_suffixes().by_text
        for i in range(1, len(self.words)):
            name, word = self.words[i - 1], self.words[i]
            if self.is_regional_arm(i):
                self.add(name.start, word.stem_end, "Organization", "Corporation")
                continue
            suffix = suffixes.get(self.stem(word))
            # 한빛 주식회사: the company's legal form is no part of its name
            if suffix is None or suffix.cls != "Corporation" or len(suffix.text) < 3 \
                    or suffix.text in lexicon.CORPORATE_MARKS:
                continue
            if name.has_tail or not self.spaced(i - 1, i) or not any(is_proper(t) for t in name.stem_tokens):
                continue
            if self.is_korean_full_name(name):  # 박지홍 자동차 정책관: a person, then the field of his post
                continue
            if is_of_a_country(self.stem(name)):
                continue  # 한국산 자동차: cars made in Korea, no company
            if i + 1 < len(self.words) and not word.has_tail and self.stem(self.words[i + 1]) in FIELD_PLACES:
                continue  # 오송 바이오 클러스터: a field's cluster in a place, no company
            known = lexicon.gazetteer().get(self.stem(name) + suffix.text)  # LG 디스플레이 is LG디스플레이
            if known is not None and self.free(name.start, word.stem_end):
                self.add_known(name.start, word.stem_end, known)
            elif self.free(name.start, word.stem_end) and self.names_no_other_kind(name):
                self.add(name.start, word.stem_end, "Organization", "Corporation")

    def names_no_other_kind(self, word: Word) -> bool:
        """Whether a word the gazetteer knows, if any, names a company: 알리바바 (알리바바 인터내셔널 is its
        arm), but not 일본 (일본 출판사 is a kind of company)."""
        known = lexicon.gazetteer().get(self.stem(word))
        return known is None or known.cls == "Corporation"

    def read_national_branches(self) -> None:
        """`유니세프 한국위원회`, `국제앰네스티 한국지부`: a known body, then a word of a country's name and a
        body's ending, is its national branch: one organization of its own (a city's branch, 전교조 서울지부, is
        a unit of the body, read apart)."""
        for i in range(1, len(self.words)):
            name, word = self.words[i - 1], self.words[i]
            known = lexicon.gazetteer().get(self.stem(name))
            branch = self.stem(word)
            suffix = lexicon.org_suffixes().match(branch)
            place = lexicon.gazetteer().get(branch[:-len(suffix.text)]) if suffix else None
            if known is None or known.cls not in ("Organization", "GovernmentOrganization") or name.has_tail \
                    or not self.spaced(i - 1, i) or place is None or place.cls != "Country":
                continue
            if self.free(name.start, word.stem_end):
                self.add(name.start, word.stem_end, "Organization", "Organization")

    def is_regional_arm(self, i: int) -> bool:
        """`넷플릭스 코리아`, `현대차 인디아`: a known company, then a region's English name as a word of its
        own, is the company's arm there, a company of its own."""
        name, word = self.words[i - 1], self.words[i]
        known = lexicon.gazetteer().get(self.stem(name))
        return self.stem(word) in REGIONAL_ARMS and known is not None and known.cls == "Corporation" \
            and not name.has_tail and self.spaced(i - 1, i) and self.free(name.start, word.stem_end)

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
        self.read_missions_abroad()

    def read_missions_abroad(self) -> None:
        """`주캄보디아 한국대사관`, `주중 한국대사관`: a mission is named with where it is posted, as a
        country has one in many places; one in Korea (주한 미국대사관) is named by its country alone."""
        for i, (posting, mission) in enumerate(zip(self.words, self.words[1:], strict=False)):
            where = self.stem(posting)[1:]
            known = lexicon.gazetteer().get(where)
            posted = POSTING.match(self.stem(posting)) or known is not None and known.cls == "Country"
            if (not self.stem(posting).startswith("주") or not posted or where == "한" or posting.has_tail
                    or not self.spaced(i, i + 1) or not self.stem(mission).endswith(MISSIONS)):
                continue
            found = self.classify(mission, mission.start, mission.stem_end)
            if found is not None and self.free(posting.start, mission.stem_end):
                self.add(posting.start, mission.stem_end, *found)

    def read_foreign_bodies(self) -> None:
        """`중국 공안부`, `중국 외교부`, `미 해군`: after another country's name, a noun ending like a
        government body (공안부 would be too short alone), or a body every state has, names that
        country's body, and the name holds the country: 외교부 alone is Korea's."""
        for i, before in enumerate(self.words[:-1]):
            k = i + 1
            while k < len(self.words) - 1 and self.words[k].bracketed:  # 아랍에미리트(UAE) 원자력공사: past the gloss
                k += 1
            word = self.words[k]
            country = lexicon.gazetteer().get(self.stem(before))
            if before.has_tail or country is None or country.cls != "Country" or country.label == "대한민국" \
                    or self.body[self.words[k - 1].end:word.start].removeprefix(")" * (k > i + 1)) != " " \
                    or self.classify(before, before.start, before.stem_end) is None:
                continue
            stem = self.stem(word)
            if stem in lexicon.titles():  # 중국 외교부장: a post, read with its holder
                continue
            # 캐나다 하원의장: a body every state has, fused with the title of its head
            fused = next((stem[:k] for k in range(2, len(stem) - 1)
                          if stem[:k] in lexicon.generic_bodies() and stem[k:] in lexicon.titles()), None)
            if fused is not None:
                stem = fused
            elif stem.endswith("장") and len(stem) >= 4 and stem not in lexicon.generic_bodies():  # 공업부장: its head
                stem = stem[:-1]
            generic = stem in lexicon.generic_bodies() and stem != "정부"  # 중국 정부 is the state itself
            if (generic or self.names_state_body(stem, word)) and self.free(before.start, word.start + len(stem)):
                self.add(before.start, word.start + len(stem), "Organization", "GovernmentOrganization")

    def read_bodies_named_after_days(self) -> None:
        """`4·16재단`, `2·28민주운동기념사업회`: month·day, then a word that ends like a body, is a body named
        after the day it remembers; the words split at the dot (4 and 16재단)."""
        if "·" not in self.sentence.text:
            return
        for before, word in zip(self.words, self.words[1:], strict=False):
            named = self.body[before.start:word.stem_end]
            body = lexicon.org_suffixes().match(named) if DAY_NAMED.fullmatch(named) else None
            if body is not None and self.free(before.start, word.stem_end):
                self.add(before.start, word.stem_end, "Organization", body.cls)

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
            # 투자협약…"반도체 클러스터: a phrase runs over spaces only, not into a quote that opens
            while first > 0 and index - first < 4 and self.spaced(first - 1, first) \
                    and self.is_phrase_noun(self.words[first - 1]):
                first -= 1
            # 데이터센터 구축: a facility noun alone, no name of one, names nothing
            alone = first == index - 1 and not any(is_proper(t) for t in head.stem_tokens)
            start = self.words[first].start
            if not alone and self.free(start, head.stem_end):
                suffix = lexicon.org_suffixes().match(stem)
                self.add(start, head.stem_end, "Organization", suffix.cls if suffix else "Organization")

    def is_phrase_noun(self, word: Word) -> bool:
        """A word that may modify the next in a noun phrase: 지능형, 반도체 (no particle, nouns only; not
        the area around a place, 남사읍 일대, which says where)."""
        return (not word.has_tail and bool(self.stem(word)) and self.free(word.start, word.stem_end)
                and self.stem(word) not in AROUND
                and all(t.tag.startswith(("NN", "XSN", "XPN", "SL")) for t in word.stem_tokens))

    def is_posted_on(self, index: int) -> bool:
        """`페이스북에 글을 올렸다`, `유튜브로 공개했다`, `공식 페이스북 계정`: a platform where something
        is posted, or whose account or page is meant, is a medium, not an actor in the story."""
        word = self.words[index]
        if self.stem(word) not in lexicon.platforms():
            return False
        after = self.words[index + 1] if index + 1 < len(self.words) else None
        on_page = not word.has_tail and after is not None and self.spaced(index, index + 1) \
            and self.stem(after) in PLATFORM_PARTS
        return on_page or self.tail(word).startswith(POSTED_ON)

    def read_reporting_media(self) -> None:
        """`왕이닷컴이 17일 보도했다`, `데일리스타 보도에 따르면`, `한빛넷이 9일 전했다`: an unknown name
        that reports, or whose report is cited, is a news outlet."""
        if "보도" not in self.sentence.text and "전했" not in self.sentence.text:
            return
        for i, word in enumerate(self.words):
            name = self.mention_at(word, "Concept")
            if name is None or self.tail(word) not in REPORTER_TAILS:
                continue
            reach = 1 if self.tail(word) in ("", "의") else 3  # the report itself, or the verb a little later
            report = next((j for j in range(i + 1, min(i + 1 + reach, len(self.words)))
                           if self.is_report(self.words[j], subject=reach > 1)), None)
            # only a date or the like between: in `스마프가 존속한다고 보도`, another verb has the subject;
            # and no one it is told to: `카리나는 팬들에게 손편지를 전했다` is a person's message
            between = self.words[i + 1:report] if report is not None else []
            if report is not None and not any(is_verbal(t) for w in between for t in w.tokens) \
                    and not any(self.tail(w).startswith(("에게", "께")) for w in between):
                self.retype(name, "Organization", "NewsMediaOrganization")

    def read_listed_companies(self) -> None:
        """`한화(000880) 김승연 회장`: a name followed by a six-digit stock code is a listed company's."""
        if "(" not in self.sentence.text:
            return
        for word in self.words:
            if word.has_tail or not STOCK_CODE.match(self.body, word.stem_end) \
                    or not self.free(word.start, word.stem_end) or not word.stem_tokens:
                continue
            known = lexicon.gazetteer().get(self.stem(word))
            if known is not None:
                self.add_known(word.start, word.stem_end, known)
            elif all(t.tag.startswith(("NN", "SL", "SN")) for t in word.stem_tokens):
                self.add(word.start, word.stem_end, "Organization", "Corporation")

    def read_organizations_by_position(self) -> None:
        """`한빛소재 측은`, `누리랩 관계자는`: an unknown name before a noun such as 관계자 or 노조 is an
        organization's, also with its letters in brackets between (`에스알(SR) 관계자는`)."""
        for i, word in enumerate(self.words[:-1]):
            j = i + 1
            if self.words[j].bracketed and self.body[word.end:word.end + 1] == "(" and j + 1 < len(self.words) \
                    and self.body[self.words[j].end:self.words[j + 1].start] == ") ":
                j += 1  # past the letters in brackets
            after = self.words[j].stem_tokens
            if word.has_tail or not (j > i + 1 or self.spaced(i, j)) or not after \
                    or after[0].form not in lexicon.organization_nouns():
                continue
            if (name := self.guess_at(word)) is not None:
                self.retype(name, "Organization", "Organization")

    def is_report(self, word: Word, subject: bool) -> bool:
        """보도 (a report, or reported), or for a subject 전했다 (passed on the news)."""
        first = word.tokens[0]
        return self.stem(word).startswith("보도") or subject and first.form == "전하" and first.tag == "VV"

    def read_military_units(self) -> None:
        """`육군 제7보병사단`, `해병대 2사단`: a numbered unit of the armed forces is a body of its own, which
        Kiwi cuts into a number and nouns."""
        for match in MILITARY_UNIT.finditer(self.sentence.text):
            start, end = self.sentence.start + match.start(), self.sentence.start + match.end()
            if not self.free(start, end):
                continue
            # named with its service, which tells one 2사단 from another: 해병대 2사단, 미 해군 제7함대
            service = next((m for m in self.out.mentions if m.kind == "Organization" and m.end == start - 1
                            and m.text.endswith(("육군", "해군", "공군", "해병대"))), None)
            if service is not None and self.body[start - 1] == " ":
                self.replace_span(service.start, end, "Organization", "GovernmentOrganization")
            else:
                self.add(start, end, "Organization", "GovernmentOrganization")

    def read_units(self) -> None:
        """`한국일보 노조`, `미국 대표단`, `이란 축구대표팀`: a known organization or country, then a noun
        for one of its bodies, names that body; a person, then 재단 or 행정부, the body named after them
        (마르셀 뒤샹 재단); a place, then 대학 or 경찰서, the one named after it (콜로라도 대학)."""
        for i in range(1, len(self.words)):
            word, owner = self.words[i], self.words[i - 1]
            branch = self.branch_in_place(word)
            unit = lexicon.units().get(self.stem(word)) or branch
            if unit is None or owner.has_tail or not self.spaced(i - 1, i):
                continue
            cls, after = unit
            if after == "event":  # 평창동계올림픽 조직위원회: the committee of what is named before it
                inside = self.inside(owner.start, word.stem_end)
                if any(is_proper(t) for t in owner.stem_tokens) and not self.crosses(owner.start, word.stem_end) \
                        and all(m.kind in ("Place", "Concept", "Organization") for m in inside):
                    self.replace_span(owner.start, word.stem_end, "Organization", cls)
                continue
            kinds = OWNER_KINDS[after]
            # (U-23 대표팀: an age group's national team)
            named = next((m for m in self.out.mentions if m.end == owner.stem_end and m.start <= owner.start
                          and (m.kind in kinds or m.cls in kinds
                               or cls == "SportsTeam" and AGE_GROUP.fullmatch(m.text))), None)
            # the unit may have been read as a team of its own already (축구대표팀)
            # 미국법인: the place is the branch's; 포항지청: a branch the lexicon knows of another body
            unit_read = [m for m in self.inside(word.start, word.stem_end) if m.kind == "Organization" and not m.key
                         or branch and m.kind in ("Place", "Organization")]
            if named is None or not (unit_read or self.free(word.start, word.stem_end)):
                continue
            if any(ap.org is not None and (ap.org.start, ap.org.end) == (named.start, named.end)
                   and self.stem(word) + (ap.title.value or ap.title.text) in lexicon.titles()
                   for ap in self.out.appositions):
                continue  # 이해진 네이버 이사회 의장: the post (이사회 의장) is held at the company, read so already
            # 현대차 미국법인: a company's branch is a company too, a ministry's a government body
            self.replace_span(named.start, word.stem_end, "Organization",
                              named.cls if branch and named.kind == "Organization" else cls)

    def read_branches_written_apart(self) -> None:
        """`한빛전자 미국 법인과`, `한빛은행 런던 지점`: an organization, a place and a noun for a branch, each a
        word of its own, are the organization's branch there, as `한빛전자 미국법인` is written in one word."""
        for i in range(2, len(self.words)):
            company, place, branch = self.words[i - 2], self.words[i - 1], self.words[i]
            if self.stem(branch) not in BRANCH_NOUNS or company.has_tail or place.has_tail \
                    or not self.spaced(i - 2, i) or self.mention_at(place, "Place") is None:
                continue
            owner = next((m for m in self.out.mentions if m.kind == "Organization" and m.end == company.stem_end), None)
            if owner is not None:
                self.replace_span(owner.start, branch.stem_end, "Organization", owner.cls)

    def read_company_committees(self) -> None:
        """`한빛그룹 ESG위원회`: a committee no lexicon knows, right after a company, is the company's and no
        state's (its ending, 위원회, made it a public body)."""
        companies = {m.end for m in self.out.mentions if m.cls == "Corporation"}
        for committee in [m for m in self.out.mentions if m.cls == "GovernmentOrganization" and m.key is None]:
            if committee.text.endswith("위원회") and committee.start - 1 in companies \
                    and self.body[committee.start - 1] == " ":
                self.retype(committee, "Organization", "Organization")

    def read_music_groups(self) -> None:
        """`라니아 멤버 알렉산드라`: an unknown name before 멤버 is a music group's (read before titles,
        so that the member's post names the group)."""
        for index, word in enumerate(self.words[:-1]):
            after = self.words[index + 1]
            if word.has_tail or self.stem(after) not in ("멤버", "멤버들") or not self.is_unknown_proper(word):
                continue
            if self.stem(word) not in lexicon.gazetteer() and self.free(word.start, word.stem_end):
                self.add(word.start, word.stem_end, "Organization", "MusicGroup")

