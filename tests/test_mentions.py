"""Hard cases of Korean news, one test each, on sentences written for the tests."""

from kg.analyze import analyze
from kg.mentions import find_mentions
from kg.read import Article


def mentions(text):
    return find_mentions(analyze(Article("t", text)))


def named(text, kind):
    return [m.text for m in mentions(text).mentions if m.kind == kind]


def test_name_and_title_with_organization_between():
    found = mentions("홍길동 대한상공회의소 부회장이 참석했다.")
    (ap,) = found.appositions
    assert (ap.person.text, ap.title.value, ap.org.text, ap.former) == ("홍길동", "부회장", "대한상공회의소", False)


def test_organization_with_genitive_before_a_foreign_name():
    (ap,) = mentions("반도체 기업 ARM의 르네 하스 대표가 왔다.").appositions
    assert (ap.person.text, ap.title.value, ap.org.text) == ("르네 하스", "대표", "ARM")


def test_one_syllable_given_name_opens_a_foreign_name():
    assert "존 스미스" in named("존 스미스 대표가 서울에 왔다.", "Person")


def test_former_title():
    (ap,) = mentions("박영수 전 장관은 말을 아꼈다.").appositions
    assert ap.former and ap.person.text == "박영수"


def test_title_first_short_form_keeps_its_written_form():
    short = [m for m in mentions("김 장관은 이날 발표했다.").mentions if m.surname]
    assert [(m.text, m.surname, m.value) for m in short] == [("김", "김", "김 장관")]


def test_determiner_is_no_short_form():
    assert not [m for m in mentions("이 회사의 대표는 바뀌었다.").mentions if m.surname]


def test_particles_are_not_part_of_names():
    assert named("삼성전자는 LG전자와 경쟁한다.", "Organization") == ["삼성전자", "LG전자"]


def test_corporate_mark_before_or_after_the_name():
    assert named("SK㈜는 ㈜LG와 협의했다.", "Organization") == ["SK㈜", "㈜LG"]


def test_compound_government_body_is_one_organization():
    assert named("기획재정부와 국토교통부가 협의했다.", "Organization") == ["기획재정부", "국토교통부"]


def test_organization_suffix_names_an_unknown_organization():
    assert "한빛바이오연구소" in named("한빛바이오연구소가 신약을 내놓았다.", "Organization")


def test_bracketed_alias_pairs_two_spans():
    found = mentions("한국산업단지공단(산단공)은 공고를 냈다.")
    assert [(a.name.text, a.alias.text) for a in found.aliases] == [("한국산업단지공단", "산단공")]


def test_list_joined_by_middle_dots():
    assert named("엔비디아·인텔·퀄컴이 참여했다.", "Organization") == ["엔비디아", "인텔", "퀄컴"]


def test_cue_noun_types_an_unknown_name():
    assert "카카오페이" in named("카카오의 자회사인 카카오페이는 성장했다.", "Organization")


def test_cue_types_only_the_head_of_its_noun_phrase():
    found = mentions("소프트뱅크의 자회사인 칩리스 반도체 기업 ARM의 대표가 왔다.")
    assert [m.kind for m in found.mentions if m.text == "칩리스"] == ["Concept"]


def test_quoted_name_to_be_established_is_an_organization():
    assert "한빛 아카데미" in named("두 회사는 ‘한빛 아카데미(가칭)’ 설립을 추진한다.", "Organization")


def test_a_name_found_once_is_found_again_as_a_whole():
    found = mentions("양측은 ‘한빛 아카데미(가칭)’ 설립을 추진한다. 한빛 아카데미는 내년에 문을 연다.")
    assert named_count(found, "한빛 아카데미") == 2


def named_count(found, text):
    return sum(1 for m in found.mentions if m.text == text)


def test_dates_and_amounts_are_mentions_with_values():
    found = mentions("2024년 3월 12일 4920억원을 투자했다.")
    values = {(m.kind, m.value, m.unit) for m in found.mentions if m.kind in ("Date", "Quantity")}
    assert values == {("Date", "2024-03-12", None), ("Quantity", "492000000000", "KRW")}


def test_verb_starting_word_is_no_name():
    assert named("이어 그는 말했다.", "Person") == []


def test_parenthetical_is_transparent_to_the_title():
    (ap,) = mentions("최한결(사진) 회장은 투자를 결정했다.").appositions
    assert ap.person.text == "최한결"


def test_common_noun_before_a_title_is_no_name():
    assert mentions("이날 시장은 크게 흔들렸다.").appositions == []


def test_byline_is_kept_apart_from_the_story():
    found = mentions("[한빛뉴스=김세진 기자] 삼성전자는 투자를 늘린다. 사진=홍길동 기자")
    assert [b.text for b in found.bylines] == ["김세진 기자", "홍길동 기자"]
    assert found.appositions == []
    assert "홍길동" not in [m.text for m in found.names()]


def test_affiliate_named_after_a_known_group():
    assert "카카오모빌리티" in named("카카오모빌리티가 출범했다.", "Organization")


def test_unknown_names_in_a_list_take_the_kind_of_the_known_ones():
    assert named("삼성전자·한빛소재·LG전자가 참여했다.", "Organization") == ["삼성전자", "한빛소재", "LG전자"]


def test_organization_before_name_and_title():
    (ap,) = mentions("삼성전자 이재용 회장이 참석했다.").appositions
    assert (ap.person.text, ap.org.text) == ("이재용", "삼성전자")


def test_title_before_name_and_a_second_title():
    found = mentions("SK㈜ 신임 CEO 장한결 사장은 취임했다.").appositions
    assert sorted((a.person.text, a.title.value, a.org.text) for a in found) == [
        ("장한결", "CEO", "SK㈜"), ("장한결", "사장", "SK㈜")]


def test_particle_glued_to_an_unknown_name_is_split_off():
    found = mentions("한빛인더스트리얼솔루션즈는 성장했다. 한빛인더스트리얼솔루션즈과 협력한다.")
    assert [(m.kind, m.text) for m in found.names()] == [("Organization", "한빛인더스트리얼솔루션즈")] * 2


def posts(text):
    return sorted((a.person.text, a.title.value, a.org.text if a.org else None, a.former)
                  for a in mentions(text).appositions)


def test_title_fused_to_its_city():
    assert posts("김한결 안성시장은 말했다.") == [("김한결", "시장", "안성시", False)]


def test_two_titles_joined_by_gyeom():
    assert posts("구한결 부총리 겸 기획재정부 장관은 말했다.") == [
        ("구한결", "부총리", None, False), ("구한결", "장관", "기획재정부", False)]


def test_second_post_in_a_list_shares_the_organization():
    assert posts("정한결 국민의힘 비상대책위원장과 주민호 원내대표를 만났다.") == [
        ("정한결", "비상대책위원장", "국민의힘", False), ("주민호", "원내대표", "국민의힘", False)]


def test_career_list_belongs_to_the_subject_as_former_posts():
    found = posts("황한결 차관은 연천군수, 경기도 기획관리실장 등을 거쳤다.")
    assert ("황한결", "군수", "연천군", True) in found and ("황한결", "기획관리실장", "경기도", True) in found


def test_appointing_company_is_the_organization_of_the_new_post():
    found = posts("한빛무역은 13일 이사회를 열어 최한결 총괄사장을 대표이사로 선임했다.")
    assert ("최한결", "대표이사", "한빛무역", False) in found and ("최한결", "총괄사장", "한빛무역", False) in found


def test_department_heads_in_a_career_list_even_as_one_proper_noun():
    found = posts("정한결 차관은 서울대를 졸업한 뒤 총무처 인사기획과장, 행정안전부 조직실장 등을 지냈다.")
    assert ("정한결", "인사기획과장", "총무처", True) in found and ("정한결", "조직실장", "행정안전부", True) in found


def test_envoy_posting_names_the_sending_country_not_a_person():
    found = mentions("주한미국 대사가 기자들과 만났다.")
    assert [(m.text, m.cls) for m in found.mentions if m.kind == "Place"] == [("미국", "Country")]
    assert named("주한미국 대사가 기자들과 만났다.", "Person") == []


def test_a_known_name_hides_no_title_in_its_ending():
    # 과학기술정보통신부 ends in 신부 (priest): the ministry is one name, and 장관 the only title
    titles = [m.text for m in mentions("과학기술정보통신부 장관이 발표했다.").mentions if m.kind == "Title"]
    assert titles == ["장관"]


def test_market_is_no_mayor_only_department_heads_take_a_department():
    assert "금융시장" not in named("국내 금융시장 안정에 힘쓰겠다.", "Title")
    assert "재무국장" in named("박영수 재무국장이 왔다.", "Title")


def test_government_body_of_a_named_country_even_when_short():
    assert named("미국 국무부 대변인이 말했다.", "Organization") == ["국무부"]
    assert named("일본 상무부장이 말했다.", "Organization") == ["상무부"]
    assert named("중국 동북부에 눈이 왔다.", "Organization") == []


def test_a_known_agency_fused_to_its_head_is_kept_whole():
    assert named("경찰청장 직무대행이 서명했다.", "Organization") == ["경찰청"]


def test_unknown_proper_noun_between_a_korean_name_and_a_title_is_the_employer():
    (ap,) = mentions("최영호 누리텍 회장이 참석했다.").appositions
    assert (ap.person.text, ap.org.text, ap.org.cls) == ("최영호", "누리텍", "Corporation")


def test_post_before_the_copula_belongs_to_the_next_person():
    found = mentions("이사회 의장인 박영수 회장은 웃었다.")
    assert {(ap.person.text, ap.title.value) for ap in found.appositions} == {("박영수", "회장"), ("박영수", "의장")}


def test_courtesy_ssi_makes_a_person_whatever_the_name_ends_in():
    assert named("가수 이현도 씨가 무대에 올랐다.", "Person") == ["이현도"]  # not 이현 province (도)
    assert named("솔지 씨는 웃었다.", "Person") == ["솔지"]
    assert named("아저씨가 왔다.", "Person") == []


def test_municipality_named_without_its_suffix_after_its_province():
    found = mentions("그는 충남 예산의 농가와 경기 안성시 공장을 거쳐 서울 마포 사무실에 들렀다.").mentions
    places = {(m.text, m.key) for m in found if m.kind == "Place"}
    assert {("충남", "충청남도"), ("예산", "예산군"), ("경기", "경기도"), ("안성시", "안성시"),
            ("서울", "서울특별시"), ("마포", "마포구")} <= places
    # alone, or after a province it does not belong to, the same word is no place: budget, the economy, progress
    assert named("예산이 줄어 경기 회복의 진도가 더디다. 경남 진도 점검", "Place") == ["경남"]


def test_municipality_that_is_no_common_word_is_a_place_alone():
    found = {(m.text, m.key) for m in mentions("그는 김해에서 태어나 송파에 산다.").mentions if m.kind == "Place"}
    assert found == {("김해", "김해시"), ("송파", "송파구")}
    assert named("경주 대회를 앞두고 양산 체제를 갖췄다.", "Place") == []  # a race; mass production


def test_country_or_city_that_is_also_a_common_word_is_left_to_context():
    assert named("수단과 방법을 가리지 않고 선전에 나섰다.", "Place") == []  # means; propaganda
    assert named("그는 몰디브와 알바니아를 거쳐 항저우에 갔다.", "Place") == ["몰디브", "알바니아", "항저우"]


def test_korean_name_kiwi_cuts_into_pieces_is_a_person():
    # Kiwi does not know these names and cuts them up (오/NR 세/NNB 린/NNG, 손/NNG 태/NNG 준/NNG)
    assert named("오세린은 어제 서울로 돌아왔다.", "Person") == ["오세린"]
    assert named("그는 손태준에게 편지를 보냈다.", "Person") == ["손태준"]


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


def test_opened_name_before_a_title_is_one_person_with_the_post():
    (ap,) = mentions("사토 다카시 감독이 말했다.").appositions
    assert (ap.person.text, ap.title.value) == ("사토 다카시", "감독")


def test_opened_name_takes_a_third_part_only_when_it_ends_the_phrase():
    assert named("로버트 다우니 주니어는 웃었다.", "Person") == ["로버트 다우니 주니어"]
    # 한일 begins the organization before the title, not more of the name
    assert "데이비드 밀러" in named("장관은 데이비드 밀러 한일 경제협회 회장을 만났다.", "Person")


def test_opened_name_with_an_age_is_one_person():
    assert named("영화배우 에밀리 스톤웰(35)이 입국했다.", "Person") == ["에밀리 스톤웰"]


def test_club_after_its_city_is_one_organization():
    found = mentions("그는 어제 뉴욕 메츠와의 경기에서 홈런을 쳤다.").mentions
    assert [(m.text, m.kind, m.key) for m in found if m.kind in ("Organization", "Place")] == [
        ("뉴욕 메츠", "Organization", "뉴욕 메츠")]


def test_unknown_name_that_reports_is_a_news_outlet():
    cases = (("중국 포털 왕이닷컴이 17일 보도했다.", "왕이닷컴"),
             ("데일리스타 보도에 따르면 그는 떠났다.", "데일리스타"))
    for text, outlet in cases:
        (found,) = [m for m in mentions(text).mentions if m.text == outlet]
        assert (found.kind, found.cls) == ("Organization", "NewsMediaOrganization")


def test_subject_of_a_reported_clause_is_no_outlet():
    assert not [m for m in mentions("통신은 밴드 오아시바가 해체한다고 보도했다.").mentions
                if m.cls == "NewsMediaOrganization" and m.text == "오아시바"]


def test_name_then_venue_word_is_one_place_with_its_city():
    assert named("시위대는 카이로의 타흐리르 광장에 모였다.", "Place") == ["카이로", "타흐리르 광장"]
    assert named("파도가 부산 해운대 해수욕장 부근 도로를 덮쳤다.", "Place") == ["부산 해운대 해수욕장"]


def test_venue_glued_to_its_name_and_a_role_is_no_station():
    assert named("그는 서울시립미술관에서 전시를 열었다.", "Place") == ["서울시립미술관"]
    assert named("영화에서 아이언맨 역의 배우가 웃었다.", "Place") == []


def test_head_of_a_known_body_written_as_one_word():
    (bank,) = mentions("박영수 하나은행장은 금리를 올렸다.").appositions
    assert (bank.person.text, bank.title.value, bank.org.text) == ("박영수", "행장", "하나은행")
    # the body and the title share two letters: 질병관리본부 + 본부장
    (agency,) = mentions("김철수 질병관리본부장은 브리핑을 했다.").appositions
    assert (agency.title.value, agency.org.text) == ("본부장", "질병관리본부")


def test_unlisted_word_in_구_opening_with_a_family_name_is_a_person():
    assert named("배우 한지수가 박태구와 결혼했다.", "Person") == ["한지수", "박태구"]
    # after its city, an unlisted district stays a district
    assert named("베이징 시청구에서 시위가 열렸다.", "Place") == ["베이징", "시청구"]


def test_district_of_a_city_that_is_no_metropolitan_city():
    found = [(m.text, m.key) for m in mentions("수원 팔달에서 불이 났다.").mentions if m.kind == "Place"]
    assert found == [("수원", "수원시"), ("팔달", "팔달구")]


def test_three_syllable_proper_noun_ending_like_a_thing_is_no_person():
    assert named("신도들이 조계사에 모였다.", "Person") == []
    assert named("그는 남산골에서 자랐다.", "Person") == []


def test_korean_names_side_by_side_before_a_title_are_several_people():
    assert named("박문수 이몽룡 성춘향 전 장관이 모였다.", "Person") == ["박문수", "이몽룡", "성춘향"]


def test_occupation_before_a_foreign_name_makes_it_a_person():
    assert named("외야수 마르티네스는 홈런을 쳤다.", "Person") == ["마르티네스"]


def test_foreign_name_after_a_title_and_an_organization_of_two_words():
    (ap,) = mentions("레알 마드리드 감독 라울은 웃었다.").appositions
    assert (ap.person.text, ap.title.value, ap.org.text) == ("라울", "감독", "레알 마드리드")


def test_body_of_a_known_organization_or_country_is_an_organization_of_its_own():
    found = mentions("삼성전자 노조는 파업을 선언했고 이란 축구대표팀은 이겼다.").mentions
    assert [(m.text, m.cls) for m in found if m.kind in ("Organization", "Place")] == [
        ("삼성전자 노조", "Organization"), ("이란 축구대표팀", "SportsTeam")]


def test_names_kiwi_cuts_after_a_glued_이_or_before_a_bound_noun():
    # 이/MM 소망/NNG and 강민/NNP 식/NNB
    (first,) = mentions("이사회에서 이소망 사장이 사임했다.").appositions
    (second,) = mentions("회의에는 강민식 비서실장이 참석했다.").appositions
    assert (first.person.text, second.person.text) == ("이소망", "강민식")
    assert named("전해상에 안개가 짙게 끼었다.", "Person") == []


def test_committee_chair_written_together_and_a_subcommittee_under_its_committee():
    (chair,) = mentions("홍길동 예결위원장이 회의를 열었다.").appositions
    assert (chair.title.value, chair.org.key) == ("위원장", "국회 예산결산특별위원회")
    (member,) = mentions("박문수 예결위 계수조정소위 위원이 말했다.").appositions
    assert (member.person.text, member.title.value, member.org.text) == ("박문수", "위원", "계수조정소위")


def test_a_title_that_names_its_body_stays_one_title():
    (ap,) = mentions("박문수 국회의원이 말했다.").appositions
    assert ap.title.value == "국회의원"


def test_a_word_after_a_comma_that_modifies_the_next_noun_joins_no_list():
    found = {m.text: m.kind for m in mentions("네이버, XR 자회사에 200억 투입").mentions}
    assert found["XR"] == "Concept"
    assert named("삼성전자, 한빛소재 등 기업이 참여했다.", "Organization") == ["삼성전자", "한빛소재"]


def test_a_post_after_a_person_and_a_comma_is_no_second_person():
    assert named("김철수, 전략기획총괄로 선임", "Person") == ["김철수"]


def test_one_dictionary_word_in_quotes_before_installing_is_no_organization():
    assert named("시청은 공원에 '안내판' 설치를 추진하기로 했다.", "Organization") == []


def test_a_place_where_a_journey_starts_or_ends_is_a_place():
    assert named("부산발 제주행 여객선이 출항했다.", "Place") == ["부산", "제주"]
    assert named("한국산 사과와 미국인 관광객", "Place") == []


def test_unknown_subject_of_a_predicate_only_a_person_has_is_a_person():
    assert named("마르코비치는 지난해 파리에서 결혼했다.", "Person") == ["마르코비치"]
    assert named("보르헤스는 이날 기자들에게 그렇게 말했다.", "Person") == ["보르헤스"]
    assert named("한빛소재는 올해 신제품을 발표했다.", "Person") == []
    # and of one only a company has, a company
    assert named("한빛소재는 올해 신제품을 출시했다.", "Organization") == ["한빛소재"]


def test_a_name_inside_a_quotation_is_not_the_speaker():
    text = '홍길동 시장은 "한빛소재가 크게 성장하도록 돕겠다"고 말했다.'
    assert named(text, "Person") == ["홍길동"]


def test_three_country_syllables_are_no_person():
    assert named("한중일 3국 정상회의가 열렸다.", "Person") == []


def test_where_an_envoy_serves_is_no_part_of_the_name():
    (ap,) = mentions("필립 골드버그 주한 미국 대사가 왔다.").appositions
    assert (ap.person.text, ap.title.value, ap.org.text) == ("필립 골드버그", "대사", "미국")


def test_a_countrys_legislature_is_an_organization_of_its_own():
    assert named("일본 의회는 법안을 통과시켰다.", "Organization") == ["일본 의회"]


def test_a_body_named_after_a_person():
    assert named("마르셀 뒤샹 재단은 올해 특별전을 연다.", "Organization") == ["마르셀 뒤샹 재단"]


def test_names_with_a_country_or_a_club_in_brackets_are_people():
    text = "출연진은 벨로니 카스텔리(이탈리아), 도르잔 마르텡(프랑스)이다."
    assert named(text, "Person") == ["벨로니 카스텔리", "도르잔 마르텡"]
    assert named("골은 벨로니 카스텔리(유벤투스)가 넣었고 박태구(토트넘)는 도왔다.", "Person") == [
        "벨로니 카스텔리", "박태구"]
    assert named("폭스콘(대만)은 공장을 지었다.", "Person") == []


def test_the_family_name_전_before_전_meaning_former():
    (ap,) = mentions("전 전 장관은 말을 아꼈다.").appositions
    assert (ap.person.surname, ap.title.value, ap.former) == ("전", "장관", True)


def test_a_university_and_its_student_council_or_college():
    assert named("한빛대학교 총학생회는 성명을 냈다.", "Organization") == ["한빛대학교 총학생회"]


def test_a_government_named_after_its_leader():
    assert named("오바마 행정부는 제재를 발표했다.", "Organization") == ["오바마 행정부"]


def test_a_university_or_police_station_named_after_its_city_but_not_a_country():
    assert named("그는 콜로라도 대학을 졸업했다.", "Organization") == ["콜로라도 대학"]
    assert named("그는 미국 대학에 진학했다.", "Organization") == []


def test_a_platform_where_something_is_posted_is_no_organization():
    assert named("그는 페이스북에 글을 올렸다.", "Organization") == []
    assert named("페이스북은 새 기능을 발표했다.", "Organization") == ["페이스북"]


def test_a_law_is_no_district_court():
    assert named("경찰은 아동복지법 위반 혐의를 적용했고 서울중앙지법이 판결했다.", "Organization") == [
        "경찰", "서울중앙지법"]


def test_a_countrys_armed_forces_are_an_organization():
    found = [(m.text, m.kind) for m in mentions("러시아군이 국경을 넘었다.").mentions if m.kind != "Date"]
    assert found == [("러시아군", "Organization")]


def test_short_forms_before_election_titles_and_a_side():
    for text, surname in [("정 후보자는 답변했다.", "정"), ("박 당선인은 이날 말했다.", "박"),
                          ("정의당과 안 의원측도 찬성했다.", "안"), ("최 전 후보는 칩거했다.", "최")]:
        assert [m.surname for m in mentions(text).mentions if m.surname] == [surname], text


def test_a_korean_name_glossed_in_hanja_is_a_person_and_its_gloss_an_alias():
    found = mentions("그는 진주에서 한도윤(韓道允)에게 배웠다.")
    assert {m.text: m.kind for m in found.mentions if m.text in ("한도윤", "韓道允")} == {
        "한도윤": "Person", "韓道允": "Person"}
    assert [(a.name.text, a.alias.text) for a in found.aliases] == [("한도윤", "韓道允")]


def test_an_age_after_the_hanja_gloss_is_no_part_of_it():
    found = mentions("배우 가오밍(高明·52)이 왔다.")
    assert [a.alias.text for a in found.aliases] == ["高明"]


def test_music_groups_known_cued_or_with_a_member():
    text = "소녀시대와 걸그룹 루미엘라가 무대에 섰고 벨로키아 멤버 한지수도 왔다."
    found = {m.text: m.cls for m in mentions(text).mentions}
    assert found["소녀시대"] == found["루미엘라"] == found["벨로키아"] == "MusicGroup"
    assert found["한지수"] == "Person"


def test_a_one_syllable_given_name_opens_a_name_that_ends_the_phrase():
    assert named("빌 게이츠가 재단을 세웠다.", "Person") == ["빌 게이츠"]
    assert named("딕 코스톨로는 사임했다.", "Person") == ["딕 코스톨로"]


def test_mountains_rivers_and_islands_are_places_but_goods_made_in_a_country_are_not():
    assert named("등산객이 수원 팔달산과 메콩강, 세빛섬을 찾았다.", "Place") == ["수원", "팔달산", "메콩강", "세빛섬"]
    assert named("중국산 김치가 팔렸다.", "Place") == []


def test_a_compound_ending_in_a_venue_word_names_the_venue_after_a_place():
    assert named("산티아고 국제공항은 폐쇄됐다.", "Place") == ["산티아고 국제공항"]


def test_an_age_after_a_foreign_name_makes_all_its_parts_a_person():
    assert named("이날 도리안 그레코(46)가 웃었다.", "Person") == ["도리안 그레코"]
    assert named("영북면 야미리 김모(75)씨의 집", "Person") == ["김모"]


def test_military_foreign_and_church_titles_follow_a_name():
    for text, name in [("해리스 사령관은 말했다.", "해리스"), ("프란치스코 교황이 왔다.", "프란치스코"),
                       ("제리 브라운 캘리포니아 주지사가 말했다.", "제리 브라운")]:
        (ap,) = mentions(text).appositions
        assert ap.person.text == name, text


def test_landmarks_and_neighbourhoods_are_places_and_a_kind_of_place_in_a_list_is_not_one():
    assert named("관광객이 종묘, 청담동, 수목원을 찾았다.", "Place") == ["종묘", "청담동"]
    assert "NLL" in named("경비정이 NLL을 넘었다.", "Place")


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


def test_an_unknown_name_before_a_noun_of_place_is_a_place():
    assert named("이날 둥관 시내 도로마다 물이 찼다.", "Place") == ["둥관"]


def test_a_name_and_a_company_suffix_written_apart_are_one_company():
    found = {m.text: m.cls for m in mentions("가수들은 YG 엔터테인먼트와 브래번 캐피털로 옮겼다.").mentions}
    assert found["YG 엔터테인먼트"] == found["브래번 캐피털"] == "Corporation"


def test_a_short_name_after_이하_and_a_guessed_short_name_are_aliases():
    found = mentions("배우는 씨제스 엔터테인먼트(이하 씨제스) 대표를 만났고 정부는 중앙사고수습본부(중수본)를 꾸렸다.")
    assert sorted((a.name.text, a.alias.text) for a in found.aliases) == [
        ("씨제스 엔터테인먼트", "씨제스"), ("중앙사고수습본부", "중수본")]


def test_a_hangul_nickname_with_an_age_after_a_person_is_an_alias():
    found = mentions("트윗이 정하나(징거·25)씨와의 불화설을 낳았다.")
    assert [(a.name.text, a.alias.text) for a in found.aliases] == [("정하나", "징거")]


def test_research_and_public_institutes_by_suffix_and_연구원_after_a_field_is_the_institute():
    found = named("국립수산과학원과 항공우주연구원은 회의를 열었다.", "Organization")
    assert found == ["국립수산과학원", "항공우주연구원"]
    (ap,) = mentions("김철수 선임연구원은 말했다.").appositions
    assert ap.person.text == "김철수"


def test_a_place_before_a_venue_named_by_its_suffix_is_part_of_the_venue():
    assert named("사고는 경주 마우나리조트에서 났다.", "Place") == ["경주 마우나리조트"]


def test_a_name_glued_to_시티_is_a_city():
    assert named("가자시티 동부에서도 공습이 있었다.", "Place") == ["가자시티"]


def test_a_known_name_written_apart_is_still_known_but_common_words_apart_are_not_joined():
    found = {m.text: m.key for m in mentions("모건 스탠리와 뉴욕 타임스가 서울 대 부산 경기를 다뤘다.").mentions}
    assert found["모건 스탠리"] == "모건스탠리" and found["뉴욕 타임스"] == "뉴욕타임스"
    assert "서울 대" not in found


def test_a_group_in_latin_letters_and_its_company_written_apart_is_the_known_company():
    found = {m.text: m.key for m in mentions("LG 에너지솔루션은 미국 조지아주에 공장을 짓는다.").mentions}
    assert found["LG 에너지솔루션"] == "LG에너지솔루션" and found["조지아주"] == "조지아주"


def test_japanese_prefectures_world_regions_and_historical_korean_states_are_places():
    found = named("고구려 유물이 오카야마 현과 동유럽에서 나왔다.", "Place")
    assert found == ["고구려", "오카야마 현", "동유럽"]


def test_foreign_parties_by_their_korean_names():
    found = {m.text: m.key for m in mentions("시진핑 공산당 총서기와 일본 자민당 총재가 만났다.").mentions}
    assert found["공산당"] == "중국공산당" and found["일본 자민당"] == "자민당"


def test_the_role_an_actor_plays_is_a_person_but_a_function_is_not():
    assert named("시사회에는 블랙위도 역의 한지수와 '별이' 역의 윤다온이 왔다.", "Person") == [
        "블랙위도", "한지수", "별이", "윤다온"]
    assert named("그는 '컨트롤타워' 역할을 맡았다.", "Person") == []


def test_a_proper_noun_before_a_spaced_군_or_양_is_a_person_but_a_city_is_not():
    assert named("아들 도하 군과 딸 서아 양이 있다.", "Person") == ["도하", "서아"]
    assert named("고양 군은 없다.", "Person") == []


def test_unions_and_civic_groups_by_their_short_names():
    found = {m.text: m.key for m in mentions("민노총과 전교조, 참여연대가 성명을 냈다.").mentions}
    assert found == {"민노총": "전국민주노동조합총연맹", "전교조": "전국교직원노동조합", "참여연대": "참여연대"}


def test_a_name_shaped_neighbourhood_where_something_happens_is_a_place_not_a_person():
    assert named("집회는 상계동에서 열렸고 방배동 주민들이 모였다.", "Place") == ["상계동", "방배동"]
    assert named("홍길동에게 물었다.", "Person") == ["홍길동"]
