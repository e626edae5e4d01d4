"""Every saved query in queries/: its expected rows on the seed, and the same answer from rdflib and Oxigraph."""

from pathlib import Path

import pytest
from rdflib import Graph

from kg.pipeline import process
from kg.query import Table, bind_values, literal_in, load_store, run, saved_focus
from kg.rdf import to_graph
from kg.read import Article

QUERIES = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.rq"))


def rows(seed_build, name):
    table = run(load_store([seed_build / "graph.ttl"]), (QUERIES[0].parent / name).read_text(encoding="utf-8"))
    assert isinstance(table, Table)
    return [tuple(r) for r in table.rows]


def test_every_saved_query_says_what_it_answers():
    assert len(QUERIES) >= 7
    for path in QUERIES:
        assert path.read_text(encoding="utf-8").startswith("# "), path.name


def test_positions(seed_build):
    found = rows(seed_build, "positions.rq")
    assert ("손정의", "회장", "소프트뱅크그룹", "false") in found
    assert ("김대중", "대통령", "", "true") in found and len(found) == 6


def test_agreements(seed_build):
    found = rows(seed_build, "agreements.rq")
    expected = {("MOU", "2025-12-05", "ARM"), ("MOU", "2025-12-05", "산업통상자원부")}
    assert {(r[1], r[2], r[3]) for r in found} == expected


def test_meetings(seed_build):
    found = rows(seed_build, "meetings.rq")
    meeting = {r[4] for r in found if r[1] == "meeting"}
    assert {"이재명", "손정의", "르네 하스"} <= meeting
    assert {r[3] for r in found if r[1] == "meeting"} == {"대통령실"}


def test_parent_organizations(seed_build):
    ((child, parent, sentence),) = rows(seed_build, "parent_organizations.rq")
    assert (child, parent) == ("ARM", "소프트뱅크그룹") and "자회사" in sentence


def test_quotes(seed_build):
    found = rows(seed_build, "quotes.rq")
    assert any(s == "김용범" and "AI 3강" in q for s, q in found)


def test_evidence_of_every_fact(seed_build):
    found = rows(seed_build, "evidence.rq")
    assert {r[1] for r in found} >= {"Membership", "Agreement", "Event", "Quotation"}
    assert all(int(r[4]) < int(r[5]) for r in found)


def test_entities_in_several_articles(tmp_path, seed_path):
    from kg.cli import main

    second = tmp_path / "second.txt"
    second.write_text("date 2025-12-06 손정의 소프트뱅크그룹 회장은 6일 도쿄에서 투자 계획을 밝혔다.", encoding="utf-8")
    assert main(["build", str(seed_path), str(second), "-o", str(tmp_path / "out")]) == 0
    table = run(load_store([tmp_path / "out" / "graph.ttl"]), (QUERIES[0].parent / "multi_article_entities.rq")
                .read_text(encoding="utf-8"))
    assert {(r[0], r[2]) for r in table.rows} >= {("손정의", "2"), ("소프트뱅크그룹", "2")}


def test_plans(seed_build):
    assert ("ARM 스쿨", "산업통상자원부", "반도체 설계 인력 양성", "1400", "명") in rows(seed_build, "plans.rq")


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_rdflib_and_oxigraph_agree(seed_build, path):
    text = path.read_text(encoding="utf-8")
    oxigraph = run(load_store([seed_build / "graph.ttl"]), text)
    graph = Graph().parse(seed_build / "graph.ttl")
    from_rdflib = sorted(tuple("" if v is None else str(v) for v in row) for row in graph.query(text))
    assert sorted(tuple(r) for r in oxigraph.rows) == from_rdflib


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_focused_query_gives_the_rows_of_one_value(seed_build, path):
    """Binding a saved query's focus variable keeps exactly the full answer's rows with that value."""
    text = path.read_text(encoding="utf-8")
    focus = saved_focus(text)
    store = load_store([seed_build / "graph.ttl"])
    full = run(store, text)
    assert focus in full.columns, f"{path.name}: # focus: ?{focus} is not one of its columns"
    column = full.columns.index(focus)
    graph = Graph().parse(seed_build / "graph.ttl")
    for value in {row[column] for row in full.rows}:
        focused = run(store, text, {focus: value})
        assert sorted(map(tuple, focused.rows)) == sorted(tuple(r) for r in full.rows if r[column] == value)
        from_rdflib = graph.query(bind_values(text, {focus: literal_in(store, value)}))
        assert len(from_rdflib) == len(focused.rows)


def test_an_agreement_to_be_signed_is_listed_as_planned(tmp_path):
    text = "한빛항공은 다음 달 누리에어로와 항공기 도입 계약을 체결할 예정이다."
    to_graph([process(Article("planned", text))]).serialize(tmp_path / "graph.ttl", format="turtle")
    found = rows(tmp_path, "agreements.rq")
    assert {(r[2], r[5]) for r in found} == {("", "planned")}
