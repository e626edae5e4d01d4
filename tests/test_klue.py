from kg.analyze import analyze
from kg.klue import klue_spans
from kg.mentions import find_mentions
from kg.read import Article


def spans(text):
    found = klue_spans(find_mentions(analyze(Article("t", text))).mentions, text)
    return {(text[s["start"]:s["end"]], s["label"]) for s in found}


def test_address_is_one_location_and_a_country_with_its_police_one_organization():
    found = spans("경기도 포천시에서 사고가 났고 미국 경찰은 수사에 나섰다.")
    assert ("경기도 포천시", "LC") in found and ("미국 경찰", "OG") in found


def test_acting_country_is_an_organization_and_a_visited_one_a_location():
    found = spans("한국은 이란을 꺾었다. 그는 일본에 갔다.")
    assert ("한국", "OG") in found and ("일본", "LC") in found


def test_a_city_in_si_as_the_subject_is_its_government_but_a_province_stays_a_place():
    found = spans("용인시는 15일 대책을 발표했다. 제주도는 오후부터 비가 오겠다. 그는 용인시에 산다.")
    assert {("용인시", "OG"), ("제주도", "LC"), ("용인시", "LC")} <= found


def test_adjacent_dates_are_one_span():
    assert ("지난해 11월", "DT") in spans("지난해 11월 문을 열었다.")


def test_anonymous_people_times_of_day_and_durations():
    found = spans("A씨는 지난해 오후에 김모(33)씨를 만났고 3년간 한 명을 도왔다.")
    assert {("A", "PS"), ("김", "PS"), ("지난해", "DT"), ("오후", "TI"), ("3년간", "DT"), ("한 명", "QT"),
            ("33", "QT")} <= found


def test_people_named_by_a_letter_or_a_family_name_with_age_and_sex_or_a_spaced_placeholder():
    assert spans("B(31·여)씨와 정모(60·중국국적)씨가 왔다.") == {
        ("B", "PS"), ("31", "QT"), ("정", "PS"), ("60", "QT"), ("중국", "LC")}
    assert spans("최 모 씨는 집에 있었다.") == {("최", "PS")}
    assert {("D", "PS"), ("E", "PS"), ("윤", "PS")} <= spans("D군과 E군, 윤 군은 학교에 갔다.")
    assert ("안", "PS") not in spans("안양은 경기도의 도시다.")  # a glued 양 after a family name is a place
    assert ("명", "PS") not in spans("인재 300명 양성을 약속했다.")  # 양성 is a word, not 양 after 명


def test_people_named_by_a_letter_before_a_rank_or_a_job_or_after_a_noun():
    assert ("K", "PS") in spans("방송사에 근무하는 K기자는 휴가를 냈다.")
    assert ("A", "PS") in spans("위병소에서 근무하던 A(19) 일병이 다쳤다.")
    assert ("B", "PS") in spans("범행을 계획한 현지인B씨를 만났다.")
    assert ("A", "PS") not in spans("A 기자는 말했다.")  # spaced and bare: left alone


def test_police_ranks_and_announcers_are_titles_and_a_common_noun_opens_no_name():
    assert spans("조 경장이 시민을 도왔다.") == {("조", "PS")}
    assert ("정하늘", "PS") in spans("조 아나운서 대신 정하늘 아나운서가 진행했다.")
    assert {("부산지법", "OG"), ("박문수", "PS")} <= spans("부산지법 박문수 판사는 선고를 미뤘다.")


def test_a_person_noun_before_foreign_name_parts_makes_them_a_name():
    assert ("엠마 스톤", "PS") in spans("배우 엠마 스톤의 드레스가 화제였다.")
    assert not any(label == "PS" for _, label in spans("가수 그룹 멤버가 무대에 섰다."))


def test_an_address_runs_down_to_its_neighbourhood_and_village():
    assert ("전라남도 순천시 해룡면 신대리", "LC") in spans("전라남도 순천시 해룡면 신대리 공장에서 불이 났다.")
    assert ("대전 유성구 봉명동", "LC") in spans("대전 유성구 봉명동의 한 식당에서")
    assert spans("한국 활동을 마친 그는 미국 관리를 만났다.") == {("한국", "LC"), ("미국", "LC")}


def test_figures_in_brackets_are_no_alias():
    assert spans("스페인(승점 6·골득실 4)이 올라갔다.") == {("스페인", "OG")}  # the team, with no alias


def test_a_place_and_its_institution_or_department_are_one_organization():
    assert spans("일본 정부는 유감을 표했다.") == {("일본 정부", "OG")}
    assert ("광주 서부경찰서", "OG") in spans("광주 서부경찰서에 따르면 사고는 없었다.")
    assert ("부산지검 강력부", "OG") in spans("부산지검 강력부는 수사를 시작했다.")


def test_well_known_media_and_international_bodies():
    found = spans("요미우리 신문에 따르면 국제축구연맹(FIFA)과 인터폴이 협력한다.")
    assert {("요미우리 신문", "OG"), ("국제축구연맹", "OG"), ("FIFA", "OG"), ("인터폴", "OG")} <= found


def test_amounts_leave_their_qualifier_outside_and_native_counts_take_more_counters():
    assert spans("약 2만명이 모였고 총 15곳이 문을 닫았다.") == {("2만명", "QT"), ("15곳", "QT")}
    assert ("세 채", "QT") in spans("주택 세 채가 불에 탔다.")
    # 대학 and 장관 are words, not the counters 대 and 장: two universities, three ministers
    assert spans("두 대학과 세 장관이 만났다.") == {("두 대학", "QT"), ("세 장관", "QT")}


def test_anonymous_placeholder_stays_outside_and_military_words_are_no_people():
    assert spans("정모 경사가 현장에 갔다.") == {("정", "PS")}
    assert not any(label == "PS" for _, label in spans("육군과 공군의 장군들이 모였다."))


def test_stations_coasts_and_squares_are_places_but_not_inside_a_dictionary_word():
    assert {("강남역", "LC"), ("서해안", "LC")} <= spans("강남역과 서해안에 비가 왔다.")
    assert ("한빛무역", "LC") not in spans("한빛무역은 13일 이사회를 열었다.")  # Kiwi: 한빛 + 무역, a trade


def test_a_title_and_the_particle_과_are_no_department():
    assert ("현대건설", "OG") in spans("박정호 전 현대건설 사장과 함께 왔다.")
    assert ("마포구청 민원과", "OG") in spans("마포구청 민원과에 접수됐다.")


def test_districts_and_compound_neighbourhoods_continue_an_address_but_never_open_a_name():
    assert ("인천 남동구 구월동", "LC") in spans("인천 남동구 구월동에서 불이 났다.")
    assert ("부산 북구 온천동", "LC") in spans("부산 북구 온천동 주택에서")
    assert spans("한국 지역구 의원") == {("한국", "LC")}


def test_a_name_with_an_age_in_brackets_is_a_person():
    assert {("최순자", "PS"), ("79", "QT")} <= spans("최순자(79) 여사가 참석했다.")
    assert ("한국", "LC") in spans("한국(82)과 일본이 맞붙었다.")  # a known place keeps its kind


def test_venues_and_a_known_place_glued_to_a_noun_are_places():
    assert {("한빛호텔", "LC"), ("고척경기장", "LC")} <= spans("한빛호텔과 고척경기장에서 행사가 열렸다.")
    assert ("대구", "LC") in spans("대구국제오페라축제 측이 발표했다.")
    assert spans("한국산 배를 수출한다.") == set()  # made in Korea: the place describes the pear


def test_organizations_side_by_side_divisions_with_numbers_and_the_two_koreas_sides():
    assert ("국회 보건복지위원회", "OG") in spans("국회 보건복지위원회 소속 의원들이 모였다.")
    assert ("부산고법 민사5부", "OG") in spans("부산고법 민사5부는 판결했다.")
    assert ("북", "OG") in spans("북측은 회담을 제의했다.")
    assert ("NHK 방송", "OG") in spans("NHK 방송은 보도했다.")


def test_a_letter_with_an_age_before_군_or_양():
    assert {("C", "PS"), ("D", "PS")} <= spans("C(10)군과 D(9)양이 다쳤다.")


def test_province_and_its_municipality_without_suffix_are_one_location():
    assert ("경북 울진", "LC") in spans("경북 울진의 해안에서 배가 발견됐다.")
    assert ("경기 이천시 부발읍", "LC") in spans("경기 이천시 부발읍 창고에서 불이 났다.")


def test_an_address_ends_at_a_venue():
    assert spans("사고는 경부고속도로 수원 부근에서 났다.") >= {("경부고속도로", "LC"), ("수원", "LC")}


def test_a_time_before_a_venue_in_a_list_stays_a_time():
    assert ("저녁", "TI") in spans("행사는 다음 주 금요일 저녁, 국립현대미술관 앞에서 열린다.")


def test_authorities_of_a_field_are_an_organization():
    assert ("보건당국", "OG") in spans("보건당국이 해명에 나섰다.")


def test_a_music_group_is_a_person_in_klue():
    assert ("소녀시대", "PS") in spans("소녀시대가 새 앨범을 냈다.")


def test_a_city_fused_with_its_mayors_title_leaves_the_title_out():
    assert ("평택", "LC") in spans("홍길동 평택시장이 참석했다.")


def test_a_court_and_its_numbered_division_are_one_organization():
    assert ("춘천지법 형사 3단독", "OG") in spans("춘천지법 형사 3단독 재판부는 판결했다.")
    assert ("대법원 1부", "OG") in spans("대법원 1부는 판결했다.")
    assert ("대구지법 형사2부", "OG") in spans("대구지법 형사2부(재판장 홍길동)는 판결했다.")


def test_countries_abbreviated_in_pairs_and_threes_before_what_lies_between_them():
    assert spans("한미연합 훈련이 끝났다.") >= {("한", "OG"), ("미", "OG")}
    assert spans("한중일 3국 외교장관이 만났다.") >= {("한", "OG"), ("중", "OG"), ("일", "OG")}
    assert spans("중남미 시장을 노린다.") == {("중남미", "LC")}
    assert ("한", "OG") not in spans("한미약품은 신약을 내놓았다.")


def test_a_country_that_competes_is_its_national_team():
    assert ("칠레", "OG") in spans("대표팀은 칠레에 2대 1로 승리했다.")
    assert ("스페인", "OG") in spans("대표팀은 스페인과 친선경기를 치른다.")
    assert ("칠레", "LC") in spans("대표팀은 칠레에 도착했다.")


def test_gwa_ui_after_a_medium_is_with_not_a_department():
    assert ("NHK", "OG") in spans("그는 NHK 방송과의 인터뷰에서 말했다.")


def test_a_name_glossed_in_hanja_and_continued_is_one_span():
    assert spans("그는 4일 푸젠(福建)성의 농가를 찾았다.") == {("4일", "DT"), ("푸젠(福建)성", "LC")}
    assert ("산둥(山東)대학", "OG") in spans("그는 산둥(山東)대학을 졸업했다.")
    assert ("北京", "LC") in spans("그는 베이징(北京)에서 왔다.")  # a gloss alone stays a span


def test_an_organization_fused_with_its_heads_title_is_no_entity():
    assert spans("홍길동 국세청장은 말했다.") == {("홍길동", "PS")}
    assert ("국세청", "OG") in spans("국세청은 말했다.")


def test_an_organization_after_an_address_is_a_location_where_something_happens():
    assert ("서울 서초동 대한상공회의소", "LC") in spans("회의는 서울 서초동 대한상공회의소에서 열렸다.")
    # as the subject, it is the organization
    assert ("부산 남구 선관위", "OG") in spans("부산 남구 선관위가 밝혔다.")


def test_the_same_day_dates_a_fact_but_is_no_klue_date():
    assert {label for _, label in spans("같은 날 한빛전자도 협약을 맺었다.")} == {"OG"}


def test_a_part_of_a_place_by_the_compass_ending_the_phrase_is_in_the_location():
    found = spans("비구름이 경기 북부와 미국 북동부를 지났다. 라오스 남부 참파삭 주에 비가 왔다.")
    assert {("경기 북부", "LC"), ("미국 북동부", "LC"), ("라오스", "LC")} <= found


def test_a_town_near_a_city_is_one_location_with_it():
    assert ("헝가리 부다페스트 인근 괴될뢰", "LC") in spans("공장은 헝가리 부다페스트 인근 괴될뢰에 들어선다.")
