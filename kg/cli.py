"""The command line: `kg build`, `kg query`, `kg render`, `kg ner`.

Bad input gets one line on stderr naming the file and the problem, and exit status 2;
outputs are complete or untouched.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from kg import __version__
from kg.html import render
from kg.network import to_networkx
from kg.output import RDF_FORMATS, graphml, serialize, write_atomic
from kg.pipeline import process_all
from kg.rdf import DEFAULT_BASE, to_dataset, to_graph
from kg.read import Article, InputError, read_inputs

EXIT_BAD_INPUT = 2
#: mention kind -> KLUE-NER label
KLUE_LABELS = {"Person": "PS", "Organization": "OG", "Place": "LC", "Date": "DT", "Time": "TI", "Quantity": "QT"}
FACT_KINDS = ("Position", "Agreement", "Event", "Quotation", "Quantity")


def cmd_build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    results = list(process_all(read_inputs(args.inputs)))
    graph = to_graph(results, args.base_iri)
    rdf_name, suffix = RDF_FORMATS[args.format]
    rdf_data = serialize(to_dataset(results, args.base_iri) if args.format == "trig" else graph, args.format)
    net = to_networkx(graph)
    outputs = {
        f"graph{suffix}": rdf_data,
        "graph.graphml": graphml(net),
        "graph.html": render(net).encode("utf-8"),
    }
    if args.format != "ttl":
        outputs["graph.ttl"] = serialize(graph, "ttl")
    for name, data in outputs.items():
        write_atomic(args.output / name, data)
    kinds = Counter(kind for _, kind in net.nodes(data="kind"))
    entities = ", ".join(f"{k} {kinds[k]}" for k in ("Person", "Organization", "Place", "Concept") if kinds[k])
    facts = ", ".join(f"{k} {kinds[k]}" for k in FACT_KINDS if kinds[k])
    facts += f", parentOrganization {sum(1 for *_, k in net.edges(keys=True) if k == 'parent organization')}"
    print(f"articles:  {len(results)}")
    print(f"entities:  {sum(kinds[k] for k in ('Person', 'Organization', 'Place', 'Concept'))} ({entities})")
    print(f"facts:     {facts}")
    print(f"triples:   {len(graph)}")
    print(f"seconds:   {time.perf_counter() - started:.2f}")
    for name in outputs:
        print(f"wrote      {args.output / name}")
    return 0


def load_graph(path: Path):
    from rdflib import Dataset, Graph

    if not path.exists():
        raise InputError(f"{path}: no such file")
    try:
        if path.suffix in (".trig", ".nq"):
            dataset = Dataset()
            dataset.parse(path)
            graph = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        graph = Graph()
        graph.parse(path)
        return graph
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{path}: not an RDF graph ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})") from exc


def cmd_render(args: argparse.Namespace) -> int:
    net = to_networkx(load_graph(args.graph))
    write_atomic(args.output, render(net).encode("utf-8"))
    print(f"wrote {args.output} ({net.number_of_nodes()} nodes, {net.number_of_edges()} edges)")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query import QueryError, Table, format_table, load_store, run

    text = args.query
    if text.endswith(".rq") or Path(text).is_file():
        try:
            text = Path(text).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{args.query}: cannot read the query ({exc})") from exc
    if not args.graph.exists():
        raise InputError(f"{args.graph}: no such file")
    try:
        store = load_store([args.graph])
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(f"{args.graph}: not an RDF graph ({exc})") from exc
    try:
        result = run(store, text)
    except QueryError as exc:
        raise InputError(f"query: {exc}") from exc
    if isinstance(result, Table):
        print(format_table(result, args.format))
    elif isinstance(result, bool):
        print("true" if result else "false")
    else:
        for triple in result:
            print(f"{triple.subject} {triple.predicate} {triple.object} .")
    return 0


def cmd_ner(args: argparse.Namespace) -> int:
    """KLUE-style entities for each `{"id", "text"}` line, offsets into the text as given."""
    from kg.analyze import analyze
    from kg.mentions import find_mentions

    out = sys.stdout
    with args.input.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(f"{args.input}:{number}: expected a JSON object with 'id' and 'text'") from exc
            mentions = find_mentions(analyze(Article(id=str(record.get("id")), body=text)))
            entities = [{"start": m.start, "end": m.end, "label": KLUE_LABELS[m.kind]}
                        for m in mentions.mentions if m.kind in KLUE_LABELS]
            out.write(json.dumps({"id": record.get("id"), "entities": entities}, ensure_ascii=False) + "\n")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kg", description="Knowledge graphs with provenance from Korean news.")
    top.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = top.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build a graph from articles (.txt, folders, .jsonl)")
    build.add_argument("inputs", nargs="+", type=Path)
    build.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder (default: output)")
    build.add_argument("--base-iri", default=DEFAULT_BASE, help=f"base of data IRIs (default: {DEFAULT_BASE})")
    build.add_argument("--format", choices=sorted(RDF_FORMATS), default="ttl", help="RDF format (default: ttl)")
    build.set_defaults(run=cmd_build)

    query = sub.add_parser("query", help="run SPARQL (text or a .rq file) over a graph, on Oxigraph")
    query.add_argument("graph", type=Path)
    query.add_argument("query")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.set_defaults(run=cmd_query)

    rend = sub.add_parser("render", help="render any contract graph as interactive HTML")
    rend.add_argument("graph", type=Path)
    rend.add_argument("-o", "--output", type=Path, default=Path("output/graph.html"))
    rend.set_defaults(run=cmd_render)

    ner = sub.add_parser("ner", help="KLUE-style named entities for {id, text} lines")
    ner.add_argument("input", type=Path)
    ner.set_defaults(run=cmd_ner)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("kg: interrupted; earlier outputs are left as they were", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
