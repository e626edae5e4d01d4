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


def test_adjacent_dates_are_one_span():
    assert ("지난해 11월", "DT") in spans("지난해 11월 문을 열었다.")


def test_anonymous_people_times_of_day_and_durations():
    found = spans("A씨는 지난해 오후에 김모(33)씨를 만났고 3년간 한 명을 도왔다.")
    assert {("A", "PS"), ("김", "PS"), ("지난해", "DT"), ("오후", "TI"), ("3년간", "DT"), ("한 명", "QT"),
            ("33", "QT")} <= found
