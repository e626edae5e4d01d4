import pyoxigraph as ox
import pytest

from kg.query import QueryError, Table, bind_values, format_table, load_store, parse_binding, run, saved_focus


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


def test_bindings_are_plain_text_unless_written_as_terms():
    assert parse_binding("speaker=손정의") == ("speaker", "손정의")
    assert parse_binding("?org=<https://example.org/a>") == ("org", ox.NamedNode("https://example.org/a"))
    xsd_int = "http://www.w3.org/2001/XMLSchema#integer"
    assert parse_binding(f'n="1400"^^<{xsd_int}>') == ("n", ox.Literal("1400", datatype=ox.NamedNode(xsd_int)))
    for bad in ("speaker", "=x", "org=<not closed"):
        with pytest.raises(QueryError):
            parse_binding(bad)


def test_saved_focus_is_read_from_the_header_only():
    assert saved_focus("# What?\n# focus: ?speaker — what one person said\nSELECT ?speaker {}") == "speaker"
    assert saved_focus("# What?\nSELECT ?x {}\n# focus: ?x") is None


def test_plain_text_binds_to_the_literal_the_graph_holds(seed_build):
    store = load_store([seed_build / "graph.ttl"])
    query = "SELECT ?s ?text WHERE { ?s ?p ?text }"
    assert run(store, query, {"text": "손정의"}).rows  # "손정의"@ko, a label
    assert run(store, query, {"text": "000_e62f91c60b255b04.txt"}).rows  # a plain string, the article's source
    assert not run(store, query, {"text": "없는 이름"}).rows
    with pytest.raises(QueryError):
        run(store, query, {"txt": "손정의"})  # a variable it does not have


def test_a_bound_variable_orders_nothing_and_leaves_the_order_by():
    who = {"who": ox.Literal("손정의", language="ko")}
    query = "SELECT ?who ?n WHERE { ?q <urn:by> ?who ; <urn:n> ?n }\nORDER BY ?who DESC(?n) STR(?who)\nLIMIT 3"
    assert bind_values(query, who).endswith("}\nORDER BY DESC(?n) STR(?who)\nLIMIT 3")
    assert bind_values(query.replace("?who DESC(?n)", "DESC( ?who )"), who).endswith("}\nORDER BY STR(?who)\nLIMIT 3")
    alone = bind_values("SELECT ?who WHERE { ?q <urn:by> ?who } ORDER BY ?who", who)
    assert "ORDER" not in alone and alone.rstrip().endswith("}")
    inner = "SELECT ?who WHERE { { SELECT ?who WHERE { ?q <urn:by> ?who } ORDER BY ?who LIMIT 1 } }"
    assert bind_values(inner, who).endswith("ORDER BY ?who LIMIT 1 } }")  # a subquery's order limits its rows


def test_values_open_the_where_clause_and_never_land_in_text():
    query = '# WHERE { ?who\nSELECT ?who WHERE { ?q <urn:says> "WHERE { ?x" ; <urn:by> ?who }'
    bound = bind_values(query, {"who": ox.Literal('손"정의', language="ko")})
    assert bound.endswith('WHERE { VALUES ?who { "손\\"정의"@ko } ?q <urn:says> "WHERE { ?x" ; <urn:by> ?who }')
    with pytest.raises(QueryError):
        bind_values(query, {"x": ox.Literal("a")})  # ?x is only inside a string
    with pytest.raises(QueryError):
        bind_values("DESCRIBE <urn:a>", {"x": ox.Literal("a")})
