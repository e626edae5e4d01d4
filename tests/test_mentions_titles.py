"""Hard cases of titles and the people and organizations beside them, on sentences written for the tests."""

from helpers import mentions, named

from conftest import run


def posts(text):
    return sorted((a.person.text, a.title.value, a.org.text if a.org else None, a.former)
                  for a in mentions(text).appositions)


def test_name_and_title_with_organization_between():
    found = mentions("홍길동 대한상공회의소 부회장이 참석했다.")
    (ap,) = found.appositions
    assert (ap.person.text, ap.title.value, ap.org.text, ap.former) == ("홍길동", "부회장", "대한상공회의소", False)


def test_organization_with_genitive_before_a_foreign_name():
    (ap,) = mentions("반도체 기업 ARM의 르네 하스 대표가 왔다.").appositions
    assert (ap.person.text, ap.title.value, ap.org.text) == ("르네 하스", "대표", "ARM")


def test_a_post_whose_organization_is_read_longer_later_is_at_the_whole_organization():
    assert posts("일본 야구대표팀의 김보람 감독이 명단을 발표했다.") == [("김보람", "감독", "일본 야구대표팀", False)]


def test_one_whose_appointment_a_body_proposes_holds_no_post_at_that_body():
    assert posts("국토교통부는 2일 박 사장의 임명을 제청했다.") == [("박", "사장", None, False)]


def test_a_post_at_a_country_s_team_is_at_the_team_but_a_board_s_chair_is_the_company_s():
    assert posts("한빛FC는 김보람 전 베트남 대표팀 감독을 선임했다.") == [("김보람", "감독", "베트남 대표팀", True)]
    assert posts("박서연 한빛전자 이사회 의장이 말했다.") == [("박서연", "의장", "한빛전자", False)]


def test_a_country_or_region_between_an_organization_and_its_title_is_where_the_post_reaches():
    assert posts("존 밀러 애플 북미 사장과 김하늘 한빛전자 동아시아 사장이 만났다. 성김 주한 미국 대사도 왔다.") == [
        ("김하늘", "사장", "한빛전자", False), ("성김", "대사", "미국", False), ("존 밀러", "사장", "애플", False)]


def test_former_title():
    (ap,) = mentions("박영수 전 장관은 말을 아꼈다.").appositions
    assert ap.former and ap.person.text == "박영수"


def test_title_first_short_form_keeps_its_written_form():
    short = [m for m in mentions("김 장관은 이날 발표했다.").mentions if m.surname]
    assert [(m.text, m.surname, m.value) for m in short] == [("김", "김", "김 장관")]


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


def test_organization_before_name_and_title():
    (ap,) = mentions("삼성전자 이재용 회장이 참석했다.").appositions
    assert (ap.person.text, ap.org.text) == ("이재용", "삼성전자")


def test_title_before_name_and_a_second_title():
    found = mentions("SK㈜ 신임 CEO 장한결 사장은 취임했다.").appositions
    assert sorted((a.person.text, a.title.value, a.org.text) for a in found) == [
        ("장한결", "CEO", "SK㈜"), ("장한결", "사장", "SK㈜")]


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


def test_a_career_told_of_another_named_by_a_short_form_is_no_one_s():
    # 강 실장 speaks of 안 후보자's career: neither gets the posts, as the rule cannot tell whose
    quoted = posts('안민국 의원과 강한결 실장이 나왔다. '
                   '강 실장은 "안 후보자는 국회 국방위원장을 지낸 의원"이라고 말했다.')
    assert not [p for p in quoted if p[3]]


def test_appointing_company_is_the_organization_of_the_new_post():
    found = posts("한빛무역은 13일 이사회를 열어 최한결 총괄사장을 대표이사로 선임했다.")
    assert ("최한결", "대표이사", "한빛무역", False) in found and ("최한결", "총괄사장", "한빛무역", False) in found
    # but a post named as another organization's (의), new or not, is that organization's
    found = posts("한빛금융지주는 19일 자회사 한빛증권의 신임 대표이사에 김보람 부사장을 내정했다.")
    assert ("김보람", "대표이사", "한빛증권", False) in found


def test_a_central_bank_s_assistant_governor_is_a_post():
    assert ("이종렬", "부총재보", "한은", False) in posts("이종렬 한은 부총재보는 수출이 회복된다고 설명했다.")


def test_the_name_after_겸_is_where_the_second_post_is():
    found = posts("김한빛 누리자동차 본부장 겸 포티누리 대표가 서명했다.")
    assert ("김한빛", "본부장", "누리자동차", False) in found and ("김한빛", "대표", "포티누리", False) in found


def test_a_country_after_a_name_that_ends_in_a_given_name_is_where_the_post_is():
    found = posts("대통령은 안와르 이브라힘 말레이시아 총리와 회담했다.")
    assert ("안와르 이브라힘", "총리", "말레이시아", False) in found


def test_a_city_before_the_body_that_governs_it_is_no_part_of_the_name_before_them():
    found = posts("사장은 쩐 시 타인 하노이시 인민위원회 위원장과 만났다.")
    assert ("쩐 시 타인", "위원장", "인민위원회", False) in found


def test_a_branch_head_s_town_names_the_branch_and_the_post_is_at_the_organization_before():
    found = posts("김철수 한빛은행 강남지점장과 박철수 LG전자 미국법인장이 말했다.")
    assert ("김철수", "지점장", "한빛은행", False) in found and ("박철수", "법인장", "LG전자", False) in found


def test_a_mayor_s_title_after_a_name_is_a_post_though_a_particle_of_place_follows():
    assert ("홍길동", "시장", "대구시", True) in posts("홍길동 전 대구시장에 이어 김철수 부시장이 취임했다.")
    assert posts("한빛전자는 미국 시장에서 1위다.") == []
    assert posts("한빛중공업은 조선 시장에 진출했다.") == []  # shipbuilding's market: no name before it


def test_a_foreign_name_ending_in_object_letters_before_a_post_said_of_it_keeps_them():
    assert posts("막스 에베를 누리FC 단장은 응원한다고 말했다.") == [("막스 에베를", "단장", "누리FC", False)]
    assert ("존 스미스", "단장", "누리FC", False) in posts("누리FC는 존 스미스를 누리FC 단장으로 선임했다.")


def test_a_company_that_takes_someone_as_its_new_head_gives_him_the_post():
    assert ("송한결", "사장", "한빛건설", False) in posts("한빛건설은 송한결 전무를 새 사장으로 맞았다.")
    assert ("최한결", "대표", "누리소프트", False) in posts("누리소프트는 최한결 부사장을 신임 대표로 맞이했다.")
    assert ("최한결", "회장", "한빛협회", False) in posts("한빛협회는 최한결 누리전자 사장을 회장으로 다시 뽑았다.")
    assert ("최한결", "회장", "한빛협회", False) in posts("최한결 누리전자 사장이 한빛협회 회장으로 뽑혔다.")


def test_construction_companies_named_e_and_c_are_known():
    assert ("송한결", "사장", "포스코이앤씨", False) in posts("포스코이앤씨는 송한결 부사장을 새 사장으로 선임했다.")
    assert ("김한결", "대표", "DL이앤씨", False) in posts("DL이앤씨 김한결 대표는 수주를 늘렸다.")


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


def test_a_known_agency_fused_to_its_head_is_kept_whole():
    assert named("경찰청장 직무대행이 서명했다.", "Organization") == ["경찰청"]


def test_a_known_committee_fused_to_its_chair_is_the_committee_and_a_family_name_read_as_a_prefix_is_a_name():
    (ap,) = mentions("최원철 방송통신위원장은 말했다.").appositions
    assert (ap.person.text, ap.title.value, ap.org.text, ap.org.key) == (
        "최원철", "위원장", "방송통신위", "방송통신위원회")
    (ap,) = mentions("최고봉 원자력안전위원장은 말했다.").appositions
    assert (ap.person.text, ap.title.value, ap.org.key) == ("최고봉", "위원장", "원자력안전위원회")


def test_unknown_proper_noun_between_a_korean_name_and_a_title_is_the_employer():
    (ap,) = mentions("최영호 누리텍 회장이 참석했다.").appositions
    assert (ap.person.text, ap.org.text, ap.org.cls) == ("최영호", "누리텍", "Corporation")


def test_post_before_the_copula_belongs_to_the_next_person():
    found = mentions("이사회 의장인 박영수 회장은 웃었다.")
    assert {(ap.person.text, ap.title.value) for ap in found.appositions} == {("박영수", "회장"), ("박영수", "의장")}


def test_opened_name_before_a_title_is_one_person_with_the_post():
    (ap,) = mentions("사토 다카시 감독이 말했다.").appositions
    assert (ap.person.text, ap.title.value) == ("사토 다카시", "감독")


def test_head_of_a_known_body_written_as_one_word():
    (bank,) = mentions("박영수 하나은행장은 금리를 올렸다.").appositions
    assert (bank.person.text, bank.title.value, bank.org.text) == ("박영수", "행장", "하나은행")
    # the body and the title share two letters: 질병관리본부 + 본부장
    (agency,) = mentions("김철수 질병관리본부장은 브리핑을 했다.").appositions
    assert (agency.title.value, agency.org.text) == ("본부장", "질병관리본부")


def test_korean_names_side_by_side_before_a_title_are_several_people():
    assert named("박문수 이몽룡 성춘향 전 장관이 모였다.", "Person") == ["박문수", "이몽룡", "성춘향"]


def test_foreign_name_after_a_title_and_an_organization_of_two_words():
    (ap,) = mentions("레알 마드리드 감독 라울은 웃었다.").appositions
    assert (ap.person.text, ap.title.value, ap.org.text) == ("라울", "감독", "레알 마드리드")


def test_committee_chair_written_together_and_a_subcommittee_under_its_committee():
    (chair,) = mentions("홍길동 예결위원장이 회의를 열었다.").appositions
    assert (chair.title.value, chair.org.key) == ("위원장", "국회 예산결산특별위원회")
    (member,) = mentions("박문수 예결위 계수조정소위 위원이 말했다.").appositions
    assert (member.person.text, member.title.value, member.org.text) == ("박문수", "위원", "계수조정소위")


def test_a_title_that_names_its_body_stays_one_title():
    (ap,) = mentions("박문수 국회의원이 말했다.").appositions
    assert ap.title.value == "국회의원"


def test_a_post_after_a_person_and_a_comma_is_no_second_person():
    assert named("김철수, 전략기획총괄로 선임", "Person") == ["김철수"]


def test_where_an_envoy_serves_is_no_part_of_the_name():
    (ap,) = mentions("필립 골드버그 주한 미국 대사가 왔다.").appositions
    assert (ap.person.text, ap.title.value, ap.org.text) == ("필립 골드버그", "대사", "미국")


def test_short_forms_before_election_titles_and_a_side():
    for text, surname in [("정 후보자는 답변했다.", "정"), ("박 당선인은 이날 말했다.", "박"),
                          ("정의당과 안 의원측도 찬성했다.", "안"), ("최 전 후보는 칩거했다.", "최")]:
        assert [m.surname for m in mentions(text).mentions if m.surname] == [surname], text


def test_military_foreign_and_church_titles_follow_a_name():
    for text, name in [("해리스 사령관은 말했다.", "해리스"), ("프란치스코 교황이 왔다.", "프란치스코"),
                       ("제리 브라운 캘리포니아 주지사가 말했다.", "제리 브라운")]:
        (ap,) = mentions(text).appositions
        assert ap.person.text == name, text


def test_head_of_a_district_prosecutors_office_written_with_its_short_name():
    found = mentions("조영민 부산지검장은 기소를 지시했다.")
    assert [(a.person.text, a.title.value, a.org.text) for a in found.appositions] == [("조영민", "지검장", "부산지검")]


def test_heads_of_a_high_prosecutors_office_and_of_a_provincial_police_agency():
    found = mentions("김태윤 서울고검장은 항고를 받아들였다.")
    assert [(a.person.text, a.title.value, a.org.key) for a in found.appositions] == [
        ("김태윤", "고검장", "서울고등검찰청")]
    # Kiwi reads 서울경찰청장 as one common noun here; the agency is known by name, and by its old name
    found = mentions("박현수 서울경찰청장은 \"해외 거점 조직을 끝까지 추적하겠다\"고 말했다.")
    assert [(a.person.text, a.title.value, a.org.key) for a in found.appositions] == [
        ("박현수", "청장", "서울경찰청")]
    found = mentions("이정민 서울지방경찰청장은 사고 현장을 찾았다.")
    assert [(a.person.text, a.org.key) for a in found.appositions] == [("이정민", "서울경찰청")]


def test_a_title_before_another_says_whose_post_it_is():
    found = mentions("행사에는 김철수 국토교통부 장관, 홍길동 대통령 비서실장 등이 참석했다.")
    posts = [(a.person.text, a.title.value, a.org.text if a.org else None) for a in found.appositions]
    assert posts == [("김철수", "장관", "국토교통부"), ("홍길동", "비서실장", None)]


def test_posts_of_deputy_spokespeople_researchers_and_patent_attorneys():
    assert posts("이영희 부대변인과 박민수 책임연구원, 최정우 변리사가 참석했다.") == [
        ("박민수", "책임연구원", None, False), ("이영희", "부대변인", None, False), ("최정우", "변리사", None, False)]


def test_a_bench_or_prosecutor_named_in_brackets_after_the_court_or_office():
    # Kiwi cuts 박정민 into 박정/XR 민/NNG; alone in brackets after a title it is still a name
    assert posts("수원지검 형사3부(부장검사 박정민)는 수사에 나섰다.") == [("박정민", "부장검사", "수원지검", False)]
    text = "서울중앙지법 형사합의21부(재판장 홍길동)는 판결했다."
    assert posts(text) == [("홍길동", "재판장", "서울중앙지법", False)]
    assert named(text, "Organization") == ["서울중앙지법"]  # its numbered division is no ministry


def test_a_secretary_of_a_foreign_security_council():
    assert posts("니콜라이 페트로프 러시아 국가안보회의 서기가 방한했다.") == [
        ("니콜라이 페트로프", "서기", "러시아 국가안보회의", False)]


def test_a_name_kiwi_ends_with_the_determiner_현_before_a_fused_title():
    # Kiwi reads 김용현 as 김용/NNP 현/MM ("current") before 대통령경호처장
    assert posts("대통령은 국방부 장관에 김용현 대통령경호처장을 지명했다.") == [
        ("김용현", "장관", "국방부", False), ("김용현", "처장", "대통령경호처", False)]


def test_a_post_in_a_department_is_held_at_the_organization_above_it():
    assert posts("서울대병원 감염내과 김남중 교수는 말했다.") == [("김남중", "교수", "서울대병원", False)]
    assert posts("서울대병원 외과 이광수 교수는 말했다.") == [("이광수", "교수", "서울대병원", False)]  # two syllables
    # what the post covers, between the organization and the title
    assert posts("마로시 셰프초비치 EU 통상담당 집행위원은 말했다.") == [("마로시 셰프초비치", "집행위원", "EU", False)]
    assert posts("한빛전자 경영지원실 김철수 실장이 왔다.") == [("김철수", "실장", "한빛전자", False)]
    # a ministry ends like a department (…부) and is the organization itself
    assert posts("한빛전자 기획재정부 홍길동 장관은 말했다.") == [("홍길동", "장관", "기획재정부", False)]


def test_a_department_kiwi_reads_with_the_particle_과_and_the_university_over_its_alias():
    # Kiwi reads 생명과학과 as 생명과학 + 과 ("and"): the department, not a second person
    assert posts("한국과학기술원(KAIST) 생명과학과 김진수 교수 연구팀이 밝혔다.") == [
        ("김진수", "교수", "한국과학기술원", False)]
    assert named("한국과학기술원(KAIST) 생명과학과 김진수 교수 연구팀이 밝혔다.", "Person") == ["김진수"]


def test_a_two_syllable_company_between_a_full_name_and_a_title_is_where_the_post_is():
    # 한화 looks like a two-syllable name (한 is a family name); after 김경문 it is the team
    assert posts("김경문 한화 감독은 웃었다.") == [("김경문", "감독", "한화", False)]
    # 모리스 is a foreign given name, though 모 is a Korean family name: the name runs on
    assert posts("모리스 그린버그 회장이 왔다.") == [("모리스 그린버그", "회장", None, False)]


def test_a_two_syllable_name_kiwi_ends_with_a_determiner():
    # Kiwi reads 조현 as 조/NNP 현/MM ("current")
    assert posts("조현 외교부 장관이 도쿄에 도착했다.") == [("조현", "장관", "외교부", False)]


def test_the_head_of_a_foreign_body_written_together_with_it():
    assert posts("왕이 중국 외교부장과 왕원타오 중국 상무부장이 왔다.") == [
        ("왕원타오", "부장", "중국 상무부", False), ("왕이", "부장", "중국 외교부", False)]


def test_a_national_team_and_a_companys_division_between_a_name_and_a_title():
    assert posts("홍길동 축구대표팀 감독은 웃었다.") == [("홍길동", "감독", "축구대표팀", False)]
    # DS부문장: the head of a division of the company named before
    assert posts("김철수 한빛전자 DS부문장은 말했다.") == [("김철수", "부문장", "한빛전자", False)]


def test_names_listed_before_a_post_share_it():
    assert posts("박문수 이몽룡 성춘향 전 장관이 왔다.") == [
        ("박문수", "장관", None, True), ("성춘향", "장관", None, True), ("이몽룡", "장관", None, True)]
    # a two-syllable name among them is a name too
    assert posts("박문수 김구 성춘향 전 총리가 왔다.") == [
        ("김구", "총리", None, True), ("박문수", "총리", None, True), ("성춘향", "총리", None, True)]


def test_the_director_of_a_museum():
    assert posts("국립현대미술관 김성희 관장은 애도했다.") == [("김성희", "관장", "국립현대미술관", False)]


def test_시장_after_a_region_or_before_에서_is_a_market_not_a_mayor():
    assert posts("북미 시장 점유율이 높다. 미국 시장에서 팔린다.") == []
    assert posts("에릭 애덤스 뉴욕 시장이 왔다.") == [("에릭 애덤스", "시장", "뉴욕", False)]
    assert posts("마르텐슨 시장이 왔다.") == [("마르텐슨", "시장", None, False)]  # a name Kiwi does not know


def test_시장_after_a_country_and_one_word_is_that_country_s_market():
    text = '이 사장은 "유럽 방산 시장의 교두보로 삼겠다"고 말했다.'  # Kiwi reads 방산 as a proper noun
    assert posts(text) == [("이", "사장", None, False)]  # Mr Lee, the president; no mayor
    assert "방산" not in named(text, "Person")
    assert posts("에릭 애덤스 미국 뉴욕 시장이 왔다.") == [("에릭 애덤스", "시장", "뉴욕", False)]


def test_a_short_government_body_between_a_name_and_a_title():
    assert posts("허융첸(何詠前) 상무부 대변인은 밝혔다.") == [("허융첸", "대변인", "상무부", False)]


def test_the_organization_before_a_foreign_name_kiwi_holds_in_one_word():
    # Kiwi's dictionary holds 젠슨 황 as one proper noun, space and all
    assert posts("엔비디아 젠슨 황 CEO도 최근 언급했다.") == [("젠슨 황", "CEO", "엔비디아", False)]


def test_japanese_cabinet_posts():
    assert posts("이와야 다케시 일본 외무상과 하야시 요시마사 관방장관이 만났다.") == [
        ("이와야 다케시", "외무상", "일본", False), ("하야시 요시마사", "관방장관", "일본", False)]


def test_party_and_board_posts():
    assert posts("국민의힘 홍길동 원내부대표는 말했다.") == [("홍길동", "원내부대표", "국민의힘", False)]
    assert posts("국민의힘 홍길동 원내수석부대표와 한빛전자 김철수 이사회의장이 만났다.") == [
        ("김철수", "이사회의장", "한빛전자", False), ("홍길동", "원내수석부대표", "국민의힘", False)]


def test_a_name_kiwi_has_never_seen_between_a_korean_name_and_a_title_is_the_company():
    assert posts("김보람 도나래 회장이 왔다.") == [("김보람", "회장", "도나래", False)]
    # Kiwi knows 이몽룡: two names side by side stay one reading of a name
    assert "이몽룡" not in [ap.org.text for ap in mentions("박문수 이몽룡 회장이 왔다.").appositions if ap.org]


def test_a_company_named_where_a_post_is_held_is_no_person_elsewhere_in_the_article():
    found = mentions("업체를 운영하는 도나래가 상장했다. 김보람 도나래 회장이 왔다.")
    assert {(m.text, m.kind) for m in found.mentions if m.text == "도나래"} == {("도나래", "Organization")}


def test_a_board_written_apart_from_its_chair_is_part_of_the_post_at_the_company():
    assert posts("김보람 네이버 이사회 의장은 웃었다.") == [("김보람", "의장", "네이버", False)]


def test_an_unknown_public_body_s_head_is_read_with_the_letter_the_title_shares():
    # 한빛항공 would be an airline: 한빛항공청 is the agency its 청장 heads
    assert posts("김보람 한빛항공청장은 말했다.") == [("김보람", "청장", "한빛항공청", False)]
    assert posts("김보람 한빛하나은행장은 말했다.") == [("김보람", "행장", "한빛하나은행", False)]


def test_the_nominees_of_an_event_are_no_person_named_before_the_title():
    assert named("제68회 그래미 어워즈 후보를 발표했다.", "Person") == []
    assert named("골든, 그래미 후보 올라", "Person") == []


def test_a_bishops_conference_is_an_organization_whose_chair_is_named_after_it():
    assert posts("한국천주교주교회의 의장 김보람 주교는 말했다.") == [
        ("김보람", "의장", "한국천주교주교회의", False), ("김보람", "주교", "한국천주교주교회의", False)]


def test_a_name_before_a_comma_holds_no_post_named_after_it():
    assert "홍길동" not in [person for person, *_ in posts("홍길동, 연준 의장에 김철수 지명")]


def test_an_unknown_name_with_a_genitive_before_a_name_and_title_is_where_the_post_is():
    assert posts("솔라리온의 김보람 대표는 웃었다.") == [("김보람", "대표", "솔라리온", False)]
    assert posts("김보람의 박하늘 비서는 웃었다.") == [("박하늘", "비서", None, False)]


def test_a_post_in_a_company_s_division_named_after_the_person_is_at_the_company():
    assert posts("김보람 삼성전자 메모리사업부 사장은 말했다.") == [("김보람", "사장", "삼성전자", False)]


def test_after_a_foreign_name_a_proper_noun_that_can_be_no_part_of_it_is_where_the_post_is():
    assert posts("키릴 페트렌코 베를린필 상임지휘자가 왔다.") == [("키릴 페트렌코", "상임지휘자", "베를린필", False)]


def test_a_name_kiwi_knows_between_a_korean_name_and_a_title_is_the_team_the_article_names_alone():
    text = "우리 팀은 정관장을 꺾었다. 유도훈 정관장 감독은 아쉬워했다."
    assert posts(text) == [("유도훈", "감독", "정관장", False)]


def test_a_korean_name_then_an_organization_of_two_words_then_a_title():
    assert posts("김보람 아트센터 나비 관장이 왔다.") == [("김보람", "관장", "아트센터 나비", False)]


def test_a_post_in_a_body_of_an_organization_named_after_the_person():
    assert posts("김보람 현대차 노조 지부장은 주장했다.") == [("김보람", "지부장", "현대차 노조", False)]


def test_a_korean_s_organization_is_not_shared_with_a_foreigner_listed_after_him():
    assert posts("김보람 외교부 장관과 모테기 도시미쓰 외무상이 배석했다.") == [
        ("김보람", "장관", "외교부", False), ("모테기 도시미쓰", "외무상", None, False)]


def test_the_other_side_named_with_와_after_a_comma_shares_no_organization():
    assert posts("이누리 일본 총리, 김보람 대통령과 정상회담") == [
        ("김보람", "대통령", None, False), ("이누리", "총리", "일본", False)]


def test_a_police_station_s_chief_heads_the_station_named_with_the_title():
    assert posts("김보람 전 서울 용산경찰서장이 왔다.") == [("김보람", "서장", "용산경찰서", True)]


def test_a_hospital_s_head_heads_the_hospital_named_with_the_title_not_its_university():
    assert posts("김보람 서울대병원장은 말했다.") == [("김보람", "병원장", "서울대병원", False)]


def test_an_organization_before_a_comma_is_no_post_of_the_name_after_it():
    assert posts("성남시의회, 김보람 시장 예산안 삭감") == [("김보람", "시장", None, False)]


def test_an_unknown_event_between_a_name_and_a_title_is_an_organization_no_company():
    found = mentions("김보람 한빛국제영화제 이사장은 말했다.")
    assert [(a.person.text, a.org.text, a.org.cls) for a in found.appositions] == [
        ("김보람", "한빛국제영화제", "Organization")]


def test_a_known_word_ending_like_a_party_between_a_name_and_a_title_is_the_party():
    found = mentions("김보람 노동당 부부장이 말했다.")
    assert [(a.person.text, a.org.text, a.org.cls) for a in found.appositions] == [
        ("김보람", "노동당", "PoliticalParty")]


def test_an_unknown_proper_noun_before_a_korean_name_and_a_title_is_where_the_post_is():
    assert posts("코빗 김보람 대표는 말했다.") == [("김보람", "대표", "코빗", False)]


def test_the_word_a_known_team_is_called_by_before_a_name_and_a_title_is_where_the_post_is():
    assert posts("키움 손혁 단장은 말했다.") == [("손혁", "단장", "키움", False)]


def test_a_policy_director_s_title_keeps_the_field_fused_to_it():
    assert posts("국토부 김보람 자동차정책관은 말했다.") == [("김보람", "자동차정책관", "국토부", False)]


def test_a_foreign_name_ending_in_a_word_kiwi_does_not_know_stays_one_name():
    assert posts("페트르 피알라 체코 총리는 말했다.") == [("페트르 피알라", "총리", "체코", False)]


def test_a_known_club_after_a_foreign_given_name_is_where_the_coach_works():
    assert posts("루이스 엔리케 PSG 감독은 말했다.") == [("루이스 엔리케", "감독", "PSG", False)]


def test_a_district_head_s_title_shares_the_district_s_last_letter():
    assert posts("김보람 성동구청장은 말했다.") == [("김보람", "구청장", "성동구", False)]


def test_a_field_fused_to_a_lab_head_s_title_is_part_of_the_post():
    assert posts("부동산R114 김보람 리서치랩장은 분석했다.") == [("김보람", "리서치랩장", "부동산R114", False)]


def test_a_post_at_an_organization_in_brackets_after_a_title_is_the_same_person_s():
    assert posts("김보람 대한상의 회장(한빛그룹 회장)은 말했다.") == [
        ("김보람", "회장", "대한상의", False), ("김보람", "회장", "한빛그룹", False)]


def test_시장_glued_to_what_is_traded_is_a_market_and_the_bracket_after_it_no_mayor():
    found = mentions("한빛전자가 유가증권시장(코스피) 상장 첫날 공모가를 밑돌았다.")
    assert [m.text for m in found.mentions if m.kind in ("Person", "Title")] == []


def test_an_envoy_serves_the_country_named_before_not_the_region_he_is_sent_to():
    assert posts("스티브 위트코프 미국 중동특사가 왔다.") == [("스티브 위트코프", "특사", "미국", False)]


def test_a_judge_on_warrants_has_the_word_between_the_name_and_the_title():
    assert posts("서울중앙지법 김보람 영장전담 부장판사는 영장을 발부했다.") == [
        ("김보람", "부장판사", "서울중앙지법", False)]


def test_a_field_noun_between_a_foreign_name_and_a_title_is_no_part_of_the_name():
    assert posts("하마스의 칼릴 알하야 협상 대표는 주장했다.") == [("칼릴 알하야", "대표", "하마스", False)]
    # and up to three such nouns
    assert posts("존 스미스 하드웨어 엔지니어링 수석부사장은 말했다.") == [("존 스미스", "부사장", None, False)]


def test_an_unknown_name_and_a_dictionary_noun_before_a_title_are_no_foreign_name():
    assert posts("누리로지스 인수 후보로는 한빛전자가 거론된다.") == []


def test_a_governor_governs_the_state_named_like_the_country_or_city_before_the_title():
    found = mentions("브라이언 켐프 조지아 주지사와 캐시 호컬 뉴욕 주지사가 만났다.")
    assert [(a.person.text, a.org.key) for a in found.appositions] == [
        ("브라이언 켐프", "조지아주"), ("캐시 호컬", "뉴욕주")]


def test_names_joined_by_an_interpunct_share_the_post_and_the_organization_before_them():
    assert posts("서울아산병원 김재중·정성호 교수는 밝혔다.") == [
        ("김재중", "교수", "서울아산병원", False), ("정성호", "교수", "서울아산병원", False)]


def test_a_leader_the_lexicon_knows_before_특사_sends_the_envoy():
    assert posts("젤렌스키, 트럼프 특사 키이우 방문에 협상 준비") == []


def test_a_post_before_인_is_the_person_s_after_the_noun_for_what_he_does():
    assert posts("한국방송연기자협회 이사장인 배우 김보람은 애도했다.") == [
        ("김보람", "이사장", "한국방송연기자협회", False)]


def test_a_title_before_the_name_of_a_gathering_names_no_one():
    assert posts("젠슨 황은 APEC CEO 서밋에서 발표했다.") == []


def test_a_post_and_a_name_in_brackets_after_a_company_are_its_head():
    assert posts("한빛소프트(대표 김보람)는 누리은행과 계약을 체결했다.") == [("김보람", "대표", "한빛소프트", False)]


def test_names_listed_with_commas_after_a_title_and_a_name_share_the_title():
    assert posts("뉴진스 멤버 민지, 하니, 다니엘은 항소 의사를 밝혔다.") == [
        ("다니엘", "멤버", "뉴진스", False), ("민지", "멤버", "뉴진스", False), ("하니", "멤버", "뉴진스", False)]


def test_an_organization_alone_in_brackets_after_a_title_is_where_the_post_is():
    assert posts("홍민수 교수(서울대 경제학과)와 김보람 대표(한빛전자)는 말했다.") == [
        ("김보람", "대표", "한빛전자", False), ("홍민수", "교수", "서울대", False)]


def test_a_known_ai_lab_after_a_foreign_name_is_where_the_post_is():
    assert posts("존 점퍼 딥마인드 수석연구원은 말했다.") == [("존 점퍼", "수석연구원", "딥마인드", False)]


def test_a_branch_in_place_of_an_organization_is_where_the_post_is():
    assert posts("이정헌 넥슨 일본법인 대표는 말했다.") == [("이정헌", "대표", "넥슨 일본법인", False)]


def test_an_unknown_company_after_a_name_and_a_modifier_of_the_title():
    assert posts("김봉현 전 스타모빌리티 회장이 선고받았다.") == [("김봉현", "회장", "스타모빌리티", True)]


def test_a_withheld_name_before_a_title_is_an_unnamed_person():
    found = mentions("강모 변호사는 항소하겠다고 말했다.").mentions
    assert [(m.text, m.surname, m.value) for m in found if m.kind == "Person"] == [("강", "강", "강모씨")]


def test_an_unknown_name_with_letters_is_where_the_post_is():
    assert posts("퓨리오사AI의 백준호 대표는 제안을 거절했다.") == [("백준호", "대표", "퓨리오사AI", False)]


def test_a_senior_officials_title_carries_the_field():
    assert posts("기획재정부 김재환 국제경제관리관과 만났다.") == [("김재환", "국제경제관리관", "기획재정부", False)]


def test_two_syllables_that_look_korean_and_another_part_after_a_title_are_a_foreign_name():
    assert named("미국 국무부 대변인 태미 브루스는 성명을 냈다.", "Person") == ["태미 브루스"]
    assert named("삼성전자 사장 김철수는 말했다.", "Person") == ["김철수"]


def test_names_listed_with_commas_before_a_title_share_it():
    assert posts("이종석, 이영진, 김형두 재판관은 반대 의견을 냈다.") == [
        ("김형두", "재판관", None, False), ("이영진", "재판관", None, False), ("이종석", "재판관", None, False)]


def test_the_one_named_before_as_the_object_takes_the_post_named_with_에():
    assert ("홍길동", "청장", "국세청", False) in posts("정부는 홍길동 전 차관을 신임 국세청장에 임명했다.")


def test_a_licensed_profession_after_another_post_shares_no_organization():
    assert posts("김철수 서울고법 부장판사와 이영희 변호사가 추천됐다.") == [
        ("김철수", "부장판사", "서울고법", False), ("이영희", "변호사", None, False)]


def test_a_glued_modifier_makes_the_post_former():
    assert posts("이건희 삼성전자 선대회장의 유족이 기증했다.") == [("이건희", "회장", "삼성전자", True)]


def test_a_court_s_judges_listed_in_brackets_share_the_post_at_the_court_above_the_panel():
    found = posts("서울고법 형사6-1부(이예슬 정재오 최은정 부장판사)는 6일 선고했다.")
    assert found == [(name, "부장판사", "서울고법", False) for name in ("이예슬", "정재오", "최은정")]


def test_a_team_s_word_between_a_two_syllable_name_and_a_title_is_where_the_post_is():
    assert posts("손혁 한화 단장은 선수라고 평가했다.") == [("손혁", "단장", "한화", False)]


def test_a_division_head_kiwi_reads_as_one_unknown_word_keeps_its_division():
    assert posts("박한결 전 KT 기업부문장(사장)을 확정했다.") == [("박한결", "기업부문장", "KT", True)]


def test_a_deputy_s_title_names_the_foreign_name_before_it():
    assert named("박윤주 차관은 커트 캠벨 전 미국 국무부 부장관을 접견했다.", "Person") == ["박윤주", "커트 캠벨"]


def test_a_department_right_after_the_sentence_s_topic_belongs_to_it():
    found = mentions("한빛대는 물리학과 김지훈 교수 연구팀이 성과를 거뒀다고 밝혔다.")
    assert [(a.person.text, a.title.text, a.org.text) for a in found.appositions] == [("김지훈", "교수", "한빛대")]


def test_a_proper_noun_after_a_foreign_name_kiwi_reads_whole_is_where_the_post_is():
    assert posts("마쓰우라 마사토 에이벡스 회장과 만났다.") == [("마쓰우라 마사토", "회장", "에이벡스", False)]


def test_a_state_s_name_after_a_foreign_name_is_where_the_post_is_not_more_of_the_name():
    assert posts("아룬 쿠마르 마하라슈트라주 총리와 만났다.") == [("아룬 쿠마르", "총리", "마하라슈트라주", False)]
    assert named("아룬 쿠마르 마하라슈트라주 총리와 만났다.", "Place") == ["마하라슈트라주"]


def test_a_post_named_before_the_one_appointed_to_it_and_given_by_a_board_is_at_the_board_s_organization():
    assert posts("한빛대 이사회는 총장으로 김보람 교수를 선임했다.") == [
        ("김보람", "교수", "한빛대", False), ("김보람", "총장", "한빛대", False)]


def test_a_foreign_name_s_last_part_the_article_names_as_an_organization_is_where_the_post_is():
    found = mentions("광산업체 한빛미네랄스의 광산을 샀다. 데일 헨더슨 한빛미네랄스 최고경영자가 서명했다.")
    assert [(a.person.text, a.title.text, a.org.text) for a in found.appositions] == [
        ("데일 헨더슨", "최고경영자", "한빛미네랄스")]


def test_a_police_investigation_unit_and_its_head():
    assert posts("김보람 광역수사대장은 수사를 이어가겠다고 밝혔다.") == [("김보람", "수사대장", "광역수사대", False)]


def test_a_full_name_ending_in_대_before_a_post_no_university_has_is_a_person():
    assert posts("조희대 대법원장은 취임사를 했다.") == [("조희대", "대법원장", None, False)]
    assert named("한경대 총장은 취임사를 했다.", "Organization") == ["한경대"]


def test_a_department_of_a_company_the_sentence_does_not_name_stands_between_name_and_post():
    assert posts("김보람 메모리사업부 부사장은 말했다.") == [("김보람", "부사장", None, False)]


def test_a_full_name_whose_family_name_kiwi_reads_as_a_determiner_before_a_post():
    assert posts("한기정 공정거래위원장은 말했다.") == [("한기정", "위원장", "공정거래위", False)]


def test_a_two_syllable_name_ending_like_a_department_is_a_name():
    assert posts("조국혁신당 조국 대표는 말했다.") == [("조국", "대표", "조국혁신당", False)]


def test_the_next_holder_of_a_post_holds_it_at_the_organization_named_before_차기():
    assert posts("김하나 한빛대 교수가 한국경제학회 차기 회장으로 선출됐다.") == [
        ("김하나", "교수", "한빛대", False), ("김하나", "회장", "한국경제학회", False)]


def test_a_post_glossed_in_brackets_that_someone_is_appointed_to_is_his():
    assert posts("한빛전자는 최고재무책임자(CFO)에 정하늘 전무를 임명했다.") == [
        ("정하늘", "전무", "한빛전자", False), ("정하늘", "최고재무책임자", "한빛전자", False)]


def test_posts_gone_through_told_before_the_one_who_went_through_them_are_his_former_posts():
    assert posts("한빛전자 사장을 지낸 김영수 씨가 별세했다.") == [("김영수", "사장", "한빛전자", True)]
    assert posts("한빛전자 사장을 지낸 김영수 씨와 이철호 씨가 만났다.") == []  # whose, unsure


def test_a_post_taken_in_a_sentence_telling_a_career_is_held_still():
    found = posts("한빛대 이사회는 김하늘 총장을 재선임했다. 김 총장은 물리학과 교수 출신으로 2022년 총장에 취임했다.")
    assert ("김", "교수", None, True) in found and ("김", "총장", None, True) not in found


def test_a_word_the_story_writes_with_the_unit_a_local_head_governs_is_that_place_not_more_of_the_name():
    found = mentions("공장은 멘도사주에 있다. 준공식에는 루이스 페랄타 멘도사 주지사가 참석했다.")
    assert [(a.person.text, a.org.text, a.org.cls) for a in found.appositions] == [
        ("루이스 페랄타", "멘도사", "AdministrativeArea")]
    # with no such place in the story, the word may still be the end of a name
    assert [a.person.text for a in mentions("루이스 페랄타 멘도사 주지사가 참석했다.").appositions] == [
        "루이스 페랄타 멘도사"]


def test_the_appointing_body_may_follow_words_that_modify_it():
    assert posts("영국 제1야당 노동당은 2일 홍길동 전 장관을 새 대표로 선출했다.") == [
        ("홍길동", "대표", "노동당", False), ("홍길동", "장관", None, True)]
    # or be glossed in brackets
    assert posts("한빛과학기술원(HIST)은 16일 박서연 교수를 총장으로 선임했다.") == [
        ("박서연", "교수", "한빛과학기술원", False), ("박서연", "총장", "한빛과학기술원", False)]


def test_names_listed_after_one_title_share_one_mention_of_the_organization():
    found = mentions("에스파 멤버 카리나, 윈터는 서명했다.")
    assert [m.text for m in found.mentions if m.kind == "Organization"] == ["에스파"]
    assert [(a.person.text, a.org.text) for a in found.appositions] == [("카리나", "에스파"), ("윈터", "에스파")]


def test_one_who_moves_to_a_post_at_another_organization_held_the_post_he_leaves():
    assert posts("홍길동 한빛전자 부사장이 누리소프트 사장으로 자리를 옮겼다.") == [
        ("홍길동", "부사장", "한빛전자", True), ("홍길동", "사장", "누리소프트", False)]
    assert posts("누리소프트는 홍길동 전 한빛전자 부사장이 최고기술책임자(CTO)로 합류했다고 밝혔다.") == [
        ("홍길동", "부사장", "한빛전자", True), ("홍길동", "최고기술책임자", "누리소프트", False)]
    # named by the post he leaves, he holds no such post at the company he joins
    assert posts("누리소프트는 김 부사장이 다음 달 최고운영책임자로 합류한다고 밝혔다.") == [
        ("김", "부사장", None, False), ("김", "최고운영책임자", "누리소프트", False)]


def test_a_post_right_before_출신_is_a_post_held_before():
    assert posts("누리소프트는 한빛전자 부사장 출신 홍길동을 사장으로 영입했다.") == [
        ("홍길동", "부사장", "한빛전자", True), ("홍길동", "사장", "누리소프트", False)]
    assert posts("한빛전자 부사장 출신인 홍길동이 누리소프트 최고기술책임자로 합류했다.") == [
        ("홍길동", "부사장", "한빛전자", True), ("홍길동", "최고기술책임자", "누리소프트", False)]


def test_a_body_every_state_has_fused_with_its_head_s_title_after_a_country_is_that_country_s():
    assert posts("존 스미스 캐나다 하원의장은 말했다.") == [("존 스미스", "의장", "캐나다 하원", False)]


def test_a_designate_named_in_short_is_the_person_with_no_post_of_designate():
    found = mentions("정부는 장관에 홍길동 차관을 내정했다. 홍 내정자는 대사를 지낸 외교관 출신이다.")
    assert "홍" in [m.text for m in found.mentions if m.kind == "Person"]
    assert ("홍", "대사") in [(a.person.text, a.title.value) for a in found.appositions]  # his career's
    facts = run("정부는 장관에 홍길동 차관을 내정했다. 홍 내정자는 웃었다.").facts
    posts = {(m.person.label, m.role) for m in facts.memberships}
    assert posts == {("홍길동", "차관"), ("홍길동", "장관")}  # a designate holds no post of that name


def test_the_head_of_a_foreign_intelligence_agency_the_lexicon_knows():
    assert posts("이스라엘 측에서는 다비드 바르니아 모사드 국장이 대표단을 이끌었다.") == [
        ("다비드 바르니아", "국장", "모사드", False)]


def test_a_division_named_after_its_field_between_the_company_and_the_title_is_the_company_s():
    assert posts("커트 켈티 포드 배터리 부문 부사장은 말했다.") == [
        ("커트 켈티", "부사장", "포드", False)]
    assert posts("김재준 삼성전자 반도체 사업부 부사장은 말했다.") == [("김재준", "부사장", "삼성전자", False)]
    assert posts("김재준 삼성전자 DS 부문 사장은 말했다.") == [("김재준", "사장", "삼성전자", False)]


def test_dictionary_nouns_between_the_organization_and_the_title_say_what_the_post_covers():
    assert posts("앨런 쿠퍼 한빛소프트 글로벌 정책 사장이 참석했다.") == [
        ("앨런 쿠퍼", "사장", "한빛소프트", False)]
    assert posts("김보람 한빛전자 해외 영업 담당 전무가 말했다.") == [("김보람", "전무", "한빛전자", False)]
    # a body of its own between them is where the post is, no field of it
    assert posts("라일라 하산 카타르 외무부 대변인은 말했다.")[0][2] == "카타르 외무부"


def test_the_trade_minister_heads_the_office_the_lexicon_knows():
    assert posts("김한결 통상교섭본부장은 협상 타결 문서에 서명했다.") == [("김한결", "본부장", "통상교섭본부", False)]


def test_one_recommended_for_a_post_at_another_body_takes_it_and_his_post_of_now_is_not_the_recommender_s():
    found = posts("금융위원회는 1일 한빛은행 신임 행장으로 김보람 부행장을 제청했다.")
    assert ("김보람", "행장", "한빛은행", False) in found
    assert all(org != "금융위원회" for _, _, org, _ in found)


def test_a_post_at_a_public_company_the_lexicon_knows_by_its_latin_letters():
    assert ("김한결", "사장", "한전KDN", False) in posts("한전KDN 사장에 김한결 전 한국전력 부사장이 선임됐다.")


def test_a_professor_named_with_his_team_holds_the_post():
    assert posts("한빛대병원 김보람 교수팀이 논문을 냈다.") == [("김보람", "교수", "한빛대병원", False)]


def test_a_line_of_business_written_as_one_word_before_a_title_is_no_company_and_no_part_of_a_name():
    found = run("한빛케미칼 대표에는 정민호 첨단소재사업 대표가 선임됐다.")
    assert [e.label for e in found.entities.entities] == ["한빛케미칼", "정민호"]
    assert [(m.person.label, m.role, m.org.label) for m in found.facts.memberships] == [
        ("정민호", "대표", "한빛케미칼")]
    # an industry's group of businesses in a conglomerate (유통군), no county and no person
    found = run("김보람 한빛그룹 유통군 총괄대표는 말했다.")
    assert [(m.person.label, m.org.label) for m in found.facts.memberships] == [("김보람", "한빛그룹")]


def test_a_province_s_premier_heads_the_province_named_with_주_elsewhere():
    found = run("캐나다 퀘벡주 몬트리올에서 프랑수아 르고 퀘벡 주총리가 연설했다.")
    assert [(m.person.label, m.role, m.org.label, m.org.cls) for m in found.facts.memberships] == [
        ("프랑수아 르고", "주총리", "퀘벡주", "AdministrativeArea")]


def test_a_body_named_after_its_country_before_a_head_s_title_is_no_person():
    text = "그는 부산국제영화제 수석프로그래머와 한국영상자료원 원장을 지냈다."
    assert named(text, "Person") == []
    assert named("김보람 한국영상자료원 원장은 말했다.", "Organization") == ["한국영상자료원"]


def test_a_committee_of_a_company_is_the_company_s_and_its_head_holds_the_post_there():
    found = run("김보람 한빛그룹 지속가능경영위원회 위원장은 말했다.")
    assert [(e.label, e.cls) for e in found.entities.entities if e.kind == "Organization"] == [
        ("한빛그룹", "Corporation"), ("지속가능경영위원회", "Organization")]
    assert [(m.person.label, m.org.label) for m in found.facts.memberships] == [("김보람", "지속가능경영위원회")]
    assert [(o.child.label, o.parent.label) for o in found.facts.ownerships] == [("지속가능경영위원회", "한빛그룹")]
    # named alone, the committee is the company's too
    found = run("한빛그룹 ESG위원회는 회의를 열었다.")
    assert [(o.child.label, o.parent.label, o.child.cls) for o in found.facts.ownerships] == [
        ("ESG위원회", "한빛그룹", "Organization")]
    # by its field's letters before the title, the committee's post is at the body before
    found = run("김보람 전 대표는 한빛그룹 누리추구협의회 ICT위원장으로 자리를 옮긴다.")
    assert ("김보람", "위원장", "누리추구협의회") in [(m.person.label, m.role, m.org.label if m.org else None)
                                                for m in found.facts.memberships]


def test_a_company_called_by_a_dictionary_word_the_story_names_as_a_subject_holds_the_post():
    text = "파랑새는 누리전자 지분 100%를 사들였다. 김보람 파랑새 대표는 말했다."
    assert posts(text) == [("김보람", "대표", "파랑새", False)]
    # a short word is no company, though named as a subject too (총괄, what the post covers)
    assert named("김보람 총괄 대표는 말했다. 총괄은 어렵다.", "Organization") == []


def test_one_who_takes_on_a_post_holds_it_whether_named_before_or_after_it():
    assert posts("누리랩스는 존 켈러가 최고경영자(CEO)를 맡고 있는 회사다.") == [("존 켈러", "최고경영자", None, False)]
    assert posts("한빛전자는 김보람씨가 대표를 맡고 있다.") == [("김보람", "대표", None, False)]
    for text in ("위원장을 맡고 있는 박서연 의원이 말했다.", "박서연 의원은 위원장을 맡은 뒤 말했다."):
        assert posts(text) == [("박서연", "위원장", None, False), ("박서연", "의원", None, False)]
    assert posts("위원장은 이한결 의원이 맡는다.") == [
        ("이한결", "위원장", None, False), ("이한결", "의원", None, False)]
    assert posts("이한결 의원은 일을 비서관에게 맡겼다.") == [("이한결", "의원", None, False)]
    # asked to take it on, one does not hold it yet, and the one who asks never
    assert posts("박서연 대표는 그에게 상임고문을 맡아달라고 요청했다.") == [("박서연", "대표", None, False)]
    facts = run("누리랩스는 존 켈러가 최고경영자(CEO)를 맡고 있는 회사다.").facts
    assert [(m.person.label, m.role, m.org.label) for m in facts.memberships] == [("존 켈러", "최고경영자", "누리랩스")]


def test_lee_before_a_title_is_the_family_name_not_the_first_syllable_of_a_longer_title():
    # 이 + 사장 is written like 이사장, the post, but 이 is Mr or Ms Lee named before
    assert named("이보람 한빛전자 사장이 왔다. 이 사장은 환영했다.", "Person") == ["이보람", "이"]
