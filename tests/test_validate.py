from rdflib import Graph, Literal, URIRef

from kg import cli
from kg.cli import main
from kg.validate import Violation, validate

KGO = "https://w3id.org/kgko/ontology#"


def test_seed_graph_conforms(seed_graph):
    assert validate(seed_graph) == []


def test_wrong_offsets_and_a_second_korean_label_are_reported(seed_graph):
    graph = Graph()
    for triple in seed_graph:
        graph.add(triple)
    evidence, start = next(iter(sorted(graph.subject_objects(URIRef(KGO + "start")))))
    graph.set((evidence, URIRef(KGO + "start"), Literal(int(start) + 1)))
    person = URIRef("https://w3id.org/kgko/id/person/손정의")
    graph.add((person, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("손 마사요시", lang="ko")))
    messages = {(v.focus, v.message) for v in validate(graph)}
    assert (str(evidence), "evidence offsets must cut exactly its text out of the article body (start < end)") \
        in messages
    assert (str(person), "an entity has exactly one Korean label (@ko)") in messages


def test_validate_command_exit_status(seed_build, tmp_path, capsys):
    assert main(["validate", str(seed_build / "graph.ttl")]) == 0
    broken = tmp_path / "broken.ttl"
    broken.write_text('@prefix kgo: <https://w3id.org/kgko/ontology#> .\n<urn:x:a> a kgo:Agreement .\n',
                      encoding="utf-8")
    assert main(["validate", str(broken)]) == 3
    out = capsys.readouterr().out
    assert "urn:x:a" in out and "at least two parties" in out


def test_strict_build_writes_nothing_on_a_violation(seed_path, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(cli, "validate", lambda graph: [Violation("urn:x", "-", "made up for the test")])
    assert main(["build", str(seed_path), "-o", str(tmp_path), "--strict"]) == 3
    assert list(tmp_path.iterdir()) == []
    assert "made up for the test" in capsys.readouterr().err
