"""Mentions of a whole sentence or article: particles, lists, aliases, cues, dates and names found again."""

from helpers import mentions, named


def named_count(found, text):
    return sum(1 for m in found.mentions if m.text == text)


def test_particles_are_not_part_of_names():
    assert named("삼성전자는 LG전자와 경쟁한다.", "Organization") == ["삼성전자", "LG전자"]


def test_bracketed_alias_pairs_two_spans():
    found = mentions("한국산업단지공단(산단공)은 공고를 냈다.")
    assert [(a.name.text, a.alias.text) for a in found.aliases] == [("한국산업단지공단", "산단공")]


def test_an_english_name_in_brackets_is_one_alias_not_a_name_per_word():
    found = mentions("국제원자력기구(International Atomic Energy Agency)는 사찰단을 보냈다.")
    assert [(a.name.text, a.alias.text) for a in found.aliases] == [
        ("국제원자력기구", "International Atomic Energy Agency")]
    found = mentions("영국 평가기관 QS(Quacquarelli Symonds)가 순위를 냈다. 한빛전자는 OTT(Over The Top) 사업을 한다.")
    assert [(a.name.text, a.alias.text) for a in found.aliases] == [("QS", "Quacquarelli Symonds")]
    assert [m.text for m in found.mentions if m.cls == "Name"] == []


def test_list_joined_by_middle_dots():
    assert named("엔비디아·인텔·퀄컴이 참여했다.", "Organization") == ["엔비디아", "인텔", "퀄컴"]


def test_cue_noun_types_an_unknown_name():
    assert "카카오페이" in named("카카오의 자회사인 카카오페이는 성장했다.", "Organization")


def test_cue_types_only_the_head_of_its_noun_phrase():
    found = mentions("소프트뱅크의 자회사인 칩리스 반도체 기업 ARM의 대표가 왔다.")
    assert [m.kind for m in found.mentions if m.text == "칩리스"] == ["Concept"]


def test_a_name_found_once_is_found_again_as_a_whole():
    found = mentions("양측은 ‘한빛 아카데미(가칭)’ 설립을 추진한다. 한빛 아카데미는 내년에 문을 연다.")
    assert named_count(found, "한빛 아카데미") == 2


def test_dates_and_amounts_are_mentions_with_values():
    found = mentions("2024년 3월 12일 4920억원을 투자했다.")
    values = {(m.kind, m.value, m.unit) for m in found.mentions if m.kind in ("Date", "Quantity")}
    assert values == {("Date", "2024-03-12", None), ("Quantity", "492000000000", "KRW")}


def test_verb_starting_word_is_no_name():
    assert named("이어 그는 말했다.", "Person") == []


def test_unknown_names_in_a_list_take_the_kind_of_the_known_ones():
    assert named("삼성전자·한빛소재·LG전자가 참여했다.", "Organization") == ["삼성전자", "한빛소재", "LG전자"]


def test_particle_glued_to_an_unknown_name_is_split_off():
    found = mentions("한빛인더스트리얼솔루션즈는 성장했다. 한빛인더스트리얼솔루션즈과 협력한다.")
    assert [(m.kind, m.text) for m in found.names()] == [("Organization", "한빛인더스트리얼솔루션즈")] * 2


def test_a_word_after_a_comma_that_modifies_the_next_noun_joins_no_list():
    found = {m.text: m.kind for m in mentions("네이버, XR 자회사에 200억 투입").mentions}
    assert found["XR"] == "Concept"
    assert named("삼성전자, 한빛소재 등 기업이 참여했다.", "Organization") == ["삼성전자", "한빛소재"]


def test_a_short_name_after_이하_and_a_guessed_short_name_are_aliases():
    found = mentions("배우는 씨제스 엔터테인먼트(이하 씨제스) 대표를 만났고 정부는 중앙사고수습본부(중수본)를 꾸렸다.")
    assert sorted((a.name.text, a.alias.text) for a in found.aliases) == [
        ("씨제스 엔터테인먼트", "씨제스"), ("중앙사고수습본부", "중수본")]


def test_name_joined_by_wa_or_gwa_to_a_typed_one_takes_its_kind():
    assert named("시상식에는 배우 송하윤과 고범이 함께 참석했다.", "Person") == ["송하윤", "고범"]
    assert named("감독은 손흥민과 케인을 칭찬했다.", "Person") == ["손흥민", "케인"]
    assert named("삼성전자와 협약을 맺었다.", "Person") == []
    assert named("행사에는 누리솔과 삼성전자가 참여했다.", "Organization") == ["누리솔", "삼성전자"]
    # a town written as its government acts with a body: its partner is no place
    assert named("서울시와 이크루즈가 공동 출자한 회사다.", "Place") == ["서울시"]


def test_the_stops_of_a_route_take_the_kind_of_the_known_ones():
    assert named("노선은 수원역→매탄고개→영통으로 이어진다.", "Place") == ["수원역", "매탄고개", "영통"]


def test_an_unknown_name_in_a_quoted_title_of_a_work_is_no_mention():
    found = mentions("봉준호 감독의 신작 '미키 17'이 개봉한다.")
    assert "미키" not in [m.text for m in found.mentions]
    assert "로버트 스미스" in named("영화 '로버트 스미스'가 개봉했다.", "Person")  # a person named there stays


def test_an_unknown_name_in_quotes_after_no_work_noun_stays():
    assert "미키" in [m.text for m in mentions("'미키'가 개봉했다.").mentions]


def test_a_person_cue_does_not_type_a_quoted_name():
    # 모델 is a fashion model before a name, but a quoted name after it is a product's
    found = mentions("네이버는 인공지능 모델 '하이퍼클로바X'를 공개했다.")
    assert [m.kind for m in found.mentions if m.text == "하이퍼클로바X"] == ["Concept"]


def test_a_title_with_its_abbreviation_is_no_concept():
    found = mentions("젠슨 황 엔비디아 최고경영자(CEO)는 말했다.")
    assert [m.kind for m in found.mentions if m.text == "최고경영자"] == ["Title"]


def test_agencies_and_makers_cue_a_company_and_a_foreign_word_is_no_korean_name():
    assert named("소속사 빅히트뮤직은 25일 밝혔다.", "Organization") == ["빅히트뮤직"]
    # 오스탈 starts like a Korean name (오), but 스 is no syllable of a Korean given name
    assert "오스탈" in named("한빛전자는 호주 방산업체 오스탈 지분을 샀다.", "Organization")


def test_capital_letters_in_brackets_after_a_person_are_a_club_not_another_name():
    found = mentions("김철수(ABCD)가 골을 넣었다. 한빛팀은 오스틴FC를 이겼다.")
    assert [(m.text, m.kind) for m in found.mentions if m.text in ("ABCD", "오스틴FC")] == [
        ("ABCD", "Organization"), ("오스틴FC", "Organization")]
    assert found.aliases == []


def test_a_noun_that_cues_a_company_is_no_company_itself():
    found = mentions("누리의 벤처캐피털 솔빛벤처스가 투자했다.")
    assert "벤처캐피털" not in [m.text for m in found.mentions]
    assert "솔빛벤처스" in named("누리의 벤처캐피털 솔빛벤처스가 투자했다.", "Organization")
    assert "시공사" not in [m.text for m in mentions("시공사인 한빛건설을 조사했다.").mentions]
    assert named("카카오뱅크는 태국 최대 금융그룹 SCBX와 손잡았다.", "Organization") == ["카카오뱅크", "SCBX"]
    assert named("두 회사의 합작법인 HLI그린파워가 공사를 시작했다.", "Organization") == ["HLI그린파워"]


def test_countries_paired_by_their_syllables_are_no_name():
    assert "한일" not in [m.text for m in mentions("두 정상은 첫 한일 정상회담을 가졌다.").mentions]


def test_a_club_s_last_word_is_found_alone_and_its_city_is_the_club_where_a_coach_works():
    found = mentions("김민재는 바이에른 뮌헨을 떠나 AC 밀란으로 간다. 밀란이 영입을 제안했다. "
                     "뱅상 콤파니 뮌헨 감독은 아쉬워했다.")
    assert [m.text for m in found.mentions if m.cls == "SportsTeam"] == ["바이에른 뮌헨", "AC 밀란", "밀란"]
    assert [(a.person.text, a.org.text) for a in found.appositions] == [("뱅상 콤파니", "바이에른 뮌헨")]


def test_a_model_code_cut_at_its_hyphen_is_one_name_and_a_letter_prefix_is_none():
    found = mentions("KAI는 KF-21 전투기와 FA-50을 수출했다. K-바이오가 뜬다.").mentions
    assert [(m.text, m.cls) for m in found if m.kind == "Concept"] == [("KF-21", "Name"), ("FA-50", "Name")]


def test_names_in_the_sites_words_around_the_story_are_dropped():
    text = ("한빛전자는 실적을 냈다. [누리청 제공. 재판매 및 DB 금지]\n\nphoto@yna.co.kr\n\n▶ 제보는 카톡 okjebo\n")
    assert [m.text for m in mentions(text).mentions if m.kind in ("Organization", "Concept")] == ["한빛전자"]


def test_the_place_of_a_dateline_is_the_town_filed_from():
    found = mentions("[경주=연합뉴스] 김주성 기자 = 정상들이 기념촬영을 하고 있다.").mentions
    assert ("경주", "City") in [(m.text, m.cls) for m in found]


def test_a_common_noun_in_brackets_says_what_a_name_is_but_a_short_form_made_of_its_letters_is_an_alias():
    found = mentions('리더는 "스테이(팬클럽) 덕분"이라고 말했다. 헌법재판소(헌재)는 선고했다.')
    assert [(a.name.text, a.alias.text) for a in found.aliases] == [("헌법재판소", "헌재")]
    assert "팬클럽" not in [m.text for m in found.mentions]


def test_a_headline_s_comma_marks_its_topic_not_a_list():
    found = mentions('북한, 동해상으로 탄도미사일 발사… 합참 "정밀 분석 중"\n북한과 러시아, 중국이 모였다.')
    assert [(m.text, m.cls) for m in found.mentions if m.kind == "Place"] == [
        ("북한", "Country"), ("북한", "Country"), ("러시아", "Country"), ("중국", "Country")]
    # a topic of several words: the word after its comma is no second item of a list
    found = mentions("한빛전자 김철수 회장 장남 김영수, 이사회 의장 선임\n본문이다.")
    assert [m.text for m in found.mentions if m.kind == "Person"] == ["김철수", "김영수"]


def test_a_comma_in_a_quote_that_a_headline_opens_marks_its_topic_too():
    found = mentions('군 당국 "북한, 서해상으로 순항미사일 3발 발사"\n북한과 러시아, 중국이 모였다.')
    places = [(m.text, m.cls) for m in found.mentions if m.kind == "Place"]
    assert places[:2] == [("북한", "Country"), ("북한", "Country")]


def test_a_countdown_and_a_sport_name_no_one():
    found = mentions("밀라노 동계올림픽 D-100… 빙상 대표팀이 각오를 밝혔다.")
    assert [m.text for m in found.mentions if m.kind in ("Concept", "Person", "Organization")] == []


def test_a_ceremony_a_summit_or_a_direction_alone_names_nothing():
    found = mentions("서명식에는 두 회장이 참석했다. 그는 APEC CEO 서밋에서 경주시 남남서쪽 지역을 말했다.")
    assert {"서명식", "서밋", "남남서쪽"}.isdisjoint(m.text for m in found.mentions)
    assert "그래미" in named("그래미에서 상을 받았다.", "Concept")


def test_countries_paired_by_their_syllables_as_north_korea_writes_them_name_nothing():
    assert "조러" not in [m.text for m in mentions("김 위원장은 \"조러 관계는 굳건하다\"고 말했다.").mentions]


def test_an_unknown_name_in_an_event_s_quoted_title_names_the_event_not_an_actor():
    found = mentions("한빛전자는 미국 뉴욕에서 '갤럭시 언팩 2026' 행사를 열었다.").mentions
    assert [m.text for m in found if m.kind in ("Concept", "Organization")] == ["한빛전자"]


def test_an_unknown_name_in_an_agreement_s_quoted_title_names_no_actor():
    found = mentions("두 지사는 '영호남 상생협력 협약서'에 서명했다.").mentions
    assert [m.text for m in found if m.kind in ("Concept", "Organization")] == []


def test_a_list_that_goes_on_from_a_name_joined_by_와_takes_the_kind_that_name_gave_its_first_item():
    found = mentions("진에어와 에어부산, 에어서울 등 계열사도 하나로 합쳐진다.").mentions
    assert [(m.text, m.cls) for m in found if m.kind == "Organization"] == [
        ("진에어", "Corporation"), ("에어부산", "Corporation"), ("에어서울", "Corporation")]


def test_a_hangul_name_numbered_after_a_hyphen_is_a_class_of_ships_or_arms():
    found = mentions("3000t급 도산안창호-III 잠수함과 천무-2를 공개했다.").mentions
    assert [(m.text, m.cls) for m in found if m.kind != "Quantity"] == [("도산안창호-III", "Name"), ("천무-2", "Name")]


def test_a_ceremony_kiwi_does_not_know_is_no_name():
    assert [m.text for m in mentions("'참사 10주기' 목포서 기억식…유족 반발").mentions] == ["10주기", "목포"]


def test_a_launcher_s_name_kiwi_cuts_into_common_nouns_after_a_word_for_one():
    assert [m.text for m in mentions("한국형 발사체 하늘호가 발사에 성공했다.").mentions] == ["하늘호"]


def test_a_counter_that_only_opens_a_longer_noun_counts_nothing():
    assert named("그는 이번 시즌 12골 7도움을 올렸다. 기온은 영하 7도까지 내려갔다.", "Quantity") == [
        "12골", "영하 7도"]


def test_words_for_spacecraft_and_for_tours_name_nothing_themselves():
    found = mentions("달 궤도선 누리온의 임무가 연장됐다. 그는 솔로 월드투어 첫 공연을 열었다.").mentions
    assert [m.text for m in found if m.kind == "Concept"] == ["누리온"]


def test_a_day_word_inside_a_name_is_no_date():
    found = mentions("배우 클레어 모레티가 내한했다.").mentions
    assert [(m.text, m.kind) for m in found] == [("클레어 모레티", "Person")]


def test_common_nouns_of_the_news_kiwi_takes_for_names_or_does_not_know_name_nothing():
    for text in ("네이버, 엔비디아와 소버린 AI 협력 확대", "경찰은 마약을 들여온 공급책을 쫓고 있다.",
                 "셀트리온은 크론병 치료제 승인을 받았다.", "도는 팹리스 기업 200곳을 유치한다.",
                 "검찰, '주가조작' 혐의 대표 기소", "영화는 노미네이트 됐다.", "그는 8일 숙환으로 별세했다.",
                 "한빛물산, 美 텍사스 소형모듈원전 사업 수주", "한빛모터스는 전동화 부품을 만든다.",
                 "한빛FC는 리그 페이즈 2차전에서 졌다.", "그는 마켓메이킹 업체 직원이다.",
                 "장비는 미국 GE가 공급했다.", "공장은 수산화리튬을 만든다.", "시는 관로 30㎞를 새로 깐다.",
                 "수출 바우처 예산이 늘었다.", "회사는 AI 팩토리를 짓는다."):
        assert [m.text for m in mentions(text).mentions if m.kind in ("Person", "Concept")] == [], text


def test_an_industry_s_stocks_name_no_one():
    assert [m.text for m in mentions("방산주와 조선주가 급등했다. 조선주가 하락은 멈췄다.").mentions] == []


def test_arms_proteins_and_chips_written_as_common_nouns_or_letters_name_nothing():
    found = mentions("한빛방산은 2029년부터 자주포를 직접 생산할 계획이다. 연구팀은 혈액 속 타우 단백질을 측정하고, "
                     "엔비디아 GPU로 분석한다. 그는 IB 명가를 되살린다. 영화의 OST가 1위다.")
    assert [m.text for m in found.mentions if m.kind in ("Concept", "Person")] == []


def test_a_time_before_the_nouns_an_acronym_abbreviates_is_no_part_of_them():
    found = mentions("한빛은행은 올해 국내총생산(GDP) 성장률을 1.0%로 추정했다.").mentions
    assert [(m.text, m.kind) for m in found if m.text.endswith("총생산")] == [("국내총생산", "Concept")]


def test_letters_in_brackets_after_a_quantity_or_a_title_abbreviate_it_and_name_nothing():
    found = mentions("한빛전력은 2030년까지 발전 용량을 3기가와트(GW)로 늘린다.").mentions
    assert [(m.text, m.kind) for m in found if m.kind != "Organization"] == [
        ("2030년", "Date"), ("3기가와트", "Quantity")]
    found = mentions("행사에는 김하늘 한빛전자 최고전략책임자(CSO)도 참석했다.").mentions
    assert [(m.text, m.kind) for m in found] == [
        ("김하늘", "Person"), ("한빛전자", "Organization"), ("최고전략책임자", "Title")]


def test_unknown_names_written_one_after_another_are_one_name():
    found = [(m.text, m.kind) for m in mentions("한빛가스는 코랄 노르테 사업 지분 10%를 보유하고 있다.").mentions]
    assert ("코랄 노르테", "Concept") in found and ("코랄", "Concept") not in found
