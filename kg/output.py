"""Writing outputs safely: to a temporary file beside the target, then renamed into place."""

from __future__ import annotations

import json
import os
import tempfile
from io import BytesIO
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph
from rdflib.plugins.serializers.trig import TrigSerializer

#: --format name -> (rdflib serializer, file suffix)
RDF_FORMATS = {"ttl": ("turtle", ".ttl"), "trig": ("trig", ".trig"), "nt": ("nt", ".nt"),
               "nq": ("nquads", ".nq"), "jsonld": ("json-ld", ".jsonld")}


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write all of `data` or nothing: an interrupted run leaves the previous file intact."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes files only their owner may read
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class SortedTrigSerializer(TrigSerializer):
    """TriG with its named graphs in IRI order: rdflib writes them in the store's hash order."""

    def preprocess(self) -> None:
        self.contexts.sort(key=lambda context: str(context.identifier))
        super().preprocess()


def stable_json(nodes: list[dict]) -> bytes:
    """JSON-LD (expanded, as rdflib writes it) with nodes and values in a fixed order."""
    def key(value) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    for node in nodes:
        for values in node.values():
            if isinstance(values, list):
                values.sort(key=key)
    nodes.sort(key=lambda node: (node.get("@id", ""), key(node)))
    return (json.dumps(nodes, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def serialize(graph: Graph | Dataset, fmt: str) -> bytes:
    """RDF in the given --format, byte-stable: N-Triples lines sorted, TriG graphs in IRI order."""
    name, _ = RDF_FORMATS[fmt]
    if fmt == "trig":
        stream = BytesIO()
        SortedTrigSerializer(graph).serialize(stream, encoding="utf-8")
        return stream.getvalue()
    data = graph.serialize(format=name, encoding="utf-8")
    if fmt == "jsonld":
        data = stable_json(json.loads(data))
    if fmt in ("nt", "nq"):
        data = b"".join(sorted(line + b"\n" for line in data.splitlines() if line.strip()))
    return data


def graphml(net: nx.MultiDiGraph) -> bytes:
    return "\n".join(nx.generate_graphml(net, encoding="utf-8", prettyprint=True)).encode("utf-8") + b"\n"
