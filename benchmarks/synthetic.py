"""A synthetic news corpus for the benchmarks, written here: sentence templates filled with names,
titles, companies and places chosen by a seeded random generator, with the seed article every
500th. The same count always gives the same corpus.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = ["민준", "서연", "도윤", "하은", "지호", "수아", "현우", "지민", "준서", "예린", "태호", "은비"]
COMPANIES = ["삼성전자", "현대자동차", "LG전자", "SK하이닉스", "카카오", "네이버", "포스코", "한화에어로스페이스",
             "한빛소재", "대한정밀", "미래바이오", "누리텍"]
BODIES = ["산업통상자원부", "국토교통부", "과학기술정보통신부", "서울특별시", "부산광역시", "경기도", "한국은행"]
PLACES = ["정부서울청사", "여의도", "판교", "용산구", "부산광역시"]
TITLES = ["회장", "대표", "사장", "부사장", "장관", "차관", "시장", "청장", "교수"]
TEMPLATES = [
    "{p1} {c1} {t1}은 {d}일 {pl}에서 {p2} {c2} {t2}과 만나 협력 방안을 논의했다.",
    "{c1}와 {c2}는 이날 ‘{topic} 협력을 위한 업무협약’을 체결했다.",
    "{p1} {t1}은 “{topic} 분야에서 함께 성장할 수 있도록 적극 지원하겠다”고 말했다.",
    "{c1}는 {c2} 지분 {pct}%를 {amt}억원에 인수하기로 했다.",
    "{c2}의 자회사인 {c3}는 올해 매출 {amt}억원을 기록했다.",
    "{b1}는 {d}일 신임 {t2}에 {p2} {c3} {t1}을 임명했다.",
    "양측은 {topic} 인재 {n}명을 양성하겠다는 목표도 세웠다.",
    "이날 행사에는 {p3} {b1} {t3}도 참석했다.",
]
TOPICS = ["반도체", "인공지능", "이차전지", "수소 에너지", "바이오", "자율주행", "스마트시티"]


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def synthetic_article(rng: random.Random, number: int) -> dict:
    values = {
        "p1": person(rng), "p2": person(rng), "p3": person(rng),
        "c1": rng.choice(COMPANIES), "c2": rng.choice(COMPANIES), "c3": rng.choice(COMPANIES),
        "b1": rng.choice(BODIES), "pl": rng.choice(PLACES), "t1": rng.choice(TITLES), "t2": rng.choice(TITLES),
        "t3": rng.choice(TITLES), "d": rng.randint(1, 28), "topic": rng.choice(TOPICS),
        "pct": rng.randint(5, 100), "amt": rng.randint(10, 9000), "n": rng.randint(10, 3000),
    }
    sentences = rng.sample(TEMPLATES, k=rng.randint(4, len(TEMPLATES)))
    return {"id": f"syn-{number:05d}", "date": f"2025-{rng.randint(1, 12):02d}-28",
            "text": " ".join(s.format(**values) for s in sentences)}


def corpus(count: int | None = None) -> Iterator[dict]:
    """`{"id", "text", ...}` records, endless when no count is given."""
    rng = random.Random(20251205)
    seed = (ROOT / "seeds" / "000_e62f91c60b255b04.txt").read_text(encoding="utf-8")
    for i in itertools.count() if count is None else range(count):
        yield {"id": f"seed-{i}", "text": seed} if i % 500 == 0 else synthetic_article(rng, i)


def write_corpus(path: Path, count: int) -> int:
    """The corpus as JSON lines; returns its number of characters."""
    chars = 0
    with path.open("w", encoding="utf-8") as out:
        for record in corpus(count):
            chars += len(record["text"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return chars
