"""Throughput of the whole pipeline against bare Kiwi on a synthetic corpus, and its memory.

usage: python benchmarks/corpus_throughput.py [--articles 10000] [--workers 2]

The corpus is assembled from sentence templates written here (names, titles, companies and
places from the project's lexicons, chosen by a seeded random generator) and the seed article.
Each mode runs in its own process, so that the peak RSS reported is that mode's alone:
- kiwi: `Kiwi.tokenize` on every article, nothing else (the pipeline's Kiwi, same options and words);
- pipeline xN: read -> analysis -> mentions -> entities -> facts -> RDF triples, streamed out as
  N-Quads (one named graph per article), with N worker processes.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
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


def write_corpus(path: Path, count: int) -> int:
    rng = random.Random(20251205)
    seed = (ROOT / "seeds" / "000_e62f91c60b255b04.txt").read_text(encoding="utf-8")
    chars = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            record = {"id": f"seed-{i}", "text": seed} if i % 500 == 0 else synthetic_article(rng, i)
            chars += len(record["text"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return chars


def run_kiwi(corpus: Path) -> None:
    from kg.analyze import kiwi  # the same model and dictionary the pipeline loads

    model = kiwi()
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            model.tokenize(json.loads(line)["text"])


def run_pipeline(corpus: Path, workers: int) -> None:
    from multiprocessing import get_context

    from kg.build import BATCH, batches, build_shard
    from kg.rdf import DEFAULT_BASE
    from kg.read import read_inputs

    shards = (batch for batch in batches(read_inputs([corpus]), BATCH))
    with tempfile.TemporaryFile() as sink:
        if workers <= 1:
            for batch in shards:
                sink.write(build_shard(batch, DEFAULT_BASE)[0])
            return
        with get_context("spawn").Pool(workers) as pool:
            for nquads, _, _ in pool.imap(shard_of, shards):
                sink.write(nquads)


def shard_of(batch: list) -> tuple:
    from kg.build import build_shard
    from kg.rdf import DEFAULT_BASE

    return build_shard(batch, DEFAULT_BASE)


def child(mode: str, corpus: Path, workers: int) -> None:
    started = time.perf_counter()
    if mode == "kiwi":
        run_kiwi(corpus)
    else:
        run_pipeline(corpus, workers)
    seconds = time.perf_counter() - started
    usage = (resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    peak = max(usage)
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024}))


def measure(mode: str, corpus: Path, workers: int) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--workers", str(workers)]
    out = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--child", choices=("kiwi", "pipeline"))
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.corpus, args.workers)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        chars = write_corpus(corpus, args.articles)
        rows = [("bare Kiwi.tokenize", measure("kiwi", corpus, 1))]
        rows.append(("pipeline, 1 worker", measure("pipeline", corpus, 1)))
        rows.append((f"pipeline, {args.workers} workers", measure("pipeline", corpus, args.workers)))
    kiwi_rate = args.articles / rows[0][1]["seconds"]
    one = args.articles / rows[1][1]["seconds"]
    print(f"{args.articles:,} articles, {chars:,} characters")
    print(f"{'mode':24s} {'seconds':>8s} {'articles/s':>11s} {'chars/s':>10s} {'vs Kiwi':>8s} {'peak MB':>8s}")
    for name, r in rows:
        rate = args.articles / r["seconds"]
        print(f"{name:24s} {r['seconds']:8.1f} {rate:11.1f} {chars / r['seconds']:10.0f} "
              f"{rate / kiwi_rate:8.2f} {r['peak_mb']:8.0f}")
    print(f"speed-up from 1 to {args.workers} workers: {args.articles / rows[2][1]['seconds'] / one:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
