"""Hard cases of places in Korean news, on sentences written for the tests."""

from helpers import mentions, named


def test_municipality_named_without_its_suffix_after_its_province():
    found = mentions("그는 충남 예산의 농가와 경기 안성시 공장을 거쳐 서울 마포 사무실에 들렀다.").mentions
    places = {(m.text, m.key) for m in found if m.kind == "Place"}
    assert {("충남", "충청남도"), ("예산", "예산군"), ("경기", "경기도"), ("안성시", "안성시"),
            ("서울", "서울특별시"), ("마포", "마포구")} <= places
    # alone, or after a province it does not belong to, the same word is no place: budget, the economy, progress
    assert named("예산이 줄어 경기 회복의 진도가 더디다. 경남 진도 점검", "Place") == ["경남"]


def test_province_before_an_organization_named_after_one_of_its_towns():
    found = mentions("경기 화성소방서는 불이 꺼졌다고 밝혔다.").mentions
    assert ("경기", "Place") in {(m.text, m.kind) for m in found}
    assert named("경기 화성소방서는 불이 꺼졌다고 밝혔다.", "Organization") == ["화성소방서"]
    assert named("경기 침체로 한빛소방서는 예산이 줄었다.", "Place") == []


def test_municipality_that_is_no_common_word_is_a_place_alone():
    found = {(m.text, m.key) for m in mentions("그는 김해에서 태어나 송파에 산다.").mentions if m.kind == "Place"}
    assert found == {("김해", "김해시"), ("송파", "송파구")}
    assert named("경주 대회를 앞두고 양산 체제를 갖췄다.", "Place") == []  # a race; mass production


def test_country_or_city_that_is_also_a_common_word_is_left_to_context():
    assert named("수단과 방법을 가리지 않고 선전에 나섰다.", "Place") == []  # means; propaganda
    assert named("그는 몰디브와 알바니아를 거쳐 항저우에 갔다.", "Place") == ["몰디브", "알바니아", "항저우"]


def test_name_then_venue_word_is_one_place_and_its_city_another():
    assert named("시위대는 카이로의 타흐리르 광장에 모였다.", "Place") == ["카이로", "타흐리르 광장"]
    assert named("파도가 부산 해운대 해수욕장 부근 도로를 덮쳤다.", "Place") == ["부산", "해운대 해수욕장"]
    assert named("관광객들은 경북 안동시 하회마을을 찾았다.", "Place") == ["경북", "안동시", "하회마을"]


def test_venue_glued_to_its_name_and_a_role_is_no_station():
    assert named("그는 서울시립미술관에서 전시를 열었다.", "Place") == ["서울시립미술관"]
    assert named("영화에서 아이언맨 역의 배우가 웃었다.", "Place") == []


def test_district_of_a_city_that_is_no_metropolitan_city():
    found = [(m.text, m.key) for m in mentions("수원 팔달에서 불이 났다.").mentions if m.kind == "Place"]
    assert found == [("수원", "수원시"), ("팔달", "팔달구")]


def test_a_place_where_a_journey_starts_or_ends_is_a_place():
    assert named("부산발 제주행 여객선이 출항했다.", "Place") == ["부산", "제주"]
    assert named("한국산 사과와 미국인 관광객", "Place") == []


def test_mountains_rivers_and_islands_are_places_but_goods_made_in_a_country_are_not():
    assert named("등산객이 수원 팔달산과 메콩강, 세빛섬을 찾았다.", "Place") == ["수원", "팔달산", "메콩강", "세빛섬"]
    assert named("중국산 김치가 팔렸다.", "Place") == []


def test_a_compound_ending_in_a_venue_word_names_the_venue_after_a_place():
    assert named("산티아고 국제공항은 폐쇄됐다.", "Place") == ["산티아고 국제공항"]


def test_landmarks_and_neighbourhoods_are_places_and_a_kind_of_place_in_a_list_is_not_one():
    assert named("관광객이 종묘, 청담동, 수목원을 찾았다.", "Place") == ["종묘", "청담동"]
    assert "NLL" in named("경비정이 NLL을 넘었다.", "Place")
    assert named("총리는 서울 현충원을 찾아 참배했다.", "Person") == []
    assert named("한빛은 타오위안과 타이중, 가오슝에 물류센터를 짓는다.", "Place") == ["타오위안", "타이중", "가오슝"]
    assert [m.key for m in mentions("총리는 서울 현충원을 찾아 참배했다.").mentions if m.key] == ["국립서울현충원"]


def test_an_unknown_name_before_a_noun_of_place_is_a_place():
    assert named("이날 둥관 시내 도로마다 물이 찼다.", "Place") == ["둥관"]
    # one Korean town's name: that town
    assert [m.key for m in mentions("지진으로 포항과 경주 일대에서 건물이 흔들렸다.").mentions] == ["포항시", "경주시"]


def test_a_place_before_a_venue_named_by_its_suffix_is_part_of_the_venue():
    assert named("사고는 경주 마우나리조트에서 났다.", "Place") == ["경주 마우나리조트"]


def test_a_name_glued_to_시티_is_a_city():
    assert named("가자시티 동부에서도 공습이 있었다.", "Place") == ["가자시티"]


def test_japanese_prefectures_world_regions_and_historical_korean_states_are_places():
    found = named("고구려 유물이 오카야마 현과 동유럽에서 나왔다.", "Place")
    assert found == ["고구려", "오카야마 현", "동유럽"]


def test_a_name_shaped_neighbourhood_where_something_happens_is_a_place_not_a_person():
    assert named("집회는 상계동에서 열렸고 방배동 주민들이 모였다.", "Place") == ["상계동", "방배동"]
    assert named("홍길동에게 물었다.", "Person") == ["홍길동"]


def test_a_us_state_written_with_a_spaced_주_is_the_state():
    found = {m.text: m.key for m in mentions("시상식은 캘리포니아 주 베벌리힐스에서 열렸다.").mentions}
    assert found["캘리포니아 주"] == "캘리포니아"


def test_si_inside_one_foreign_word_is_no_city():
    assert named("무르시는 축구 선수다.", "Place") == []
    assert named("에이전시의 직원이 왔다.", "Place") == []
    assert named("의정부시는 발표했다.", "Place") == ["의정부시"]
    assert named("정저우시에 공장을 세웠다.", "Place") == ["정저우시"]


def test_country_name_kiwi_reads_as_a_common_noun_is_no_country():
    assert named("인도와 차도 사이에서 사고가 났다.", "Place") == []  # a sidewalk
    assert named("인도에서 열린 회의에 참석했다.", "Place") == ["인도"]


def test_a_ballpark_or_a_depot_after_its_place_is_one_venue_and_the_places_before_their_own():
    assert named("팬들은 대전 한밭 야구장에 모였다.", "Place") == ["대전", "한밭 야구장"]
    assert named("행사는 서울 강동구 암사동 버스차고지에서 열렸다.", "Place") == [
        "서울", "강동구", "암사동", "버스차고지"]


def test_unknown_name_after_a_country_where_something_happens_is_a_place_within_it():
    assert named("대표단은 체코 브르노에서 회의를 열었다.", "Place") == ["체코", "브르노"]
    assert named("그는 러시아 대기업에서 일했다.", "Place") == ["러시아"]


def test_a_neighbourhood_named_after_its_district_is_no_person():
    # Kiwi cuts 도봉동 into three common nouns, a shape that unknown people's names take too
    assert named("경찰은 '도봉동 세 모녀 사건'을 다시 조사했다.", "Place") == ["도봉동"]
    assert named("경찰은 '도봉동 세 모녀 사건'을 다시 조사했다.", "Person") == []


def test_historical_states_are_places_not_people():
    assert named("당나라와 신라는 동맹을 맺었다.", "Person") == []
    assert set(named("당나라와 신라는 동맹을 맺었다.", "Place")) == {"당나라", "신라"}


def test_an_era_is_no_university():
    assert named("그 섬은 고려시대 기록에 나온다.", "Organization") == []


def test_a_sport_ending_in_an_address_unit_continues_no_address():
    assert named("한국 여자배구의 간판 선수가 돌아왔다.", "Place") == ["한국"]  # 배구 ends in 구, a district


def test_a_road_and_a_numbered_ga_are_one_neighbourhood_or_station():
    text = "행진은 충무로 3가와 남대문로2가를 지나 을지로4가역에서 끝났다. 방법은 2가지다."
    assert named(text, "Place") == ["충무로 3가", "남대문로2가", "을지로4가역"]


def test_a_route_of_places_of_different_kinds_types_its_unknown_stops():
    assert "미르마루" in named("행렬은 서울광장→미르마루→수원 순으로 지났다.", "Place")  # a venue and a city


def test_a_city_named_like_a_word_is_the_city_where_it_says_where():
    found = {(m.text, m.key) for m in mentions("그는 경주에서 관광을 했다.").mentions if m.kind == "Place"}
    assert found == {("경주", "경주시")}
    assert named("예산에서 10억원이 삭감됐다.", "Place") == []  # the budget


def test_a_venue_named_after_its_sponsor_is_a_place():
    assert named("경기는 한화생명볼파크에서 열렸다.", "Place") == ["한화생명볼파크"]
    # and so is a tower; but a control tower of common nouns is a figure of speech
    assert named("회의는 롯데월드타워에서 열렸다.", "Place") == ["롯데월드타워"]
    assert named("회의는 한빛타워에서 열렸다.", "Place") == ["한빛타워"]
    assert named("그는 '경제컨트롤타워' 역할을 맡는다. 정부의 컨트롤타워가 필요하다.", "Place") == []


def test_a_name_before_a_street_or_a_shrine_is_a_place_but_a_figure_before_거리_is_a_distance():
    assert named("관광객들이 마르텐 거리와 야스쿠니 신사를 찾았다.", "Place") == ["마르텐 거리", "야스쿠니 신사"]
    assert named("역에서 300m 거리에 있다.", "Place") == []


def test_a_multi_word_name_kiwi_knows_ending_in_a_venue_is_a_place():
    # Kiwi knows 평양 순안 국제공항 as one proper noun, as it knows many people's names
    assert named("주애가 평양 순안국제공항에서 모습을 드러냈다.", "Place") == ["평양 순안국제공항"]


def test_a_town_after_a_state_and_clubs_and_convention_centres():
    found = mentions("대회는 미국 애리조나주 챈들러의 월윈드 골프클럽에서 열렸다.").mentions
    places = [(m.text, m.cls) for m in found if m.kind == "Place"]
    assert places[-2:] == [("챈들러", "City"), ("월윈드 골프클럽", "Place")]
    assert named("회의는 경주 화백컨벤션센터(HICO)에서 열렸다.", "Place") == ["경주 화백컨벤션센터", "HICO"]


def test_the_longer_ending_decides_a_cathedral_is_no_party():
    found = mentions("정 대주교는 명동대성당에서 미사를 봉헌했다.")
    assert [(m.text, m.kind) for m in found.mentions if "성당" in m.text] == [("명동대성당", "Place")]


def test_an_unknown_word_in_도_is_no_province():
    assert named("진에어와 에어서울도 통합한다.", "Place") == []


def test_a_venue_known_by_name_stands_apart_from_its_city():
    found = mentions("그는 서울 명동대성당에서 미사를 봉헌했다.")
    assert [(m.text, m.key) for m in found.mentions if m.kind == "Place"] == [
        ("서울", "서울특별시"), ("명동대성당", "명동대성당")]


def test_a_name_ending_in_a_known_place_is_no_mountain():
    assert named("에어부산은 출범했다. 그는 설악산에 올랐다.", "Place") == ["설악산"]


def test_a_word_shaped_like_a_name_before_a_venue_noun_names_the_venue_and_a_country_stays_apart():
    found = mentions("그룹은 미국 로스앤젤레스 소파이 스타디움에서 공연한다.")
    assert [(m.text, m.cls) for m in found.mentions if m.kind == "Place"] == [
        ("미국", "Country"), ("로스앤젤레스", "City"), ("소파이 스타디움", "Place")]


def test_an_unknown_name_in_주_after_a_country_is_its_state_and_the_name_after_it_a_town():
    found = mentions("정상들은 캐나다 앨버타주 캐내내스키스에서 만났다.")
    assert [(m.text, m.cls) for m in found.mentions if m.kind == "Place"] == [
        ("캐나다", "Country"), ("앨버타주", "AdministrativeArea"), ("캐내내스키스", "City")]


def test_north_america_unless_before_what_two_countries_have_between_them():
    def places(text):
        return [(m.text, m.cls) for m in mentions(text).mentions if m.kind == "Place"]
    assert places("현대차는 북미 시장에서 판매를 늘렸다.") == [("북미", "Continent")]
    assert places("북미 정상회담이 열렸고 북미관계가 좋아졌다. 북한 외무성이 밝혔다.") == [("북한", "Country")]


def test_an_unknown_name_in_ju_after_a_country_and_a_part_of_it_is_a_state():
    found = mentions("우크라이나 동부 도네츠크주에서 교전이 이어졌다.").mentions
    assert ("도네츠크주", "AdministrativeArea") in [(m.text, m.cls) for m in found]


def test_a_name_before_a_dictionary_noun_that_is_a_kind_of_place_is_that_place():
    found = mentions("전남 무안국제공항에서 사고가 났다. 한빛무역이 수출했다.").mentions
    assert [(m.text, m.kind) for m in found if m.kind == "Place"] == [("전남", "Place"), ("무안국제공항", "Place")]


def test_a_name_that_looks_korean_after_a_state_where_something_is_is_a_town():
    found = mentions("미국 조지아주 서배너 인근에 공장이 들어선다.").mentions
    assert ("서배너", "City") in [(m.text, m.cls) for m in found]
    found = mentions("그룹은 미국 조지아주 서배너에 있는 공장을 늘린다.").mentions
    assert ("서배너", "City") in [(m.text, m.cls) for m in found]


def test_a_city_that_is_a_side_of_a_match_told_with_its_result_is_its_club():
    def kinds(text):
        return [(m.text, m.cls) for m in mentions(text).mentions if m.kind in ("Place", "Organization")]
    assert kinds("울산이 포항을 2-1로 꺾고 선두를 지켰다.") == [("울산", "SportsTeam"), ("포항", "SportsTeam")]
    assert kinds("리버풀은 맨체스터 시티에 0-2로 졌다.")[0] == ("리버풀", "SportsTeam")
    assert kinds("대전에서 열린 경기에서 울산이 이겼다.") == [("대전", "City"), ("울산", "City")]
    assert kinds("서울과 부산은 영하 10도까지 떨어졌다.") == [("서울", "City"), ("부산", "City")]


def test_a_province_named_without_도_before_a_part_of_it_by_the_compass():
    found = mentions("기상청은 서울과 경기 북부에 한파주의보를 발령했다. 경기 일부가 취소됐다.")
    places = [(m.text, m.key) for m in found.mentions if m.kind == "Place"]
    assert places == [("서울", "서울특별시"), ("경기", "경기도")]


def test_a_venue_after_a_district_named_with_its_city_stands_apart():
    found = mentions("행사는 서울 중구 웨스틴조선호텔에서 열렸다. 부산 동구로 본사를 옮긴다.")
    assert [(m.text, m.key) for m in found.mentions if m.kind == "Place"] == [
        ("서울 중구", "서울 중구"), ("웨스틴조선호텔", None), ("부산 동구", "부산 동구")]


def test_a_peak_or_a_crater_lake_after_a_mountain_is_a_place_on_it():
    found = mentions("지리산 천왕봉 일출을 보려는 등산객이 몰렸다. 한라산 백록담이 얼어붙었다.")
    assert [(m.text, m.kind) for m in found.mentions if m.kind in ("Place", "Person")] == [
        ("지리산", "Place"), ("천왕봉", "Place"), ("한라산", "Place"), ("백록담", "Place")]


def test_world_regions_are_places():
    assert [m.text for m in mentions("시베리아 한파가 흑해 연안까지 번졌다.").mentions if m.kind == "Place"] == [
        "시베리아", "흑해"]


def test_a_town_after_a_state_keeps_no_particle_and_an_industry_is_no_mountain():
    found = mentions("오스탈은 미국 앨라배마주 모바일에 조선소를 두고 있다. 그는 미국 해양방산 시장을 말했다.")
    assert [m.text for m in found.mentions if m.kind == "Place"] == ["미국", "앨라배마주", "모바일", "미국"]


def test_towns_and_townships_have_short_names_and_a_longer_word_in_면_is_noodles():
    assert named("그는 구좌읍과 한경면, 가야곡면을 찾았다.", "Place") == ["구좌읍", "한경면", "가야곡면"]
    assert named("한빛식품은 불닭볶음면 수출을 늘렸다.", "Place") == []


def test_a_town_after_a_country_keeps_no_particle_kiwi_left_on_it():
    found = mentions("베트남 하이퐁에 LG 공장이 있다.")
    assert [(m.text, m.kind) for m in found.mentions if m.kind == "Place"] == [("베트남", "Place"), ("하이퐁", "Place")]


def test_the_week_before_that_a_figure_is_compared_with_is_no_city():
    found = mentions("아파트값은 전주 대비 0.18% 올랐다. 전주에서 열린 축제에는 전주 대비 두 배가 왔다.")
    assert [(m.text, m.start) for m in found.mentions if m.kind == "Place"] == [("전주", 23)]


def test_a_well_known_neighbourhood_is_a_place_and_ends_an_address():
    assert named("성수동 팝업스토어에 인파가 몰렸다.", "Place") == ["성수동"]
    # an administrative unit, so that KLUE's address runs on through it: 서울 반포동 서래마을
    assert [m.cls for m in mentions("서울 반포동 서래마을에 있다.").mentions if m.text == "반포동"] == [
        "AdministrativeArea"]


def test_countries_whose_names_are_also_words_are_countries_only_where_kiwi_reads_a_name():
    assert named("한국 대표팀이 가나와의 평가전에서 이겼다. 수단 내전이 격화됐다.", "Place") == ["가나", "수단"]
    assert named("오만 명이 모였다. 이를 위한 수단을 총동원했다.", "Place") == []


def test_a_town_after_its_province_is_the_known_town_though_its_position_read_it_first():
    found = mentions("29일 경북 경주에서 열린 정상회담")
    assert [(m.text, m.cls, m.key) for m in found.mentions if m.text == "경주"] == [("경주", "City", "경주시")]


def test_a_town_right_after_a_state_written_without_주_is_a_town_of_it():
    assert ("테일러", "City") in [(m.text, m.cls) for m in mentions("삼성의 텍사스 테일러 공장에서 생산한다.").mentions]


def test_an_acid_is_no_mountain_but_a_mountain_kiwi_knows_or_reads_apart_is():
    text = "연구팀은 나일론 원료인 아디프산을 만들었다. 금오산과 몽블랑산에 올랐다."
    assert named(text, "Place") == ["금오산", "몽블랑산"]


def test_a_company_s_name_before_a_stadium_names_the_venue_not_the_company():
    found = mentions("경기는 애틀랜타 메르세데스-벤츠 스타디움에서 열렸다.").mentions
    assert [(m.text, m.kind) for m in found] == [("애틀랜타", "Place"), ("메르세데스-벤츠 스타디움", "Place")]


def test_a_town_the_lexicon_knows_in_another_province_is_another_town():
    found = mentions("북한은 평안남도 순천 일대에서 미사일을 쐈다. 전남 순천과 전남 광주에서도 행사가 열렸다.").mentions
    assert [(m.text, m.key) for m in found] == [
        ("북한", "북한"), ("평안남도", "평안남도"), ("순천", None), ("전남", "전라남도"), ("순천", "순천시"),
        ("전남", "전라남도"), ("광주", "광주광역시")]


def test_an_unknown_name_near_a_city_where_something_happens_is_a_place():
    assert named("공장은 헝가리 부다페스트 인근 괴될뢰에 들어선다.", "Place") == ["헝가리", "부다페스트", "괴될뢰"]
    # also one shaped like a Korean name
    assert named("공장은 베트남 하노이 인근 박닌성에 있다.", "Place") == ["베트남", "하노이", "박닌성"]


def test_a_proper_noun_that_is_two_common_nouns_holds_no_mountain():
    assert named("한빛은 누리의 지식재산(IP)을 쓴다. 두 사람은 설악산과 가리왕산에 올랐다.", "Place") == [
        "설악산", "가리왕산"]


def test_a_named_base_is_a_place_and_a_base_of_production_is_none():
    assert named("위성은 케이프커내버럴 우주군기지에서 발사됐다. 한빛전자는 베트남을 생산기지로 삼았다.", "Place") == [
        "케이프커내버럴 우주군기지", "베트남"]


def test_a_ballpark_named_in_one_word_is_a_place():
    assert named("경기는 고척스카이돔과 한빛챔피언스필드, 누리볼파크에서 열렸다.", "Place") == [
        "고척스카이돔", "한빛챔피언스필드", "누리볼파크"]


def test_a_town_named_after_a_state_where_something_happens_is_a_city():
    found = mentions("올스타전은 미국 텍사스주 누리빌에서 열린다.").mentions
    assert [(m.text, m.cls) for m in found if m.kind == "Place"] == [
        ("미국", "Country"), ("텍사스주", "AdministrativeArea"), ("누리빌", "City")]


def test_a_new_town_is_a_place_though_it_ends_in_시():
    assert named("공장은 인천 한빛국제도시에 들어선다.", "Place") == ["인천", "한빛국제도시"]


def test_a_named_power_plant_is_a_place_and_a_gang_member_no_name():
    assert named("한국중부발전은 충남 보령시 보령화력발전소 가동을 멈췄다.", "Place") == [
        "충남", "보령시", "보령화력발전소"]
    assert named("경찰은 조직원 32명을 검거했다.", "Concept") == []


def test_a_headline_s_country_in_one_hanja_letter_is_that_country():
    found = mentions("한빛전자, 美 텍사스에 공장 착공…日 총리 방한").mentions
    assert [(m.text, m.key) for m in found if m.cls == "Country"] == [("美", "미국"), ("日", "일본")]


def test_a_route_s_stops_are_places_whatever_a_name_looked_like():
    assert ("나리타", "Place") in [(m.text, m.kind) for m in mentions("제주항공은 인천~나리타 노선을 늘린다.").mentions]


def test_a_proper_noun_before_지역_alone_is_a_place_but_not_before_지방정부():
    assert named("공장은 수도 남쪽 바스라니아 지역에 들어선다.", "Place") == ["바스라니아"]
    assert named("바스라니아 지방정부 관계자가 말했다.", "Place") == []

    # a noun and its 와 that Kiwi reads as one name (시와/NNP) are no place before 지역
    assert named("협약에 따라 시와 지역 기업은 공동 사업을 추진한다.", "Place") == []


def test_a_venue_noun_after_a_district_read_with_its_city_makes_no_overlapping_venue():
    found = mentions("부산 동구 석유화학단지 내 공장에서 불이 났다.").mentions
    spans = sorted((m.start, m.end) for m in found)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    assert [m.text for m in found if m.kind == "Place"] == ["부산 동구"]
    # a venue with a name of its own stands apart from the district
    found = mentions("부산 강서구 미음산업단지에 공장을 짓는다.").mentions
    assert [m.text for m in found if m.kind == "Place"] == ["부산 강서구", "미음산업단지"]


def test_a_company_s_plant_written_fused_to_its_place_is_that_site_but_a_plant_after_a_state_is_not():
    text = "현대제철 당진제철소가 멈췄다. 삼성전자 평택공장에서 불이 났다."
    assert named(text, "Place") == ["당진제철소", "평택공장"]
    assert named("미국 조지아주 공장에서 일한다.", "Place") == ["미국", "조지아주"]


def test_캠프_before_a_name_names_a_base_but_not_before_a_korean_name():
    assert named("장관은 경기 평택 캠프 험프리스를 찾았다. 두 정상은 캠프 데이비드에서 만났다.", "Place") == [
        "경기", "평택", "캠프 험프리스", "캠프 데이비드"]
    assert named("선거 캠프 박지원은 말했다.", "Place") == []


def test_one_proper_noun_ending_in_주_is_a_foreign_state_but_not_a_word():
    assert [(m.text, m.cls) for m in mentions("공장은 안드라프라데시주에 들어선다.").mentions] == [
        ("안드라프라데시주", "AdministrativeArea")]
    assert named("노조는 사보타주에 나섰다.", "Place") == []


def test_a_province_s_short_name_listed_among_places_is_the_province():
    found = mentions("서울, 경기, 인천 지역에 비가 내렸다.").mentions
    assert [(m.text, m.key) for m in found] == [("서울", "서울특별시"), ("경기", "경기도"), ("인천", "인천광역시")]


def test_a_city_whose_name_ends_like_a_news_outlet_is_known_as_a_city():
    assert [(m.text, m.cls) for m in mentions("양사는 미국 뉴포트뉴스에서 협약을 맺었다.").mentions] == [
        ("미국", "Country"), ("뉴포트뉴스", "City")]


def test_the_names_before_발_and_행_are_where_a_route_runs_from_and_to():
    found = mentions("청량리발 강릉행 열차가 멈췄다. 인천발 파리행 여객기가 회항했다.").mentions
    assert [(m.text, m.kind) for m in found] == [
        ("청량리", "Place"), ("강릉", "Place"), ("인천", "Place"), ("파리", "Place")]


def test_two_unknown_words_before_a_field_or_a_mine_name_it():
    found = mentions("한빛가스는 코랄 노스 가스전과 호주 로이힐 광산에 투자했다.").mentions
    assert [(m.text, m.kind) for m in found if m.kind == "Place"] == [
        ("코랄 노스 가스전", "Place"), ("호주", "Place"), ("로이힐 광산", "Place")]


def test_a_new_town_is_a_place_but_new_towns_in_general_are_none():
    assert named("한빛신도시의 한 아파트에서 불이 났다.", "Place") == ["한빛신도시"]
    assert named("정부는 3기 신도시 공급을 서두른다.", "Place") == []
    assert named("회사는 베트남 신도시 건설을 맡았다.", "Place") == ["베트남"]  # the country's new towns, unnamed


def test_a_named_sports_ground_is_a_place_but_a_playground_is_none():
    assert named("결승은 잠실종합운동장에서 열린다. 학생들이 운동장에 모였다.", "Place") == ["잠실종합운동장"]
