import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS, SKOS, XSD

from conftest import run
from kg.build import build_corpus
from kg.output import serialize
from kg.rdf import DEFAULT_BASE, KGO, SDO, Iris, article_triples, slug, to_graph, to_nquads

TEXT = ("현대자동차와 서울대학교는 12일 자율주행 기술 공동연구를 위한 업무협약을 체결했다. "
        "정의선 현대차그룹 회장은 이날 “미래 인재를 함께 키우겠다”고 말했다.")


def test_slug_keeps_hangul_and_escapes_what_an_iri_cannot_hold():
    assert slug("르네 하스") == "르네_하스"
    assert slug("<script>\"'") == "%3Cscript%3E%22%27"
    assert slug("") == "_"


def test_same_entity_same_iri_in_every_article():
    a, b = run("삼성전자는 성장했다."), run("올해 삼성전자가 투자했다.")
    iris = Iris()
    assert iris.entity(a.entities.entities[0]) == iris.entity(b.entities.entities[0])


def test_contract_terms_for_entities_and_facts():
    graph = to_graph([run(TEXT)])
    hyundai = URIRef("https://w3id.org/kgko/id/organization/현대자동차")
    assert (hyundai, RDF.type, SDO.Corporation) in graph and (hyundai, RDF.type, SDO.Organization) in graph
    assert (hyundai, RDFS.label, Literal("Hyundai Motor Company", lang="en")) in graph
    (agreement,) = graph.subjects(RDF.type, KGO.Agreement)
    assert graph.value(agreement, KGO.signedDate) == Literal("2024-03-12", datatype=XSD.date)
    assert len(set(graph.objects(agreement, KGO.party))) == 2
    (membership,) = graph.subjects(RDF.type, ORG.Membership)
    assert graph.value(graph.value(membership, ORG.role), RDFS.label) == Literal("회장", lang="ko")


def test_an_acting_post_is_named_in_english_as_the_acting_holder_of_the_post():
    graph = to_graph([run("김보람 한빛시장 권한대행은 회의를 주재했다.")])
    (membership,) = graph.subjects(RDF.type, ORG.Membership)
    role = graph.value(membership, ORG.role)
    assert set(graph.objects(role, RDFS.label)) == {
        Literal("시장 권한대행", lang="ko"), Literal("Acting Mayor", lang="en")}


def test_an_agreement_to_be_signed_is_planned_with_no_signing_day():
    graph = to_graph([run("한빛항공은 다음 달 누리에어로와 항공기 도입 계약을 체결할 예정이다.")])
    (agreement,) = graph.subjects(RDF.type, KGO.Agreement)
    assert graph.value(agreement, KGO.status) == Literal("planned")
    assert graph.value(agreement, KGO.signedDate) is None


def test_every_evidence_cuts_its_text_out_of_the_body():
    graph = to_graph([run(TEXT)])
    body = str(next(graph.objects(None, SDO.articleBody)))
    evidence = list(graph.subjects(RDF.type, KGO.Evidence))
    assert evidence
    for ev in evidence:
        start, end = int(graph.value(ev, KGO.start)), int(graph.value(ev, KGO.end))
        assert body[start:end] == str(graph.value(ev, KGO.text))


def test_same_input_gives_byte_identical_turtle():
    assert serialize(to_graph([run(TEXT)]), "ttl") == serialize(to_graph([run(TEXT)]), "ttl")


def test_two_articles_merge_on_shared_entities():
    graph = to_graph([run(TEXT), run("현대자동차는 새 공장을 지었다.")])
    hyundai = URIRef("https://w3id.org/kgko/id/organization/현대자동차")
    assert len(set(graph.objects(hyundai, KGO.mentionedIn))) == 2
    assert len(set(graph.subjects(RDF.type, SDO.NewsArticle))) == 2


def test_named_graph_per_article():
    articles = [run(TEXT).article, run("현대자동차는 새 공장을 지었다.").article]
    corpus = build_corpus(articles, DEFAULT_BASE, named_graphs=True)
    assert len([g for g in corpus.dataset.graphs() if len(g)]) == 2


def test_hostile_text_stays_a_literal():
    graph = to_graph([run('홍길동 회장은 “<script>alert(1)</script> 를 막겠다"고 말했다.')])
    data = serialize(graph, "ttl")
    reparsed = type(graph)().parse(data=data, format="turtle")
    assert len(reparsed) == len(graph)
    assert all(isinstance(s, URIRef) for s in graph.subjects())
    assert SKOS.altLabel  # the namespace stays bound for readers


def test_nquads_shard_is_what_oxigraph_writes_and_the_graph_to_graph_builds():
    results = [run('홍길동 회장은 “따옴표\\"와 역슬래시 \\\\ 그리고\t탭”이라고 말했다.'), run(TEXT)]
    iris = Iris()
    quads = [ox.Quad(s, p, o, iris.article(r.article)) for r in results for s, p, o in article_triples(r, iris)]
    data = to_nquads(results)
    assert data == ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_QUADS)
    assert len(store) == len(set(quads))  # a role or entity said twice is one quad
    merged = Dataset().parse(data=data, format="nquads")
    assert {(s, p, o) for s, p, o, _ in merged.quads((None, None, None, None))} == set(to_graph(results))


def test_the_same_amount_of_two_companies_is_two_quantities_each_with_its_own_sentence():
    graph = to_graph([run("삼성전자는 올해 매출 500억원을 기록했다. 현대자동차도 올해 매출 500억원을 기록했다.")])
    sentences = {}
    for company, quantity in graph.subject_objects(KGO.quantity):
        evidence = list(graph.objects(quantity, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
        sentences[str(company).rsplit("/", 1)[1]] = [str(graph.value(ev, KGO.text)) for ev in evidence]
    assert sentences == {"삼성전자": ["삼성전자는 올해 매출 500억원을 기록했다."],
                         "현대자동차": ["현대자동차도 올해 매출 500억원을 기록했다."]}
