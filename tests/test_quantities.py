from decimal import Decimal

import pytest

from kg.quantities import find_amounts, korean_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("4920억", 492_000_000_000), ("3천500억", 350_000_000_000), ("2294억4000만", 229_440_000_000),
     ("1,400", 1400), ("1만", 10_000), ("2.5조", 2_500_000_000_000)],
)
def test_korean_numbers(text, value):
    assert korean_number(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("투자액은 4920억원이다", 492_000_000_000, "KRW"), ("3천500억달러 규모", 350_000_000_000, "USD"),
     ("약 1400명을 양성", 1400, "명"), ("지분 51%를", 51, "%"), ("120여 개 기업", 120, "개"),
     ("6200억 원에", 620_000_000_000, "KRW")],
)
def test_amounts_in_text(text, value, unit):
    (amount,) = find_amounts(text)
    assert (amount.value, amount.unit) == (Decimal(value), unit)
    assert text[amount.start:amount.end] == amount.text


def test_years_are_not_amounts():
    assert find_amounts("2017년에") == []


def test_bare_hundred_millions_are_won_and_ages_and_terms_are_amounts():
    found = {(a.text, a.value, a.unit) for a in find_amounts("한빛은 260억을 냈고 홍길동(34) 대표의 임기는 3년이다")}
    assert found == {("260억", Decimal(26_000_000_000), "KRW"), ("34", Decimal(34), "세"), ("3년", Decimal(3), "년")}


def test_native_counters_that_begin_other_words_count_only_before_a_particle():
    assert [(a.text, a.value, a.unit) for a in find_amounts("버스 두 대가 섰다")] == [("두 대", 2, "대")]
    # not two cars: two universities
    assert [(a.text, a.unit) for a in find_amounts("두 대학이 세대를 잇는다")] == [("두 대학", "대학")]


def test_ranges_scores_and_counts_of_sport_and_law():
    found = [(a.text, a.value, a.unit) for a in find_amounts("사고로 35~40명이 숨졌고 팀은 2-5로 졌으며 그는 9단이다.")]
    assert found == [("35~40명", 40, "명"), ("2-5", 2, "점"), ("9단", 9, "단")]
    assert find_amounts("부산지법 형사9단독 판사") == []
    assert [(a.text, a.unit) for a in find_amounts("우리 팀이 1 대 0 승리를 거뒀다.")] == [("1 대 0", "점")]
    assert [(a.text, a.unit) for a in find_amounts("구단은 2대1 트레이드를 했다.")] == [("2대1", "점")]  # no cars
    assert [(a.text, a.unit) for a in find_amounts("1대25000 축척 지도")] == [("1대25000", "점")]  # a scale


def test_age_after_a_letter_and_before_the_sex():
    assert [(a.text, a.unit) for a in find_amounts("A(48)씨와 박모(55·여)씨")] == [("48", "세"), ("55", "세")]


def test_native_count_of_any_noun_but_not_of_time():
    found = [(a.text, a.value, a.unit) for a in find_amounts("두 회사와 세 모녀가 두 달 동안")]
    assert found == [("두 회사", 2, "회사"), ("세 모녀", 3, "모녀")]


def test_a_temperature_below_zero_is_negative_and_points_are_counted():
    found = find_amounts("기온이 영하 12.3도까지 떨어졌다. 코스피는 35.12포인트 올랐다. 영하권 추위다.")
    assert [(a.text, a.value, a.unit) for a in found] == [
        ("영하 12.3도", Decimal("-12.3"), "도"), ("35.12포인트", Decimal("35.12"), "포인트")]


def test_units_written_as_one_symbol_or_in_letters_are_amounts_but_not_inside_a_latin_word():
    found = find_amounts("시속 300㎞로 달려 연산 600만t, 1.4GW 규모 공장에 닿았다. 10times 더")
    assert [(a.text, a.value, a.unit) for a in found] == [
        ("300㎞", Decimal(300), "km"), ("600만t", Decimal(6000000), "톤"), ("1.4GW", Decimal("1.4"), "GW")]


def test_a_pitcher_s_saves_and_holds_are_counts_not_ages():
    found = [(a.text, a.unit) for a in find_amounts("그는 5승 3패 25세이브, 12홀드를 기록했다. 5세이던 아들.")]
    assert found == [("5승", "승"), ("3패", "패"), ("25세이브", "세이브"), ("12홀드", "홀드"), ("5세", "세")]


def test_a_round_of_a_tournament_is_one_count_not_a_number_of_times():
    found = find_amounts("그는 2회전에서 이겼다. 3회 우승했다.")
    assert [(a.text, a.unit) for a in found] == [("2회전", "회전"), ("3회", "회")]


def test_a_ratio_to_one_and_percentage_points():
    assert [(a.text, a.value) for a in find_amounts("경쟁률은 12.5대 1을 기록했다.")] == [("12.5대 1", Decimal("12.5"))]
    assert [(a.text, a.unit) for a in find_amounts("금리를 0.25%p 내렸다.")] == [("0.25%p", "%p")]
    assert [a.text for a in find_amounts("트럭 3대 1시간 거리")] == ["3대"]  # (and the hour is a time)


def test_a_shareholder_s_rank_is_no_count_of_cars():
    found = find_amounts("칼라일은 2대 주주가 되고 누리는 3대주주로 남는다. 버스 5대가 섰다.")
    assert [a.text for a in found] == ["5대"]


def test_units_of_power_and_length_written_in_hangul_are_the_units_in_letters():
    found = find_amounts("500메가와트 발전소와 1.5기가와트시 저장장치, 길이 12킬로미터 터널, 1기 원전")
    assert [(a.text, a.value, a.unit) for a in found] == [
        ("500메가와트", Decimal(500), "MW"), ("1.5기가와트시", Decimal("1.5"), "GWh"),
        ("12킬로미터", Decimal(12), "km"), ("1기", Decimal(1), "기")]


def test_a_ratio_named_so_is_one_figure_not_a_count_of_cars():
    found = find_amounts("한빛과 누리가 40대 60 비율로 출자했다. 차량 40대를 샀다.")
    assert [(a.text, a.unit) for a in found] == [("40대 60", "점"), ("40대", "대")]


def test_a_number_goes_on_only_after_a_unit_of_ten_or_more_not_after_a_model_s_number():
    found = find_amounts("한빛항공은 A350-1000 20대와 737-8 10대를 들여온다. 1조 2000억원, 3천500억원이 든다.")
    assert [(a.text, a.value) for a in found] == [
        ("20대", Decimal(20)), ("10대", Decimal(10)), ("1조 2000억원", Decimal(1200000000000)),
        ("3천500억원", Decimal(350000000000))]


def test_a_comma_after_a_number_ends_it_and_no_amount_starts_inside_a_decimal():
    found = find_amounts("그는 타율 0.312, 홈런 21개를 쳤다. 관중 1,250명이 왔다.")
    assert [(a.text, a.value) for a in found] == [("21개", Decimal(21)), ("1,250명", Decimal(1250))]
