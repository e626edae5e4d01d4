"""Dates and times in news text, relative days resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kg import lexicon
from kg.quantities import NATIVE_NUMBER

DIGIT = re.compile(r"\d")
#: what may follow a date word: no letter, or a particle (5일부터, 전년보다, 지난해에는), never more
#: of a word (일본, 주말드라마)
PARTICLE = r"(?=[^가-힣]|$|[은는이가을를의에도과와로만께쯤경]|부터|까지|보다)"
#: what may follow a length of time: a particle, or words of length (10분가량, 3시간 동안, 5년 만에)
AFTER_LENGTH = r"(?=[^가-힣]|$|[은는이가을를의에도과와로만께쯤경]|부터|까지|보다|동안|가량|만에)"
FULL = re.compile(r"(\d{4})\s*(?:년\s*|[.-]\s*)(\d{1,2})\s*(?:월\s*|[.-]\s*)(\d{1,2})\s*일?")
MONTH_DAY = re.compile(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일")
#: `5일`, `지난 5일`, `다음달 10일`, `27∼28일` (a range is one date, named by its first day)
DAY = re.compile(
    r"(?:(?<![가-힣])(지난달|이달|이번\s?달|다음\s?달|내달|지난|오는|현지\s*시각|현지\s*시간)\s*)?"
    r"(?<!\d)(?<!박)(?<!박\s)(\d{1,2})(?:\s*[∼~-]\s*\d{1,2})?\s*일" + PARTICLE  # (3박4일 is a length)
)
#: the month a day falls in, when a word names it: `지난달 5일`, `내달 3일`
MONTH_WORDS = {"지난달": -1, "이달": 0, "이번달": 0, "이번 달": 0, "다음달": 1, "다음 달": 1, "내달": 1}
#: `2018 평창 동계올림픽`, `2015 봄/여름 컬렉션`: a year written bare before the name it dates
BARE_YEAR = re.compile(r"(?<![\d,.\-~∼])(?:19|20)\d{2}(?=\s[가-힣])"
                       r"(?!\s(?:명|개|원|건|가구|곳|대|회|년|억|만|여)(?:[^가-힣]|$|[은는이가을를의에도과와로만]))")
#: relative days, as words of their own: 식당일 holds no 당일
THIS_DAY = re.compile(r"(?<![가-힣])(?:이날|당일|같은 ?날|오늘|어제|그제|내일|모레)")
YEAR_MONTH = re.compile(r"(?:(?<![가-힣])(?:지난|오는)\s*)?(\d{4})\s*년(?:대(?:\s(?:초반|중반|후반|초|말)(?![가-힣]))?"
                        r"|\s*(\d{1,2})\s*월|\s(?:초|말)" + PARTICLE + ")?")  # 2024년 말: the year's end
#: the part of a month or period: 11월 말, 지난달 초, 5월 중순
PART = rf"(?:\s?(?:말|초|중순|초순|하순){PARTICLE})?"
MONTH = re.compile(rf"(?:(?<![가-힣])(?:지난|오는)\s*)?(?<!\d)(\d{{1,2}})\s*월(?!\s*\d){PART}")
#: days and periods named by words: 전날 and 다음날 resolve, the others name no single day
NAMED_DAYS = {"전날": -1, "다음날": 1, "다음 날": 1, "이튿날": 1}
NAMED_PERIODS = re.compile(
    r"(?<![가-힣])(지난해|올해|내년|작년|재작년|이듬해|전년|전월|금년|지난달|이달|이번 달|다음 달|다음달|내달|지난주|"
    r"이번 주|다음 주|주말|연말|연초|(?:올\s)?(?:상반기|하반기)|올 시즌|지난 시즌|한 달|전날|전일|다음\s?날|이튿날|"
    r"올(?=\s\d)|매년|매달|반년|(?:이번\s|올\s)?(?:봄|여름|가을|겨울)|초여름|장마철|(?:매주\s)?[월화수목금토일]요일)"
    rf"{PARTICLE}{PART}"
)
#: days counted in native words: 나흘간, 이틀 동안, 열흘째
NATIVE_DAYS = re.compile(
    r"(?<![가-힣])(?:하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|열흘|보름)(?:간|째|\s동안)?" + PARTICLE
)
#: how long something lasts: 3년간, 6개월, 2주, 10일간, 1박2일
DURATION = re.compile(
    r"(?<![\d.])(\d{1,3})여?\s*(?:박\s?\d{1,2}\s?일간?|년\s*\d{1,2}\s*(?:개월|월)|년간|년|개월간|개월|주년|주기|주일간|"
    r"주일|주간|주|일간|일째|분기)"
    r"(?:\s(?:전|후|뒤)(?![가-힣]))?" + AFTER_LENGTH
)
#: lengths of time in native numbers: 한 달, 두 해째, 세 달 동안 (in `차례에 한해`, 한해 is "limited to")
NATIVE_LENGTH = re.compile(
    rf"(?<![가-힣])(?!(?<=에\s)한\s?해)(?:{NATIVE_NUMBER})\s?(?:달|해)(?:간|째|\s동안)?"
    + AFTER_LENGTH
)
#: `22세기`, `19세기 말`
CENTURY = re.compile(rf"(?<!\d)\d{{1,2}}\s?세기{PART}" + PARTICLE)
#: the time of day named by a word (오후, 밤), and hours or minutes something lasts
DAYTIME = re.compile(r"(?<![가-힣])(오전|오후|새벽|아침|저녁|밤|낮|한낮|야간|정오|자정|심야)(?![가-힣])")
DAYTIME_WITH_PARTICLE = re.compile(
    r"(?<![가-힣])(오전|오후|새벽|아침|저녁|밤|낮|한낮|야간|정오|자정|심야)(?=에|엔|부터|까지|께|쯤|의)"
)
#: `30분`, `5시간 30분`, `1∼2시간`, `후반 27분`, `10여분간`, `2시간`여, `3분 전`; not 1분기 (a quarter) or 5분의 3
HOURS = re.compile(
    r"(?:(?<![가-힣])(?:전반|후반|연장)\s*)?(?<![\d.])\d{1,3}(?:\s*[∼~-]\s*\d{1,3})?여?\s*(?:시간|분(?!기|의)|초)"
    r"(?:\s*\d{1,2}\s*(?:분(?!기|의)|초))*(?:\s(?:전|후|동안)(?![가-힣]))?간?(?:(?=여)|" + AFTER_LENGTH + ")"
)
#: 3시, 오후 3시 30분; not 3시간 (a duration) nor 시장, 시청 (city words)
TIME = re.compile(
    r"(?:(오전|오후|새벽|밤|저녁|낮)\s*)?(?<!\d)(\d{1,2})(?:\s*[∼~-]\s*\d{1,2})?\s*시(?!간|장|청|민|점|대|각|즌|리즈)"
    r"(?:\s*(\d{1,2})\s*분|\s반)?"
)
DAY_SHIFT = {"이날": 0, "당일": 0, "같은 날": 0, "같은날": 0, "오늘": 0, "어제": -1, "그제": -2, "내일": 1, "모레": 2}
#: the words for the day the article last named (같은 날: the same day as that)
THAT_DAY_WORDS = ("이날", "당일", "같은 날", "같은날")


@cache
def named_day_pattern() -> re.Pattern:
    """광복절, 추석, 조선시대: holidays and periods of history, as words of their own."""
    names = "|".join(sorted(map(re.escape, {*lexicon.holidays(), *lexicon.eras()}), key=len, reverse=True))
    return re.compile(rf"(?<![가-힣])(?:{names})(?:{PARTICLE}|(?=인|이자|날))")  # 광복절인, 광복절이자


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: dt.date | None  # None when only a year or month is known, or no publication date
    kind: str = "date"  # "date" or "time"


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_day(day: int, published: dt.date, direction: str | None) -> dt.date | None:
    """A bare `N일`: this month, or the previous/next month when the text says 지난/오는 and the
    day has passed or is to come, or when this month has no such day; in the month a word names
    (지난달, 내달) whatever the day."""
    month = MONTH_WORDS.get(direction or "")
    if month is not None:
        first = published.replace(day=1)
        if month < 0:
            first = (first - dt.timedelta(days=1)).replace(day=1)
        elif month > 0:
            first = (first + dt.timedelta(days=32)).replace(day=1)
        return safe_date(first.year, first.month, day)
    candidate = safe_date(published.year, published.month, day)
    # 지난 25일 after the 25th of this month; 31일 in a month of 30 days: a day of the month before
    if direction == "지난" and (candidate is None or candidate > published) or direction is None and candidate is None:
        prev = published.replace(day=1) - dt.timedelta(days=1)
        return safe_date(prev.year, prev.month, day)
    if direction == "오는" and (candidate is None or candidate < published):
        nxt = (published.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return safe_date(nxt.year, nxt.month, day)
    return candidate


def find_dates(text: str, published: dt.date | None, offset: int = 0,
               that_day: dt.date | None = None) -> list[DateMention]:
    """Dates and times in `text`, longest forms first, never overlapping.

    `이날`, `당일` and `같은 날` mean `that_day`, the day the article last named, else the publication date.
    """
    found: list[DateMention] = []
    taken: list[range] = []

    def add(match: re.Match, value: dt.date | None, kind: str = "date") -> None:
        span = range(match.start(), match.end())
        if any(span.start < t.stop and t.start < span.stop for t in taken):
            return
        taken.append(span)
        found.append(DateMention(offset + match.start(), offset + match.end(), match.group(0), value, kind))

    digits = DIGIT.search(text) is not None  # most patterns need a number: skip them when there is none
    if digits:
        for m in FULL.finditer(text):
            add(m, safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        for m in MONTH_DAY.finditer(text):
            add(m, safe_date(published.year, int(m.group(1)), int(m.group(2))) if published else None)
        for m in YEAR_MONTH.finditer(text):
            add(m, None)
        for m in DAY.finditer(text):
            add(m, resolve_day(int(m.group(2)), published, m.group(1)) if published else None)
        for m in BARE_YEAR.finditer(text):
            add(m, None)
    for m in THIS_DAY.finditer(text):
        if m.group(0) in THAT_DAY_WORDS and that_day is not None:
            add(m, that_day)
        else:
            add(m, published + dt.timedelta(days=DAY_SHIFT[m.group(0)]) if published else None)
    for m in NAMED_PERIODS.finditer(text):
        shift = NAMED_DAYS.get(m.group(1))  # 전날, 다음날: the day before or after the story's day
        base = that_day or published
        add(m, base + dt.timedelta(days=shift) if base and shift is not None else None)
    for m in NATIVE_DAYS.finditer(text):
        add(m, None)
    for m in named_day_pattern().finditer(text):
        day = lexicon.holidays().get(m.group(0))
        add(m, safe_date(published.year, *day) if published and day else None)
    for m in NATIVE_LENGTH.finditer(text):
        add(m, None)
    for pattern in (DURATION, MONTH, CENTURY) if digits else ():
        for m in pattern.finditer(text):
            add(m, None)
    for pattern in (TIME, DAYTIME, DAYTIME_WITH_PARTICLE, HOURS) if digits else (DAYTIME, DAYTIME_WITH_PARTICLE):
        for m in pattern.finditer(text):
            add(m, None, "time")
    return sorted(found, key=lambda d: d.start)
