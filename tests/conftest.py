"""Shared fixtures: the seed article, and one build of it that the slower tests share."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main
from kg.pipeline import process
from kg.rdf import ArticleResult
from kg.read import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_e62f91c60b255b04.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The folder `kg build` wrote the seed's graph.ttl, graph.graphml and graph.html into."""
    out = tmp_path_factory.mktemp("seed")
    assert main(["build", str(SEED), "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="session")
def seed_graph(seed_build) -> Graph:
    graph = Graph()
    graph.parse(seed_build / "graph.ttl")
    return graph


def run(text: str, date: dt.date | None = dt.date(2024, 3, 12)) -> ArticleResult:
    """The pipeline's result for a text written in a test."""
    return process(Article("test", text, date))
