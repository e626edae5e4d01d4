"""Validating a graph against the contract's SHACL shapes (`kg/shapes.ttl`) with pyshacl."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import SH


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}  {self.path}  {self.message}".replace("  -  ", "  ")


@cache
def shapes() -> Graph:
    text = resources.files("kg").joinpath("shapes.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def validate(graph: Graph) -> list[Violation]:
    """Every way the graph breaks the contract, sorted; an empty list when it conforms."""
    conforms, report, _ = shacl_validate(graph, shacl_graph=shapes(), advanced=True, inference="none",
                                         allow_warnings=True)
    if conforms:
        return []
    found = set()
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        found.add(Violation(str(report.value(result, SH.focusNode)), str(report.value(result, SH.resultPath) or "-"),
                            str(report.value(result, SH.resultMessage) or "does not conform")))
    return sorted(found, key=lambda v: (v.focus, v.path, v.message))
