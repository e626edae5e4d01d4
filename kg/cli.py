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
from contextlib import nullcontext
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from kg import __version__
from kg.build import build_corpus, progress_bar
from kg.html import render
from kg.network import to_networkx
from kg.output import RDF_FORMATS, graphml, serialize, write_atomic
from kg.rdf import DEFAULT_BASE, PREFIXES, SDO, Iris, new_graph
from kg.read import Article, InputError, read_inputs
from kg.validate import validate

EXIT_BAD_INPUT = 2
EXIT_INVALID = 3  # the graph breaks the contract (kg validate, kg build --strict)
EXIT_SOME_FAILED = 4  # some articles were skipped; the rest were built
FACT_KINDS = ("Position", "Agreement", "Event", "Quotation", "Quantity")


def cmd_build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    existing = previous_graph(args.output / "graph.ttl") if args.update else None
    known = {str(a) for a in existing.subjects(RDF.type, SDO.NewsArticle)} if existing is not None else set()
    iris = Iris(args.base_iri)
    items = (i for i in read_inputs(args.inputs) if isinstance(i, InputError) or iris.article(i).value not in known)
    per_article = args.format in ("trig", "nq")
    bar = progress_bar()
    with bar or nullcontext():
        task = bar.add_task("build", total=None, rate=0.0) if bar else None

        def advance(n: int) -> None:
            done = bar.tasks[0].completed + n
            bar.update(task, advance=n, rate=done / max(time.perf_counter() - started, 1e-6))

        corpus = build_corpus(items, args.base_iri, workers=args.workers, dask=args.dask, named_graphs=per_article,
                              existing=existing, progress=advance if bar else None)
    nothing_built = corpus.articles == 0 and not known
    for failure in corpus.failures:
        print(f"kg: {failure}" if nothing_built else f"kg: skipped {failure}", file=sys.stderr)
    if nothing_built:
        if len(corpus.failures) != 1:
            print("kg: no article could be built; nothing written", file=sys.stderr)
        return EXIT_BAD_INPUT
    graph = corpus.graph
    violations = [] if args.no_validate else validate(graph)
    for violation in violations:
        print(f"kg: contract: {violation}", file=sys.stderr)
    if violations and args.strict:
        print(f"kg: {len(violations)} violations of the contract; nothing written (--strict)", file=sys.stderr)
        return EXIT_INVALID
    _, suffix = RDF_FORMATS[args.format]
    net = to_networkx(graph)
    outputs = {
        f"graph{suffix}": serialize(corpus.dataset if per_article else graph, args.format),
        "graph.graphml": graphml(net),
        "graph.html": render(net).encode("utf-8"),
    }
    if args.format != "ttl":
        outputs["graph.ttl"] = serialize(graph, "ttl")
    for name, data in outputs.items():
        write_atomic(args.output / name, data)
    if args.store:
        from kg.query import load_quads, open_store

        load_quads(open_store(args.store), serialize(graph, "nt"))
    print_summary(corpus, net, len(known), violations, time.perf_counter() - started)
    for name in outputs:
        print(f"wrote      {args.output / name}")
    if args.store:
        print(f"loaded     {args.store} (Oxigraph store)")
    return EXIT_SOME_FAILED if corpus.failures else 0


def previous_graph(path: Path) -> Graph:
    """The graph an earlier build wrote, to be extended by --update (empty when there is none)."""
    if not path.exists():
        return new_graph()
    graph = load_graph(path)
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


def print_summary(corpus, net, kept: int, violations: list, seconds: float) -> None:
    kinds = Counter(kind for _, kind in net.nodes(data="kind"))
    entity_kinds = ("Person", "Organization", "Place", "Concept")
    entities = ", ".join(f"{k} {kinds[k]}" for k in entity_kinds if kinds[k])
    facts = ", ".join(f"{k} {kinds[k]}" for k in FACT_KINDS if kinds[k])
    facts += f", parentOrganization {sum(1 for *_, k in net.edges(keys=True) if k == 'parent organization')}"
    print(f"articles:  {corpus.articles} built" + (f", {kept} kept from before" if kept else "")
          + (f", {len(corpus.failures)} skipped" if corpus.failures else ""))
    print(f"entities:  {sum(kinds[k] for k in entity_kinds)} ({entities})")
    print(f"facts:     {facts}")
    print(f"triples:   {len(corpus.graph)}")
    print(f"contract:  {'valid' if not violations else f'{len(violations)} violations'}")
    print(f"seconds:   {seconds:.2f}")


def cmd_validate(args: argparse.Namespace) -> int:
    violations = validate(load_graph(args.graph))
    for violation in violations:
        print(violation)
    print(f"{args.graph}: {'conforms to the contract' if not violations else f'{len(violations)} violations'}")
    return EXIT_INVALID if violations else 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.query import load_store, open_store
    from kg.serve import make_server

    store = open_store(args.store) if args.store else load_store(graph_paths(args.graphs))
    server = make_server(store, args.host, args.port)
    print(f"SPARQL endpoint: http://{args.host}:{server.server_address[1]}/sparql (read-only)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def graph_paths(paths: list[Path]) -> list[Path]:
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file")
    return paths


def load_graph(path: Path) -> Graph:
    from rdflib import Dataset

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
    from kg.network import find_node, most_connected, neighbourhood

    net = to_networkx(load_graph(args.graph))
    if args.focus:
        center = find_node(net, args.focus)
        if center is None:
            raise InputError(f"{args.graph}: no node is called {args.focus!r}")
        net = neighbourhood(net, center, args.depth)
    if args.max_nodes:
        net = most_connected(net, args.max_nodes)
    write_atomic(args.output, render(net).encode("utf-8"))
    print(f"wrote {args.output} ({net.number_of_nodes()} nodes, {net.number_of_edges()} edges)")
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query import (
        QueryError,
        Table,
        format_table,
        load_store,
        open_store,
        parse_binding,
        run,
        triples_as_ntriples,
    )

    *graphs, text = args.args
    if text.endswith(".rq") or Path(text).is_file():
        try:
            text = Path(text).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{args.args[-1]}: cannot read the query ({exc})") from exc
    if not graphs and not args.store:
        raise InputError("query: give a graph file or --store DIR")
    try:
        store = load_store(graph_paths([Path(g) for g in graphs]), open_store(args.store) if args.store else None)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(f"{' '.join(graphs)}: not an RDF graph ({exc})") from exc
    try:
        result = run(store, text, dict(parse_binding(b) for b in args.bind))
    except QueryError as exc:
        raise InputError(f"query: {exc}") from exc
    if isinstance(result, Table):
        print(format_table(result, "table" if args.format == "ttl" else args.format))
    elif isinstance(result, bool):
        print("true" if result else "false")
    else:
        print(triples_as_ntriples(result), end="")
    return 0


def cmd_ner(args: argparse.Namespace) -> int:
    """KLUE-style entities for each `{"id", "text"}` line, offsets into the text as given."""
    from kg.analyze import analyze
    from kg.klue import klue_spans
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
            entities = klue_spans(find_mentions(analyze(Article(id=str(record.get("id")), body=text))).mentions, text)
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
    build.add_argument("--strict", action="store_true", help="a violation of the contract is an error")
    build.add_argument("--store", type=Path, help="also load the graph into this Oxigraph store folder")
    build.add_argument("--workers", type=int, default=1, help="processes for extraction (default: 1)")
    build.add_argument("--dask", metavar="ADDRESS", help="spread the articles over this Dask scheduler's workers")
    build.add_argument("--update", action="store_true",
                       help="add to the graph already in the output folder; articles it holds are skipped")
    build.add_argument("--no-validate", action="store_true", help="skip the SHACL check (large corpora)")
    build.set_defaults(run=cmd_build)

    query = sub.add_parser("query", help="run SPARQL (text or a .rq file) over graph files or a store, on Oxigraph")
    query.add_argument("args", nargs="+", metavar="GRAPH... QUERY", help="graph files, then the query or a .rq file")
    query.add_argument("--store", type=Path, help="query this Oxigraph store folder")
    query.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                       help="fix a variable before the query runs: speaker=손정의 (plain text matches the "
                            "graph's label or string), org=<IRI>; repeatable")
    query.add_argument("--format", choices=("table", "csv", "json", "ttl"), default="table",
                       help="table, csv or json for SELECT; CONSTRUCT and DESCRIBE print N-Triples")
    query.set_defaults(run=cmd_query)

    check = sub.add_parser("validate", help="check a graph against the contract's SHACL shapes")
    check.add_argument("graph", type=Path)
    check.set_defaults(run=cmd_validate)

    serve = sub.add_parser("serve", help="a read-only SPARQL endpoint over graph files or a store")
    serve.add_argument("graphs", nargs="*", type=Path)
    serve.add_argument("--store", type=Path)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=7878)
    serve.set_defaults(run=cmd_serve)

    rend = sub.add_parser("render", help="render any contract graph as interactive HTML")
    rend.add_argument("graph", type=Path)
    rend.add_argument("-o", "--output", type=Path, default=Path("output/graph.html"))
    rend.add_argument("--focus", metavar="LABEL", help="draw only the neighbourhood of this entity")
    rend.add_argument("--depth", type=int, default=2, help="steps from --focus (default: 2)")
    rend.add_argument("--max-nodes", type=int, help="keep only this many of the most connected nodes")
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
