"""The interactive HTML: pyvis fills our own template, with vis-network inlined to work offline.

pyvis 0.3.2 is unmaintained and its stock template links CDNs, so the page comes from
`kg/templates/graph.html`, the vis-network files are read from pyvis's package and inlined,
and the file is written as UTF-8 by us. Untrusted text reaches the page only as escaped JSON
and is displayed through `textContent`.
"""

from __future__ import annotations

import html
import json
import math
from importlib import resources
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.network import Network

#: kind -> (Korean name, colour, shape); entities are dots, facts are other shapes
STYLE = {
    "Person": ("인물", "#e15759", "dot"),
    "Organization": ("조직", "#4e79a7", "dot"),
    "Place": ("장소", "#59a14f", "dot"),
    "Concept": ("개념", "#b07aa1", "dot"),
    "Position": ("직위", "#f28e2b", "box"),
    "Agreement": ("협약", "#edc948", "diamond"),
    "Event": ("행사", "#76b7b2", "star"),
    "Quotation": ("인용", "#9c755f", "box"),
    "Quantity": ("수량", "#bab0ac", "triangle"),
}
STRUCTURE = {"iri", "kind", "label", "label_en", "aliases", "evidence", "articles", "role", "role_en"}
#: beyond this many nodes, physics runs briefly to lay out and is then switched off
LARGE = 1500


def vis_library() -> tuple[str, str]:
    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    return js, (lib / "vis-network.css").read_text(encoding="utf-8")


def node_options(node: str, attrs: dict, degree: int) -> dict:
    kind = attrs.get("kind", "Concept")
    kind_label, color, shape = STYLE.get(kind, ("기타", "#999999", "dot"))
    aliases = json.loads(attrs.get("aliases", "[]"))
    label = attrs.get("label", node)
    details = [f"{k}: {v}" for k, v in sorted(attrs.items()) if k not in STRUCTURE]
    if attrs.get("role"):
        details.insert(0, f"role: {attrs['role']}" + (f" ({attrs['role_en']})" if attrs.get("role_en") else ""))
    hover = "\n".join(x for x in (f"{kind_label} · {kind}", label, attrs.get("label_en", ""),
                                  ("다른 이름: " + ", ".join(aliases)) if aliases else "") if x)
    return {
        "label": label if len(label) <= 40 else label[:39] + "…",
        "title": hover,
        "color": color,
        "shape": shape,
        "size": 10 + 4 * math.sqrt(degree),
        "kind": kind,
        "kindLabel": f"{kind_label} · {kind}",
        "labelEn": attrs.get("label_en", ""),
        "aliases": aliases,
        "details": details,
        "evidence": json.loads(attrs.get("evidence", "[]")),
    }


def to_pyvis(net: nx.MultiDiGraph, heading: str) -> Network:
    vis = Network(height="100%", width="100%", directed=True, heading=heading, cdn_resources="local")
    for node, attrs in sorted(net.nodes(data=True)):
        options = node_options(node, attrs, net.degree(node))
        label = options.pop("label")
        vis.add_node(node, label=label, **options)
    for source, target, attrs in sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("label", ""))):
        vis.add_edge(source, target, label=attrs.get("label", ""), title=attrs.get("label_en", ""),
                     evidence=json.loads(attrs.get("evidence", "[]")))
    large = net.number_of_nodes() > LARGE
    vis.set_options(json.dumps({
        "layout": {"improvedLayout": not large},
        "physics": {"solver": "barnesHut" if large else "forceAtlas2Based",
                    "stabilization": {"iterations": 60 if large else 400, "updateInterval": 20}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "font": {"size": 10, "align": "middle"},
                  "color": {"color": "#9aa4ad"}, "smooth": not large},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
    }))
    return vis


def render(net: nx.MultiDiGraph, heading: str = "지식 그래프 · Knowledge graph") -> str:
    """The whole page as a string: one file, no network access needed to open it."""
    vis = to_pyvis(net, html.escape(heading))
    template_dir = resources.files("kg").joinpath("templates")
    vis.set_template_dir(str(template_dir), "graph.html")
    js, css = vis_library()
    kinds: dict[str, int] = {}
    for _, kind in net.nodes(data="kind"):
        kinds[kind] = kinds.get(kind, 0) + 1
    legend = [{"kind": k, "label": f"{STYLE[k][0]} {k}", "color": STYLE[k][1], "count": kinds[k]}
              for k in STYLE if k in kinds]
    vis.templateEnv.globals.update(vis_js=js, vis_css=css, legend=json.dumps(legend, ensure_ascii=False))
    return vis.generate_html()
