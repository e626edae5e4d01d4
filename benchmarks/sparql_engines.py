"""Saved queries on rdflib and on Oxigraph over a large synthetic graph, side by side.

usage: python benchmarks/sparql_engines.py [--triples 1000000] [--repeats 5] [--rdflib-limit 20]

The graph is what the pipeline builds from the synthetic corpus of `synthetic.py` (the seed and
sentences written here, with names drawn from a few hundred people and a few dozen organizations),
article after article until it holds the asked number of distinct triples.

Each saved query runs twice: as written, listing the whole corpus, and focused with its
`# focus:` variable bound as `kg query --bind` binds it to the value that has the most rows, the worst case
for one entity. Queries run the way `kg query` runs them (default graph as the union of all graphs).
Beside the whole-corpus time stands the time Oxigraph takes to hand Python as many rows of a single
triple pattern: no listing of that many rows can be faster, whatever its joins. The 50 ms target is
read on the focused column, a question about one entity, as `kg query --bind` asks it; a whole-corpus
listing of tens of thousands of rows is an export, and its time grows with its rows.
rdflib queries run under a time limit and are reported as over it when they pass it.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from synthetic import corpus

from kg.pipeline import process
from kg.query import bind_values, saved_focus
from kg.rdf import Iris, article_triples
from kg.read import Article

ROOT = Path(__file__).resolve().parent.parent


def synthetic_ntriples(target: int) -> tuple[bytes, int]:
    """N-Triples of the first `target` distinct triples the pipeline builds; and how many articles that took."""
    iris = Iris()
    lines: dict[str, None] = {}  # an entity named again repeats its label and type: count each once
    articles = 0
    for record in corpus():
        result = process(Article(record["id"], record["text"]))
        lines.update((f"{s} {p} {o} .\n", None) for s, p, o in article_triples(result, iris))
        articles += 1
        if len(lines) >= target:
            break
    return "".join(list(lines)[:target]).encode("utf-8"), articles


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


def median_ms(fn, repeats: int, limit: float | None = None) -> str:
    """The median of `repeats` runs in ms, or `>LIMIT` when a run passes the time limit."""
    try:
        return f"{statistics.median(timed(fn, limit) for _ in range(repeats)) * 1000:.1f}"
    except OverLimit:
        return f">{limit * 1000:.0f}"


def busiest(store: ox.Store, query: str, variable: str) -> tuple[ox.Term, int]:
    """The value of `variable` with the most rows in the full answer, and that count (rows that leave it
    unbound, under OPTIONAL, have no value to focus on)."""
    counts = Counter(value for row in store.query(query, use_default_graph_as_union=True)
                     if (value := row[variable]) is not None)
    return counts.most_common(1)[0]


def measure_query(text: str, store: ox.Store, graph: Graph, args: argparse.Namespace) -> str:
    """One row of the table: the whole answer, then the answer focused on its busiest value."""
    rdflib_repeats = max(1, args.repeats // 2)
    rows = len(list(store.query(text, use_default_graph_as_union=True)))
    ox_all = median_ms(lambda: list(store.query(text, use_default_graph_as_union=True)), args.repeats)
    floor = median_ms(lambda: list(store.query(f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {rows}")), args.repeats)
    rdf_all = median_ms(lambda: list(graph.query(text)), rdflib_repeats, args.rdflib_limit)
    focus = saved_focus(text)
    value, focus_rows = busiest(store, text, focus)
    focused = bind_values(text, {focus: value})  # what `kg query --bind` runs
    ox_one = median_ms(lambda: list(store.query(focused, use_default_graph_as_union=True)), args.repeats)
    rdf_one = median_ms(lambda: list(graph.query(focused)), rdflib_repeats, args.rdflib_limit)
    return (f"{rows:7d} {rdf_all:>11s} {ox_all:>12s} {floor:>9s}   {focus:>9s} {focus_rows:6d} {rdf_one:>11s} "
            f"{ox_one:>12s}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--rdflib-limit", type=float, default=20.0, help="seconds a rdflib query may take")
    args = parser.parse_args(argv)

    data, articles = synthetic_ntriples(args.triples)
    store = ox.Store()
    ox_load = timed(lambda: store.load(data, format=ox.RdfFormat.N_TRIPLES))
    graph = Graph()
    rdflib_load = timed(lambda: graph.parse(data=data, format="nt"))
    print(f"triples: {len(graph):,} (Oxigraph {len(store):,}) from {articles:,} articles")
    print(f"{'':23s} {'whole corpus':>43s}   {'focused on the busiest value':>42s}")
    print(f"{'query':23s} {'rows':>7s} {'rdflib ms':>11s} {'oxigraph ms':>12s} {'rows ms':>9s}   {'focus':>9s} "
          f"{'rows':>6s} {'rdflib ms':>11s} {'oxigraph ms':>12s}")
    print(f"{'(load, s)':23s} {'':7s} {rdflib_load:11.1f} {ox_load:12.1f}")
    for path in sorted((ROOT / "queries").glob("*.rq")):
        print(f"{path.stem:23s} {measure_query(path.read_text(encoding='utf-8'), store, graph, args)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
