"""Dates and times in news text, relative days resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

FULL = re.compile(r"(\d{4})\s*(?:년\s*|[.-]\s*)(\d{1,2})\s*(?:월\s*|[.-]\s*)(\d{1,2})\s*일?")
MONTH_DAY = re.compile(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일")
DAY = re.compile(r"(?:(?<![가-힣])(지난|오는|현지\s*시각|현지\s*시간)\s*)?(?<!\d)(\d{1,2})\s*일(?![가-힣])")
THIS_DAY = re.compile(r"이날|당일|오늘|어제|그제|내일|모레")
YEAR_MONTH = re.compile(r"(\d{4})\s*년(?:\s*(\d{1,2})\s*월)?")
#: 3시, 오후 3시 30분; not 3시간 (a duration) nor 시장, 시청 (city words)
TIME = re.compile(
    r"(?:(오전|오후|새벽|밤|저녁|낮)\s*)?(?<!\d)(\d{1,2})\s*시(?!간|장|청|민|점|대|각)(?:\s*(\d{1,2})\s*분)?"
)
DAY_SHIFT = {"이날": 0, "당일": 0, "오늘": 0, "어제": -1, "그제": -2, "내일": 1, "모레": 2}


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
    """A bare `N일`: this month, or the previous/next month when the text says 지난/오는."""
    candidate = safe_date(published.year, published.month, day)
    if direction == "지난" and (candidate is None or candidate > published):
        prev = published.replace(day=1) - dt.timedelta(days=1)
        return safe_date(prev.year, prev.month, day)
    if direction == "오는" and (candidate is None or candidate < published):
        nxt = (published.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return safe_date(nxt.year, nxt.month, day)
    return candidate


def find_dates(text: str, published: dt.date | None, offset: int = 0) -> list[DateMention]:
    """Dates and times in `text`, longest forms first, never overlapping."""
    found: list[DateMention] = []
    taken: list[range] = []

    def add(match: re.Match, value: dt.date | None, kind: str = "date") -> None:
        span = range(match.start(), match.end())
        if any(span.start < t.stop and t.start < span.stop for t in taken):
            return
        taken.append(span)
        found.append(DateMention(offset + match.start(), offset + match.end(), match.group(0), value, kind))

    for m in FULL.finditer(text):
        add(m, safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in MONTH_DAY.finditer(text):
        add(m, safe_date(published.year, int(m.group(1)), int(m.group(2))) if published else None)
    for m in YEAR_MONTH.finditer(text):
        add(m, None)
    for m in DAY.finditer(text):
        add(m, resolve_day(int(m.group(2)), published, m.group(1)) if published else None)
    for m in THIS_DAY.finditer(text):
        add(m, published + dt.timedelta(days=DAY_SHIFT[m.group(0)]) if published else None)
    for m in TIME.finditer(text):
        add(m, None, "time")
    return sorted(found, key=lambda d: d.start)
