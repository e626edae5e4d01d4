import datetime as dt

from kg.dates import find_dates

PUBLISHED = dt.date(2025, 12, 5)


def values(text):
    return [(d.text, d.value, d.kind) for d in find_dates(text, PUBLISHED)]


def test_relative_days_resolve_against_publication():
    assert values("5일 만났다") == [("5일", dt.date(2025, 12, 5), "date")]
    assert values("이날 서명했다") == [("이날", PUBLISHED, "date")]
    assert values("어제 발표") == [("어제", dt.date(2025, 12, 4), "date")]


def test_past_and_future_markers_pick_the_month():
    assert values("지난 23일 열린")[0][1] == dt.date(2025, 11, 23)
    assert values("오는 3일 개최")[0][1] == dt.date(2026, 1, 3)


def test_a_month_word_names_the_month_of_the_day():
    assert values("다음달 10일 협약을") == [("다음달 10일", dt.date(2026, 1, 10), "date")]
    assert values("내달 3일") == [("내달 3일", dt.date(2026, 1, 3), "date")]
    assert values("지난달 30일 열린")[0][:2] == ("지난달 30일", dt.date(2025, 11, 30))
    assert values("이달 27일")[0][1] == dt.date(2025, 12, 27)  # still to come, yet this month
    assert values("다음 달 20일")[0][1] == dt.date(2026, 1, 20)


def test_full_dates_and_times():
    found = values("2017년 1월 24일 오후 3시 30분에")
    assert found[0][:2] == ("2017년 1월 24일", dt.date(2017, 1, 24))
    assert found[1][0] == "오후 3시 30분" and found[1][2] == "time"


def test_without_publication_date_relative_days_stay_unresolved():
    assert [d.value for d in find_dates("5일 만났다", None)] == [None]


def test_direction_word_must_stand_alone():
    assert values("카카오는 12일 발표했다") == [("12일", dt.date(2025, 12, 12), "date")]


def test_that_day_is_the_day_last_named():
    assert [d.value for d in find_dates("이날 서명했다", PUBLISHED, that_day=dt.date(2025, 12, 3))] == [
        dt.date(2025, 12, 3)]


def test_a_relative_day_must_be_a_word_of_its_own():
    assert values("식당일을 마치고 이날 귀가했다.") == [("이날", PUBLISHED, "date")]


def test_days_before_particles_ranges_and_month_parts():
    assert values("오는 8일부터 10일까지") == [("오는 8일", dt.date(2025, 12, 8), "date"),
                                          ("10일", dt.date(2025, 12, 10), "date")]
    assert [v[0] for v in values("지난 2∼3일 열린 회의와 일본 방문")] == ["지난 2∼3일"]
    assert [v[0] for v in values("11월 말 지난달 초부터 전년보다")] == ["11월 말", "지난달 초", "전년"]


def test_durations_in_native_days_and_in_years_and_months():
    assert [v[0] for v in values("사흘간 머물고 이틀 동안 쉬었다")] == ["사흘간", "이틀 동안"]
    assert [v[0] for v in values("징역 1년6월과 임기 2년3개월가량, 20년 전")] == ["1년6월", "2년3개월", "20년 전"]


def test_lengths_of_time_chain_units_take_ranges_halves_and_what_follows():
    times = [v[0] for v in values("후반 12분 골, 3시간 20분 동안, 1∼2시간 가량, 10여분간, 오전 9시 반부터")]
    assert times == ["후반 12분", "3시간 20분 동안", "1∼2시간", "10여분간", "오전 9시 반"]
    assert values("1분기 실적과 3분의 2 찬성") == [("1분기", None, "date")]  # a quarter, and a fraction


def test_anniversaries_quarters_seasons_weekdays_and_decades():
    found = [v[0] for v in values("창립 10주년, 2분기 실적, 겨울과 매주 화요일, 1990년대, 20여 년간")]
    assert found == ["10주년", "2분기", "겨울", "매주 화요일", "1990년대", "20여 년간"]
    assert values("봄바람과 여름철") == []


def test_holidays_are_dates_of_the_publication_year_or_of_no_fixed_day():
    found = [(d.text, d.value) for d in find_dates("광복절인 오늘과 추석 연휴, 사퇴설", dt.date(2025, 3, 2))]
    assert found == [("광복절", dt.date(2025, 8, 15)), ("오늘", dt.date(2025, 3, 2)), ("추석", None)]


def test_a_bare_year_before_the_event_it_dates_but_not_a_count():
    assert [d.text for d in find_dates("2018 평창 동계올림픽에 직원 2014 명이 갔다", PUBLISHED)] == ["2018"]


def test_periods_of_history_centuries_and_lengths_in_native_numbers():
    found = [d.text for d in find_dates("조선시대와 19세기에 세 달 동안, 한 차례에 한해 4년", PUBLISHED)]
    assert found == ["조선시대", "19세기", "세 달 동안", "4년"]


def test_a_day_this_month_has_not_is_a_day_of_the_month_before():
    (found,) = find_dates("31일 발표했다.", dt.date(2025, 11, 26))
    assert found.value == dt.date(2025, 10, 31)


def test_this_year_s_half_or_season_and_a_decade_s_part_are_one_date():
    found = [d.text for d in find_dates("올 상반기 실적과 이번 겨울 전망, 1990년대 후반 외환위기를 비교했다.", None)]
    assert found == ["올 상반기", "이번 겨울", "1990년대 후반"]


def test_a_stay_of_nights_and_days_and_the_day_after_written_apart_are_dates():
    found = values("12일부터 1박2일간 열린다. 다음 날 회의가 재개됐다.")
    assert [(text, value) for text, value, _ in found] == [
        ("12일", dt.date(2025, 12, 12)), ("1박2일간", None), ("다음 날", dt.date(2025, 12, 6))]


def test_a_length_of_time_with_여_after_it_is_that_length():
    assert [(text, kind) for text, _, kind in values("2시간여 만에 불길이 잡혔다.")] == [("2시간", "time")]


def test_a_stay_of_nights_and_days_a_year_s_end_and_the_month_before():
    texts = [d.text for d in find_dates("3박4일 일정을 마치고 2024년 말부터 전월 대비 늘었다.", PUBLISHED)]
    assert texts == ["3박4일", "2024년 말", "전월"]


def test_a_season_or_a_series_numbered_is_no_time_of_day():
    found = find_dates("2025-26 시즌 3시즌 연속 5시리즈가 오후 3시에 나왔다.", PUBLISHED)
    assert [d.text for d in found] == ["오후 3시"]
