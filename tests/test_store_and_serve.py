"""The persistent Oxigraph store and the read-only SPARQL endpoint, tested with a real client."""

import threading
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.cli import main
from kg.query import load_store, open_store, run
from kg.serve import make_server

POSITIONS = (Path(__file__).resolve().parent.parent / "queries" / "positions.rq").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def store_dir(seed_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    assert main(["build", str(seed_path), "-o", str(folder / "out"), "--store", str(folder / "db")]) == 0
    return folder


def test_store_answers_like_the_file(store_dir, capsys):
    from_file = run(load_store([store_dir / "out" / "graph.ttl"]), POSITIONS)
    from_store = run(open_store(store_dir / "db"), POSITIONS)
    assert from_store.rows == from_file.rows and len(from_store.rows) == 6
    assert main(["query", "--store", str(store_dir / "db"), POSITIONS]) == 0
    assert "소프트뱅크그룹" in capsys.readouterr().out


@pytest.fixture(scope="module")
def endpoint(store_dir):
    server = make_server(load_store([store_dir / "out" / "graph.ttl"]), port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def test_saved_query_over_http(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery(POSITIONS)
    client.setReturnFormat(JSON)
    bindings = client.queryAndConvert()["results"]["bindings"]
    found = {(b["person"]["value"], b["role"]["value"]) for b in bindings}
    assert found >= {("손정의", "회장"), ("김용범", "정책실장")}


def test_construct_over_http_gives_turtle(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 2")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert len(graph) == 2


def test_updates_are_refused(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises((SPARQLWrapperException, Exception)) as info:
        client.query()
    assert "403" in str(info.value) or "read-only" in str(info.value)
