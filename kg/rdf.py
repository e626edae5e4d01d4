"""The RDF graph: articles, entities and facts in the terms of the RDF contract (ONTOLOGY.md).

Every node has an IRI computed from what it is, never from run order, and no blank nodes are
used: the same input gives the same triples, graphs of different articles merge by union, and
Turtle comes out byte-identical.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, XSD

from kg import lexicon
from kg.entities import Entities, Entity
from kg.facts import Evidence, Facts, Quantity
from kg.read import Article

KGO = Namespace("https://w3id.org/kgko/ontology#")
SDO = Namespace("https://schema.org/")
DEFAULT_BASE = "https://w3id.org/kgko/id/"
PREFIXES = {"kgo": KGO, "schema": SDO, "org": ORG, "prov": PROV, "skos": SKOS, "rdfs": RDFS,
            "xsd": XSD, "dcterms": DCTERMS}
ROOT_CLASS = {"Person": SDO.Person, "Organization": SDO.Organization, "Place": SDO.Place,
              "Concept": SKOS.Concept}

Triple = tuple[URIRef, URIRef, URIRef | Literal]


@dataclass(frozen=True)
class ArticleResult:
    """What the pipeline learnt from one article: the input of the RDF stage."""

    article: Article
    entities: Entities
    facts: Facts


def slug(text: str) -> str:
    """An IRI path segment that keeps letters and digits readable and escapes everything else."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isalnum() or ch in "-.":
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append(quote(ch, safe=""))
    return "".join(out)[:120] or "_"


def digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


class Iris:
    """Where every kind of node lives under the base IRI."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def make(self, kind: str, local: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{local}")

    def entity(self, e: Entity) -> URIRef:
        return self.make(e.kind.lower(), slug(e.label))

    def article(self, a: Article) -> URIRef:
        return self.make("article", a.digest)

    def evidence(self, a: Article, ev: Evidence) -> URIRef:
        return self.make("evidence", f"{a.digest}-{ev.start}-{ev.end}")

    def role(self, title: str) -> URIRef:
        return self.make("role", slug(title))


def number(value: str) -> Literal:
    d = Decimal(value)
    return Literal(int(d), datatype=XSD.integer) if d == d.to_integral_value() else Literal(d, datatype=XSD.decimal)


def date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


def ko(text: str) -> Literal:
    return Literal(text, lang="ko")


class ArticleTriples:
    """The triples one article contributes."""

    def __init__(self, result: ArticleResult, iris: Iris):
        self.result = result
        self.article = result.article
        self.iris = iris
        self.out: list[Triple] = []

    def add(self, s, p, o) -> None:
        self.out.append((s, p, o))

    def all(self) -> list[Triple]:
        self.add_article()
        for e in self.result.entities.entities:
            self.add_entity(e)
        f = self.result.facts
        for m in f.memberships:
            node = self.iris.make("membership", digest(m.person.key, m.role, m.org.key if m.org else "", m.former))
            self.add(node, RDF.type, ORG.Membership)
            self.add(node, RDFS.label, ko(" ".join(x for x in (m.person.label, m.org.label if m.org else "",
                                                                 ("전 " if m.former else "") + m.role) if x)))
            self.add(node, ORG.member, self.iris.entity(m.person))
            self.add(node, ORG.role, self.add_role(m.role))
            if m.org:
                self.add(node, ORG.organization, self.iris.entity(m.org))
            if m.former:
                self.add(node, KGO.former, Literal(True))
            self.add_evidence(node, m.evidence)
        for o in f.ownerships:
            self.add_statement(self.iris.entity(o.child), SDO.parentOrganization, self.iris.entity(o.parent),
                               o.evidence)
        for a in f.agreements:
            parties = sorted(p.key for p in a.parties)
            node = self.iris.make("agreement", digest(a.type, a.date, *parties))
            self.add(node, RDF.type, KGO.Agreement)
            self.add(node, RDFS.label, ko(a.label))
            self.add(node, KGO.agreementType, Literal(a.type))
            for p in a.parties:
                self.add(node, KGO.party, self.iris.entity(p))
            if a.date:
                self.add(node, KGO.signedDate, date(a.date))
            if a.purpose:
                self.add(node, KGO.purpose, ko(a.purpose))
            for q in a.amounts:
                self.add(node, KGO.amount, self.add_quantity(q))
            self.add_evidence(node, a.evidence)
        for ev in f.events:
            node = self.iris.make("event", digest(ev.kind, ev.date, *sorted(p.key for p in ev.attendees)))
            self.add(node, RDF.type, SDO.Event)
            self.add(node, RDFS.label, ko(ev.label))
            self.add(node, KGO.eventType, Literal(ev.kind))
            for p in ev.attendees:
                self.add(node, SDO.attendee, self.iris.entity(p))
            if ev.date:
                self.add(node, SDO.startDate, date(ev.date))
            if ev.place:
                self.add(node, SDO.location, self.iris.entity(ev.place))
            self.add_evidence(node, ev.evidence)
        for q in f.quotes:
            node = self.iris.make("quote", digest(q.speaker.key, q.text))
            self.add(node, RDF.type, SDO.Quotation)
            self.add(node, RDFS.label, ko(f"{q.speaker.label}: “{q.text[:24]}{'…' if len(q.text) > 24 else ''}”"))
            self.add(node, SDO.creator, self.iris.entity(q.speaker))
            self.add(node, SDO.text, ko(q.text))
            self.add_evidence(node, q.evidence)
        for measure in f.measures:
            node = self.add_quantity(measure.quantity)
            self.add(self.iris.entity(measure.about), KGO.quantity, node)
            self.add_evidence(node, measure.evidence)
        for plan in f.plans:
            subject = self.iris.entity(plan.subject)
            self.add_statement(subject, KGO.status, Literal("planned"), plan.evidence)
            for by in plan.planned_by:
                self.add_statement(subject, KGO.plannedBy, self.iris.entity(by), plan.evidence)
            for target in plan.targets:
                self.add(subject, KGO.target, self.add_quantity(target))
        return self.out

    def add_article(self) -> None:
        a = self.article
        node = self.iris.article(a)
        self.add(node, RDF.type, SDO.NewsArticle)
        self.add(node, SDO.articleBody, ko(a.body))
        self.add(node, DCTERMS.source, Literal(a.id))
        if a.date:
            self.add(node, SDO.datePublished, date(a.date.isoformat()))
        if a.title:
            self.add(node, SDO.headline, ko(a.title))
        if a.url:
            self.add(node, SDO.url, Literal(a.url, datatype=XSD.anyURI))
        for byline in self.result.facts.bylines:
            self.add(node, DCTERMS.creator, ko(byline))

    def add_entity(self, e: Entity) -> None:
        node = self.iris.entity(e)
        self.add(node, RDF.type, ROOT_CLASS[e.kind])
        if e.kind != "Concept" and e.cls not in ("Person", "Organization", "Place"):
            self.add(node, RDF.type, SDO[e.cls])
        self.add(node, RDFS.label, ko(e.label))
        if e.english:
            self.add(node, RDFS.label, Literal(e.english, lang="en"))
        for alias in e.aliases:
            self.add(node, SKOS.altLabel, ko(alias))
        self.add(node, KGO.mentionedIn, self.iris.article(self.article))

    def add_role(self, title: str) -> URIRef:
        node = self.iris.role(title)
        self.add(node, RDF.type, ORG.Role)
        self.add(node, RDFS.label, ko(title))
        english = lexicon.titles().get(title)
        if english:
            self.add(node, RDFS.label, Literal(english, lang="en"))
        return node

    def add_quantity(self, q: Quantity) -> URIRef:
        money = q.unit in ("KRW", "USD", "JPY", "CNY", "EUR", "GBP")
        node = self.iris.make("quantity", digest(q.value, q.unit, q.label or q.text))
        self.add(node, RDF.type, SDO.MonetaryAmount if money else SDO.QuantitativeValue)
        self.add(node, SDO.value, number(q.value))
        self.add(node, SDO.currency if money else SDO.unitText, Literal(q.unit))
        self.add(node, RDFS.label, ko(q.label or q.text))
        return node

    def add_evidence(self, node: URIRef, evidence: Iterable[Evidence]) -> None:
        for ev in evidence:
            ev_node = self.iris.evidence(self.article, ev)
            self.add(node, PROV.wasDerivedFrom, ev_node)
            self.add(ev_node, RDF.type, KGO.Evidence)
            self.add(ev_node, KGO.article, self.iris.article(self.article))
            self.add(ev_node, KGO.text, ko(ev.text))
            self.add(ev_node, KGO.start, Literal(ev.start))
            self.add(ev_node, KGO.end, Literal(ev.end))

    def add_statement(self, s: URIRef, p: URIRef, o, evidence: Iterable[Evidence]) -> None:
        """A fact that is one triple, and a reified statement that carries its evidence."""
        self.add(s, p, o)
        node = self.iris.make("statement", digest(s, p, o))
        self.add(node, RDF.type, RDF.Statement)
        self.add(node, RDF.subject, s)
        self.add(node, RDF.predicate, p)
        self.add(node, RDF.object, o)
        self.add_evidence(node, evidence)


def article_triples(result: ArticleResult, iris: Iris) -> list[Triple]:
    return ArticleTriples(result, iris).all()


def ox_term(term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    return ox.NamedNode(str(term))


def to_nquads(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> bytes:
    """N-Quads, a named graph per article, written without building an rdflib store: for shards."""
    iris = Iris(base)
    quads = []
    terms: dict = {}  # predicates, classes and shared entities recur: convert each once

    def term(t):
        found = terms.get(t)
        if found is None:
            found = terms[t] = ox_term(t)
        return found

    for result in results:
        graph = ox.NamedNode(str(iris.article(result.article)))
        quads.extend(ox.Quad(term(s), term(p), term(o), graph) for s, p, o in article_triples(result, iris))
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def to_graph(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> Graph:
    """One graph for all articles: the same entity is one node, each fact keeps its evidence."""
    graph = new_graph()
    iris = Iris(base)
    for result in results:
        for triple in article_triples(result, iris):
            graph.add(triple)
    return graph
