"""Throughput of the whole pipeline against bare Kiwi on a synthetic corpus, and its memory.

usage: python benchmarks/corpus_throughput.py [--articles 10000] [--workers 2]

The corpus is assembled from sentence templates written here (names, titles, companies and
places from the project's lexicons, chosen by a seeded random generator) and the seed article.
Each mode runs in its own process, so that the peak RSS reported is that mode's alone:
- kiwi: `Kiwi.tokenize` on every article, nothing else (the pipeline's Kiwi, same options and words);
- pipeline xN: read -> analysis -> mentions -> entities -> facts -> RDF triples, written as
  N-Quads (one named graph per article) by N worker processes, each to a shard of its own, and
  the shards merged into one file at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from synthetic import write_corpus


def run_kiwi(corpus: Path) -> None:
    from kg.analyze import kiwi  # the same model and dictionary the pipeline loads

    model = kiwi()
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            model.tokenize(json.loads(line)["text"])


def run_pipeline(corpus: Path, workers: int) -> None:
    """Each process writes the N-Quads of its batches to a shard of its own, as a cluster's workers
    do; the shards are then merged into one file. One worker does the same in this process."""
    from multiprocessing import get_context

    from kg.build import BATCH, batches
    from kg.read import read_inputs

    work = batches(read_inputs([corpus]), BATCH)
    with tempfile.TemporaryDirectory() as folder:
        if workers <= 1:
            for batch in work:
                write_shard(batch, folder)
        else:
            with get_context("spawn").Pool(workers) as pool:
                for _ in pool.imap_unordered(partial(write_shard, folder=folder), work):
                    pass
        with open(Path(folder) / "corpus.nq", "wb") as merged:
            for shard in sorted(Path(folder).glob("shard-*.nq")):
                with shard.open("rb") as part:
                    shutil.copyfileobj(part, merged)


def write_shard(batch: list, folder: str) -> int:
    """The pipeline on a batch, appended to this process's shard; the number of articles built."""
    from kg.build import build_shard
    from kg.rdf import DEFAULT_BASE

    nquads, _, done = build_shard(batch, DEFAULT_BASE)
    with open(Path(folder) / f"shard-{os.getpid()}.nq", "ab") as shard:
        shard.write(nquads)
    return len(done)


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
