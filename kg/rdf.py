"""The RDF graph: articles, entities and facts in the terms of the RDF contract (ONTOLOGY.md).

Every node has an IRI computed from what it is, never from run order, and no blank nodes are
used: the same input gives the same triples, graphs of different articles merge by union, and
Turtle comes out byte-identical.

The triples are made as Oxigraph terms, which cost a fraction of rdflib's to create: corpus
shards go straight to N-Quads, and `to_graph` turns them into an rdflib graph for Turtle.
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
from kg.mentions import ACTING
from kg.read import Article

KGO = Namespace("https://w3id.org/kgko/ontology#")
SDO = Namespace("https://schema.org/")
DEFAULT_BASE = "https://w3id.org/kgko/id/"
PREFIXES = {"kgo": KGO, "schema": SDO, "org": ORG, "prov": PROV, "skos": SKOS, "rdfs": RDFS,
            "xsd": XSD, "dcterms": DCTERMS}
ROOT_CLASS = {"Person": SDO.Person, "Organization": SDO.Organization, "Place": SDO.Place,
              "Concept": SKOS.Concept}

Term = ox.NamedNode | ox.Literal
Triple = tuple[ox.NamedNode, ox.NamedNode, Term]


def role_english(title: str) -> str | None:
    """A post's English name; one acting for a post's holder (시장 권한대행) is its acting holder (Acting Mayor)."""
    post, _, acting = title.rpartition(" ")
    if acting in ACTING and lexicon.titles().get(post):
        return f"Acting {lexicon.titles()[post]}"
    return lexicon.titles().get(title)


class Vocabulary:
    """The terms of one namespace as Oxigraph nodes, each made once on first use."""

    def __init__(self, namespace: str):
        self.namespace = str(namespace)

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(self.namespace + name)
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return getattr(self, name)


V_KGO, V_SDO, V_ORG, V_PROV, V_SKOS, V_RDFS, V_DCT, V_RDF, V_XSD = (
    Vocabulary(ns) for ns in (KGO, SDO, ORG, PROV, SKOS, RDFS, DCTERMS, RDF, XSD))
ROOT_NODE = {kind: ox.NamedNode(str(cls)) for kind, cls in ROOT_CLASS.items()}


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

    def make(self, kind: str, local: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}{kind}/{local}")

    def entity(self, e: Entity) -> ox.NamedNode:
        return self.make(e.kind.lower(), slug(e.label))

    def article(self, a: Article) -> ox.NamedNode:
        return self.make("article", a.digest)

    def evidence(self, a: Article, ev: Evidence) -> ox.NamedNode:
        return self.make("evidence", f"{a.digest}-{ev.start}-{ev.end}")

    def role(self, title: str) -> ox.NamedNode:
        return self.make("role", slug(title))


def number(value: str | int) -> ox.Literal:
    d = Decimal(value)
    if d == d.to_integral_value():
        return ox.Literal(str(int(d)), datatype=V_XSD.integer)
    return ox.Literal(str(d), datatype=V_XSD.decimal)


def date(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=V_XSD.date)


def ko(text: str) -> ox.Literal:
    return ox.Literal(text, language="ko")


TRUE = ox.Literal("true", datatype=V_XSD.boolean)


class ArticleTriples:
    """The triples one article contributes."""

    def __init__(self, result: ArticleResult, iris: Iris):
        self.result = result
        self.article = result.article
        self.iris = iris
        self.out: list[Triple] = []
        self.described: set[ox.NamedNode] = set()  # evidence and roles shared by several facts
        self.entity_iris: dict[str, ox.NamedNode] = {}

    def add(self, s, p, o) -> None:
        self.out.append((s, p, o))

    def all(self) -> list[Triple]:
        self.add_article()
        for e in self.result.entities.entities:
            self.add_entity(e)
        f = self.result.facts
        for m in f.memberships:
            node = self.iris.make("membership", digest(m.person.key, m.role, m.org.key if m.org else "", m.former))
            self.add(node, V_RDF.type, V_ORG.Membership)
            self.add(node, V_RDFS.label, ko(" ".join(x for x in (m.person.label, m.org.label if m.org else "",
                                                                 ("전 " if m.former else "") + m.role) if x)))
            self.add(node, V_ORG.member, self.entity(m.person))
            self.add(node, V_ORG.role, self.add_role(m.role))
            if m.org:
                self.add(node, V_ORG.organization, self.entity(m.org))
            if m.former:
                self.add(node, V_KGO.former, TRUE)
            self.add_evidence(node, m.evidence)
        for o in f.ownerships:
            self.add_statement(self.entity(o.child), V_SDO.parentOrganization, self.entity(o.parent),
                               o.evidence)
        for a in f.agreements:
            parties = sorted(p.key for p in a.parties)
            node = self.iris.make("agreement", digest(a.type, a.date, *parties))
            self.add(node, V_RDF.type, V_KGO.Agreement)
            self.add(node, V_RDFS.label, ko(a.label))
            self.add(node, V_KGO.agreementType, ox.Literal(a.type))
            for p in a.parties:
                self.add(node, V_KGO.party, self.entity(p))
            if a.planned:
                self.add(node, V_KGO.status, ox.Literal("planned"))
            elif a.date:
                self.add(node, V_KGO.signedDate, date(a.date))
            if a.purpose:
                self.add(node, V_KGO.purpose, ko(a.purpose))
            for q in a.amounts:
                self.add(node, V_KGO.amount, self.add_quantity(q, node))
            self.add_evidence(node, a.evidence)
        for ev in f.events:
            node = self.iris.make("event", digest(ev.kind, ev.date, *sorted(p.key for p in ev.attendees)))
            self.add(node, V_RDF.type, V_SDO.Event)
            self.add(node, V_RDFS.label, ko(ev.label))
            self.add(node, V_KGO.eventType, ox.Literal(ev.kind))
            for p in ev.attendees:
                self.add(node, V_SDO.attendee, self.entity(p))
            if ev.date:
                self.add(node, V_SDO.startDate, date(ev.date))
            if ev.place:
                self.add(node, V_SDO.location, self.entity(ev.place))
            self.add_evidence(node, ev.evidence)
        for q in f.quotes:
            node = self.iris.make("quote", digest(q.speaker.key, q.text))
            self.add(node, V_RDF.type, V_SDO.Quotation)
            self.add(node, V_RDFS.label, ko(f"{q.speaker.label}: “{q.text[:24]}{'…' if len(q.text) > 24 else ''}”"))
            self.add(node, V_SDO.creator, self.entity(q.speaker))
            self.add(node, V_SDO.text, ko(q.text))
            self.add_evidence(node, q.evidence)
        for measure in f.measures:
            about = self.entity(measure.about)
            node = self.add_quantity(measure.quantity, about)
            self.add(about, V_KGO.quantity, node)
            self.add_evidence(node, measure.evidence)
        for plan in f.plans:
            subject = self.entity(plan.subject)
            self.add_statement(subject, V_KGO.status, ox.Literal("planned"), plan.evidence)
            for by in plan.planned_by:
                self.add_statement(subject, V_KGO.plannedBy, self.entity(by), plan.evidence)
            for target in plan.targets:
                self.add(subject, V_KGO.target, self.add_quantity(target, subject))
        return self.out

    def add_article(self) -> None:
        a = self.article
        node = self.iris.article(a)
        self.add(node, V_RDF.type, V_SDO.NewsArticle)
        self.add(node, V_SDO.articleBody, ko(a.body))
        self.add(node, V_DCT.source, ox.Literal(a.id))
        if a.date:
            self.add(node, V_SDO.datePublished, date(a.date.isoformat()))
        if a.title:
            self.add(node, V_SDO.headline, ko(a.title))
        if a.url:
            self.add(node, V_SDO.url, ox.Literal(a.url, datatype=V_XSD.anyURI))
        for byline in self.result.facts.bylines:
            self.add(node, V_DCT.creator, ko(byline))

    def add_entity(self, e: Entity) -> None:
        node = self.entity(e)
        self.add(node, V_RDF.type, ROOT_NODE[e.kind])
        if e.kind != "Concept" and e.cls not in ("Person", "Organization", "Place"):
            self.add(node, V_RDF.type, V_SDO[e.cls])
        self.add(node, V_RDFS.label, ko(e.label))
        if e.english:
            self.add(node, V_RDFS.label, ox.Literal(e.english, language="en"))
        for alias in e.aliases:
            self.add(node, V_SKOS.altLabel, ko(alias))
        self.add(node, V_KGO.mentionedIn, self.iris.article(self.article))

    def entity(self, e: Entity) -> ox.NamedNode:
        node = self.entity_iris.get(e.key)
        if node is None:
            node = self.entity_iris[e.key] = self.iris.entity(e)
        return node

    def first_time(self, node: ox.NamedNode) -> bool:
        """True once per node: a node that several facts share is described once."""
        if node in self.described:
            return False
        self.described.add(node)
        return True

    def add_role(self, title: str) -> ox.NamedNode:
        node = self.iris.role(title)
        if not self.first_time(node):
            return node
        self.add(node, V_RDF.type, V_ORG.Role)
        self.add(node, V_RDFS.label, ko(title))
        english = role_english(title)
        if english:
            self.add(node, V_RDFS.label, ox.Literal(english, language="en"))
        return node

    def add_quantity(self, q: Quantity, owner: ox.NamedNode) -> ox.NamedNode:
        """A quantity of `owner`: the same amount of two things is two nodes, each with its own evidence."""
        money = q.unit in ("KRW", "USD", "JPY", "CNY", "EUR", "GBP")
        node = self.iris.make("quantity", digest(owner.value, q.value, q.unit, q.label or q.text))
        self.add(node, V_RDF.type, V_SDO.MonetaryAmount if money else V_SDO.QuantitativeValue)
        self.add(node, V_SDO.value, number(q.value))
        self.add(node, V_SDO.currency if money else V_SDO.unitText, ox.Literal(q.unit))
        self.add(node, V_RDFS.label, ko(q.label or q.text))
        return node

    def add_evidence(self, node: ox.NamedNode, evidence: Iterable[Evidence]) -> None:
        for ev in evidence:
            ev_node = self.iris.evidence(self.article, ev)
            self.add(node, V_PROV.wasDerivedFrom, ev_node)
            if not self.first_time(ev_node):
                continue
            self.add(ev_node, V_RDF.type, V_KGO.Evidence)
            self.add(ev_node, V_KGO.article, self.iris.article(self.article))
            self.add(ev_node, V_KGO.text, ko(ev.text))
            self.add(ev_node, V_KGO.start, number(ev.start))
            self.add(ev_node, V_KGO.end, number(ev.end))

    def add_statement(self, s: ox.NamedNode, p: ox.NamedNode, o: Term, evidence: Iterable[Evidence]) -> None:
        """A fact that is one triple, and a reified statement that carries its evidence."""
        self.add(s, p, o)
        node = self.iris.make("statement", digest(s.value, p.value, o.value))
        self.add(node, V_RDF.type, V_RDF.Statement)
        self.add(node, V_RDF.subject, s)
        self.add(node, V_RDF.predicate, p)
        self.add(node, V_RDF.object, o)
        self.add_evidence(node, evidence)


def article_triples(result: ArticleResult, iris: Iris) -> list[Triple]:
    return ArticleTriples(result, iris).all()


def to_nquads(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> bytes:
    """N-Quads, a named graph per article, for corpus shards.

    Each line is written from the terms' own N-Triples form (Oxigraph escapes them), which is
    several times faster than making a Quad object per triple and gives the same bytes.
    """
    iris = Iris(base)
    lines = []
    for result in results:
        graph = str(iris.article(result.article))
        lines.extend(f"{s} {p} {o} {graph} .\n" for s, p, o in article_triples(result, iris))
    return "".join(lines).encode("utf-8")


class ToRdflib:
    """Oxigraph terms as rdflib terms, each distinct term converted once."""

    def __init__(self):
        self.seen: dict[Term, URIRef | Literal] = {}

    def term(self, term: Term) -> URIRef | Literal:
        found = self.seen.get(term)
        if found is None:
            found = self.seen[term] = rdflib_term(term)
        return found

    def triple(self, triple: Triple) -> tuple[URIRef, URIRef, URIRef | Literal]:
        s, p, o = triple
        return self.term(s), self.term(p), self.term(o)


def rdflib_term(term: Term) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


def new_graph() -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def to_graph(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> Graph:
    """One graph for all articles: the same entity is one node, each fact keeps its evidence."""
    graph = new_graph()
    iris = Iris(base)
    convert = ToRdflib()
    for result in results:
        for triple in article_triples(result, iris):
            graph.add(convert.triple(triple))
    return graph
