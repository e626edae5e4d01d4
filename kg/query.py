"""SPARQL over exported graphs, run on Oxigraph (pyoxigraph).

rdflib's engine orders joins without statistics and is orders of magnitude slower on real
joins, so queries go to Oxigraph; rdflib stays the library that builds and writes graphs.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

#: file suffix -> pyoxigraph format; JSON-LD is read through rdflib
OX_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
              ".nq": ox.RdfFormat.N_QUADS}
PREFIXES = {
    "https://w3id.org/kgko/ontology#": "kgo:", "https://schema.org/": "schema:",
    "http://www.w3.org/ns/org#": "org:", "http://www.w3.org/ns/prov#": "prov:",
    "http://www.w3.org/2004/02/skos/core#": "skos:", "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:", "http://www.w3.org/2001/XMLSchema#": "xsd:",
}

#: strings, IRIs and comments, where a `WHERE {` or a variable name is only text
UNSEARCHED = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                        r'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
#: one ORDER BY key: a variable `var`, alone or in ASC()/DESC(), or any other bracketed or called expression
ORDER_KEY = re.compile(r"(?P<dir>(?:ASC|DESC)\s*\(\s*)?[?$](?P<var>\w+)(?(dir)\s*\))"
                       r"|(?:ASC|DESC|\w+)?\s*\((?:[^()]|\([^()]*\))*\)", re.IGNORECASE)
#: the outer query's ORDER BY: its keys run to LIMIT, OFFSET, trailing VALUES or the end
ORDER_BY = re.compile(r"\bORDER\s+BY\b(?P<keys>[^{}]*?)(?=\b(?:LIMIT|OFFSET|VALUES)\b|$)", re.IGNORECASE)


class QueryError(Exception):
    """A query that cannot be parsed or run; the message is the engine's."""


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]]


def load_store(paths: list[Path], store: ox.Store | None = None) -> ox.Store:
    """Graph files (Turtle, TriG, N-Triples, N-Quads, JSON-LD) in one store: in memory unless given one."""
    store = store if store is not None else ox.Store()
    for path in paths:
        fmt = OX_FORMATS.get(path.suffix)
        if fmt is None:  # JSON-LD and anything else rdflib can guess
            graph = Graph()
            graph.parse(path)
            store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                       to_graph=ox.DefaultGraph())
        else:
            store.load(path=str(path), format=fmt)
    return store


def parse_binding(text: str) -> tuple[str, ox.Term | str]:
    """`NAME=VALUE` from the command line: `<…>` is an IRI, `"…"@lang` or `"…"^^<…>` a literal in
    N-Triples form, anything else plain text, matched in `run` to the literal the graph holds.
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name:
        raise QueryError(f"--bind {text}: expected NAME=VALUE")
    if not value.startswith(("<", '"')):
        return name, value
    try:
        (triple,) = ox.parse(f"<urn:s> <urn:p> {value} .".encode(), format=ox.RdfFormat.N_TRIPLES)
    except (SyntaxError, ValueError) as exc:
        raise QueryError(f"--bind {text}: not an IRI or literal ({exc})") from exc
    return name, triple.object


def literal_in(store: ox.Store, text: str) -> ox.Literal:
    """Plain text as the graph writes it: a Korean label (`"손정의"@ko`) when the graph has one, else a string."""
    korean = ox.Literal(text, language="ko")
    return korean if next(store.quads_for_pattern(None, None, korean), None) else ox.Literal(text)


def saved_focus(query: str) -> str | None:
    """The variable a saved query names on its `# focus: ?name` line, the one to --bind."""
    for line in query.splitlines():
        if line.startswith("# focus:"):
            return line.removeprefix("# focus:").split()[0].lstrip("?")
        if not line.startswith("#"):
            return None
    return None


def show(term) -> str:
    """A term as a person reads it: literals by value, IRIs by prefixed name."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        for ns, prefix in PREFIXES.items():
            if term.value.startswith(ns):
                return prefix + term.value[len(ns):]
        return term.value
    return str(term)


def bind_values(query: str, terms: dict[str, ox.Term]) -> str:
    """The query with `VALUES ?name { term }` opening its WHERE clause.

    Oxigraph plans a join from what the group pattern binds first, so values placed there make a
    focused query cost its own rows (0.5 ms for one person's posts at a million triples, against
    44 ms with the same values passed as `substitutions`, which it applies after planning).
    """
    masked = UNSEARCHED.sub(lambda m: " " * len(m.group()), query)
    opening = WHERE_OPEN.search(masked)
    if opening is None:
        raise QueryError("--bind needs a query with a WHERE clause")
    for name in terms:
        if not re.search(rf"[?$]{re.escape(name)}\b", masked):
            raise QueryError(f"--bind {name}: the query has no variable ?{name}")
    values = "".join(f" VALUES ?{name} {{ {term} }}" for name, term in terms.items())
    return without_order_keys(query[:opening.end()] + values + query[opening.end():], set(terms))


def without_order_keys(query: str, names: set[str]) -> str:
    """The query with its ORDER BY no longer sorting on `names`, variables bound to one value.

    Such a key orders nothing, yet Oxigraph still compares it for every pair of rows: a fifth of
    the time of one company's 4,000 amounts at a million triples (benchmarks/sparql_engines.py).
    """
    masked = UNSEARCHED.sub(lambda m: " " * len(m.group()), query)
    clause = ORDER_BY.search(masked, masked.rfind("}") + 1)
    if clause is None:
        return query
    keys = list(ORDER_KEY.finditer(masked, clause.start("keys"), clause.end("keys")))
    kept = [query[k.start():k.end()] for k in keys if k["var"] not in names]
    if len(kept) == len(keys):
        return query
    keys_text = query[clause.start("keys"):clause.end()]
    order = f"{query[clause.start():clause.start('keys')]} {' '.join(kept)}" if kept else ""
    return query[:clause.start()] + order + keys_text[len(keys_text.rstrip()):] + query[clause.end():]


def run(store: ox.Store, query: str, bindings: dict[str, ox.Term | str] | None = None) -> Table | bool | list:
    """SELECT gives a table, ASK a boolean, CONSTRUCT and DESCRIBE a list of triples.

    `bindings` fix variables before the query runs (`speaker` → `"손정의"@ko`): a saved query
    that lists a whole corpus then answers for one entity, at the cost of that entity's rows only.
    """
    if bindings:
        query = bind_values(query, {name: literal_in(store, value) if isinstance(value, str) else value
                                    for name, value in bindings.items()})
    try:
        result = store.query(query, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(str(exc)) from exc
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        return Table(columns, [[show(row[c]) for c in columns] for row in result])
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    return list(result)


def store_of(graph: Graph) -> ox.Store:
    """An in-memory Oxigraph store holding an rdflib graph, to query it fast."""
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def open_store(path: Path) -> ox.Store:
    """A persistent Oxigraph store on disk, created when missing."""
    path.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(path))


def load_quads(store: ox.Store, nquads: bytes) -> None:
    store.load(nquads, format=ox.RdfFormat.N_QUADS)
    store.flush()


def triples_as_ntriples(triples: list) -> str:
    return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples)


def format_table(table: Table, fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([dict(zip(table.columns, row, strict=True)) for row in table.rows],
                          ensure_ascii=False, indent=1)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(table.columns)
        writer.writerows(table.rows)
        return out.getvalue()
    cells = [table.columns] + [[c.replace("\n", " ") for c in row] for row in table.rows]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(table.columns))]
    lines = ["  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(table.rows)} rows)")
    return "\n".join(lines)


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))
