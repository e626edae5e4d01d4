"""The NetworkX view of an RDF graph that follows the contract.

Entities and fact nodes (positions, agreements, events, quotes, quantities) become nodes;
literals become node attributes; a triple between two nodes becomes an edge named by its
predicate, carrying the evidence of its reified statement. Articles, evidence and roles are
folded into attributes. Only the RDF is read, so any contract graph can be projected.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS

from kg.rdf import KGO, SDO

#: rdf:type -> the kind shown to people, most specific first
KIND_OF_TYPE = [
    (SDO.Person, "Person"), (SDO.Organization, "Organization"), (SDO.Place, "Place"),
    (ORG.Membership, "Position"), (KGO.Agreement, "Agreement"), (SDO.Event, "Event"),
    (SDO.Quotation, "Quotation"), (SDO.MonetaryAmount, "Quantity"), (SDO.QuantitativeValue, "Quantity"),
    (SKOS.Concept, "Concept"),
]
FOLDED_TYPES = {SDO.NewsArticle, KGO.Evidence, RDF.Statement, ORG.Role}
ENTITY_KINDS = {"Person", "Organization", "Place", "Concept"}


@cache
def ontology() -> Graph:
    graph = Graph()
    graph.parse(data=resources.files("kg").joinpath("ontology.ttl").read_text(encoding="utf-8"), format="turtle")
    return graph


def term_label(term: URIRef, lang: str) -> str:
    """A term's label from the ontology, else its local name."""
    for label in ontology().objects(term, RDFS.label):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def subclass_kinds(graph: Graph) -> dict[URIRef, str]:
    """Every class that is (through rdfs:subClassOf, in the data or the ontology) one of the kinds."""
    kinds: dict[URIRef, str] = {}
    both = graph + ontology()
    for root, kind in KIND_OF_TYPE:
        for cls in both.transitive_subjects(RDFS.subClassOf, root):
            kinds.setdefault(cls, kind)
    return kinds


def kind_of(graph: Graph, node: URIRef, kinds: dict[URIRef, str]) -> str | None:
    types = set(graph.objects(node, RDF.type))
    if types & FOLDED_TYPES:
        return None
    for _, kind in KIND_OF_TYPE:
        if any(kinds.get(t) == kind for t in types):
            return kind
    return None


def labels(graph: Graph, node: URIRef) -> tuple[str, str]:
    ko = en = ""
    for label in sorted(graph.objects(node, RDFS.label)):
        if isinstance(label, Literal) and label.language == "en" and not en:
            en = str(label)
        elif isinstance(label, Literal) and not ko and label.language in ("ko", None):
            ko = str(label)
    return ko, en


def evidence_of(graph: Graph, node: URIRef) -> list[dict]:
    """The sentences behind a node, each with its article's source and date."""
    found = []
    for ev in sorted(graph.objects(node, PROV.wasDerivedFrom)):
        article = graph.value(ev, KGO.article)
        found.append({
            "text": str(graph.value(ev, KGO.text) or ""),
            "start": int(graph.value(ev, KGO.start) or 0),
            "end": int(graph.value(ev, KGO.end) or 0),
            "article": str(graph.value(article, DCTERMS.source) or article or ""),
            "date": str(graph.value(article, SDO.datePublished) or ""),
        })
    return found


def statement_evidence(graph: Graph) -> dict[tuple, list[dict]]:
    found: dict[tuple, list[dict]] = {}
    for st in graph.subjects(RDF.type, RDF.Statement):
        key = (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
        found.setdefault(key, []).extend(evidence_of(graph, st))
    return found


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Project a contract graph onto a MultiDiGraph whose attributes are plain strings and numbers."""
    kinds = subclass_kinds(graph)
    net = nx.MultiDiGraph()
    nodes = {}
    for node in sorted(set(graph.subjects(RDF.type, None))):
        if isinstance(node, URIRef):
            kind = kind_of(graph, node, kinds)
            if kind:
                nodes[node] = kind
    statements = statement_evidence(graph)
    for node, kind in nodes.items():
        ko, en = labels(graph, node)
        attrs = {"iri": str(node), "kind": kind, "label": ko or en or str(node), "label_en": en,
                 "aliases": json.dumps(sorted(str(a) for a in graph.objects(node, SKOS.altLabel)),
                                       ensure_ascii=False)}
        if kind in ENTITY_KINDS:
            articles = {str(graph.value(a, DCTERMS.source) or a) for a in graph.objects(node, KGO.mentionedIn)}
            attrs["articles"] = json.dumps(sorted(articles), ensure_ascii=False)
        role = graph.value(node, ORG.role)
        if role is not None:
            attrs["role"], attrs["role_en"] = labels(graph, role)
        for p, o in sorted(graph.predicate_objects(node)):
            if isinstance(o, Literal) and p not in (RDFS.label, SKOS.altLabel):
                attrs.setdefault(term_label(p, "en"), str(o))
        attrs["evidence"] = json.dumps(evidence_of(graph, node), ensure_ascii=False)
        net.add_node(str(node), **attrs)
    for s, p, o in sorted(graph):
        if s in nodes and o in nodes and p != PROV.wasDerivedFrom:
            net.add_edge(str(s), str(o), key=term_label(p, "en"), label=term_label(p, "ko"),
                         label_en=term_label(p, "en"), predicate=str(p),
                         evidence=json.dumps(statements.get((s, p, o), []), ensure_ascii=False))
    return net


def find_node(net: nx.MultiDiGraph, label: str) -> str | None:
    """The node whose Korean or English label, or alias, is `label`."""
    for node, attrs in net.nodes(data=True):
        names = {attrs.get("label"), attrs.get("label_en"), *json.loads(attrs.get("aliases", "[]"))}
        if label in names:
            return node
    return None


def neighbourhood(net: nx.MultiDiGraph, center: str, depth: int) -> nx.MultiDiGraph:
    """The nodes within `depth` steps of `center`, whichever way the edges point."""
    reach = nx.single_source_shortest_path_length(net.to_undirected(as_view=True), center, cutoff=depth)
    return net.subgraph(reach).copy()


def most_connected(net: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """The `limit` nodes with the most edges (ties by IRI, so the choice is stable)."""
    ranked = sorted(net.nodes, key=lambda n: (-net.degree(n), n))
    return net.subgraph(ranked[:limit]).copy()
