"""The command line end to end, on the seed article and on bad input."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main

PREFIXES = """PREFIX kgo: <https://w3id.org/kgko/ontology#> PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def select(path, query):
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return [[t.value if t is not None else None for t in row] for row in store.query(PREFIXES + query)]


def test_build_writes_the_three_outputs(seed_build):
    for name in ("graph.ttl", "graph.graphml", "graph.html"):
        assert (seed_build / name).stat().st_size > 1000


def test_seed_positions(seed_build):
    rows = select(seed_build / "graph.ttl", """
        SELECT ?person ?role ?org WHERE {
          ?m a org:Membership ; org:member/rdfs:label ?person ; org:role/rdfs:label ?role .
          FILTER(lang(?person) = "ko" && lang(?role) = "ko")
          OPTIONAL { ?m org:organization/rdfs:label ?org FILTER(lang(?org) = "ko") } }""")
    assert ["손정의", "회장", "소프트뱅크그룹"] in rows
    assert ["르네 하스", "대표", "ARM"] in rows
    assert ["김용범", "정책실장", None] in rows


def test_seed_agreement_with_parties_date_and_evidence(seed_build):
    rows = select(seed_build / "graph.ttl", """
        SELECT ?party ?date ?type ?text WHERE {
          ?a a kgo:Agreement ; kgo:party/rdfs:label ?party ; kgo:signedDate ?date ; kgo:agreementType ?type ;
             prov:wasDerivedFrom/kgo:text ?text . FILTER(lang(?party) = "ko") }""")
    assert sorted(r[0] for r in rows) == ["ARM", "산업통상자원부"]
    assert {(r[1], r[2]) for r in rows} == {("2025-12-05", "MOU")}
    assert all("양해각서" in r[3] for r in rows)


def test_seed_meeting_parent_company_quote_and_plan(seed_build):
    path = seed_build / "graph.ttl"
    attendees = select(path, """SELECT ?who WHERE { ?e a schema:Event ; schema:attendee/rdfs:label ?who ;
                                 schema:location/rdfs:label "대통령실"@ko . FILTER(lang(?who) = "ko") }""")
    assert {"이재명", "손정의"} <= {r[0] for r in attendees}
    assert select(path, """SELECT ?p WHERE { ?c rdfs:label "ARM"@ko ; schema:parentOrganization/rdfs:label ?p .
                           FILTER(lang(?p) = "ko") }""") == [["소프트뱅크그룹"]]
    quotes = select(path, """SELECT ?t WHERE { ?q a schema:Quotation ; schema:text ?t ;
                             schema:creator/rdfs:label "손정의"@ko }""")
    assert any("AGI는 등장하게 될 것" in r[0] for r in quotes)
    plan = select(path, """SELECT ?by ?v WHERE { ?s rdfs:label "ARM 스쿨"@ko ; kgo:status "planned" ;
                           kgo:plannedBy/rdfs:label ?by ; kgo:target/schema:value ?v . FILTER(lang(?by) = "ko") }""")
    assert sorted(plan) == [["ARM", "1400"], ["산업통상자원부", "1400"]]


def test_seed_short_forms_are_aliases_of_one_node(seed_build):
    rows = select(seed_build / "graph.ttl", """SELECT ?alias WHERE { ?p rdfs:label "손정의"@ko ;
                                                 skos:altLabel ?alias }""")
    assert rows == [["손 회장"]]
    people = select(seed_build / "graph.ttl", "SELECT ?p WHERE { ?p a schema:Person }")
    assert len(people) == 6


def test_every_seed_evidence_cuts_its_text_out_of_the_body(seed_build):
    rows = select(seed_build / "graph.ttl", """SELECT ?body ?s ?e ?t WHERE {
        ?ev a kgo:Evidence ; kgo:article/schema:articleBody ?body ; kgo:start ?s ; kgo:end ?e ; kgo:text ?t }""")
    assert len(rows) > 10
    for body, start, end, text in rows:
        assert body[int(start):int(end)] == text


def test_build_is_deterministic(seed_path, seed_build, tmp_path):
    assert main(["build", str(seed_path), "-o", str(tmp_path)]) == 0
    assert (tmp_path / "graph.ttl").read_bytes() == (seed_build / "graph.ttl").read_bytes()


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nt", "nq", "jsonld"])
def test_every_format_is_byte_identical_across_processes(seed_path, tmp_path, fmt):
    """Separate processes hash strings differently: output must not depend on hash order."""
    other = tmp_path / "other.txt"
    other.write_text("현대자동차와 서울대학교는 12일 업무협약을 체결했다. 정의선 회장이 참석했다.", encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        command = [sys.executable, "-m", "kg.cli", "build", str(seed_path), str(other), "-o", str(out),
                   "--format", fmt, "--no-validate"]
        subprocess.run(command, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append((out / f"graph.{fmt}").read_bytes())
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [("empty.txt", b"", "empty"), ("binary.txt", b"\x89PNG\x00\x00", "binary"),
     ("latin1.txt", b"caf\xe9 cr\xe8me \xff\xfe", "not UTF-8"), ("missing.txt", None, "no such file")],
)
def test_bad_input_one_line_exit_2_and_previous_outputs_kept(tmp_path, name, content, problem):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "kg", "build", str(path), "-o", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and problem in lines[0]
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


def test_query_command_prints_a_table_and_rejects_bad_sparql(seed_build, tmp_path, capsys):
    query = tmp_path / "people.rq"
    query.write_text("SELECT ?name WHERE { ?p a <https://schema.org/Person> ; "
                     "<http://www.w3.org/2000/01/rdf-schema#label> ?name FILTER(lang(?name)='ko') } ORDER BY ?name",
                     encoding="utf-8")
    assert main(["query", str(seed_build / "graph.ttl"), str(query)]) == 0
    out = capsys.readouterr().out
    assert "손정의" in out and "(6 rows)" in out
    assert main(["query", str(seed_build / "graph.ttl"), "SELECT WHERE {"]) == 2
    assert "query:" in capsys.readouterr().err


def test_query_bind_focuses_a_saved_query(seed_build, capsys):
    saved = Path(__file__).resolve().parent.parent / "queries" / "quotes.rq"
    assert main(["query", str(seed_build / "graph.ttl"), str(saved), "--bind", "speaker=김용범"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "(4 rows)" and all(line.startswith("김용범") for line in lines[2:-1])
    assert main(["query", str(seed_build / "graph.ttl"), str(saved), "--bind", "speaker"]) == 2
    assert "--bind speaker: expected NAME=VALUE" in capsys.readouterr().err


def test_render_any_contract_graph(seed_build, tmp_path):
    target = tmp_path / "again.html"
    assert main(["render", str(seed_build / "graph.ttl"), "-o", str(target)]) == 0
    assert "손정의" in target.read_text(encoding="utf-8")


def test_render_rejects_a_file_that_is_not_rdf(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    assert main(["render", str(bad), "-o", str(tmp_path / "x.html")]) == 2
    assert "bad.ttl" in capsys.readouterr().err


def test_other_formats_and_trig_named_graphs(seed_path, tmp_path):
    assert main(["build", str(seed_path), "-o", str(tmp_path), "--format", "trig"]) == 0
    assert (tmp_path / "graph.trig").exists() and (tmp_path / "graph.ttl").exists()
    store = ox.Store()
    store.load(path=str(tmp_path / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert len(list(store.named_graphs())) == 1


def test_ner_command_prints_klue_labels_with_offsets(tmp_path, capsys):
    path = tmp_path / "s.jsonl"
    text = "홍길동 삼성전자 사장은 5일 서울에서 120명을 만났다."
    path.write_text(json.dumps({"id": "s1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["ner", str(path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    found = {(text[e["start"]:e["end"]], e["label"]) for e in json.loads(line)["entities"]}
    assert {("홍길동", "PS"), ("삼성전자", "OG"), ("5일", "DT"), ("서울", "LC"), ("120명", "QT")} <= found
