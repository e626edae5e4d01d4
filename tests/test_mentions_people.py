"""Hard cases of people's names in Korean news, one test each, on sentences written for the tests."""

from helpers import mentions, named


def test_one_syllable_given_name_opens_a_foreign_name():
    assert "존 스미스" in named("존 스미스 대표가 서울에 왔다.", "Person")


def test_a_family_name_s_syllable_before_a_foreign_given_name_opens_the_name():
    assert named("장 피에르 로샹 전 총리가 방한했다.", "Person") == ["장 피에르 로샹"]
    assert named("장 피에르 로샹은 방한했다.", "Person") == ["장 피에르 로샹"]
    assert named("김 피에르 대표가 왔다.", "Person") == ["피에르"]  # no more of a foreign name after it


def test_determiner_is_no_short_form():
    assert not [m for m in mentions("이 회사의 대표는 바뀌었다.").mentions if m.surname]


def test_courtesy_ssi_makes_a_person_whatever_the_name_ends_in():
    assert named("가수 이현도 씨가 무대에 올랐다.", "Person") == ["이현도"]  # not 이현 province (도)
    assert named("솔지 씨는 웃었다.", "Person") == ["솔지"]
    assert named("아저씨가 왔다.", "Person") == []


def test_korean_name_kiwi_cuts_into_pieces_is_a_person():
    # Kiwi does not know these names and cuts them up (오/NR 세/NNB 린/NNG, 손/NNG 태/NNG 준/NNG)
    assert named("오세린은 어제 서울로 돌아왔다.", "Person") == ["오세린"]
    assert named("그는 손태준에게 편지를 보냈다.", "Person") == ["손태준"]
    # a known name and 만 ("only") before a title: 한진 + 만
    assert named("사업부는 한진만 사장이 이끈다.", "Person") == ["한진만"]
    # a name read as an adjective and a noun (허옇 + ㄴ + 수), before an organization and a title
    assert named("허연수 한빛유통 부회장은 말했다.", "Person") == ["허연수"]
    assert named("이러한 한빛전자 사장의 말은 틀렸다.", "Person") == []


def test_name_kiwi_cuts_into_two_dictionary_nouns_but_reads_alone_as_a_name():
    # in this sentence Kiwi reads 이상/NNG 철/NNG, "abnormality" and "iron"; alone, 이상철/NNP
    assert named("팬들은 이상철의 복귀를 반겼다.", "Person") == ["이상철"]
    # compounds Kiwi knows stay words, and one it does not know ends in a noun that makes compounds
    assert named("정부안이 나왔고 선발전이 열렸다. 한국 범죄학 연구소가 밝혔다.", "Person") == []


def test_counted_and_prefixed_words_cut_like_names_are_not_people():
    assert named("두번째 경기에서 고교생들이 감동적인 응원을 펼쳤다.", "Person") == []
    assert named("최우선 과제는 소규모 가게를 살리는 것이다.", "Person") == []


def test_foreign_given_name_opens_a_name():
    assert named("마이클 조던은 은퇴를 선언했다.", "Person") == ["마이클 조던"]
    # a Japanese family name comes first, and the given name may end like a city (…시)
    assert named("다나카 히로시는 도쿄에서 태어났다.", "Person") == ["다나카 히로시"]


def test_opened_name_stops_before_a_known_place():
    found = mentions("제니퍼 로페즈 미국 가수가 공연했다.").mentions
    assert [(m.text, m.kind) for m in found if m.kind in ("Person", "Place")] == [
        ("제니퍼 로페즈", "Person"), ("미국", "Place")]


def test_opened_name_takes_a_third_part_only_when_it_ends_the_phrase():
    assert named("로버트 다우니 주니어는 웃었다.", "Person") == ["로버트 다우니 주니어"]
    # 한일 begins the organization before the title, not more of the name
    assert "데이비드 밀러" in named("장관은 데이비드 밀러 한일 경제협회 회장을 만났다.", "Person")


def test_opened_name_with_an_age_is_one_person():
    assert named("영화배우 에밀리 스톤웰(35)이 입국했다.", "Person") == ["에밀리 스톤웰"]


def test_unlisted_word_in_구_opening_with_a_family_name_is_a_person():
    assert named("배우 한지수가 박태구와 결혼했다.", "Person") == ["한지수", "박태구"]
    # after its city, an unlisted district stays a district
    assert named("베이징 시청구에서 시위가 열렸다.", "Place") == ["베이징", "시청구"]


def test_three_syllable_proper_noun_ending_like_a_thing_is_no_person():
    assert named("신도들이 조계사에 모였다.", "Person") == []
    assert named("그는 남산골에서 자랐다.", "Person") == []
    # goods, read as dictionary nouns alone, are no name at all
    assert "기증품" not in [m.text for m in mentions("박물관은 내년 4월 기증품 특별전을 열 예정이다.").mentions]


def test_occupation_before_a_foreign_name_makes_it_a_person():
    assert named("외야수 마르티네스는 홈런을 쳤다.", "Person") == ["마르티네스"]


def test_names_kiwi_cuts_after_a_glued_이_or_before_a_bound_noun():
    # 이/MM 소망/NNG and 강민/NNP 식/NNB
    (first,) = mentions("이사회에서 이소망 사장이 사임했다.").appositions
    (second,) = mentions("회의에는 강민식 비서실장이 참석했다.").appositions
    assert (first.person.text, second.person.text) == ("이소망", "강민식")
    assert named("전해상에 안개가 짙게 끼었다.", "Person") == []


def test_unknown_subject_of_a_predicate_only_a_person_has_is_a_person():
    assert named("마르코비치는 지난해 파리에서 결혼했다.", "Person") == ["마르코비치"]
    assert named("보르헤스는 이날 기자들에게 그렇게 말했다.", "Person") == ["보르헤스"]
    assert named("한빛소재는 올해 신제품을 발표했다.", "Person") == []
    # and of one only a company has, a company
    assert named("한빛소재는 올해 신제품을 출시했다.", "Organization") == ["한빛소재"]


def test_a_name_inside_a_quotation_is_not_the_speaker():
    text = '홍길동 시장은 "한빛소재가 크게 성장하도록 돕겠다"고 말했다.'
    assert named(text, "Person") == ["홍길동"]


def test_a_loanword_from_a_family_name_s_syllable_is_no_person():
    assert named("두 회사는 모터와 인버터를 함께 만든다.", "Person") == []


def test_three_country_syllables_are_no_person():
    assert named("한중일 3국 정상회의가 열렸다.", "Person") == []
    # nor are two names anything, France's (불) among them
    assert [m.text for m in mentions("양국은 한불 수교를 기념했다.").mentions] == []


def test_names_with_a_country_or_a_club_in_brackets_are_people():
    text = "출연진은 벨로니 카스텔리(이탈리아), 도르잔 마르텡(프랑스)이다."
    assert named(text, "Person") == ["벨로니 카스텔리", "도르잔 마르텡"]
    assert named("골은 벨로니 카스텔리(유벤투스)가 넣었고 박태구(토트넘)는 도왔다.", "Person") == [
        "벨로니 카스텔리", "박태구"]
    assert named("폭스콘(대만)은 공장을 지었다.", "Person") == []


def test_the_family_name_전_before_전_meaning_former():
    (ap,) = mentions("전 전 장관은 말을 아꼈다.").appositions
    assert (ap.person.surname, ap.title.value, ap.former) == ("전", "장관", True)


def test_a_korean_name_glossed_in_hanja_is_a_person_and_its_gloss_an_alias():
    found = mentions("그는 진주에서 한도윤(韓道允)에게 배웠다.")
    assert {m.text: m.kind for m in found.mentions if m.text in ("한도윤", "韓道允")} == {
        "한도윤": "Person", "韓道允": "Person"}
    assert [(a.name.text, a.alias.text) for a in found.aliases] == [("한도윤", "韓道允")]


def test_an_age_after_the_hanja_gloss_is_no_part_of_it():
    found = mentions("배우 가오밍(高明·52)이 왔다.")
    assert [a.alias.text for a in found.aliases] == ["高明"]


def test_a_one_syllable_given_name_opens_a_name_that_ends_the_phrase():
    assert named("빌 게이츠가 재단을 세웠다.", "Person") == ["빌 게이츠"]
    assert named("딕 코스톨로는 사임했다.", "Person") == ["딕 코스톨로"]


def test_an_age_after_a_foreign_name_makes_all_its_parts_a_person():
    assert named("이날 도리안 그레코(46)가 웃었다.", "Person") == ["도리안 그레코"]
    assert named("영북면 야미리 김모(75)씨의 집", "Person") == ["김"]  # an anonymous 김, not 야미리 김모


def test_a_common_foreign_family_name_alone_is_a_person_and_ends_a_name():
    assert named("재판에서 검찰은 패터슨이 범행했다고 밝혔다.", "Person") == ["패터슨"]
    assert named("골프 대회에서 대니 리는 우승했다.", "Person") == ["대니 리"]


def test_a_given_name_whose_last_syllable_kiwi_reads_as_a_particle_still_opens_a_name():
    assert named("할리우드 스타 리어나도 디캐프리오의 연인", "Person") == ["리어나도 디캐프리오"]


def test_kiwis_multi_word_names_are_people_unless_quoted_or_a_venue():
    assert named("무대에는 켄드릭 라마가 올랐다.", "Person") == ["켄드릭 라마"]
    assert named("영화 '매드 맥스'가 개봉했다.", "Person") == []
    assert named("행사는 포시즌스 호텔에서 열린다.", "Place") == ["포시즌스 호텔"]


def test_a_hangul_word_in_brackets_after_a_person_is_no_alias():
    found = mentions("감독은 멤피스 데파이(에인트호번)를 투입했다.")
    assert [m.text for m in found.mentions if m.kind == "Person"] == ["멤피스 데파이"]
    assert found.aliases == []


def test_a_hangul_nickname_with_an_age_after_a_person_is_an_alias():
    found = mentions("트윗이 정하나(징거·25)씨와의 불화설을 낳았다.")
    assert [(a.name.text, a.alias.text) for a in found.aliases] == [("정하나", "징거")]


def test_the_role_an_actor_plays_is_a_person_but_a_function_is_not():
    assert named("시사회에는 블랙위도 역의 한지수와 '별이' 역의 윤다온이 왔다.", "Person") == [
        "블랙위도", "한지수", "별이", "윤다온"]
    assert named("그는 '컨트롤타워' 역할을 맡았다.", "Person") == []


def test_a_proper_noun_before_a_spaced_군_or_양_is_a_person_but_a_city_is_not():
    assert named("아들 도하 군과 딸 서아 양이 있다.", "Person") == ["도하", "서아"]
    assert named("고양 군은 없다.", "Person") == []


def test_person_noun_with_the_copula_cues_the_foreign_name_after_it():
    assert named("후임자인 벨트라미 코넬리가 맡았다.", "Person") == ["벨트라미 코넬리"]
    assert named("그 자리는 벨트라미 코넬리가 맡았다.", "Person") == []


def test_cued_foreign_name_may_open_or_end_in_a_name_that_is_also_a_word():
    # 마크 is a word (mark) as well as a name, and Kiwi reads it as one here
    assert named("가수 네일라 마크가 노래했다.", "Person") == ["네일라 마크"]
    assert named("가수 그룹 멤버가 무대에 섰다.", "Person") == []
    # and open with one: after the cue, as after a title, a given name that is a word too (코디)
    assert named("한빛 타이거즈의 외국인 투수 코디 바렌가가 계약했다.", "Person") == ["코디 바렌가"]


def test_given_names_of_many_languages_open_a_foreign_name():
    # 알프레도 ends in 도, which Kiwi takes for a particle (알프레 + 도)
    found = named("가수 알프레도 오르테가의 신곡과 토마시 노보트니의 기록", "Person")
    assert found == ["알프레도 오르테가", "토마시 노보트니"]
    assert named("결승에서 펠릭스 노르만이 이겼다.", "Person") == ["펠릭스 노르만"]


def test_family_names_of_many_languages_name_a_person_alone():
    assert named("코르테스는 기자들에게 답했다. 코발치크가 웃었다.", "Person") == ["코르테스", "코발치크"]


def test_a_word_for_what_people_do_is_no_name_after_a_cue():
    assert named("그는 동료 드러머로 무대에 섰다.", "Person") == []


def test_unknown_name_that_takes_egge_is_a_person():
    assert named("코치는 벨로르에게 공을 건넸다.", "Person") == ["벨로르"]
    assert named("코치는 벨로르를 불렀다.", "Person") == []
    assert named("시민들은 정부에게 대책을 요구했다.", "Person") == []


def test_subject_of_a_verb_only_people_do_is_a_person():
    assert named("브뢰델은 매운 국수를 먹었다.", "Person") == ["브뢰델"]
    assert named("브뢰델은 매운 국수를 샀다.", "Person") == []


def test_three_syllables_from_a_family_name_before_a_title_are_a_name_however_kiwi_reads_them():
    assert named("김지은 선수가 우승했다.", "Person") == ["김지은"]  # 김 + 짓 + 은
    assert named("김창한 크래프톤 대표가 왔다.", "Person") == ["김창한"]  # 김 + 창하 + ㄴ, then a company
    assert named("강호만 선수를 만났다.", "Person") == ["강호만"]  # 강호 + 만
    assert named("정재도 선수가 나섰다.", "Person") == ["정재도"]  # not a province
    assert named("충남도 교육감이 말했다.", "Person") == []
    assert named("정부가 장관을 임명했다.", "Person") == []


def test_two_name_parts_glossed_in_chinese_characters_are_a_person():
    found = mentions("무라카미 하루키(村上春樹)의 소설이 나왔다.")
    assert [(m.text, m.kind) for m in found.mentions] == [("무라카미 하루키", "Person"), ("村上春樹", "Person")]
    assert [m.kind for m in mentions("베이징(北京)에서 회의가 열렸다.").mentions if m.text == "베이징"] == ["Place"]


def test_stage_names_are_people_but_words_are_not():
    assert named("지코와 윤아가 무대에 올랐다.", "Person") == ["지코", "윤아"]
    assert named("그는 태연하게 말했다.", "Person") == []  # 태연하다, calm: no stage name


def test_world_leaders_and_athletes_by_their_short_names():
    assert named("젤렌스키는 마크롱과 통화했고 오타니는 홈런을 쳤다.", "Person") == ["젤렌스키", "마크롱", "오타니"]


def test_a_subject_of_a_persons_predicate_in_an_earlier_clause_is_a_person():
    # 결혼하다 is the predicate of the clause of 마르텐슨, not the sentence's last (발표했다)
    found = named("마르텐슨은 지난해 결혼했고 그의 회사는 신제품을 발표했다.", "Person")
    assert found == ["마르텐슨"]


def test_a_name_whose_kin_or_life_is_named_or_who_marries_is_a_persons():
    assert named("마르텐슨의 장례식이 열렸다.", "Person") == ["마르텐슨"]
    assert named("케슬링은 로웰슨과 결혼했다.", "Person") == ["케슬링", "로웰슨"]
    assert named("마르텐슨의 신제품이 나왔다.", "Person") == []  # a product is no kin


def test_a_foreign_name_with_its_club_in_brackets_is_a_persons():
    assert named("전반 24분 마르코 로시(볼로냐)가 골을 넣었다.", "Person") == ["마르코 로시"]
    assert named("전반 10분 다비데 비앙키(칼리아리 칼초)가 슛을 했다.", "Person") == ["다비데 비앙키"]
    # common nouns before a bracket are no name
    assert named("검찰은 정상회담 회의록(대화록)을 조사했다.", "Person") == []


def test_a_monarch_s_or_pope_s_number_is_part_of_the_name_no_age():
    assert named("레오 14세 교황이 도착했다. 찰스 3세는 웃었다.", "Person") == ["레오 14세", "찰스 3세"]
    assert named("칼 16세 구스타프 국왕이 왔다.", "Person") == ["칼 16세 구스타프"]
    assert named("만 14세 미만 청소년은 가입할 수 없다.", "Person") == []
    assert named("김철수 14세 이하 대표팀 감독이 왔다.", "Person") == ["김철수"]


def test_a_writer_cued_by_her_trade_is_a_person_though_her_name_is_a_river_s_throughout_the_article():
    found = mentions("소설가 한강이 상을 받았다. 한강은 소감을 밝혔다.")
    assert {(m.text, m.kind) for m in found.mentions if m.text == "한강"} == {("한강", "Person")}
    assert named("시민들이 한강에서 달렸다.", "Person") == []


def test_a_cued_writer_whose_particle_kiwi_reads_into_her_river_name_is_a_person():
    found = mentions("노벨상 수상자인 소설가 한강이 스웨덴 스톡홀름을 찾았다.")
    assert [(m.text, m.kind) for m in found.mentions if m.text == "한강"] == [("한강", "Person")]


def test_a_derived_word_is_no_part_of_a_foreign_name():
    assert named("라스칼라 247년 역사상 아시아인 음악감독은 처음이다.", "Person") == []


def test_a_word_with_a_syllable_no_korean_given_name_has_is_no_bare_name():
    assert named("정부는 AI 유니콘 육성을 위해 자금을 늘린다.", "Person") == []


def test_a_foreign_given_name_before_a_korean_family_name_or_a_known_family_s_name_is_one_person():
    assert named("앤디 김 의원과 미셸 오바마 여사가 만났다.", "Person") == ["앤디 김", "미셸 오바마"]


def test_a_given_name_opens_a_foreign_name_whose_family_name_may_be_one_syllable():
    assert named("유홍림 총장과 제프 딘 구글 수석과학자가 서명했다.", "Person") == ["유홍림", "제프 딘"]
    assert named("영화에는 최우식과 틸다 스윈튼이 출연한다.", "Person") == ["최우식", "틸다 스윈튼"]
    assert named("제임스 측은 반박했다. 마이클 전 대표가 말했다.", "Person") == ["제임스", "마이클"]
    assert named("대통령은 안와르 이브라힘 말레이시아 총리와 회담했다.", "Person") == ["안와르 이브라힘"]
    assert named("매기 강 감독은 영광이라고 말했다.", "Person") == ["매기 강"]
    assert named("장관은 페니 웡 호주 외교장관과 회담했다.", "Person") == ["페니 웡"]


def test_an_african_or_french_given_name_opens_a_foreign_name():
    assert named("이강인은 우스만 뎀벨레의 골을 도왔다.", "Person") == ["이강인", "우스만 뎀벨레"]


def test_a_term_kiwi_knows_as_one_name_but_made_of_dictionary_words_is_no_person():
    assert named("환자는 확장성 심근병증을 앓아왔다.", "Person") == []


def test_a_term_kiwi_knows_as_one_name_opened_by_a_word_for_a_nature_is_no_person():
    assert named("제약사는 미국 염증성 장질환 시장에 진출했다.", "Person") == []
    assert named("그는 궤양성 대장염 치료제를 개발했다.", "Person") == []
    assert named("가수 켄드릭 라마가 공연했다.", "Person") == ["켄드릭 라마"]


def test_a_town_s_name_and_one_more_syllable_is_no_person_in_an_article_about_the_town():
    assert named("진주시는 축제를 연다. 행사는 진주성과 진주교 일대에서 열린다.", "Person") == []


def test_a_family_name_and_모_before_a_rank_is_an_unnamed_person_but_a_kin_word_is_not():
    def unnamed(text):
        return [(m.text, m.value) for m in mentions(text).mentions if m.surname]
    assert unnamed("실탄이 발사돼 박모 상경이 다쳤다.") == [("박", "박모씨")]
    assert unnamed("류시원과 조씨 간 소송이 이어졌다.") == [("조", "조씨")]
    assert unnamed("부모 교사 간담회가 열렸다.") == []


def test_a_section_tag_opening_the_headline_names_no_one():
    assert named('[인터뷰] 김보람 한빛바이오 대표 "신약 2개 내놓겠다"', "Person") == ["김보람"]


def test_a_ceremony_of_a_dictionary_word_is_no_person():
    assert named("서명식은 4일 바르샤바에서 열렸다.", "Person") == []


def test_a_japanese_family_name_that_is_a_word_too_opens_the_name():
    assert named("콘도 히로유키 한국토요타자동차 사장은 말했다.", "Person") == ["콘도 히로유키"]


def test_a_family_name_kiwi_reads_as_an_interjection_before_a_title():
    assert named("여한구 통상교섭본부장은 말했다.", "Person") == ["여한구"]


def test_a_name_that_ends_like_a_ceremony_is_still_a_name():
    assert named("조정식은 이날 기자들과 만났다.", "Person") == ["조정식"]


def test_a_two_syllable_name_kiwi_reads_as_a_noun_and_an_adverb_before_a_title():
    assert named("유동규 전 본부장은 징역 7년, 남욱 변호사는 징역 4년을 선고받았다.", "Person") == ["유동규", "남욱"]


def test_a_name_kiwi_cuts_into_dictionary_nouns_between_an_organization_and_its_post():
    # Kiwi reads 고학/NNG 수/NNG; between a body and a title it is the holder's name
    assert named("개인정보보호위원회 고학수 위원장은 말했다.", "Person") == ["고학수"]
    assert named("한빛문화재단 고학수 이사장은 말했다.", "Person") == ["고학수"]
    # a unit of the body ends like one
    assert named("한국은행 조사국 국장은 말했다. 민주당 정책위 의장은 말했다.", "Person") == []


def test_a_foreign_family_name_alone_is_the_company_known_by_it():
    assert named("유한양행은 미국 얀센과 임상 결과를 발표했다.", "Person") == []
    assert named("리처드 얀센은 웃었다.", "Person") == ["리처드 얀센"]
    # so is one a noun before it calls a company, there and throughout the article
    text = "한빛상사는 호주 에너지 기업 산토스로부터 가스전 지분을 사들인다. 산토스가 보유한 지분이다."
    assert named(text, "Person") == [] and named(text, "Organization") == ["한빛상사", "산토스", "산토스"]


def test_a_name_ending_in_a_trade_before_a_title_is_no_person():
    text = "그는 누리증권 대표와 한빛금융 회장을 지냈다. 에반 그린버그 회장은 웃었다."
    assert named(text, "Person") == ["에반 그린버그"]


def test_a_foreign_name_ending_in_부_is_no_ministry():
    assert named("행사에는 크리슈나바부 무르티 장관이 참석했다.", "Person") == ["크리슈나바부 무르티"]
    assert named("행사에는 크리슈나바부 무르티 장관이 참석했다.", "Organization") == []


def test_a_foreign_name_kiwi_ends_with_a_determiner():
    # 포옛: 포/NNG 옛/MM
    assert named("부임 첫해 팀을 정상에 올려놓은 거스 포옛 감독은 웃었다.", "Person") == ["거스 포옛"]


def test_an_award_kiwi_knows_as_a_name_before_a_title_is_no_person():
    assert named("아이유와 박보검이 백상예술대상 후보에 올랐다.", "Person") == ["아이유", "박보검"]
    assert named("송강호가 미국 에미상 후보에 올랐다.", "Person") == ["송강호"]


def test_an_unknown_name_right_after_a_music_groups_is_a_member():
    assert named("뉴진스의 민지는 팬들에게 감사를 전했다.", "Person") == ["민지"]


def test_a_known_place_after_a_writer_is_the_writer():
    assert named("작가 한강의 소설이 베스트셀러에 올랐다.", "Person") == ["한강"]


def test_two_countries_syllables_before_a_title_are_no_person():
    assert named("한미 외교장관 통화… 관세 협상 논의", "Person") == []


def test_a_name_after_출신_is_a_persons():
    assert named("그룹 엑소 출신 레이가 콘서트를 연다.", "Person") == ["레이"]


def test_among_people_listed_three_syllables_from_a_family_name_are_a_name():
    # Kiwi: 신동/NNG 욱/MAG
    assert named("최고위원에는 김민수, 신동욱, 김재원 후보가 당선됐다.", "Person") == ["김민수", "신동욱", "김재원"]


def test_a_word_with_syllables_no_korean_name_uses_is_no_korean_name():
    assert named("이 곡은 영국 오피셜 차트에서도 2위에 올랐다.", "Person") == []


def test_a_foreign_given_name_alone_is_a_person_but_not_a_town_or_a_namesake():
    assert named("제니퍼는 웃었다.", "Person") == ["제니퍼"]
    assert named("삼성전자는 미국 텍사스주 테일러 공장을 지었다. 삼성의 테일러 공장이 칩을 만든다.", "Person") == []
    assert named("그는 빅토리아 대학 석사과정에서 공부했다.", "Person") == []


def test_a_dictionary_noun_after_a_foreign_name_ends_it():
    assert named("뮤직비디오 속 크리스 브라운 연인은 우리가 아는 그녀다.", "Person") == ["크리스 브라운"]
    # and so does one with its prefix: 테일러 is a city's name here, 신공장 its new plant
    assert named("한빛전자의 텍사스 테일러 신공장이 칩을 생산한다.", "Person") == []


def test_a_multiword_name_kiwi_knows_that_a_given_name_opens_is_a_person_whatever_its_ending():
    assert named("감독 데이비드 핀처는 신작을 준비 중이다.", "Person") == ["데이비드 핀처"]


def test_one_who_plays_a_part_is_a_person():
    assert named("레이예스는 롯데의 주포로 활약했다.", "Person") == ["레이예스"]


def test_a_japanese_family_name_that_looks_korean_opens_the_name():
    assert named("정의선 회장과 도요다 아키오 회장은 회동했다.", "Person") == ["정의선", "도요다 아키오"]


def test_an_arabic_patronymic_joins_the_parts_of_one_name():
    assert named("정상들은 무함마드 빈 자이드 알나하얀 UAE 대통령과 회담했다.", "Person") == [
        "무함마드 빈 자이드 알나하얀"]
    assert named("무함마드 빈 살만 왕세자가 방한했다. 그는 빈 방에 들어갔다.", "Person") == ["무함마드 빈 살만"]
    # the article al- written apart joins them too
    assert named("아흐메드 알 자비르 사장이 서명했다. 닭이 알 하나를 낳았다.", "Person") == ["아흐메드 알 자비르"]


def test_a_player_ranked_in_dan_is_a_person_but_a_rocket_s_stage_is_none():
    assert named("중국의 셰커 9단에게 불계승을 거뒀다.", "Person") == ["셰커"]
    assert named("누리호 3단 엔진이 점화됐다.", "Person") == []


def test_a_name_whose_last_syllable_kiwi_reads_as_an_adverb_before_a_title():
    assert named("지명직 최고위원에는 신동욱 의원이 선임됐다.", "Person") == ["신동욱"]


def test_an_unknown_name_that_scores_or_hits_is_a_player():
    assert named("케인은 전반 20분 선제골을 터뜨렸다.", "Person") == ["케인"]
    assert named("홀란은 시즌 30호 골을 기록했다.", "Person") == ["홀란"]
    assert named("르브론은 통산 4만 득점을 돌파했다.", "Person") == ["르브론"]
    assert named("한빛은 목표를 달성했다.", "Person") == []


def test_a_railway_line_is_no_person():
    assert named("충남도는 서해선에 KTX를 달리게 하겠다고 밝혔다.", "Person") == []


def test_junior_ends_a_foreign_name_and_the_name_holds_the_title_before_it():
    assert named("데이비드 스미스 주니어는 말했다.", "Person") == ["데이비드 스미스 주니어"]
    found = mentions("백악관 대변인 데이비드 스미스 주니어는 말했다.")
    assert [(a.person.text, a.title.value) for a in found.appositions] == [("데이비드 스미스 주니어", "대변인")]


def test_a_known_party_ends_a_japanese_name_before_a_title():
    assert named("요시무라 히로후미 일본유신회 대표는 밝혔다.", "Person") == ["요시무라 히로후미"]


def test_a_country_s_people_word_is_no_name():
    assert named("뉴진스 하니는 베트남계 호주인이다.", "Person") == ["하니"]


def test_names_joined_before_a_word_for_kin_are_people_and_a_count_of_strikeouts_makes_a_player():
    assert named("허웅과 허훈 형제가 나란히 20득점을 올렸다.", "Person") == ["허웅", "허훈"]
    assert named("커쇼는 은퇴 경기에서 삼진 5개를 잡았다.", "Person") == ["커쇼"]


def test_a_stage_name_of_one_syllable_after_a_job_or_a_group():
    assert named("가수 비는 새 앨범을 발표했다.", "Person") == ["비"]
    assert named("방탄소년단 뷔는 솔로 앨범을 냈다.", "Person") == ["뷔"]  # (the group is a MusicGroup)
    assert named("가수 측은 의혹을 부인했다.", "Person") == []
    # after the group and 멤버, whatever Kiwi reads the syllable as (진/NNG); a song of the group is no one
    assert named("방탄소년단(BTS) 멤버 진은 솔로 공연을 열었다.", "Person") == ["진"]
    assert named("방탄소년단 곡은 인기를 끌었다.", "Person") == []


def test_a_count_with_씩_after_a_determiner_is_no_name():
    assert named("노사가 한발씩 양보했다고 위원장은 말했다.", "Person") == []


def test_a_country_s_language_is_no_name():
    assert named("한국어에 특화된 모델과 독일어 번역을 내놓았다.", "Person") == []


def test_the_unknown_opponent_of_a_player_in_a_match_told_with_its_result_is_a_person():
    assert named("조코비치는 카르스텐을 세트스코어 3-1로 꺾고 정상에 올랐다.", "Person") == ["조코비치", "카르스텐"]
    assert named("조코비치는 카르스텐을 만나 웃었다.", "Person") == ["조코비치"]


def test_a_word_before_a_facility_says_what_is_made_there_and_names_no_one():
    assert named("에코프로비엠은 헝가리 데브레첸에 양극재 공장을 세운다.", "Person") == []
    assert named("한빛수 연구원은 실험을 마쳤다.", "Person") == ["한빛수"]


def test_a_syllable_that_is_also_a_country_s_short_name_is_part_of_a_korean_name():
    assert named("유도 허미미는 여자 57㎏급에서 은메달을 땄다.", "Person") == ["허미미"]  # 미, America


def test_a_dam_or_a_river_is_no_one_s_name():
    assert named("강릉시는 도암댐 물을 쓰기로 했다. 남한강 수위가 올랐다.", "Person") == []


def test_a_name_kiwi_reads_as_a_dictionary_noun_and_a_syllable_before_a_title_is_a_person():
    assert named("LG화학은 신학철 부회장이 물러난다고 밝혔다.", "Person") == ["신학철"]
    assert named("재무팀 팀장과 홍보실 실장이 왔다. 연기상 후보에 올랐다.", "Person") == []


def test_a_language_or_a_field_of_study_before_a_title_is_no_name():
    assert named("한국어 교사와 해양학 박사가 발표했다.", "Person") == []


def test_a_death_in_the_family_as_an_obituary_tells_it_is_no_name():
    text = "김영희(누리대 교수)씨 남편상, 김민준(한빛전자 상무)·김서연(변호사)씨 부친상"
    assert "남편상" not in named(text, "Person") and "김서연" in named(text, "Person")


def test_a_word_for_what_one_does_is_no_name_though_it_opens_with_a_family_name():
    assert named("조민 씨는 유튜버로 활동 중이다.", "Person") == ["조민"]


def test_a_dictionary_word_kiwi_cuts_after_a_family_name_is_no_name():
    assert named("해상풍력 송전망 구축에 나섰고 이주민 지원 대책도 마련했다.", "Person") == []


def test_a_korean_name_kiwi_cuts_after_a_word_for_a_person_is_a_person():
    assert named("이날 선고 공판에는 피고인 전청조가 출석했다.", "Person") == ["전청조"]
    assert named("감독 한마디에 선수들이 웃었고 선수 전원이 출전했다.", "Person") == []
    # two syllables cut into two nouns, and 선발 (the starting pitcher) before a name Kiwi knows not
    assert named("선발 투수 곽빈은 웃었다. 투수 교체는 늦었다.", "Person") == ["곽빈"]
    assert named("두산 선발 곽빈은 5이닝을 던졌다.", "Person") == ["곽빈"]


def test_a_right_or_a_sum_named_by_a_word_and_its_suffix_is_no_name_but_a_name_so_ending_is():
    found = mentions("키움은 신인 드래프트 2라운드 지명권도 받는다. 수비수 김영권은 골을 넣었다.").mentions
    assert [m.text for m in found if m.kind in ("Person", "Concept")] == ["김영권"]


def test_a_korean_full_name_after_a_club_and_its_genitive_is_a_player():
    assert named("같은 날 LA 갤럭시의 정상빈은 교체 출전했다. LA 갤럭시의 공격수는 웃었다.", "Person") == ["정상빈"]


def test_who_plays_a_role_is_an_actor_though_the_name_is_unknown():
    text = "우민호 감독이 연출하고 현빈이 안중근 역을 맡은 영화다. 한빛전자가 핵심 역을 맡았다."
    assert named(text, "Person") == ["우민호", "현빈", "안중근"]


def test_a_name_kiwi_reads_as_a_root_and_a_numeral_before_a_body_and_title_is_a_person():
    text = "행사에는 조용원 노동당 조직비서와 박정천 당 중앙군사위원회 부위원장이 동행했다."
    assert named(text, "Person") == ["조용원", "박정천"]


def test_a_vessel_or_a_satellite_named_like_a_person_is_no_person():
    text = "김정은 위원장이 신형 구축함 '최현호'의 진수식에 참석했다. 배우 최현호는 웃었다."
    assert named(text, "Person") == ["김정은", "최현호"]


def test_a_known_foreign_name_whose_last_part_kiwi_reads_as_a_verb_is_found_whole():
    assert named("립부 탄 인텔 최고경영자(CEO)는 말했다.", "Person") == ["립부 탄"]


def test_a_family_name_kiwi_cuts_into_one_syllable_nouns_after_a_foreign_given_name_is_part_of_the_name():
    assert named("미국 하버드대 데이비드 리우 교수 등 3명을 선정했다.", "Person") == ["데이비드 리우"]


def test_a_vehicle_s_name_kiwi_reads_as_a_proper_noun_is_no_person():
    assert named("도로공사는 제설차 30대를 투입했다.", "Person") == []


def test_a_ceremony_kiwi_reads_as_a_name_is_no_person():
    assert named("계약식은 바르샤바에서 열렸다. 개소식에는 김하늘 대표가 참석했다.", "Person") == ["김하늘"]


def test_a_vietnamese_family_name_opens_a_name_of_short_parts_written_apart():
    assert named("쩐 반 꽝 베트남 총리가 방한했다.", "Person") == ["쩐 반 꽝"]
    assert named("레 티 투 하노이 인민위원장이 참석했다.", "Person") == ["레 티 투"]
    assert named("응우옌 득 롱 산업부 장관이 말했다.", "Person") == ["응우옌 득 롱"]
    # a dictionary word right after the family name is no given part: palm oil
    assert named("팜 오일 업체 대표가 말했다.", "Person") == []
    assert named("또 최 회장은 말했다.", "Person") == ["최"]  # "also": an adverb opens no name


def test_a_given_name_the_lexicon_lists_opens_a_name_ending_in_a_one_syllable_family_name():
    assert named("데스먼드 리 교통부 장관이 참석했다.", "Person") == ["데스먼드 리"]
    assert named("나이절 킴 대표는 말했다.", "Person") == ["나이절 킴"]


def test_a_common_noun_kiwi_takes_for_a_name_names_no_one():
    assert named("개막작으로는 한빛 감독의 신작 '바다'의 감독판이 상영됐다.", "Person") == []
    assert named("웹툰 작가가 크게 늘었다.", "Person") == []
    assert named("올해 들어 신고된 백일해 환자는 4200명이다. 수두 환자도 늘었다.", "Person") == []  # diseases


def test_a_given_name_kiwi_cuts_into_dictionary_nouns_still_opens_the_name():
    found = mentions("지난달 리야드를 방문해 아민 나세르 아람코 최고경영자를 만났다.")  # Kiwi: 아/NNG 민/NNG
    assert [(a.person.text, a.title.value, a.org.text) for a in found.appositions] == [
        ("아민 나세르", "최고경영자", "아람코")]


def test_a_gulf_given_name_opens_a_name_with_its_patronymic():
    text = "협약식에는 함단 빈 무함마드 알막툼 두바이 왕세자가 참석했다."
    assert named(text, "Person") == ["함단 빈 무함마드 알막툼"]


def test_a_proper_noun_with_a_monarch_s_title_fused_is_the_monarch_not_a_place_named_after_him():
    assert named("광화문광장의 세종대왕 동상을 닦았다.", "Person") == ["세종대왕"]
    assert named("광화문광장의 세종대왕 동상을 닦았다.", "Place") == ["광화문광장"]
    assert named("광개토대왕은 영토를 넓혔다.", "Person") == ["광개토대왕"]
