from conftest import run


def entity(result, label):
    return next(e for e in result.entities.entities if e.label == label)


def test_short_form_goes_to_the_person_with_that_surname_and_title():
    result = run("홍길동 대한상공회의소 부회장과 홍민수 교수가 만났다. 홍 부회장은 협력을 강조했다.")
    assert "홍 부회장" in entity(result, "홍길동").aliases
    assert "홍 부회장" not in entity(result, "홍민수").aliases


def test_short_form_whose_family_name_kiwi_reads_as_a_determiner():
    # 한 and 이 are also "one" and "this" (한/MM): once 한수민 is named, 한 대표 is the short form
    result = run("정의당 한수민 대표는 반발했다. 한 대표는 의원들과 만났다.")
    assert "한 대표" in entity(result, "한수민").aliases
    assert [e.label for e in result.entities.entities if e.kind == "Person"] == ["한수민"]


def test_after_a_name_kept_back_the_family_name_with_씨_is_that_unnamed_person():
    result = run("대법원 3부(주심 이보람 대법관)는 이모(31)씨에게 징역 20년을 확정했다. 이씨는 상고했었다.")
    assert entity(result, "이보람").aliases == []


def test_a_club_is_called_by_its_city_s_name_in_an_article_that_names_it_in_full():
    result = run("PSG, 리옹 제압\n\n파리 생제르맹은 올랭피크 리옹을 3-1로 꺾었다.")
    lyon = entity(result, "올랭피크 리옹")
    assert (lyon.cls, lyon.aliases) == ("SportsTeam", ["리옹"])


def test_unresolvable_short_form_makes_no_node():
    result = run("김 장관은 이날 발표했다.")
    assert [e for e in result.entities.entities if e.kind == "Person"] == []


def test_gazetteer_alias_joins_the_full_name_and_keeps_the_form_seen():
    result = run("소프트뱅크그룹은 투자를 늘린다. 소프트뱅크는 일본 기업이다.")
    softbank = entity(result, "소프트뱅크그룹")
    assert softbank.aliases == ["소프트뱅크"] and softbank.english == "SoftBank Group"


def test_group_and_its_company_stay_two_entities():
    result = run("현대자동차그룹과 현대자동차가 발표했다.")
    assert {"현대자동차그룹", "현대자동차"} <= {e.label for e in result.entities.entities}


def test_last_part_of_a_foreign_name_is_the_same_person():
    result = run("존 스미스 대표가 왔다. 스미스 대표는 투자를 약속했다.")
    people = [e for e in result.entities.entities if e.kind == "Person"]
    assert len(people) == 1 and "스미스" in people[0].aliases


def test_first_part_of_a_name_written_family_name_first_is_the_same_person():
    result = run("이와야 다케시 일본 외무상이 방한했다. 이와야 외무상은 협력을 강조했다.")
    people = [e for e in result.entities.entities if e.kind == "Person"]
    assert [p.label for p in people] == ["이와야 다케시"] and "이와야" in people[0].aliases


def test_two_people_sharing_a_family_name_stay_two_and_the_bare_name_is_the_first():
    result = run("존 스미스 대표가 왔다. 스미스 대표는 부친 피터 스미스 회장의 뜻을 이었다.")
    people = {e.label: e.aliases for e in result.entities.entities if e.kind == "Person"}
    assert set(people) == {"존 스미스", "피터 스미스"} and "스미스" in people["존 스미스"]


def test_bracketed_abbreviation_is_an_alias():
    result = run("대한무역투자진흥공사(KOTRA)는 설명회를 열었다.")
    assert "KOTRA" in entity(result, "대한무역투자진흥공사").aliases


def test_country_short_name_resolves_to_the_gazetteer_label():
    result = run("한국과 일본은 협력한다.")
    assert entity(result, "대한민국").aliases == ["한국"]


def test_a_company_and_its_group_stay_apart_but_company_marks_do_not_matter():
    result = run("한빛그룹 지주회사인 한빛㈜는 이사회를 열었다. 이날 한빛 주식회사는 투자를 늘렸다.")
    organizations = [e for e in result.entities.entities if e.kind == "Organization"]
    assert sorted(e.label for e in organizations) == ["한빛㈜", "한빛그룹"]


def test_a_long_company_name_cut_short_is_the_same_company():
    # (카카오엔터 alone is another company's short name: 엔터 stands for 엔터테인먼트)
    result = run("카카오엔터프라이즈솔루션즈는 출범했다. 카카오엔터프라이즈는 투자를 늘렸다.")
    organizations = [e for e in result.entities.entities if e.label.startswith("카카오엔터")]
    assert len(organizations) == 1 and "카카오엔터프라이즈" in organizations[0].aliases


def test_a_company_named_with_a_word_of_its_trade_is_not_its_subsidiary_cut_short():
    result = run("한빛케미칼은 말레이시아 자회사 한빛케미칼타이탄 지분을 매각했다.")
    labels = sorted(e.label for e in result.entities.entities if e.kind == "Organization")
    assert labels == ["한빛케미칼", "한빛케미칼타이탄"]
    assert [(o.child.label, o.parent.label) for o in result.facts.ownerships] == [("한빛케미칼타이탄", "한빛케미칼")]


def test_a_company_cut_short_is_the_unknown_name_it_begins_even_before_facts_type_it():
    result = run("누리파마 측은 입장을 밝혔다. 한빛바이오는 미국 누리파마슈티컬스와 계약을 체결했다.")
    organizations = [e for e in result.entities.entities if e.label.startswith("누리파마")]
    assert len(organizations) == 1 and "누리파마" in organizations[0].aliases


def test_a_company_called_without_the_words_of_its_trade_is_that_company():
    result = run("한빛제약은 미국 바이오기업 모라노바이오로직스와 계약을 맺었다. 모라노는 독점 권리를 갖는다. "
                 "가수 김하늘이 소속사 JN엔터테인먼트와 재계약했다고 JN이 밝혔다.")
    morano = entity(result, "모라노바이오로직스")
    assert (morano.cls, morano.aliases) == ("Corporation", ["모라노"])
    assert entity(result, "JN엔터테인먼트").aliases == ["JN"]


def test_a_known_company_s_group_the_gazetteer_does_not_know_is_the_company():
    result = run("중국 알리바바, 한국에 물류센터\n\n알리바바그룹은 3일 경기도에 물류센터를 짓는다고 밝혔다.")
    assert entity(result, "알리바바").aliases == ["알리바바그룹"]


def test_a_name_two_companies_begin_with_their_trade_is_neither_s():
    result = run("모라노전자와 모라노화학은 합병을 검토한다. 모라노는 이를 부인했다.")
    assert all(e.aliases == [] for e in result.entities.entities)


def test_a_body_written_by_its_words_first_letters_is_that_body():
    result = run("한빛증권 회장후보추천위원회는 3일 후보를 정했다. 회추위는 면접을 거쳤다고 설명했다.")
    assert entity(result, "회장후보추천위원회").aliases == ["회추위"]
    result = run("누리당 인재영입위원회는 3일 출범했다. 한빛위는 별도로 회의를 열었다.")
    assert entity(result, "인재영입위원회").aliases == []  # 한 opens no word of it


def test_a_concept_and_its_bracketed_abbreviation_stay_a_concept():
    result = run("카카오가 인공지능(AI) 사업을 키운다. 카카오는 AI 투자에 360억원을 썼다.")
    assert (entity(result, "인공지능").kind, entity(result, "인공지능").cls) == ("Concept", "Concept")


def test_a_known_company_without_its_mark_is_that_company():
    result = run("한화(000880)는 3분기 실적을 발표했다. ㈜한화는 방산 부문이 성장했다고 밝혔다.")
    (hanwha,) = [e for e in result.entities.entities if e.kind == "Organization"]
    assert hanwha.label == "㈜한화" and "한화" in hanwha.aliases


def test_a_withheld_name_makes_no_node_to_merge_across_articles():
    # 김모 is any 김 whose name the story withholds; a node for it would join strangers across articles
    result = run("피해자 김모(62)씨는 말했다. 박모씨도 왔다.")
    assert [e for e in result.entities.entities if e.kind == "Person"] == []


def test_common_short_names_of_public_bodies_and_companies_join_their_full_names():
    result = run("한국가스공사는 요금을 올렸다. 가스공사 측은 적자를 이유로 들었다. 인사처와 카뱅도 언급됐다.")
    assert "가스공사" in entity(result, "한국가스공사").aliases
    assert {e.label for e in result.entities.entities if e.kind == "Organization"} == {
        "한국가스공사", "인사혁신처", "카카오뱅크"}


def test_a_teams_first_word_alone_is_the_team_not_the_company_group():
    result = run("LG 트윈스가 우승했다. LG는 5차전에서 이겼고 염경엽 LG 감독은 웃었다.")
    team = entity(result, "LG 트윈스")
    assert team.aliases == ["LG"] and "LG그룹" not in [e.label for e in result.entities.entities]


def test_a_group_named_in_full_keeps_its_short_name():
    result = run("LG그룹 계열사들이 LG 트윈스를 응원했다. LG는 이날 발표했다.")
    assert "LG" in entity(result, "LG그룹").aliases


def test_a_foreign_body_is_named_with_its_country_and_its_bare_name_joins_it():
    result = run("중국 외교부와 중국 생태환경부는 성명을 냈다. 생태환경부는 조사에 나섰다. 외교부는 유감을 표했다.")
    labels = {e.label: e.aliases for e in result.entities.entities if e.kind == "Organization"}
    assert labels == {"중국 외교부": [], "중국 생태환경부": ["생태환경부"], "외교부": []}  # bare 외교부 is Korea's


def test_a_provinces_short_name_with_도_is_the_province():
    result = run("전라남도는 협약을 맺었다. 전남도는 지난달에도 협약을 맺었다.")
    assert entity(result, "전라남도").aliases == ["전남도"]


def test_a_head_of_state_known_by_a_long_name_and_its_short_forms():
    result = run("루이스 이나시우 룰라 다시우바 브라질 대통령이 연설했다. 룰라 대통령은 기후 재원을 강조했다.")
    lula = entity(result, "루이스 이나시우 룰라 다시우바")
    assert lula.kind == "Person" and "룰라" in lula.aliases


def test_a_foreign_body_is_one_entity_named_with_its_country_s_full_name_however_written():
    result = run("미 해군이 정비를 맡겼다. 미국 해군은 만족했다.")
    navies = [e for e in result.entities.entities if e.label.endswith("해군")]
    assert [(e.label, e.aliases) for e in navies] == [("미국 해군", ["미 해군"])]
    assert [e.label for e in run("미 해군이 정비를 맡겼다.").entities.entities] == ["미국 해군"]


def test_a_foreign_name_s_last_part_in_a_headline_joins_the_full_name_named_later():
    result = run("트럼프, 연준 의장에 해싯 지명 검토\n도널드 트럼프 대통령이 케빈 해싯 위원장을 만났다.")
    assert "해싯" in entity(result, "케빈 해싯").aliases


def test_a_team_named_after_its_city_is_called_alone_by_its_sponsor():
    result = run("서울 SK 나이츠가 이겼다. SK는 3연승을 달렸다.")
    assert "SK" in entity(result, "서울 SK 나이츠").aliases


def test_people_named_by_a_letter_after_a_kin_noun_get_no_node():
    result = run("숨진 이들은 A(45)씨와 아내 B(43)씨, 딸 C(12)양으로 확인됐다.")
    assert [e.label for e in result.entities.entities if e.kind == "Person"] == []


def test_a_foreign_name_s_last_part_read_as_a_district_by_its_ending_joins_the_person():
    result = run("김정은, 러시아 쇼이구 접견\n김정은 위원장이 세르게이 쇼이구 서기를 접견했다.")
    assert entity(result, "세르게이 쇼이구").kind == "Person"
    assert "쇼이구" in entity(result, "세르게이 쇼이구").aliases


def test_an_acronym_glosses_as_many_nouns_as_it_has_capitals():
    labels = lambda text: [(e.label, e.aliases) for e in run(text).entities.entities if e.kind == "Concept"]  # noqa: E731
    assert labels("한빛항공이 새 기업 이미지(CI)를 공개했다.") == [("기업 이미지", ["CI"])]
    assert labels("함정 유지·보수·정비(MRO) 사업을 따냈다.") == [("유지·보수·정비", ["MRO"])]
    assert labels("정부는 인공지능(AI) 기술을 키운다.") == [("인공지능", ["AI"])]
    assert labels("가입자 유심(USIM) 정보가 유출됐다.") == [("유심", ["USIM"])]  # no run of nouns matches
    # a noun written onto a figure (㎥급) tells the figure's class and abbreviates nothing
    assert labels("한빛중공업은 17만4000㎥급 액화천연가스(LNG) 운반선을 지었다.") == [("액화천연가스", ["LNG"])]


def test_a_kind_of_company_glossed_by_an_acronym_is_a_concept_no_company():
    result = run("저비용항공사(LCC)인 한빛에어가 출범했다.")
    assert [(e.label, e.cls, e.aliases) for e in result.entities.entities if e.label == "저비용항공사"] == [
        ("저비용항공사", "Concept", ["LCC"])]


def test_a_known_name_written_with_a_hyphen_is_that_name():
    result = run("지하 주차장에서 메르세데스-벤츠 전기차에 불이 났다. 메르세데스벤츠는 사과했다.")
    assert entity(result, "메르세데스벤츠").aliases == ["메르세데스-벤츠"]


def test_a_country_s_party_named_with_its_country_is_not_china_s():
    result = run("이재명 대통령은 또 럼 베트남 공산당 서기장과 회담했다.")
    assert [(e.label, e.kind) for e in result.entities.entities if e.kind in ("Person", "Organization")] == [
        ("이재명", "Person"), ("또 럼", "Person"), ("베트남 공산당", "Organization")]


def test_a_family_name_of_two_syllables_with_a_title_is_the_person_named_in_full():
    result = run("자오러지 중국 전인대 상무위원장은 방한했다. 자오 위원장은 협력을 강조했다.")
    assert [(e.label, e.aliases) for e in result.entities.entities if e.kind == "Person"] == [("자오러지", ["자오"])]


def test_a_real_name_in_brackets_is_another_name_of_the_person():
    result = run("주연을 맡은 아이유(본명 이지은)는 웃었다.")
    assert [(e.label, e.aliases) for e in result.entities.entities] == [("아이유", ["이지은"])]


def test_a_local_council_s_committee_is_no_committee_of_the_national_assembly():
    result = run("경기도의회 예산결산특별위원회는 16일 회의를 열었다. 김보람 예결위원장은 말했다.")
    assert [(e.label, e.aliases) for e in result.entities.entities if e.kind == "Organization"] == [
        ("경기도의회 예산결산특별위원회", ["예결위"])]


def test_a_change_in_brackets_after_a_company_is_no_other_name_of_it():
    result = run("삼성전자(-3.1%)와 SK하이닉스(+4.5%)가 움직였다.")
    assert [e.aliases for e in result.entities.entities if e.kind == "Organization"] == [[], []]


def test_an_unknown_stage_name_with_a_real_name_in_brackets_is_one_person():
    result = run("그룹 방탄소년단의 리더 RM(본명 김남준)이 작품을 기증했다.")
    people = [e for e in result.entities.entities if e.kind == "Person"]
    assert [(e.label, e.aliases) for e in people] == [("김남준", ["RM"])]


def test_an_organization_is_one_with_its_name_written_short():
    result = run("누리시버스노동조합은 파업에 들어갔다. 누리시버스노조 위원장은 사과했다. "
                 "한빛대학교병원은 개원했다. 한빛대병원 의료진은 환자를 맞았다.")
    organizations = sorted(e.label for e in result.entities.entities if e.kind == "Organization")
    assert organizations == ["누리시버스노동조합", "한빛대학교병원"]
    assert "한빛대병원" in entity(result, "한빛대학교병원").aliases


def test_a_known_company_with_사_after_its_name_is_that_company():
    result = run("대한항공은 미국 보잉사와 계약했다. 보잉은 항공기를 인도한다.")
    boeing = entity(result, "보잉")
    assert boeing.cls == "Corporation" and "보잉사" in boeing.aliases


def test_a_team_is_called_by_its_sponsor_in_any_case_of_letters():
    result = run("강백호는 2018년 kt wiz에 입단했다. 한편 kt는 보상 선수를 검토한다.")
    team = entity(result, "KT 위즈")
    assert {"kt", "kt wiz"} <= set(team.aliases)
    assert [e.label for e in result.entities.entities if e.kind != "Person"] == ["KT 위즈"]


def test_the_groups_of_leading_economies_are_organizations():
    result = run("주요 20개국(G20) 정상회의가 열렸다. 다음 G7 회의는 프랑스에서 열린다.")
    assert {(e.label, e.english) for e in result.entities.entities if e.kind == "Organization"} == {
        ("주요 20개국", "Group of Twenty"), ("주요 7개국", "Group of Seven")}


def test_a_club_that_played_as_its_city_is_the_club_named_in_full():
    result = run("전북 현대가 정상에 복귀했다. 전북은 수원FC를 2-0으로 꺾고 우승을 확정했다.")
    assert "전북" in entity(result, "전북 현대 모터스").aliases


def test_the_big_football_leagues_are_organizations():
    result = run("손흥민은 잉글랜드 프리미어리그(EPL)에서 뛰었다. 김민재는 분데스리가로 갔다.")
    assert {e.label for e in result.entities.entities if e.kind == "Organization"} == {"프리미어리그", "분데스리가"}


def test_sports_papers_are_news_media():
    result = run("청룡시리즈어워즈는 스포츠조선이 주최한다. 일간스포츠도 보도했다.")
    assert {(e.label, e.cls) for e in result.entities.entities if e.kind == "Organization"} == {
        ("스포츠조선", "NewsMediaOrganization"), ("일간스포츠", "NewsMediaOrganization")}


def test_a_cabinet_named_after_a_leader_written_short_is_the_same_cabinet():
    result = run("다카이치 사나에 내각이 출범했다. 다카이치 내각의 지지율은 70%다.")
    cabinets = [e for e in result.entities.entities if e.label.endswith("내각")]
    assert [(e.label, e.aliases) for e in cabinets] == [("다카이치 사나에 내각", ["다카이치 내각"])]


def test_well_known_civic_and_aid_groups_are_organizations():
    result = run("그린피스와 국경없는의사회는 성명을 냈다. 한국교총은 교권 보호를 촉구했다.")
    assert {e.label for e in result.entities.entities if e.kind == "Organization"} == {
        "그린피스", "국경없는의사회", "한국교원단체총연합회"}


def test_a_branch_named_after_its_company_s_short_name_is_the_branch_named_after_the_full_name():
    result = run("현대자동차지부는 교섭에 나섰다. 한빛수 현대차지부장은 조합원의 뜻을 따르겠다고 말했다.")
    branches = [e for e in result.entities.entities if e.label.endswith("지부")]
    assert [(b.label, b.aliases) for b in branches] == [("현대자동차지부", ["현대차지부"])]


def test_capitals_alone_are_the_company_named_with_them_and_its_trade():
    result = run("누리건설, 인도 KMX와 합작. 누리건설은 KMX스틸과 합작 계약을 체결했다.")
    companies = [e for e in result.entities.entities if e.label.startswith("KMX")]
    assert [(c.label, c.cls, c.aliases) for c in companies] == [("KMX스틸", "Corporation", ["KMX"])]


def test_a_city_a_team_is_named_after_is_the_team_unless_written_as_the_city():
    result = run("한빛수는 애틀랜타 브레이브스와 재계약했다. 한빛수는 애틀랜타로 이적한 뒤 3홈런을 쳤다.")
    assert [(e.label, e.cls, e.aliases) for e in result.entities.entities if "애틀랜타" in e.label] == [
        ("애틀랜타 브레이브스", "SportsTeam", ["애틀랜타"])]
    result = run("한빛수는 파리 생제르맹으로 이적했다. 프랑스 파리의 경기장에서 데뷔했다.")
    assert ("파리", "City") in [(e.label, e.cls) for e in result.entities.entities]
    result = run("한빛수는 로스앤젤레스 FC에서 뛴다. 그는 캘리포니아주 로스앤젤레스에서 골을 넣었다.")
    assert ("로스앤젤레스", "City") in [(e.label, e.cls) for e in result.entities.entities]


def test_a_country_s_name_the_article_uses_for_a_state_is_that_state_everywhere_in_it():
    result = run("브라이언 켐프 조지아 주지사는 투자를 반겼다. 그는 \"조지아 역사상 최대 투자\"라고 말했다.")
    places = [(e.label, e.cls, e.aliases) for e in result.entities.entities if e.kind == "Place"]
    assert places == [("조지아주", "AdministrativeArea", ["조지아"])]


def test_a_short_form_two_known_bodies_go_by_is_the_one_the_article_names_in_full():
    result = run("김정관 산업통상부 장관은 러트닉 장관과 면담했다. 산업부는 협의를 이어가기로 했다고 밝혔다.")
    assert "산업부" in entity(result, "산업통상부").aliases
    assert "산업통상자원부" not in [e.label for e in result.entities.entities]
    result = run("산업통상자원부는 협약을 맺었다. 산업부는 지원을 약속했다.")
    assert "산업부" in entity(result, "산업통상자원부").aliases


def test_a_foreign_city_written_with_시_before_a_post_is_the_city():
    result = run("장관은 광저우에 도착했다. 그는 류보 광저우시 당서기와 만났다.")
    assert [(e.label, e.aliases) for e in result.entities.entities if e.kind == "Place"] == [("광저우", ["광저우시"])]


def test_a_coach_s_name_with_호_calls_the_team_the_article_names():
    result = run("남자배구대표팀이 이란을 꺾었다. 김보람 감독은 웃었다. 김보람호는 결승에 오른다.")
    assert [(e.label, e.aliases) for e in result.entities.entities if e.cls == "SportsTeam"] == [
        ("남자배구대표팀", ["김보람호"])]


def test_a_place_or_an_organization_written_spaced_and_unspaced_is_one_node():
    result = run("충남 보령 화력발전소 폐쇄\n한국중부발전은 충남 보령시 보령화력발전소 가동을 멈췄다.")
    plants = [e for e in result.entities.entities if e.label.replace(" ", "") == "보령화력발전소"]
    assert len(plants) == 1 and set(plants[0].aliases) | {plants[0].label} == {"보령 화력발전소", "보령화력발전소"}


def test_a_headline_s_family_name_in_hanja_is_the_short_form_of_the_person_named():
    result = run("尹 전 대통령, 법정 출석\n\n윤민호 전 대통령이 30일 법정에 출석했다.")
    assert entity(result, "윤민호").aliases == ["尹 전 대통령"]
    result = run("朴대통령, 일본 총리와 회담\n\n박하늘 대통령은 23일 일본 총리와 회담했다.")
    assert entity(result, "박하늘").aliases == ["朴대통령"]


def test_a_name_kiwi_reads_with_its_particle_glued_on_is_the_name_said_elsewhere():
    result = run("영화 '국경'이 작품상을 받았고, 주연 현빈이 남우주연상을 차지했다. 현빈은 소감을 밝혔다.")
    assert [(e.label, e.kind) for e in result.entities.entities] == [("현빈", "Person")]


def test_a_name_with_ssi_glued_on_in_a_headline_is_the_person_named_in_the_story():
    result = run("검찰, '배임 의혹' 배대호씨 징역 7년 구형\n\n"
                 "검찰은 19일 한빛건설 대주주 배대호(60)씨에게 징역 7년을 구형했다.")
    named = [(e.label, e.kind) for e in result.entities.entities if e.label.startswith("배대호")]
    assert named == [("배대호", "Person")]


def test_a_known_company_s_union_is_the_industry_union_s_branch_at_it():
    result = run("현대차 노조, 부분 파업\n\n전국금속노동조합 현대자동차지부는 20일 파업을 결정했다. "
                 "기아지부도 동참했다. 전국금속노동조합 기아자동차지부는 24일 파업한다.")
    assert entity(result, "현대자동차지부").aliases == ["현대차 노조"]
    assert entity(result, "기아자동차지부").aliases == ["기아지부"]


def test_letters_defined_in_brackets_for_an_unknown_body_are_its_own_not_the_known_body_s():
    result = run("한빛전력은 사우디아라비아 전력청(SEC)과 계약을 맺었다. SEC는 2030년까지 송전망을 늘린다.")
    sec = entity(result, "사우디아라비아 전력청")
    assert (sec.aliases, sec.english) == (["SEC"], None)
    assert all(e.label != "미국 증권거래위원회" for e in result.entities.entities)
    result = run("손흥민은 로스앤젤레스FC(LAFC)로 이적했다.")  # the known club, written without its space
    assert entity(result, "로스앤젤레스 FC").aliases == ["로스앤젤레스FC", "LAFC"]


def test_an_unknown_place_named_without_its_unit_before_its_head_is_the_place():
    result = run("공장은 멘도사주에 있다. 준공식에는 루이스 페랄타 멘도사 주지사가 참석했다.")
    places = [(e.label, e.aliases) for e in result.entities.entities if e.kind == "Place"]
    assert places == [("멘도사주", ["멘도사"])]
    assert [(m.person.label, m.org.label) for m in result.facts.memberships] == [("루이스 페랄타", "멘도사주")]


def test_a_vietnamese_name_is_called_by_its_last_part():
    result = run("쩐 반 꽝 베트남 총리가 도착했다. 꽝 총리는 회담을 가졌다.")
    assert [(e.label, e.aliases) for e in result.entities.entities if e.kind == "Person"] == [("쩐 반 꽝", ["꽝"])]


def test_an_untyped_name_written_as_a_known_place_is_written_in_the_article_is_that_place():
    result = run("두 정상은 경주서 회담했다. 두 정상은 경북 경주에서 만났다.")
    assert [(e.label, e.aliases) for e in result.entities.entities if "경주" in (e.label, *e.aliases)] == [
        ("경주시", ["경주"])]


def test_a_company_written_in_latin_letters_and_in_hangul_is_one_node():
    result = run("NC소프트 주가가 급등했다. 엔씨소프트는 신작을 내놓았다.")
    assert [(e.label, e.aliases) for e in result.entities.entities] == [("엔씨소프트", ["NC소프트"])]


def test_an_industrial_park_written_short_is_the_park():
    result = run("한빛국가산업단지에서 불이 났다. 한빛산단 입주 기업들은 조업을 멈췄다. 한빛국가산단은 곧 재가동한다.")
    places = [e for e in result.entities.entities if e.kind == "Place"]
    assert [(e.label, sorted(e.aliases)) for e in places] == [("한빛국가산업단지", ["한빛국가산단", "한빛산단"])]


def test_a_financial_group_is_its_holding_company_and_a_known_company_before_a_family_name_is_no_name():
    result = run("BNK금융그룹은 펀드를 만든다. BNK금융지주 회장이 참석했다.")
    assert [e.label for e in result.entities.entities if e.kind == "Organization"] == ["BNK금융지주"]
    result = run("이 회장은 릴라이언스 암바니 회장과 만났다. 무케시 암바니 회장은 웃었다.")
    assert [e.label for e in result.entities.entities if e.kind in ("Person", "Organization")][-2:] == [
        "릴라이언스인더스트리", "무케시 암바니"]



def test_a_sovereign_fund_named_by_its_country_or_its_letters_is_one_state_body():
    found = run("한빛건설은 사우디아라비아 국부펀드(PIF)가 발주한 공사를 따냈다. PIF는 올해 투자를 늘린다.")
    funds = [e for e in found.entities.entities if e.cls == "GovernmentOrganization"]
    assert [(e.label, e.english) for e in funds] == [("사우디 공공투자펀드", "Public Investment Fund")]


def test_a_former_name_in_brackets_is_the_same_company():
    found = run("한빛은행은 자회사 한빛뱅크(옛 미르은행)를 키운다. 미르은행 인수는 2019년이었다. "
                "한빛카드(구 다온카드)도 성장했다.")
    assert sorted((e.label, tuple(sorted(e.aliases))) for e in found.entities.entities) == [
        ("한빛뱅크", ("미르은행",)), ("한빛은행", ()), ("한빛카드", ("다온카드",))]


def test_georgia_in_a_story_about_the_united_states_is_the_state():
    def places(text):
        return [(e.label, e.cls) for e in run(text).entities.entities if e.kind == "Place"]
    assert places("한빛자동차는 미국 앨라배마 공장과 조지아 공장을 늘린다.") == [
        ("미국", "Country"), ("앨라배마", "AdministrativeArea"), ("조지아주", "AdministrativeArea")]
    assert places("조지아 정부는 흑해 연안에 항구를 짓는다.") == [("조지아", "Country"), ("흑해", "Place")]


def test_a_headline_s_untyped_town_is_the_town_the_story_names_with_its_unit():
    found = run("한빛정유, 여수에 공장 짓는다\n\n한빛정유가 전남 여수 국가산업단지에 연산 30만t 규모의 공장을 "
                "짓는다. 한빛정유는 여수시와 투자협약을 맺었다.")
    assert [(e.label, e.cls, e.aliases) for e in found.entities.entities if e.label in ("여수", "여수시")] == [
        ("여수시", "City", ["여수"])]


def test_common_nouns_glossed_by_a_known_body_s_letters_are_that_body():
    found = run("미국 프로야구 메이저리그(MLB) 구단들이 한빛전자와 계약했다.")
    (mlb,) = [e for e in found.entities.entities if "MLB" in e.aliases]
    assert (mlb.label, mlb.english, sorted(mlb.aliases)) == (
        "메이저리그 베이스볼", "Major League Baseball", ["MLB", "프로야구 메이저리그"])
    # words that share none with the body's names are not its name
    found = run("한빛전력은 사우디아라비아 국영 전력회사(SEC)와 계약했다.")
    assert not any("국영 전력회사" in (e.label, *e.aliases) and e.english for e in found.entities.entities)


def test_a_nationwide_union_named_short_is_that_union():
    entities = run("전국화물운송노동조합이 파업에 들어갔다. 화물운송노조는 협상을 요구했다.").entities.entities
    assert [(e.label, e.aliases) for e in entities if e.kind == "Organization"] == [
        ("전국화물운송노동조합", ["화물운송노조"])]
