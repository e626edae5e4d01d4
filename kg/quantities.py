"""Amounts written the Korean way, normalised: 4920억원 -> 492000000000 KRW, 120여 개 -> 120 개."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

SMALL = {"십": 10, "백": 100, "천": 1000}
LARGE = {"만": 10**4, "억": 10**8, "조": 10**12}
#: unit as written -> (unit kept in the graph, currency code or None)
UNITS = {
    "원": ("KRW", "KRW"), "달러": ("USD", "USD"), "엔": ("JPY", "JPY"), "위안": ("CNY", "CNY"),
    "유로": ("EUR", "EUR"), "파운드": ("GBP", "GBP"),
    "%": ("%", None), "퍼센트": ("%", None), "%p": ("%p", None), "명": ("명", None), "개": ("개", None),
    "건": ("건", None),
    "곳": ("곳", None), "대": ("대", None), "주": ("주", None), "배": ("배", None), "톤": ("톤", None),
    "개국": ("개국", None), "개사": ("개사", None), "가구": ("가구", None), "채": ("채", None),
    "년": ("년", None), "개월": ("개월", None), "살": ("세", None),
    "점": ("점", None), "위": ("위", None), "회": ("회", None), "차례": ("차례", None), "번째": ("번째", None),
    "번": ("번", None), "차": ("차", None), "등급": ("등급", None), "세트": ("세트", None), "강": ("강", None),
    "골": ("골", None), "승": ("승", None), "패": ("패", None), "마리": ("마리", None), "권": ("권", None),
    "편": ("편", None), "곡": ("곡", None), "층": ("층", None), "석": ("석", None), "표": ("표", None),
    "평": ("평", None), "kg": ("kg", None), "km": ("km", None), "cm": ("cm", None), "mm": ("mm", None),
    "m": ("m", None), "g": ("g", None), "℃": ("℃", None), "인분": ("인분", None), "가지": ("가지", None),
    "세": ("세", None), "㎡": ("㎡", None), "장": ("장", None), "쌍": ("쌍", None), "척": ("척", None),
    "그루": ("그루", None), "켤레": ("켤레", None), "잔": ("잔", None), "종류": ("종류", None),
    "인승": ("인승", None), "단계": ("단계", None), "촌": ("촌", None),
    # ranks, rounds, records and other counts of sport, law and the army: 9단, 2심, 27기, 3라운드, 5연패
    "심": ("심", None), "단": ("단", None), "기": ("기", None), "급": ("급", None), "라운드": ("라운드", None),
    "세대": ("세대", None), "주기": ("주기", None), "주년": ("주년", None), "연패": ("연패", None),
    "연승": ("연승", None), "언더파": ("언더파", None), "오버파": ("오버파", None), "발": ("발", None),
    "량": ("량", None), "개소": ("개소", None), "화소": ("화소", None), "배럴": ("배럴", None), "도": ("도", None),
    "경기": ("경기", None), "시즌": ("시즌", None), "범": ("범", None), "선": ("선", None), "관왕": ("관왕", None),
    "안타": ("안타", None), "홈런": ("홈런", None), "이닝": ("이닝", None), "타점": ("타점", None),
    "득점": ("득점", None), "실점": ("실점", None), "인": ("인", None), "포인트": ("포인트", None),
    "회전": ("회전", None), "세이브": ("세이브", None), "홀드": ("홀드", None), "도루": ("도루", None),
    "탈삼진": ("탈삼진", None),
    "삼진": ("삼진", None), "볼넷": ("볼넷", None), "리바운드": ("리바운드", None), "어시스트": ("어시스트", None),
    # units written as one symbol, and the power and energy of plants: 9㎞, 600만t, 1.4GW
    "㎞": ("km", None), "㎏": ("kg", None), "㎝": ("cm", None), "㎜": ("mm", None), "㎎": ("mg", None),
    "㎖": ("ml", None), "ℓ": ("l", None), "㎢": ("km²", None), "㎥": ("m³", None), "㏊": ("ha", None),
    "t": ("톤", None), "GW": ("GW", None), "MW": ("MW", None), "kW": ("kW", None), "GWh": ("GWh", None),
    "MWh": ("MWh", None), "kWh": ("kWh", None),
    # the same written out in Hangul: 1기가와트, 500메가와트, 3킬로미터
    "기가와트": ("GW", None), "메가와트": ("MW", None), "킬로와트": ("kW", None), "기가와트시": ("GWh", None),
    "메가와트시": ("MWh", None), "킬로와트시": ("kWh", None), "테라와트시": ("TWh", None),
    "킬로미터": ("km", None), "킬로그램": ("kg", None), "센티미터": ("cm", None), "밀리미터": ("mm", None),
    "미터": ("m", None), "리터": ("l", None), "헥타르": ("ha", None),
}
#: a counter that begins a word instead: 형사9단독 is a court's bench, not nine dan; 2대 주주 is the second
#: largest shareholder, no two cars
NO_UNIT = ("단독", "대 주주", "대주주")
#: digits, grouped by commas in threes (1,400; a comma after them ends the number: 타율 0.301, 홈런 15개)
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
AMOUNT = re.compile(
    rf"(?<![\d.])(?:(?:약|총|무려|최대|최소)\s*)?(?P<below>영하\s*)?"  # 영하 12도: below zero
    rf"(?:{NUMBER}\s*(?:[만억조]\s*)?[~∼]\s*)?"  # a range: 35~40명, 200만∼400만원 (the value is its top)
    # (a number goes on after a unit of ten or more only: 3천500억, 1조 2000억; `787-10 20대` counts 20)
    rf"(?P<number>{NUMBER}(?:\s*[십백천만억조]+\s*(?:{NUMBER})?)*\s*)"
    rf"(?:여\s*)?(?P<unit>{'|'.join(sorted(map(re.escape, UNITS), key=len, reverse=True))})(?![A-Za-z])"
)
PIECE = re.compile(rf"({NUMBER})|([십백천])|([만억조])")


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    text: str
    value: Decimal
    unit: str
    currency: str | None


def korean_number(text: str) -> Decimal:
    """`3천500억` -> 350000000000; `2294억4000만` -> 229440000000; `1,400` -> 1400."""
    total, section, last = Decimal(0), Decimal(0), None
    for number, small, large in PIECE.findall(text):
        if number:
            last = Decimal(number.replace(",", ""))
            section += last
        elif small:
            section += (last if last is not None else 1) * SMALL[small] - (last or 0)
            last = None
        else:
            total += (section or 1) * LARGE[large]
            section, last = Decimal(0), None
    return total + section


#: `260억`, `1조2000억` with no unit: in Korean news a bare count of 억 or 조 is won
BARE_MONEY = re.compile(
    rf"(?:(?:약|총|무려|최대|최소)\s*)?"
    rf"(?P<number>{NUMBER}\s*[억조](?:\s*{NUMBER}\s*[천백십]?\s*[억만]?)*)"
    r"(?!\s*[\d억조만원달러엔위안유로])"
)
#: `한 명`, `세 번째`, `두 채가`: counts in native Korean numbers; the counters that are also the
#: start of other words (두 대학, 세 장관) only apart and before a particle
NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10}
NATIVE_NUMBER = "|".join(NATIVE)
NATIVE_COUNT = re.compile(
    rf"(?<![가-힣])({NATIVE_NUMBER})(?:\s?(명|번째|번|개|곳|차례|가지|마리|권)"
    r"|\s(채|쌍|장|종류|척|켤레|그루|잔|골|대|곡|층)(?=[^가-힣]|$|[은는이가을를의에도만씩과와]|으로|로))"
)
#: `두 회사`, `세 모녀`, `일곱 자녀`: two or more, in native numbers, of whatever noun follows (한 and 네
#: are also "a" and "your", so they count only with a counter)
NATIVE_NOUN_COUNT = re.compile(r"(?<![가-힣])(두|세|다섯|여섯|일곱|여덟|아홉)\s([가-힣]{1,6})")
#: nouns of time, whose counts are lengths of time (두 달, 세 해), not amounts
LENGTH_NOUNS = ("달", "해", "날", "주", "시간")
#: the noun counted, without the particle after it: 회사와 -> 회사
NOUN_OF_COUNT = re.compile(r"[가-힣]+?(?=(?:은|는|이|가|을|를|의|와|과|에게|에|도|만|으로|로|씩)?$)")
#: `홍길동(34)`, `A(48)씨`, `박모(55·여)`: an age in brackets right after a name
AGE = re.compile(r"(?<=[가-힣A-Z])\((\d{1,3})(?=[)·,])")
#: `2-5로 졌다`, `1 대 0 승리`: a match's score; `2대1 트레이드`, `1대5000 축척`: written together, a ratio
#: whatever follows;
#: `12.5대 1`: a ratio to one (of applicants to places); `30대 70 비율로`: a ratio named so
SCORE = re.compile(r"(?<![\d.-])(\d{1,3}\s?(?:-|대)\s?\d{1,3})"
                   r"(?=\s?(?:로|으로|의|승|패|완승|완패|역전|무승부|스코어|비율|비중))"
                   r"|(?<![\d.-])(\d{1,3}대\d{1,6})(?![\d.])"
                   r"|(?<![\d.-])(\d{1,4}(?:\.\d+)?\s?대\s?1)(?=[을를은는이가의로에]|\s|$)")


def find_amounts(text: str, offset: int = 0) -> list[Amount]:
    """Every amount in `text`, offsets shifted by `offset`; years (4-digit 년) are dates, not amounts.

    The patterns run from the most particular to the most general, and a later one never takes
    text an earlier one holds: in `1 대 0` the score comes first, so 대 counts no cars.
    """
    found: list[Amount] = []

    def add(start: int, end: int, value: Decimal, unit: str, currency: str | None = None) -> None:
        if all(end <= a.start - offset or a.end - offset <= start for a in found):
            found.append(Amount(offset + start, offset + end, text[start:end], value, unit, currency))

    for match in SCORE.finditer(text):
        add(match.start(), match.end(), Decimal(re.match(r"\d+(?:\.\d+)?", match.group()).group(0)), "점")
    for match in AMOUNT.finditer(text):
        unit, currency = UNITS[match.group("unit")]
        value = korean_number(match.group("number")) * (-1 if match.group("below") and unit in ("도", "℃") else 1)
        if not (unit == "년" and value >= 1000 or text.startswith(NO_UNIT, match.end() - 1)):
            add(match.start(), match.end(), value, unit, currency)
    for match in BARE_MONEY.finditer(text):
        add(match.start(), match.end(), korean_number(match.group("number")), "KRW", "KRW")
    for match in NATIVE_COUNT.finditer(text):
        add(match.start(), match.end(), Decimal(NATIVE[match.group(1)]), UNITS[match.group(2) or match.group(3)][0])
    for match in NATIVE_NOUN_COUNT.finditer(text):
        noun = NOUN_OF_COUNT.match(match.group(2))
        if noun and not noun.group(0).startswith(LENGTH_NOUNS):
            add(match.start(), match.start(2) + noun.end(), Decimal(NATIVE[match.group(1)]), noun.group(0))
    for match in AGE.finditer(text):
        add(match.start(1), match.end(1), Decimal(match.group(1)), "세")
    return sorted(found, key=lambda a: a.start)
