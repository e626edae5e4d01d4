"""Saved queries on rdflib and on Oxigraph over a large synthetic graph, side by side.

usage: python benchmarks/sparql_engines.py [--triples 1000000] [--repeats 5] [--rdflib-limit 20]

The graph is built from articles the pipeline really processes (the seed and sentences written
here), copied with renamed article, fact and evidence IRIs until it holds the asked number of
triples; one entity in four keeps its IRI across copies, so that cross-article joins have work.
rdflib queries run under a time limit and are reported as over it when they pass it.
"""

from __future__ import annotations

import argparse
import re
import signal
import statistics
import sys
import time
import zlib
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.pipeline import process
from kg.rdf import to_graph
from kg.read import Article, read_text_file

ROOT = Path(__file__).resolve().parent.parent
EXTRA = [
    "현대자동차와 서울대학교는 12일 자율주행 기술 공동연구를 위한 업무협약을 체결했다. "
    "정의선 현대차그룹 회장은 이날 “미래 모빌리티 인재를 함께 키우겠다”고 말했다.",
    "카카오의 자회사인 카카오페이는 지난 5일 1200억원을 투자했다. 홍길동 대한상공회의소 부회장과 "
    "존 스미스 대표가 서울 여의도에서 만났다. 홍 부회장은 “협력 방안을 계속 논의하겠다”고 밝혔다.",
]


def base_graph() -> Graph:
    articles = [read_text_file(ROOT / "seeds" / "000_e62f91c60b255b04.txt")]
    articles += [Article(f"extra-{i}", text) for i, text in enumerate(EXTRA)]
    return to_graph([process(a) for a in articles])


IRI = re.compile(r"<https://w3id\.org/kgko/id/([a-z]+)/([^>]*)>")
ENTITY_KINDS = ("person", "organization", "place", "concept", "role")


def rename(match: re.Match, copy: int) -> str:
    """Articles, facts and evidence get a copy number; three entities in four do too."""
    kind, local = match.group(1), match.group(2)
    if kind in ENTITY_KINDS and (kind == "role" or zlib.crc32(local.encode()) % 4 == 0):
        return match.group(0)
    return f"<https://w3id.org/kgko/id/{kind}/{local}-{copy}>"


def synthetic_ntriples(target: int) -> bytes:
    base = base_graph().serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines(keepends=True)
    lines: dict[str, None] = {}  # shared entities repeat their triples: count each once
    copy = 0
    while len(lines) < target:
        lines.update((IRI.sub(lambda m, c=copy: rename(m, c), line), None) for line in base if line.strip())
        copy += 1
    return "".join(list(lines)[:target]).encode("utf-8")


class OverLimit(Exception):
    pass


def timed(fn, limit: float | None = None) -> float:
    def stop(*_):
        raise OverLimit

    if limit:
        signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, limit)
    started = time.perf_counter()
    try:
        fn()
    finally:
        if limit:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--rdflib-limit", type=float, default=20.0, help="seconds a rdflib query may take")
    args = parser.parse_args(argv)

    data = synthetic_ntriples(args.triples)
    store = ox.Store()
    ox_load = timed(lambda: store.load(data, format=ox.RdfFormat.N_TRIPLES))
    graph = Graph()
    rdflib_load = timed(lambda: graph.parse(data=data, format="nt"))
    print(f"triples: {len(graph):,} (Oxigraph {len(store):,})")
    print(f"{'query':28s} {'rdflib ms':>12s} {'oxigraph ms':>12s} {'ratio':>8s}")
    print(f"{'(load, s)':28s} {rdflib_load:12.1f} {ox_load:12.1f} {rdflib_load / ox_load:8.1f}")
    for path in sorted((ROOT / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        ox_ms = statistics.median(timed(lambda t=text: list(store.query(t))) for _ in range(args.repeats)) * 1000
        try:
            rdf_ms = statistics.median(timed(lambda t=text: list(graph.query(t)), args.rdflib_limit)
                                       for _ in range(max(1, args.repeats // 2))) * 1000
            shown, ratio = f"{rdf_ms:12.1f}", f"{rdf_ms / ox_ms:8.1f}"
        except OverLimit:
            over = args.rdflib_limit * 1000
            shown, ratio = f"{'>' + format(over, '.0f'):>12s}", f"{'>' + format(over / ox_ms, '.0f'):>8s}"
        print(f"{path.stem:28s} {shown} {ox_ms:12.1f} {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
