"""Hard cases of organizations' names in Korean news, on sentences written for the tests."""

from helpers import mentions, named


def test_corporate_mark_before_or_after_the_name():
    assert named("SK㈜는 ㈜LG와 협의했다.", "Organization") == ["SK㈜", "㈜LG"]


def test_compound_government_body_is_one_organization():
    assert named("기획재정부와 국토교통부가 협의했다.", "Organization") == ["기획재정부", "국토교통부"]


def test_organization_suffix_names_an_unknown_organization():
    assert "한빛바이오연구소" in named("한빛바이오연구소가 신약을 내놓았다.", "Organization")
    assert named("누리솔자산관리 대주주 김보람씨가 기소됐다.", "Organization") == ["누리솔자산관리"]
    assert named("한빛엔터는 신인 그룹을 공개했다.", "Organization") == ["한빛엔터"]  # 엔터테인먼트, short
    assert named("이번 입찰에는 누리마린시스템스가 참여했다.", "Organization") == ["누리마린시스템스"]
    assert named("에어부산과 에어서울, 진에어는 하나로 합쳐진다.", "Organization") == ["에어부산", "에어서울", "진에어"]
    assert named("시는 광주테크노파크와 협약을 맺었다.", "Organization") == ["광주테크노파크"]
    assert named("이후 누리사이언스 대표는 김보람 회장이 맡았다.", "Organization") == ["누리사이언스"]
    assert named("누리모빌리티 대표는 이날 사임했다.", "Organization") == ["누리모빌리티"]


def test_federations_unions_and_commands_by_suffix_even_after_a_country_name():
    assert named("대한테니스연맹은 대회를 열었다.", "Organization") == ["대한테니스연맹"]
    assert named("한빛자동차노조는 파업을 결의했다.", "Organization") == ["한빛자동차노조"]
    # a union named in common nouns by its trade, and then short, with its leader's post there
    text = "전국화물운송노동조합이 파업에 들어갔다. 출정식에는 김보람 화물운송노조 위원장이 참석했다."
    assert named(text, "Organization") == ["전국화물운송노동조합", "화물운송노조"]
    assert [(ap.person.text, ap.org.text, ap.title.text) for ap in mentions(text).appositions] == [
        ("김보람", "화물운송노조", "위원장")]
    # an association named in common nouns by those it gathers, with its head's post there
    text = "간담회에는 김보람 중소상인연합회 회장과 이한결 금융투자협회 부회장이 참석했다."
    assert named(text, "Organization") == ["중소상인연합회", "금융투자협회"]
    assert [(ap.person.text, ap.org.text) for ap in mentions(text).appositions] == [
        ("김보람", "중소상인연합회"), ("이한결", "금융투자협회")]
    found = named("부산 해운대소방서와 미국 연방수사국이 조사했다.", "Organization")
    assert found == ["해운대소방서", "미국 연방수사국"]
    schools = named("한빛어학원 측은 억울함을 호소했다. 고래닷컴은 사과했다.", "Organization")
    assert schools == ["한빛어학원", "고래닷컴"]
    # 한국 opens the name, but the name is the association's, not the country's
    assert named("부산 중구 한국제과업중앙회에서 회의가 열렸다.", "Organization") == ["한국제과업중앙회"]


def test_quoted_name_to_be_established_is_an_organization():
    assert "한빛 아카데미" in named("두 회사는 ‘한빛 아카데미(가칭)’ 설립을 추진한다.", "Organization")


def test_affiliate_named_after_a_known_group():
    assert "카카오모빌리티" in named("카카오모빌리티가 출범했다.", "Organization")


def test_government_body_of_a_named_country_even_when_short():
    assert named("미국 국무부 대변인이 말했다.", "Organization") == ["미국 국무부"]
    assert named("중국 교육부장이 말했다.", "Organization") == ["중국 교육부"]
    assert named("중국 동북부에 눈이 왔다.", "Organization") == []


def test_club_after_its_city_is_one_organization():
    found = mentions("그는 어제 뉴욕 메츠와의 경기에서 홈런을 쳤다.").mentions
    assert [(m.text, m.kind, m.key) for m in found if m.kind in ("Organization", "Place")] == [
        ("뉴욕 메츠", "Organization", "뉴욕 메츠")]


def test_unknown_name_that_reports_is_a_news_outlet():
    cases = (("중국 포털 왕이닷컴이 17일 보도했다.", "왕이닷컴"),
             ("데일리스타 보도에 따르면 그는 떠났다.", "데일리스타"),
             ("사고가 났다고 누리온라인은 전했다.", "누리온라인"))
    for text, outlet in cases:
        (found,) = [m for m in mentions(text).mentions if m.text == outlet]
        assert (found.kind, found.cls) == ("Organization", "NewsMediaOrganization")


def test_subject_of_a_reported_clause_is_no_outlet():
    assert not [m for m in mentions("통신은 밴드 오아시바가 해체한다고 보도했다.").mentions
                if m.cls == "NewsMediaOrganization" and m.text == "오아시바"]


def test_body_of_a_known_organization_or_country_is_an_organization_of_its_own():
    found = mentions("삼성전자 노조는 파업을 선언했고 이란 축구대표팀은 이겼다.").mentions
    assert [(m.text, m.cls) for m in found if m.kind in ("Organization", "Place")] == [
        ("삼성전자 노조", "Organization"), ("이란 축구대표팀", "SportsTeam")]


def test_one_dictionary_word_in_quotes_before_installing_is_no_organization():
    assert named("시청은 공원에 '안내판' 설치를 추진하기로 했다.", "Organization") == []


def test_a_countrys_legislature_is_an_organization_of_its_own():
    assert named("일본 의회는 법안을 통과시켰다.", "Organization") == ["일본 의회"]


def test_a_body_named_after_a_person():
    assert named("마르셀 뒤샹 재단은 올해 특별전을 연다.", "Organization") == ["마르셀 뒤샹 재단"]


def test_a_university_and_its_student_council_or_college():
    assert named("한빛대학교 총학생회는 성명을 냈다.", "Organization") == ["한빛대학교 총학생회"]


def test_a_government_named_after_its_leader():
    assert named("오바마 행정부는 제재를 발표했다.", "Organization") == ["오바마 행정부"]


def test_a_university_or_police_station_named_after_its_city_but_not_a_country():
    assert named("그는 콜로라도 대학을 졸업했다.", "Organization") == ["콜로라도 대학"]
    assert named("그는 미국 대학에 진학했다.", "Organization") == []


def test_a_platform_where_something_is_posted_is_no_organization():
    assert named("그는 페이스북에 글을 올렸다.", "Organization") == []
    assert named("그는 공식 인스타그램 계정에 사진을 올렸다.", "Organization") == []
    assert named("페이스북은 새 기능을 발표했다.", "Organization") == ["페이스북"]
    # nor a concept when glossed in letters
    assert [m.text for m in mentions("그는 자신의 엑스(X) 계정에 글을 올렸다.").mentions] == []


def test_a_law_is_no_district_court():
    assert named("경찰은 아동복지법 위반 혐의를 적용했고 서울중앙지법이 판결했다.", "Organization") == [
        "경찰", "서울중앙지법"]


def test_a_countrys_armed_forces_are_an_organization():
    found = [(m.text, m.kind) for m in mentions("러시아군이 국경을 넘었다.").mentions if m.kind != "Date"]
    assert found == [("러시아군", "Organization")]
    assert named("1945년 서독군과 동독군이 만났다.", "Organization") == ["서독군", "동독군"]  # former states too


def test_music_groups_known_cued_or_with_a_member():
    text = "소녀시대와 걸그룹 루미엘라가 무대에 섰고 벨로키아 멤버 한지수도 왔다."
    found = {m.text: m.cls for m in mentions(text).mentions}
    assert found["소녀시대"] == found["루미엘라"] == found["벨로키아"] == "MusicGroup"
    assert found["한지수"] == "Person"


def test_a_name_and_a_company_suffix_written_apart_are_one_company():
    found = {m.text: m.cls for m in mentions("가수들은 YG 엔터테인먼트와 브래번 캐피털로 옮겼다.").mentions}
    assert found["YG 엔터테인먼트"] == found["브래번 캐피털"] == "Corporation"
    # mining companies' English endings in Hangul
    assert named("고려아연은 현지 법인 크루서블 메탈스를 세우고 리오 마이닝과 손잡았다.", "Organization") == [
        "고려아연", "크루서블 메탈스", "리오 마이닝"]
    # but a field, then where its industry gathers, is a cluster in a place
    assert named("두 기관은 한빛 바이오 클러스터 기업에 인력을 보낸다.", "Organization") == []


def test_research_and_public_institutes_by_suffix_and_연구원_after_a_field_is_the_institute():
    found = named("국립수산과학원과 항공우주연구원은 회의를 열었다.", "Organization")
    assert found == ["국립수산과학원", "항공우주연구원"]
    (ap,) = mentions("김철수 선임연구원은 말했다.").appositions
    assert ap.person.text == "김철수"


def test_a_known_name_written_apart_is_still_known_but_common_words_apart_are_not_joined():
    found = {m.text: m.key for m in mentions("모건 스탠리와 뉴욕 타임스가 서울 대 부산 경기를 다뤘다.").mentions}
    assert found["모건 스탠리"] == "모건스탠리" and found["뉴욕 타임스"] == "뉴욕타임스"
    assert "서울 대" not in found


def test_a_group_in_latin_letters_and_its_company_written_apart_is_the_known_company():
    found = {m.text: m.key for m in mentions("LG 에너지솔루션은 미국 조지아주에 공장을 짓는다.").mentions}
    assert found["LG 에너지솔루션"] == "LG에너지솔루션" and found["조지아주"] == "조지아주"


def test_foreign_parties_by_their_korean_names():
    found = {m.text: m.key for m in mentions("시진핑 공산당 총서기와 일본 자민당 총재가 만났다.").mentions}
    assert found["공산당"] == "중국공산당" and found["일본 자민당"] == "자민당"


def test_unions_and_civic_groups_by_their_short_names():
    found = {m.text: m.key for m in mentions("민노총과 전교조, 참여연대가 성명을 냈다.").mentions}
    assert found == {"민노총": "전국민주노동조합총연맹", "전교조": "전국교직원노동조합", "참여연대": "참여연대"}


def test_unknown_name_before_a_noun_of_organizations_is_an_organization():
    assert [(m.text, m.kind) for m in mentions("한빛소재 측은 부인했다.").mentions] == [("한빛소재", "Organization")]
    assert [(m.text, m.kind) for m in mentions("누리랩 관계자는 말했다.").mentions] == [("누리랩", "Organization")]
    assert named("벨로나 소속 선수들과 미르텍 매장 직원들이 모였다.", "Organization") == ["벨로나", "미르텍"]


def test_a_name_with_a_stock_code_is_a_listed_company():
    found = mentions("누리솔(012345) 김민수 회장은 투자를 늘렸다.")
    assert [(m.text, m.cls) for m in found.mentions if m.kind == "Organization"] == [("누리솔", "Corporation")]
    assert [(a.person.text, a.org.text) for a in found.appositions] == [("김민수", "누리솔")]


def test_an_unknown_name_in_brackets_after_a_person_is_what_the_person_belongs_to():
    text = "공격수 마르코 벨리니(페로니아)와 루카 모란테(AS벨로나)가 선발로 나섰다."
    assert named(text, "Organization") == ["페로니아", "AS벨로나"]
    assert named(text, "Person") == ["마르코 벨리니", "루카 모란테"]  # not AS벨로나, taken for another name


def test_a_noun_with_the_copula_after_a_list_comma_describes_and_lists_nothing():
    text = "교육부 소속기관인 한빛편찬위원회, 산하단체인 한빛역사재단이 참여한다."
    assert "산하단체" not in named(text, "Organization")


def test_a_name_glossed_in_hanja_and_continued_is_one_name_without_its_gloss():
    found = [(m.text, m.kind) for m in mentions("그는 산둥(山東)대학을 졸업하고 선전(深圳)시에서 일했다.").mentions]
    assert found == [("산둥대학", "Organization"), ("선전시", "Place")]


def test_a_team_of_several_words_named_after_a_city_in_brackets_after_a_person():
    assert named("공격수 마르코 벨리니(인터 벨로나)가 골을 넣었다.", "Organization") == ["인터 벨로나"]
    text = "홍길동(서울 강남구) 씨가 왔다."  # where he lives
    assert named(text, "Organization") == [] and named(text, "Place") == ["서울", "강남구"]


def test_a_body_every_state_has_is_another_countrys_when_named_after_it():
    assert named("중국 외교부는 반발했다.", "Organization") == ["중국 외교부"]
    # the country's name glossed in letters is still the body's
    assert named("한전은 아랍에미리트(UAE) 원자력공사와 계약했다.", "Organization") == [
        "한전", "아랍에미리트 원자력공사"]
    assert named("미 해군 함정이 입항했다.", "Organization") == ["미 해군"]
    assert named("외교부는 유감을 표했다.", "Organization") == ["외교부"]  # alone, Korea's


def test_미_is_the_united_states_only_where_kiwi_reads_it_as_a_proper_noun():
    assert named("마코 루비오 미 국무장관이 왔다.", "Place") == ["미"]
    assert named("미 확인 정보가 돌았다.", "Place") == []


def test_a_korean_mission_abroad_is_named_with_where_it_is_posted():
    assert named("경찰은 주캄보디아 한국대사관과 공조했다.", "Place") == ["주캄보디아 한국대사관"]
    assert named("주한 미국대사관은 밝혔다.", "Place") == ["미국대사관"]  # in Korea, by its country alone


def test_a_partys_committee_is_named_with_the_party():
    assert named("민주당 공천관리위원회는 경선 일정을 확정했다.", "Organization") == ["민주당 공천관리위원회"]


def test_a_committee_of_a_named_event_or_body_is_named_with_it():
    assert named("평창동계올림픽 조직위원회는 밝혔다.", "Organization") == ["평창동계올림픽 조직위원회"]
    assert named("정부 조직위원회가 열렸다.", "Organization") == ["조직위원회"]  # 정부 is a common noun


def test_orchestras_and_choirs_are_organizations_and_an_arts_hall_no_party():
    found = mentions("서울시립교향악단과 빈소년합창단이 청주예술의전당에서 공연했다.")
    assert [(m.text, m.cls) for m in found.mentions] == [
        ("서울시립교향악단", "Organization"), ("빈소년합창단", "Organization"), ("청주예술의전당", "Place")]


def test_민주당_is_america_s_party_where_a_foreigner_sits_in_it_or_beside_the_republicans():
    keys = lambda text: [m.key for m in mentions(text).mentions if m.text == "민주당"]  # noqa: E731
    assert keys("민주당 척 슈머 원내대표는 비판했다.") == ["미국 민주당"]
    assert keys("공화당과 민주당은 예산안에 합의했다.") == ["미국 민주당"]
    assert keys("민주당 김보람 대표는 공화당을 비판했다.") == ["더불어민주당"]
    assert keys("민주당은 예산안을 처리했다.") == ["더불어민주당"]


def test_a_korean_name_then_a_company_suffix_is_a_person_and_the_field_of_a_post_no_company():
    assert named("국토부 김보람 자동차 정책관은 말했다.", "Organization") == ["국토부"]


def test_an_insurer_by_its_suffix_and_a_group_by_its_short_name():
    assert named("한빛손해보험은 두산과 손잡았다.", "Organization") == ["한빛손해보험", "두산"]


def test_public_agencies_by_their_full_and_short_names():
    assert named("한국부동산원과 소진공이 협력한다.", "Organization") == ["한국부동산원", "소진공"]


def test_a_planned_facility_s_name_does_not_run_into_a_headline_s_quote():
    assert named('한빛도·누리전자, 20조원 투자협약…"반도체 클러스터 조성"', "Organization")[-1] == "반도체 클러스터"


def test_a_branch_is_an_organization_no_ministry():
    found = mentions("전교조 서울지부는 비판했다.")
    assert [(m.text, m.cls) for m in found.mentions if m.kind == "Organization"] == [
        ("전교조", "Organization"), ("서울지부", "Organization")]


def test_letters_in_brackets_take_the_kind_of_body_their_full_name_says():
    found = mentions("한국수입자동차협회(KAIDA)에 따르면 판매가 늘었다.")
    assert {(m.text, m.cls) for m in found.mentions if m.kind == "Organization"} == {
        ("한국수입자동차협회", "Organization"), ("KAIDA", "Organization")}


def test_a_company_after_the_noun_for_what_runs_a_service():
    assert named("업비트 운영사 누리비트는 밝혔다.", "Organization")[-1] == "누리비트"


def test_a_group_s_hospital_is_an_organization_no_company():
    found = mentions("빈소는 삼성서울병원 장례식장에 마련됐다.")
    assert [(m.text, m.cls) for m in found.mentions if m.kind == "Organization"] == [("삼성서울병원", "Organization")]


def test_common_nouns_glossed_by_letters_that_end_like_a_body_name_the_body():
    assert named("그는 국제펜싱연맹(FIE) 랭킹 1위다.", "Organization") == ["국제펜싱연맹", "FIE"]
    assert named("세계요리기구(WCO)는 총회를 열었다.", "Organization") == ["세계요리기구", "WCO"]
    # a company's ending names a trade as often: a product, no company
    assert named("주가연계증권(ELS) 판매가 늘었다.", "Organization") == []


def test_an_industry_kiwi_reads_as_a_name_names_nothing():
    found = mentions("양국은 조선·방산 협력을 확대하기로 했다. 조선 인력 양성이 시급하다.").mentions
    assert [m.text for m in found] == []
    assert [m.text for m in mentions("한빛전자는 AI 인재와 TV 광고에 투자한다.").mentions] == ["한빛전자"]
    assert named("한빛건설이 아람코가 발주한 라스 석유화학 프로젝트 2개 패키지를 수주했다.", "Organization") == [
        "한빛건설", "아람코"]


def test_a_known_place_after_a_noun_that_says_firm_is_the_firm():
    found = mentions("법무법인 태평양 소속 변호사가 말했다. 법무법인 세종은 소송을 맡았다.").mentions
    named_ = [(m.text, m.kind) for m in found if m.kind != "Title"]
    assert named_ == [("태평양", "Organization"), ("세종", "Organization")]


def test_a_dance_company_by_its_ending():
    assert named("그는 한빛시립무용단 예술감독을 지냈다.", "Organization") == ["한빛시립무용단"]


def test_a_known_company_and_a_region_written_apart_is_its_arm_there():
    assert named("넷플릭스 코리아 관계자는 말했다.", "Organization") == ["넷플릭스 코리아"]


def test_a_venue_of_a_state_by_its_ending():
    found = mentions("두 정상은 도쿄 아카사카 영빈관에서 회담했다.").mentions
    assert ("아카사카 영빈관", "GovernmentBuilding") in [(m.text, m.cls) for m in found]


def test_a_bank_by_its_english_ending():
    assert named("그는 누리뱅크 지점을 찾았다.", "Organization") == ["누리뱅크"]


def test_one_who_tells_someone_something_is_no_news_outlet():
    assert named("카리나는 팬들에게 손편지를 전했다.", "Organization") == []
    assert named("데일리누리가 9일 전했다.", "Organization") == ["데일리누리"]


def test_a_company_and_its_branch_in_place_is_one_company():
    found = mentions("현대차 미국법인(HMA)은 8만대를 팔았다.").mentions
    assert [(m.text, m.cls) for m in found if m.kind == "Organization"] == [
        ("현대차 미국법인", "Corporation"), ("HMA", "Corporation")]


def test_a_town_branch_named_after_a_ministry_is_the_ministrys_not_the_prosecutors():
    found = mentions("고용노동부 포항지청은 작업중지 명령을 내렸다.").mentions
    assert [(m.text, m.cls, m.key) for m in found if m.kind == "Organization"] == [
        ("고용노동부 포항지청", "GovernmentOrganization", None)]


def test_a_compound_of_common_nouns_after_an_organization_and_a_comma_is_no_organization():
    assert named("환경부, 조류경보 '경계' 발령", "Organization") == ["환경부"]


def test_a_body_the_state_owns_after_a_foreign_country_is_that_countrys():
    found = mentions("네이버는 사우디아라비아 국가정보센터와 계약을 맺었다.").mentions
    assert ("사우디아라비아 국가정보센터", "GovernmentOrganization") in [(m.text, m.cls) for m in found]


def test_a_numbered_unit_of_the_armed_forces_is_a_body_named_with_its_service():
    found = mentions("육군 제7보병사단에서 사고가 났다. 미 해군 제7함대 소속 급유함이다. 그는 1사단 출신이다.")
    assert [m.text for m in found.mentions if m.kind == "Organization"] == [
        "육군 제7보병사단", "미 해군 제7함대", "1사단"]


def test_goods_made_in_a_country_are_no_company():
    assert named("미국 정부가 한국산 자동차와 부품에 대한 관세를 낮췄다.", "Organization") == []


def test_capitals_before_a_word_of_a_trade_name_a_company():
    assert named("누리건설은 인도 KMX스틸과 손잡았다.", "Organization") == ["누리건설", "KMX스틸"]


def test_a_foreign_name_ending_in_a_vowel_and_고_is_no_high_school():
    assert named("디에고와 티아고는 서울고와 진명여고를 찾았다.", "Organization") == ["서울고", "진명여고"]


def test_a_planned_facility_s_name_does_not_take_in_the_area_it_is_built_in():
    found = mentions("용인시는 남사읍 일대 반도체 국가산업단지 조성을 위한 절차에 착수했다.")
    assert "반도체 국가산업단지" in [m.text for m in found.mentions if m.kind == "Organization"]
    assert "남사읍" not in [m.text for m in found.mentions if m.kind == "Person"]


def test_a_name_in_letters_numbered_in_roman_capitals_is_one_name():
    found = mentions("한수원은 체코전력공사 자회사인 EDU II와 계약을 체결했다.")
    assert "EDU II" in [m.text for m in found.mentions] and "II" not in [m.text for m in found.mentions]


def test_a_journal_s_title_after_a_noun_for_a_journal_runs_over_its_words_up_to_the_particle():
    text = ("연구 결과는 국제 학술지 네이처 케미컬 바이올로지에 실렸다. 학술지 사이언스 어드밴시스 최신호에도 실렸다. "
            "미국 일간지 뉴욕타임스 기자는 말했다.")
    media = [m.text for m in mentions(text).mentions if m.cls == "NewsMediaOrganization"]
    assert media == ["네이처 케미컬 바이올로지", "사이언스 어드밴시스", "뉴욕타임스"]


def test_a_journal_named_alone_before_a_word_for_its_article_ends_there():
    found = mentions("그는 학술지 셀 리포트에 논문을 냈다. 일간지 르몽드 보도에 따르면 그렇다.").mentions
    assert [m.text for m in found if m.kind == "Organization"] == ["셀 리포트", "르몽드"]


def test_one_letter_after_a_noun_for_a_newspaper_withholds_a_name():
    found = mentions("그는 한 중앙일간지 A 기자를 폭행했다.").mentions
    assert [m.text for m in found if m.kind == "Organization"] == []


def test_a_committee_named_with_words_of_a_company_s_board_is_the_company_s_not_the_state_s():
    found = mentions("한빛금융은 계열사대표이사후보추천위원회를 열었다. 규제개혁위원회도 열렸다. "
                     "누리증권 회장후보추천위원회는 후보를 정했다.").mentions
    classes = [(m.text, m.cls) for m in found if m.text.endswith("위원회")]
    assert classes == [("계열사대표이사후보추천위원회", "Organization"), ("규제개혁위원회", "GovernmentOrganization"),
                       ("회장후보추천위원회", "Organization")]


def test_a_company_that_opens_a_tournament_s_name_names_the_tournament_not_an_actor():
    found = mentions("고진영은 LPGA 투어 롯데 챔피언십에서 우승했다. 그는 셰브론 챔피언십에 나간다. "
                     "롯데는 상금을 늘렸다.")
    assert [m.text for m in found.mentions if m.kind in ("Organization", "Concept")] == ["LPGA", "롯데"]


def test_a_person_s_name_that_opens_a_tournament_s_name_names_the_tournament_not_an_actor():
    found = mentions("고진영은 LPGA 투어 마이어 클래식에서 우승했다.")
    assert [m.text for m in found.mentions if m.kind == "Person"] == ["고진영"]


def test_a_body_s_national_branch_named_with_its_country_is_one_organization():
    found = mentions("유니세프 한국위원회는 성명을 냈다. 국제앰네스티 한국지부도 밝혔다.").mentions
    assert [m.text for m in found if m.kind == "Organization"] == ["유니세프 한국위원회", "국제앰네스티 한국지부"]


def test_a_cue_describes_a_name_that_owns_what_follows():
    assert named("일본 연예기획사 에이벡스 산하 레이블이 데뷔한다.", "Organization") == ["에이벡스"]


def test_a_quoted_title_after_a_word_for_a_journal_is_one_journal():
    found = mentions("결과는 국제학술지 '셀 리포츠 오브 메디슨' 최신호에 실렸다.").mentions
    named_ones = [(m.text, m.cls) for m in found if m.kind != "Quantity"]
    assert named_ones == [("셀 리포츠 오브 메디슨", "NewsMediaOrganization")]


def test_a_topic_the_sentence_says_is_a_kind_of_company_is_one():
    assert named("볼타셀은 두 회사가 세운 합작법인이다.", "Organization") == ["볼타셀"]


def test_a_word_for_a_kind_of_company_alone_names_none_though_kiwi_reads_it_as_a_name():
    assert named("현지 벤처캐피털과 투자 상담을 진행했다.", "Organization") == []
    assert named("결혼정보회사 '듀오'는 조사 결과를 냈다.", "Organization") == ["듀오"]  # a cue before it


def test_an_industry_written_with_a_word_for_a_company_names_none_and_types_the_name_after_it():
    found = mentions("폴란드 방산기업 누리마르와 함께 생산한다.").mentions
    assert [(m.text, m.cls) for m in found if m.kind != "Place"] == [("누리마르", "Corporation")]


def test_a_city_s_stock_exchange_and_one_named_with_the_ending():
    assert named("한빛전자는 뭄바이 증권거래소(BSE)와 인도국립증권거래소에 상장했다.", "Organization") == [
        "한빛전자", "뭄바이 증권거래소", "BSE", "인도국립증권거래소"]


def test_a_long_compound_of_common_nouns_after_a_word_for_an_organization_is_its_name():
    assert named("전세사기 피해자 단체인 전세사기피해자전국총연합은 성명을 냈다.", "Organization") == [
        "전세사기피해자전국총연합"]
    assert named("지역주택조합은 조합원을 모았다.", "Organization") == []  # alone, a kind of body


def test_a_body_named_after_the_day_it_remembers_is_one_organization():
    assert named("한빛 4·16재단 이사장과 2·28민주운동기념사업회가 4·19 기념식에 참석했다.", "Organization") == [
        "4·16재단", "2·28민주운동기념사업회"]


def test_a_publisher_named_after_the_word_for_one_is_a_company():
    assert named("그는 일본 대형 출판사 고단샤와 손잡았다.", "Organization") == ["고단샤"]


def test_a_known_company_and_a_word_of_its_trade_apart_name_its_arm_but_a_country_s_do_not():
    assert named("지분은 알리바바 인터내셔널이 보유한다. 그는 일본 출판사 고단샤와 손잡았다.", "Organization") == [
        "알리바바 인터내셔널", "고단샤"]


def test_letters_shortening_a_body_s_name_in_brackets_are_the_body_though_they_look_like_a_name():
    found = mentions("전국삼성전자노동조합(전삼노)은 투표를 거쳐 결정하겠다고 밝혔다.")
    assert [(m.text, m.kind) for m in found.mentions if m.kind != "Title"] == [
        ("전국삼성전자노동조합", "Organization"), ("전삼노", "Organization")]


def test_an_age_group_s_national_team_is_a_team():
    found = mentions("한빛축구협회는 U-23 대표팀 새 감독을 뽑았다. 여자 U-20 대표팀이 우승했다.").mentions
    assert [(m.text, m.cls) for m in found if m.cls == "SportsTeam"] == [
        ("U-23 대표팀", "SportsTeam"), ("U-20 대표팀", "SportsTeam")]


def test_a_body_of_common_nouns_that_say_how_it_is_run_is_a_description_not_a_name():
    assert named("한빛은 누리대와 공동연구센터를 세운다.", "Organization") == ["누리대"]
    assert named("검찰은 합동수사본부를 꾸렸다.", "Organization") == ["검찰"]
    assert named("정부는 기초과학연구원을 세웠다.", "Organization") == ["기초과학연구원"]


def test_a_compound_of_common_nouns_after_a_word_for_its_kind_of_company_is_its_name():
    assert named("그는 베트남 디지털은행 미래뱅크의 지분을 샀다.", "Organization") == ["미래뱅크"]
    assert named("그는 디지털 뱅크를 세운다.", "Organization") == []


def test_a_word_for_a_kind_of_bank_is_no_bank_of_its_own():
    assert named("카카오뱅크는 인도네시아 디지털은행 '슈퍼뱅크'에 투자했다.", "Organization") == [
        "카카오뱅크", "슈퍼뱅크"]
    assert named("그는 인터넷전문은행 한빛뱅크로 옮겼다.", "Organization") == ["한빛뱅크"]


def test_a_name_glued_to_에너지_is_a_company_but_a_compound_of_common_nouns_is_not():
    assert named("이 발전소는 쿠웨이트에너지가 발주했다.", "Organization") == ["쿠웨이트에너지"]
    assert named("그는 신재생에너지를 늘린다.", "Organization") == []


def test_a_short_known_name_kiwi_misreads_with_its_particle_is_that_name():
    assert named("가스전 지분을 이탈리아 에니로부터 사들인다. 사업은 에니가 운영한다.", "Organization") == [
        "에니", "에니"]
    # a word Kiwi knows whole holds no known name and particle
    assert named("제주도 남쪽 해상에서 고양이가 구조됐다.", "Organization") == []
    assert [m.text for m in mentions("제주도 남쪽 해상에서 고양이가 구조됐다.").mentions if m.kind == "Place"] == [
        "제주도"]


def test_a_fund_or_an_exchange_named_after_the_kind_it_is_is_a_company():
    assert named("한빛전자는 지분 전부를 영국계 사모펀드 모르가튼으로부터 사들인다.", "Organization") == [
        "한빛전자", "모르가튼"]
    assert named("가상자산 거래소 한빛코인을 운영하는 누리랩스는 말했다.", "Organization")[0] == "한빛코인"
    found = mentions("미국 사모펀드 알파스톤이 한빛게임즈에 투자했다.").mentions
    assert [(m.text, m.kind) for m in found if m.kind != "Quantity"] == [
        ("미국", "Place"), ("알파스톤", "Organization"), ("한빛게임즈", "Organization")]
    # a fund the lexicon knows is one body, however the story names it
    found = mentions("사우디 국부펀드 PIF가 누리게임즈에 투자했다.").mentions
    assert [(m.text, m.key) for m in found if m.kind == "Organization"] == [
        ("사우디 국부펀드", "사우디 공공투자펀드"), ("PIF", "사우디 공공투자펀드"), ("누리게임즈", None)]


def test_a_name_ending_in_유통_is_a_company_but_the_trade_alone_is_none():
    assert named("한빛유통 창업주인 김영자 명예회장이 별세했다.", "Organization") == ["한빛유통"]
    assert named("농산물 유통 구조를 바꾼다. 온라인유통 업계가 커졌다.", "Organization") == []


def test_a_branch_court_named_by_its_direction_is_one_body_and_the_same_words_elsewhere_none():
    found = mentions("대구지법 서부지원은 피고인에게 징역 3년을 선고했다. 정부는 서부 지원을 늘렸다.").mentions
    assert [(m.text, m.key) for m in found if m.kind == "Organization"] == [
        ("대구지법 서부지원", "대구지방법원 서부지원")]


def test_a_name_ending_in_a_hangul_e_and_letter_is_a_company():
    assert named("제작은 누리이앤에이가 맡는다. 배급은 솔빛이앤엠이 한다.", "Organization") == [
        "누리이앤에이", "솔빛이앤엠"]


def test_a_word_for_a_news_outlet_before_an_unknown_name_makes_it_one_whatever_the_verb():
    found = mentions('영국 매체 누리포스트는 11일 "한빛FC가 김철수를 영입했다"고 보도했다. '
                     '미국 경제지 배런스에 따르면 그렇다.')
    assert [(m.text, m.cls) for m in found.mentions if m.kind == "Organization" and m.cls != "SportsTeam"] == [
        ("누리포스트", "NewsMediaOrganization"), ("배런스", "NewsMediaOrganization")]


def test_a_name_ending_in_판공실_is_a_state_office():
    assert named("그는 국무원 대만사무판공실 대변인을 지냈다.", "Organization") == ["대만사무판공실"]


def test_an_unknown_name_with_its_letters_in_brackets_before_관계자_is_an_organization():
    found = mentions("누리알(NR) 관계자는 \"원인을 조사 중\"이라고 말했다.").mentions
    assert [(m.text, m.kind) for m in found] == [("누리알", "Organization"), ("NR", "Organization")]


def test_a_shipping_line_named_after_its_cue_is_a_company():
    found = mentions("한빛조선은 그리스 선사 오르피온마린으로부터 운반선 2척을 수주했다.").mentions
    assert ("오르피온마린", "Corporation") in [(m.text, m.cls) for m in found]


def test_a_company_s_branch_abroad_written_in_three_words_is_one_company():
    found = mentions("누리전자는 한빛전자 미국 법인과 공급 계약을 맺었다.")
    assert [(m.text, m.cls) for m in found.mentions if m.kind == "Organization"] == [
        ("누리전자", "Corporation"), ("한빛전자 미국 법인", "Corporation")]
    assert named("그는 한국 법인을 세웠다.", "Organization") == []
