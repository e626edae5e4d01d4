"""The one way through: article -> analysis -> mentions -> entities -> facts -> RDF."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.analyze import analyze
from kg.entities import resolve
from kg.facts import extract
from kg.mentions import find_mentions
from kg.rdf import ArticleResult
from kg.read import Article


def process(article: Article) -> ArticleResult:
    """Everything the pipeline learns from one article."""
    analysis = analyze(article)
    mentions = find_mentions(analysis)
    entities = resolve(mentions)
    return ArticleResult(article, entities, extract(analysis, mentions, entities))


def process_all(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    for article in articles:
        yield process(article)
