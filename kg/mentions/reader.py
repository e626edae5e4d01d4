"""The sentence reader: the passes in their order, and the rules that need every kind at once
(lists, single words, aliases)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from kg import lexicon
from kg.analyze import INTERPUNCT, Token, reads_alone_as_common_noun
from kg.dates import find_dates
from kg.mentions.model import AliasPair, Mentions
from kg.mentions.organizations import OrganizationReader
from kg.mentions.patterns import (
    ACRONYM,
    ADMINISTRATIVE,
    AGE_AFTER_NAME,
    BRACKET,
    COMMON_NOUNS,
    COUNTDOWN,
    COUNTRY_SYLLABLES,
    ENGLISH_PHRASE,
    HANJA,
    LATIN,
    LIST_ENDS,
    LIST_SEPARATORS,
    LOCAL_GOVERNMENTS,
    MODEL_CODE,
    NAME_KINDS,
    QUOTATION,
    QUOTE_MARKS,
    SPLIT_TAGS,
    SUBJECT_TAILS,
)
from kg.mentions.people import PeopleReader, is_death_in_family
from kg.mentions.places import PlaceReader, is_compared_period
from kg.mentions.titles import TitleReader
from kg.words import HANGUL_ONLY, Word, is_proper

#: the marks between a route's stops: 인천~나리타, 서울→부산
ROUTE_MARKS = ("~", "→")


class SentenceReader(PeopleReader, TitleReader, OrganizationReader, PlaceReader):
    """Reads one sentence's words into mentions, appositions and alias pairs, pass by pass."""

    def read(self) -> Mentions:
        """Run the passes in order. A pass claims the spans it names and later passes leave them
        alone, so surer evidence reads first (known names, titles, cues, ages) and guesses by shape
        later; the last passes only join, retype or relate what is already found."""
        self.read_national_branches()
        self.read_multiword_known()
        self.read_known_names_misread()
        self.read_cued_publications()
        self.read_spaced_companies()
        self.read_listed_companies()
        self.read_music_groups()
        self.read_postings_abroad()
        self.read_foreign_bodies()
        self.read_bodies_named_after_days()
        self.read_regnal_names()
        self.read_titles()
        self.read_copula_titles()
        self.share_list_organizations()
        self.read_quoted_names()
        self.read_planned_facilities()
        self.read_camps()
        self.read_routes()
        self.read_opened_foreign_names()
        self.read_honorific_names()
        self.read_aged_names()
        self.read_names_glossed_in_hanja()
        self.read_names_with_team()
        self.read_team_players()
        self.read_cued_foreign_names()
        self.read_family_names()
        self.read_roles()
        self.read_single_words()
        self.read_group_members()
        self.read_reporting_media()
        self.read_subjects_by_predicate()
        self.read_subjects_by_copula()
        self.read_animate_particles()
        self.read_people_by_position()
        self.read_places_by_position()
        self.read_mountain_parts()
        self.read_organizations_by_position()
        self.read_municipalities()
        self.read_datelines()
        self.read_towns_in_states()
        self.read_towns_by_particle()
        self.read_address_levels()
        self.read_numbered_streets()
        self.read_venues()
        self.read_military_units()
        self.read_playing_places()
        self.read_opponents()
        self.read_units()
        self.read_branches_written_apart()
        self.read_company_committees()
        self.read_coordinated_names()
        self.read_lists()
        self.read_kin_groups()
        self.read_glossed_names()
        self.read_aliases()
        self.read_appointments()
        self.read_careers()
        self.read_posts_taken_on()
        self.read_anonymous_people()
        self.join_unknown_names()
        self.drop_names_in_titles_of_works()
        return self.out

    def drop_names_in_titles_of_works(self) -> None:
        """`봉준호 감독의 신작 '미키 17'`, `'갤럭시 언팩 2026' 행사`, `'대구경북 행정통합 합의서'`: an unknown name
        in a work's, an event's or an agreement's quoted title names it, not an actor of the story. People,
        organizations and places named there are kept (영화 '한나 아렌트')."""
        for match in QUOTATION.finditer(self.sentence.text):
            before = self.sentence.text[:match.start()].split()
            after = self.sentence.text[match.end():].split()[:1]
            work = before and before[-1].rstrip("의") in lexicon.work_nouns()
            event = after and re.sub(r"(?:을|를|은|는|이|가|의|에|에서)$", "", after[0]) in lexicon.event_nouns()
            title = match.group().strip("'\"‘’“”")
            agreement = title.removesuffix("서").endswith(tuple(lexicon.agreement_types()))  # 협약(서), 합의(서)
            if not (work or event or agreement):
                continue
            start, end = self.sentence.start + match.start(), self.sentence.start + match.end()
            for m in self.inside(start, end):
                if m.kind == "Concept" and m.cls == "Name":
                    self.out.mentions.remove(m)

    def read_lists(self) -> None:
        """`A·B·C`, `A, B, C`, `A→B→C` (a route): unknown names in a list take the kind the known names in
        it share.

        A noun item no rule named at all (Kiwi may read 한경대 as 한 + 경대 in a sentence) joins too.
        """
        run: list[Word] = []
        for a, b in zip(self.words, self.words[1:], strict=False):
            if self.body[a.stem_end:b.start].translate(INTERPUNCT) in LIST_SEPARATORS and not a.has_tail:
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
        # `중동·북아프리카 국가` the dotted pair does modify it together); nor does a noun with the copula,
        # which describes the name after it (`A, 산하단체인 B`)
        modifies = comma and not self.ends_noun_phrase(last) and self.stem(self.words[last + 1]) not in LIST_ENDS
        if modifies or self.tail(words[-1]) in ("인", "이자"):
            words = words[:-1]
        opens = words[0] is self.words[0] or self.body[words[0].start - 1] in QUOTE_MARKS
        if comma and (opens or len(words) == 2) and self.is_headline():
            # `북한, 동해상으로 미사일 발사`, `합참 "북한, 동해상으로 …"`: a headline's comma marks its topic,
            # and so does one in the quote it opens, or after a topic of several words (… 장남 서진석, 이사회 의장
            # 선임); three items and more are a list (서울, 부산, 대구 폭염)
            words = words[1:]
        if len(words) < 2:
            return
        by_span = {(m.start, m.end): m for m in self.out.mentions if m.kind in NAME_KINDS}
        items = [(w, by_span.get((w.start, w.stem_end))) for w in words]
        # 인천~나리타, 서울→부산: a route's stops are places, whatever a name looked like
        route = all(self.body[a.stem_end:b.start].strip() in ROUTE_MARKS
                    for a, b in zip(words, words[1:], strict=False))
        known = {(m.kind, m.cls) for _, m in items
                 if m is not None and m.kind != "Concept" and not (route and m.kind == "Person" and m.key is None)}
        kinds = {kind for kind, _ in known}
        if len(kinds) != 1:
            return
        kind = kinds.pop()
        cls = known.pop()[1] if len(known) == 1 else kind  # 보신각→종로2가: a venue and a neighbourhood, places
        for word, m in items:
            guessed_person = route and kind == "Place" and m is not None and m.kind == "Person" and m.key is None
            region = self.region(self.stem(word)) if kind == "Place" and (m is None or m.key is None) else None
            if region is not None and (m is not None or self.free(word.start, word.stem_end)):
                if m is not None:  # 서울, 경기, 인천: among places, 경기 is the province (alone, a game)
                    self.out.mentions.remove(m)
                self.add_known(word.start, word.stem_end, region)
            elif m is not None and (m.kind == "Concept" or guessed_person):
                self.retype(m, kind, cls)
            elif m is None and (self.is_list_noun(word) and self.may_name(word, kind)
                                or kind == "Person" and self.is_cut_korean_name(word)):
                self.add(word.start, word.stem_end, kind, cls)

    def is_headline(self) -> bool:
        """Whether the sentence is a line of its own that ends in no sentence's mark: a headline."""
        text = self.sentence.text.rstrip().rstrip("\"”’'")  # (a headline may end with a quote: 합참 "분석 중")
        whole_line = self.body[self.sentence.start - 1:self.sentence.start] in ("", "\n") \
            and self.body[self.sentence.end:self.sentence.end + 1] in ("", "\n")
        return whole_line and not text.endswith((".", "?", "!"))

    def read_coordinated_names(self) -> None:
        """`문근영과 김범이`, `솔빛소재와 한빛케미칼`: an unknown name joined by 와 or 과 to a person's,
        a company's or a place's is one too, when it is one word that ends its noun phrase (in
        `바르가스와 차를레스 아란기스의` it is not). A person's may also be a word no rule read at all
        (김범, when Kiwi cuts it)."""
        typed = {(m.start, m.end): m for m in self.out.mentions if m.kind in ("Person", "Organization", "Place")}
        for i, (a, b) in enumerate(zip(self.words, self.words[1:], strict=False)):
            if self.tail(a) not in ("와", "과") or not self.spaced(i, i + 1) or not self.ends_noun_phrase(i + 1):
                continue
            if self.stem(a).endswith("학") and self.tail(a) == "과":
                continue  # 생명과학과 김진수 교수: a department (학과), not "and"
            if self.foreign_name_start(i) < i:
                continue  # 릴 웨일과: the words before may be more of the first name
            first, second = typed.get((a.start, a.stem_end)), typed.get((b.start, b.stem_end))
            if (first is None) == (second is None):
                continue
            known, unknown = (first, b) if first else (second, a)
            if known.kind == "Place" and known.text.endswith(LOCAL_GOVERNMENTS):
                continue  # 서울시와 이크루즈가 공동 출자한: a town written as its government acts with a body, no place
            if not HANGUL_ONLY.match(self.stem(unknown)) or self.stem(unknown).endswith("씨") \
                    or not self.may_name(unknown, known.kind):
                continue
            if (guess := self.guess_at(unknown)) is not None:
                self.retype(guess, known.kind, known.cls)
            elif known.kind == "Person" and self.is_list_noun(unknown):
                self.add(unknown.start, unknown.stem_end, "Person", "Person")

    def may_name(self, word: Word, kind: str) -> bool:
        """Whether an unknown word in a list may name what the others name: a name, or a compound that
        ends like an organization beside organizations (한경 + 대, beside 중앙대). `김철수, 전략기획총괄로
        선임` lists a post, not a second person, `종묘, 수목원` a kind of place, not a place, and
        `환경부, 조류경보 '경계' 발령` what the ministry issues."""
        return self.is_name_shaped(word) or any(is_proper(t) for t in word.stem_tokens) or (
            kind == "Organization" and len(word.stem_tokens) > 1
            and lexicon.org_suffixes().match(self.stem(word)) is not None)

    def is_cut_korean_name(self, word: Word) -> bool:
        """`김민수, 신동욱, 김재원`: among people, three syllables from a family name are a name, whatever
        Kiwi cuts them into (신동/NNG 욱/MAG)."""
        stem = self.stem(word)
        return len(stem) == 3 and HANGUL_ONLY.match(stem) is not None and stem[0] in lexicon.surnames() \
            and not is_death_in_family(stem) \
            and self.free(word.start, word.stem_end) and all(t.tag in SPLIT_TAGS for t in word.stem_tokens)

    def is_list_noun(self, word: Word) -> bool:
        stem = self.stem(word)
        return (len(stem) >= 2 and self.free(word.start, word.stem_end) and stem not in COMMON_NOUNS
                and all(t.tag.startswith(("NN", "MM", "SL", "XP", "XS")) for t in word.stem_tokens)
                and not find_dates(stem, None))  # 목요일 저녁, 대림미술관: a time is no name

    def join_unknown_names(self) -> None:
        """`코랄 노르테`, `옴브레 무에르토 염호`: unknown names written one after another, apart and with no
        particle between, are the words of one name, not several things."""
        guessed = {(m.start, m.end) for m in self.out.mentions if m.kind == "Concept" and m.cls == "Name"}

        def is_guess(word: Word) -> bool:
            return (word.start, word.stem_end) in guessed

        k = 0
        while k < len(self.words) - 1:
            last = k
            while last + 1 < len(self.words) and not self.words[last].has_tail and self.spaced(last, last + 1) \
                    and is_guess(self.words[last]) and is_guess(self.words[last + 1]):
                last += 1
            if last > k:
                self.replace_span(self.words[k].start, self.words[last].stem_end, "Concept", "Name")
            k = last + 1

    def read_single_words(self) -> None:
        for index, word in enumerate(self.words):
            start, end = word.start, word.stem_end
            # 벤처캐피털 와에드벤처스, 시공사인 대우건설, 방산기업 부마르: a noun that says what kind a name is
            # names nothing itself, though Kiwi may read it as a proper noun; unless another such noun before it
            # says it is a name (결혼정보회사 '듀오')
            cue = lexicon.is_cue(self.body[start:end]) and self.cue_before(index) is None
            if start >= end or not self.free(start, end) or cue or self.is_section_tag(word) \
                    or COUNTDOWN.match(self.body, start) or is_compared_period(self.body, word):
                continue
            if HANGUL_ONLY.match(self.body[start:end]) and (code := self.model_code_end(word)) is not None:
                self.add(start, code, "Concept", "Name")  # 장보고-III: a class of ships, not a school (…고)
                continue
            found = self.classify(word, start, end)
            if found and self.is_posted_on(index):
                continue
            if found:
                known = lexicon.lookup(self.body[start:end])
                if known:
                    self.add_known_unless_cued(start, end, known, self.cue_before(index))
                else:
                    self.add(start, end, *found)
            elif self.is_located_neighbourhood(index):
                self.add(start, end, "Place", "AdministrativeArea")
            elif (cls := self.cued_body_of_common_nouns(index)) is not None:
                self.add(start, end, "Organization", cls)
            elif (self.is_bare_name(word) or self.is_known_full_name(word) or self.is_given_name_alone(word)) \
                    and not self.before_venue_noun(index) and self.cue_before(index) in (None, ("Person", "Person")) \
                    and not self.is_located(index):  # 하노이 인근 박닌성에: a place there, though shaped like a name
                self.add(start, end, "Person", "Person")
            elif (venue := self.known_venue(word)) is not None:
                self.add(start, end, "Place", venue.cls)
            elif (place := self.leading_place(word)) is not None:
                self.add_known(start, *place)
            elif self.is_foreign_state(word):
                self.add(start, end, "Place", "AdministrativeArea")
            elif (code := self.model_code_end(word)) is not None:
                self.add(start, code, "Concept", "Name")
            elif self.is_letters_then_nouns(word) and (cued := self.cue_before(index)) is not None:
                self.add(start, end, *cued)  # 합작법인 HLI그린파워: capitals, then common nouns, after a cue
            elif self.is_unknown_proper(word) and not set(self.body[start:end]) <= COUNTRY_SYLLABLES:
                # 한일, 한미일: countries paired by their syllables name no one thing
                cue = self.cue_before(index)
                self.add(start, end, *(cue if cue else ("Concept", "Name")))
            elif len(self.stem(word)) >= 3 and self.stem(word).endswith("호") \
                    and self.cue_before(index) == ("Concept", "Concept"):
                self.add(start, end, "Concept", "Name")  # 발사체 누리/NNG 호/NNB: a launcher's name, however cut
            elif self.is_one_syllable_name(word) and self.cue_before(index) == ("Person", "Person"):
                self.add(start, end, "Person", "Person")  # 가수 비는, 배우 진이: a stage name
            elif (self.is_cut_korean_name(word) or self.is_cut_short_name(word)) \
                    and not reads_alone_as_common_noun(self.stem(word)) \
                    and self.cue_before(index) == ("Person", "Person"):
                self.add(start, end, "Person", "Person")  # 피고인 전/MM 청조/NNG: a name after a word for a person

    @staticmethod
    def is_letters_then_nouns(word: Word) -> bool:
        """`HLI그린파워`: capitals, then Hangul that Kiwi reads as common nouns, in one word."""
        tokens = word.stem_tokens
        return len(tokens) >= 2 and tokens[0].tag == "SL" and tokens[0].form.isupper() \
            and all(t.tag in ("NNG", "NNP") for t in tokens[1:]) and sum(len(t.form) for t in tokens[1:]) >= 2

    def is_cut_short_name(self, word: Word) -> bool:
        """`투수 곽/NNG 빈/NNG`: a family name and a given name of one syllable, which Kiwi cuts into two
        one-syllable nouns (one two-syllable noun, 교체, is a word)."""
        stem, tokens = self.stem(word), word.stem_tokens
        return len(stem) == 2 and HANGUL_ONLY.match(stem) is not None and stem[0] in lexicon.surnames() \
            and len(tokens) == 2 and all(len(t.form) == 1 and t.tag in SPLIT_TAGS for t in tokens) \
            and self.free(word.start, word.stem_end)

    def cued_body_of_common_nouns(self, index: int) -> str | None:
        """`피해자 단체인 가습기살균제참사피해자총연합`: after a word for an organization, a long compound of
        common nouns that ends like a body (협회, 총연합, 노동조합) is its name; alone it may be a kind of body
        (지역주택조합). So is one ending like a company of the kind the word says (디지털은행 슈퍼뱅크). The
        class of the body, or None."""
        stem = self.stem(self.words[index])
        cue = self.cue_before(index)
        body = lexicon.org_suffixes().match(stem)
        if cue is None or cue[0] != "Organization" or body is None or len(stem) < len(body.text) + 2:
            return None
        if cue[1] == body.cls == "Organization":
            return body.cls if len(stem) >= 5 and len(stem) >= len(body.text) + 3 else None
        return body.cls if cue[1] == body.cls != "Organization" else None

    def model_code_end(self, word: Word) -> int | None:
        """Where a model's code that opens with the word's letters ends: `KF-21`, `GPT-5`, `ALT-B4` are one
        name each, though Kiwi cuts them at the hyphen."""
        match = MODEL_CODE.match(self.body, word.start)
        if match is None or match.end() <= word.stem_end or not self.free(word.start, match.end()) \
                or not any(w.stem_end == match.end() for w in self.words):
            return None
        return match.end()

    def is_section_tag(self, word: Word) -> bool:
        """`[인터뷰]`, `[단독]`, `[인사]`: a common noun in square brackets opening a line tags the story's
        kind; it names no one (Kiwi may read it as a proper noun there)."""
        line_start = self.body.rfind("\n", 0, word.start) + 1
        return self.body[line_start:word.start].strip() == "[" and self.body[word.end:word.end + 1] == "]" \
            and reads_alone_as_common_noun(self.body[word.start:word.end])

    def read_subjects_by_predicate(self) -> None:
        """`보르헤스는 … 라고 말했다`, `한빛소재는 … 신제품을 출시했다`, `킬버트는 … 결혼했고, …`: an unknown
        name that is the subject of a predicate only a person (or only a company) has is a person's (a
        company's) name. Its predicate is the sentence's last for the subject nearest it, and for each
        subject the first predicate after it, before the next subject; what is quoted counts for neither
        (홍길동 시장은 "한빛이 …"라고 말했다: the speaker, not a name inside what is said)."""
        quoted = [range(self.sentence.start + q.start(), self.sentence.start + q.end())
                  for q in QUOTATION.finditer(self.sentence.text)]
        subjects = [w for w in self.words if self.tail(w) in SUBJECT_TAILS and not any(w.start in q for q in quoted)]
        names = {w.start: m for w in subjects for m in self.out.mentions
                 if (m.start, m.end) == (w.start, w.stem_end) and m.kind in NAME_KINDS}
        last = self.last_predicate()
        nearest = max((start for start in names if last is not None and start < last.start), default=None)
        for n, word in enumerate(subjects):
            name = names.get(word.start)
            if name is None or name.kind != "Concept" or name.cls != "Name":
                continue
            limit = subjects[n + 1].start if n + 1 < len(subjects) else self.sentence.end
            verbs = [self.first_predicate(word.end, limit, quoted), last if word.start == nearest else None]
            kinds = [lexicon.subject_kinds().get(v.form) for v in verbs if v is not None]
            kind = next((k for k in kinds if k is not None), None) or self.player_by_object(word.end, limit, quoted)
            if kind is not None and (kind[0] != "Person" or HANGUL_ONLY.match(name.text)):
                self.retype(name, *kind)

    def read_subjects_by_copula(self) -> None:
        """`얼티엄셀즈는 … 합작법인이다`: an unknown name that is the sentence's topic, in a sentence that ends
        by saying what the topic is with a noun for a kind (법인, 기업, 가수), is of that kind."""
        topic = next((w for w in self.words if self.tail(w) in ("은", "는")), None)
        said = self.words[-1] if self.words else None
        if topic is None or said is None or said is topic or not said.stem_tokens:
            return
        after_stem = [t for t in self.sentence.tokens if t.start >= said.stem_end]
        if not after_stem or after_stem[0].tag != "VCP" or any(t.tag in ("ETM", "EC") for t in after_stem):
            return  # 기업이다, 법인이었다; not 기업인 (which describes what follows) nor 기업이지만
        cue = lexicon.cued_class(self.stem(said))
        name = self.guess_at(topic)
        if cue is not None and name is not None and (cue != "Person" or HANGUL_ONLY.match(name.text)):
            self.retype(name, lexicon.KIND_OF_CLASS[cue], cue)

    def player_by_object(self, start: int, end: int, quoted: list[range]) -> tuple[str, str] | None:
        """`케인은 선제골을 터뜨렸다`, `홀란은 시즌 30호 골을 기록했다`: the first object between start and
        end is what only a player does; its subject is a person."""
        objects = [w for w in self.words if start <= w.start < end and self.tail(w) in ("을", "를")
                   and not any(w.start in q for q in quoted)]
        if not objects:
            return None
        done = self.stem(objects[0]).lstrip("0123456789")
        at = self.index_of(objects[0])
        if done != self.stem(objects[0]) and at > 0 and not self.words[at - 1].has_tail:
            done = self.stem(self.words[at - 1])  # 삼진 5개를: a count of what is done
        return ("Person", "Person") if done in lexicon.person_objects() else None

    def first_predicate(self, start: int, end: int, quoted: list[range]) -> Token | None:
        """The first predicate between start and end outside quotes."""
        tokens = [t for t in self.sentence.tokens if start <= t.start < end and not any(t.start in q for q in quoted)]
        return next(predicates(tokens), None)

    def last_predicate(self) -> Token | None:
        """The sentence's last predicate."""
        *_, last = (None, *predicates(self.sentence.tokens))
        return last

    def read_glossed_names(self) -> None:
        """`허난(河南)대학`, `선전(深圳)시`, `장쑤(江蘇)성`: a name glossed in Hanja and then continued is one
        name, an organization or a place by how it ends; its text leaves the gloss out (허난대학)."""
        for match in BRACKET.finditer(self.sentence.text):
            open_at, close_at = self.sentence.start + match.start(), self.sentence.start + match.end()
            before = next((w for w in self.words if w.end == open_at and not w.has_tail), None)
            after = next((w for w in self.words if w.start == close_at and w.stem_end > w.start), None)
            if before is None or after is None or not HANJA.match(match.group(1)):
                continue
            rest = self.body[after.start:after.stem_end]
            name = self.stem(before) + rest
            known = lexicon.gazetteer().get(name)
            if any(m.kind not in NAME_KINDS for m in self.inside(before.start, after.stem_end)):
                continue
            if known is not None:
                self.replace_span(before.start, after.stem_end, known.kind, known.cls, key=known.label,
                                  english=known.english)
            elif (org := lexicon.org_suffixes().match(name)) is not None:
                self.replace_span(before.start, after.stem_end, "Organization", org.cls)
            elif rest in ADMINISTRATIVE:
                self.replace_span(before.start, after.stem_end, "Place", ADMINISTRATIVE[rest])

    @staticmethod
    def body_named(phrase: str) -> str | None:
        """`세계배드민턴연맹(BWF)`: common nouns glossed by their letters that end like a body (연맹, 위원회,
        연구원) name that body; the class, or None. Companies' endings (증권, 통신) name trades as often:
        주가연계증권(ELS) is a product."""
        suffix = lexicon.org_suffixes().match(phrase)
        return suffix.cls if suffix is not None and len(suffix.text) >= 2 and suffix.cls != "Corporation" else None

    def abbreviated_before(self, at: int) -> bool:
        """Whether what ends at `at` is a quantity or a title, whose letters in brackets abbreviate its unit or
        the post: `1기가와트(GW)`, `최고전략책임자(CSO)`."""
        return any(w.stem_end == at and w.tokens[0].tag == "SN" for w in self.words) \
            or any(m.end == at and m.kind == "Title" for m in self.out.mentions)

    def glossed_phrase_start(self, word: Word, acronym: str) -> int:
        """Where the nouns an acronym abbreviates begin: as many as it has capitals, the word's own
        morphemes counted first (인공 + 지능: AI), then the nouns before it, spaced or joined by ·
        (기업 이미지: CI; 유지·보수·정비: MRO); the word alone when no run of nouns matches the capitals."""
        letters = sum(c.isupper() for c in acronym)
        at = self.index_of(word)
        count = len(word.stem_tokens)
        while count < letters and at > 0:
            before = self.words[at - 1]
            gap = self.body[before.end:self.words[at].start]
            if gap not in (" ", "·") or before.has_tail or not self.free(before.start, before.end) \
                    or not all(t.tag == "NNG" for t in before.tokens) or find_dates(self.stem(before), None) \
                    or self.glued_to_figure(before):
                break  # (올해 국내총생산(GDP): a time says when, it abbreviates nothing)
            at -= 1
            count += len(before.tokens)
        # only when the nouns match the capitals one for one: 유심(USIM) spells its acronym out, alone
        return self.words[at].start if count == letters else word.start

    def glued_to_figure(self, word: Word) -> bool:
        """`17만㎥급 액화천연가스(LNG)`, `3만t급`: a noun written onto a figure or its unit (급, 형) says the figure's
        class; it abbreviates nothing."""
        before = self.body[word.start - 1] if word.start > 0 else " "
        return before.isdigit() or before.isascii() and before.isalpha() or unicodedata.category(before) == "So"

    def type_affiliation(self, start: int, end: int) -> None:
        """An unknown name in brackets after a person's is what the person belongs to: a team or a company,
        also one of several words named after a city (메시(인터 마이애미))."""
        guess = next((m for m in self.out.mentions if (m.start, m.end, m.cls) == (start, end, "Name")), None)
        inner = self.body[start:end]
        if guess is not None:
            self.retype(guess, "Organization", "Organization")
        elif " " in inner and not re.search(r"[·,ㆍ\d]", inner) and self.names_team(start, end):
            self.replace_span(start, end, "Organization", "Organization")

    def names_team(self, start: int, end: int) -> bool:
        """Words in brackets that name a team after its city (인터 마이애미): some word no place, and no
        name of another kind; an address (서울 강남구) is where the person lives."""
        inside = self.inside(start, end)
        places = sum(m.kind == "Place" for m in inside)
        words = [w for w in self.words if start <= w.start and w.end <= end]
        return all(m.kind in ("Place", "Concept") for m in inside) and places < len(words) \
            and not self.crosses(start, end)

    def read_aliases(self) -> None:
        """`대한무역투자진흥공사(KOTRA)`, `인공지능(AI)`, `OCI머티리얼즈(현 SK머티리얼즈)`,
        `씨제스 엔터테인먼트(이하 씨제스)`, `KB뱅크(옛 부코핀은행)`."""
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
            if inner in ("가칭", "사진") or re.match(r"[+\-−±▲▼△▽]?\d", inner) or re.search(r"\s\d", inner) \
                    or inner in lexicon.agreement_types():
                continue
            # QS(Quacquarelli Symonds): the English words gloss one name; 1기가와트(GW), 최고전략책임자(CSO): the
            # letters, a unit or a post
            if ENGLISH_PHRASE.fullmatch(inner) or LATIN.match(inner) and self.abbreviated_before(open_at):
                words = [m for m in self.out.mentions if inner_start <= m.start and m.end <= inner_end]
                if all(m.cls == "Name" for m in words):
                    self.out.mentions = [m for m in self.out.mentions if m not in words]
                    self.claimed.difference_update(range(inner_start, inner_end))
            name = next((m for m in self.out.mentions if m.end == open_at and m.kind in NAME_KINDS), None)
            if name is not None and name.cls == "Name" and self.is_name_in_hanja(name.text, inner):
                name = self.retype(name, "Person", "Person")
            if name is None:
                word = next((w for w in self.words if w.stem_end == open_at and not w.has_tail), None)
                # 최고경영자(CEO): a title and its abbreviation name a post, not a concept; 엑스(X): a platform
                if word is None or not HANGUL_ONLY.match(self.stem(word)) or not self.free(word.start, word.stem_end) \
                        or self.stem(word) in lexicon.platforms():
                    continue
                if LATIN.match(inner):
                    start = self.glossed_phrase_start(word, inner)
                    body = self.body_named(self.body[start:word.stem_end])
                    name = self.add(start, word.stem_end, *(("Organization", body) if body else ("Concept", "Concept")))
                elif self.is_name_in_hanja(self.stem(word), inner):
                    name = self.add(word.start, word.stem_end, "Person", "Person")
                else:
                    continue
            real = REAL_NAME.match(inner)  # 아이유(본명 이지은): the name on her papers is another of hers
            if real and (name.kind == "Person" or name.cls == "Name"):
                name = name if name.kind == "Person" else self.retype(name, "Person", "Person")  # RM(본명 김남준)
                start = inner_start + real.end()
                alias = next((m for m in self.out.mentions if (m.start, m.end, m.kind) == (start, inner_end, "Person")),
                             None) or (self.add(start, inner_end, "Person", "Person")
                                       if self.free(start, inner_end) else None)
                if alias is not None:
                    self.out.aliases.append(AliasPair(name, alias))
                continue
            # 멤피스 데파이(에인트호번), 에딘 제코(AS로마): with Hangul in it, what follows a person is a
            # team or a country, unless an age follows it: 정하나(징거·25) is her other name
            # 이강인(PSG): capital letters after a person are the club or the company, not their name
            if name.kind == "Person" and (re.search("[가-힣]", inner) or ACRONYM.fullmatch(inner)) and age is None:
                self.type_affiliation(inner_start, inner_end)
                continue
            if HANGUL_ONLY.match(inner) and reads_alone_as_common_noun(inner) and not shortens(inner, name.text):
                # 스테이(팬클럽): a common noun says what the name is; 헌법재판소(헌재) shortens it
                self.out.mentions = [m for m in self.out.mentions
                                     if (m.start, m.end) != (inner_start, inner_end) or m.cls != "Name"]
                continue
            alias = next((m for m in self.out.mentions if (m.start, m.end) == (inner_start, inner_end)), None)
            if alias is not None and alias.cls == "Name" and name.kind != "Concept":  # 중앙사고수습본부(중수본)
                alias = self.retype(alias, name.kind, name.cls)
            # 전국삼성전자노동조합(전삼노): letters of a body's name, in brackets after it, shorten it, though they
            # look like a person's name
            if alias is not None and alias.key is None and alias.kind == "Person" and name.kind == "Organization" \
                    and shortens(alias.text, name.text):
                alias = self.retype(alias, name.kind, name.cls)
            # 한국수입자동차협회(KAIDA): letters no lexicon knows take the kind of body their full name says
            if alias is not None and alias.key is None and alias.kind == name.kind == "Organization" \
                    and LATIN.match(alias.text):
                alias = self.retype(alias, name.kind, name.cls)
            if alias is None and self.free(inner_start, inner_end):
                alias = self.add(inner_start, inner_end, name.kind, name.cls, key=name.key, english=name.english)
            # 프로야구 메이저리그(MLB): common nouns glossed by a body the lexicon knows are that body's name, when
            # they share a word with one of its names (국영 전력회사(SEC) is no American SEC)
            if alias is not None and alias.key is not None and alias.kind == "Organization" and name.key is None \
                    and name.kind == "Concept" and shares_a_word(name.text, lexicon.gazetteer()[alias.key]):
                name = self.identify(name, alias)
            if alias is not None and alias.kind == name.kind:
                self.out.aliases.append(AliasPair(name, alias))


def shares_a_word(phrase: str, known: lexicon.Known) -> bool:
    """Whether a word of two letters or more of the phrase is in one of the names the lexicon knows a thing by."""
    names = " ".join((known.label, *known.aliases))
    return any(len(word) >= 2 and word in names for word in phrase.split())


def shortens(short: str, full: str) -> bool:
    """Whether `short` is made of letters of `full`, in their order: 헌재 of 헌법재판소, 민단 of
    재일본대한민국민단."""
    rest = iter(full)
    return all(letter in rest for letter in short)


#: a person's other name, in brackets after the one the story uses: (본명 이지은), (예명 비)
REAL_NAME = re.compile(r"(?:본명|예명|옛 이름|개명 전 이름)\s+(?=[가-힣])")


def predicates(tokens: Sequence[Token]) -> Iterator[Token]:
    """The verbs among the tokens, and the nouns that take 하다 or 되다 (사망 + 했다), in order."""
    for before, token in zip([None, *tokens], tokens, strict=False):
        if token.tag in ("VV", "VA"):
            yield token
        elif token.tag in ("XSV", "XSA") and before is not None and before.tag == "NNG":
            yield before
