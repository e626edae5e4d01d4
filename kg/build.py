"""Building a corpus: articles streamed in, processed in one process, in a pool, or on a Dask
cluster, and merged into one graph. An article that cannot be read or breaks a stage becomes a
`Failure` that names it; the rest of the corpus goes on.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from rdflib import Dataset, Graph, URIRef

from kg.pipeline import process
from kg.rdf import ArticleResult, Iris, ToRdflib, article_triples, new_graph, to_nquads
from kg.read import Article, InputError

#: articles a Dask task or a pool worker takes at a time
BATCH = 32


@dataclass(frozen=True)
class Failure:
    """An article that was skipped, and why."""

    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


def safe_process(item: Article | InputError) -> ArticleResult | Failure:
    """The pipeline on one article; a reading error or a crash in a stage becomes a Failure."""
    if isinstance(item, InputError):
        return Failure(*split_error(str(item)))
    try:
        return process(item)
    except Exception as exc:  # noqa: BLE001 - one article's crash must not stop the corpus
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        return Failure(item.id, f"{type(exc).__name__}: {exc} (at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno})")


def split_error(message: str) -> tuple[str, str]:
    where, _, problem = message.partition(": ")
    return where, problem or message


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def run_local(items: Iterable[Article | InputError], workers: int = 1) -> Iterator[ArticleResult | Failure]:
    """Results in input order, from this process or from a pool of `workers` processes."""
    if workers <= 1:
        yield from map(safe_process, items)
        return
    from multiprocessing import get_context

    with get_context("spawn").Pool(workers) as pool:  # a fresh interpreter each: Kiwi is built per process
        yield from pool.imap(safe_process, items, chunksize=4)


def build_shard(items: list[Article | InputError], base: str) -> tuple[bytes, list[Failure], list[str]]:
    """What a Dask task returns: N-Quads (a named graph per article), the failures, the article ids."""
    results = [safe_process(item) for item in items]
    done = [r for r in results if isinstance(r, ArticleResult)]
    nquads = to_nquads(done, base)
    return nquads, [r for r in results if isinstance(r, Failure)], [r.article.id for r in done]


def run_dask(items: Iterable[Article | InputError], address: str, base: str) -> Iterator[tuple[bytes, list, list]]:
    """Shards from the workers of the Dask cluster at `address`, in input order."""
    from dask.distributed import Client

    with Client(address) as client:
        futures = [client.submit(build_shard, batch, base, pure=False) for batch in batches(items, BATCH)]
        for future in futures:
            yield future.result()


@dataclass
class Corpus:
    """The merged graph (and its per-article named graphs when asked for), with what was skipped."""

    graph: Graph
    dataset: Dataset | None
    articles: int = 0
    failures: list[Failure] | None = None

    def __post_init__(self):
        self.failures = self.failures or []

    def add_result(self, result: ArticleResult, iris: Iris, convert: ToRdflib) -> None:
        triples = [convert.triple(t) for t in article_triples(result, iris)]
        for triple in triples:
            self.graph.add(triple)
        if self.dataset is not None:
            named = self.dataset.graph(URIRef(iris.article(result.article).value))
            for triple in triples:
                named.add(triple)
        self.articles += 1

    def add_shard(self, nquads: bytes) -> None:
        shard = Dataset()
        shard.parse(data=nquads, format="nquads")
        for s, p, o, g in shard.quads((None, None, None, None)):
            self.graph.add((s, p, o))
            if self.dataset is not None:
                self.dataset.graph(g).add((s, p, o))


def build_corpus(items: Iterable[Article | InputError], base: str, *, workers: int = 1, dask: str | None = None,
                 named_graphs: bool = False, existing: Graph | None = None, progress=None) -> Corpus:
    """Every article's triples in one graph; `existing` is extended, never rebuilt."""
    from kg.rdf import PREFIXES

    graph = existing if existing is not None else new_graph()
    dataset = None
    if named_graphs:
        dataset = Dataset()
        for prefix, ns in PREFIXES.items():
            dataset.bind(prefix, ns, override=True)
    corpus = Corpus(graph, dataset)
    iris = Iris(base)
    convert = ToRdflib()
    if dask:
        for nquads, failures, done in run_dask(items, dask, base):
            corpus.add_shard(nquads)
            corpus.articles += len(done)
            corpus.failures.extend(failures)
            if progress:
                progress(len(done) + len(failures))
        return corpus
    for result in run_local(items, workers):
        if isinstance(result, Failure):
            corpus.failures.append(result)
        else:
            corpus.add_result(result, iris, convert)
        if progress:
            progress(1)
    return corpus


def progress_bar():
    """A rich progress bar on stderr when it is a terminal, else nothing."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("articles"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]:.1f}/s"), TimeRemainingColumn(), console=Console(stderr=True),
                    transient=True)
