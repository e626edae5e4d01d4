"""A read-only SPARQL 1.1 Protocol endpoint over a graph file or a store, on Oxigraph.

GET or POST a query to `/sparql`; results come as SPARQL JSON (default), XML, CSV or TSV for
SELECT and ASK, and Turtle or N-Triples for CONSTRUCT and DESCRIBE. Updates are refused.
"""

from __future__ import annotations

from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}


def pick(accept: str, table: dict, default):
    for part in accept.split(","):
        media = part.split(";")[0].strip()
        if media in table:
            return media, table[media]
    return next((m, f) for m, f in table.items() if f == default)


def make_handler(store: ox.Store) -> type[BaseHTTPRequestHandler]:
    class SparqlHandler(BaseHTTPRequestHandler):
        server_version = "kg-sparql/1"

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            url = urlparse(self.path)
            params = parse_qs(url.query)
            if url.path != "/sparql":
                return self.fail(HTTPStatus.NOT_FOUND, "the endpoint is /sparql")
            if "update" in params:
                return self.fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            self.answer(params.get("query", [""])[0])

        def do_POST(self) -> None:  # noqa: N802
            if urlparse(self.path).path != "/sparql":
                return self.fail(HTTPStatus.NOT_FOUND, "the endpoint is /sparql")
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if kind == "application/sparql-update":
                return self.fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            if kind == "application/sparql-query":
                return self.answer(body)
            params = parse_qs(body)
            if "update" in params:
                return self.fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            self.answer(params.get("query", [""])[0])

        def answer(self, query: str) -> None:
            if not query.strip():
                return self.fail(HTTPStatus.BAD_REQUEST, "no query given")
            try:
                result = store.query(query, use_default_graph_as_union=True)
            except SyntaxError as exc:
                return self.fail(HTTPStatus.BAD_REQUEST, str(exc))
            accept = self.headers.get("Accept") or ""
            if isinstance(result, ox.QueryTriples):
                media, fmt = pick(accept, GRAPH_TYPES, ox.RdfFormat.TURTLE)
                data = ox.serialize(result, format=fmt)
            else:
                media, fmt = pick(accept, RESULT_TYPES, ox.QueryResultsFormat.JSON)
                data = result.serialize(format=fmt)
            self.send(HTTPStatus.OK, media, data)

        def fail(self, status: HTTPStatus, message: str) -> None:
            self.send(status, "text/plain; charset=utf-8", message.encode("utf-8"))

        def send(self, status: HTTPStatus, media: str, data: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:  # keep the terminal for the URL line
            pass

    return SparqlHandler


def make_server(store: ox.Store, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    return ThreadingHTTPServer((host, port), make_handler(store))
