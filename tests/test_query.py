import pytest

from kg.query import QueryError, Table, format_table, load_store, run


def test_select_gives_a_table_with_prefixed_names(seed_build):
    store = load_store([seed_build / "graph.ttl"])
    table = run(store, "SELECT ?c WHERE { ?x a ?c } ORDER BY ?c LIMIT 1")
    assert isinstance(table, Table) and table.columns == ["c"]
    assert table.rows[0][0].startswith(("kgo:", "org:", "rdf:", "schema:", "skos:"))


def test_ask_and_construct(seed_build):
    store = load_store([seed_build / "graph.ttl"])
    assert run(store, "ASK { ?a a <https://schema.org/NewsArticle> }") is True
    triples = run(store, "CONSTRUCT { ?a a ?t } WHERE { ?a a ?t } LIMIT 3")
    assert len(triples) == 3


def test_malformed_query_raises_with_the_parser_message(seed_build):
    store = load_store([seed_build / "graph.ttl"])
    with pytest.raises(QueryError):
        run(store, "SELEC ?x WHERE {")


def test_table_aligns_wide_characters():
    text = format_table(Table(["이름", "n"], [["손정의", "1"], ["ARM", "22"]]))
    lines = text.splitlines()
    assert lines[0] == "이름    n" and lines[2] == "손정의  1" and lines[-1] == "(2 rows)"
