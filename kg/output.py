"""Writing outputs safely: to a temporary file beside the target, then renamed into place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph

#: --format name -> (rdflib serializer, file suffix)
RDF_FORMATS = {"ttl": ("turtle", ".ttl"), "trig": ("trig", ".trig"), "nt": ("nt", ".nt"),
               "nq": ("nquads", ".nq"), "jsonld": ("json-ld", ".jsonld")}


def write_atomic(path: Path, data: bytes) -> None:
    """Write all of `data` or nothing: an interrupted run leaves the previous file intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def serialize(graph: Graph | Dataset, fmt: str) -> bytes:
    """RDF in the given --format; N-Triples lines are sorted so that output is stable."""
    name, _ = RDF_FORMATS[fmt]
    data = graph.serialize(format=name, encoding="utf-8")
    if fmt in ("nt", "nq"):
        data = b"".join(sorted(line + b"\n" for line in data.splitlines() if line.strip()))
    return data


def graphml(net: nx.MultiDiGraph) -> bytes:
    return "\n".join(nx.generate_graphml(net, encoding="utf-8", prettyprint=True)).encode("utf-8") + b"\n"
