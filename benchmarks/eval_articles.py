"""Score the pipeline on gold-annotated articles: one row per article, then the means.

usage: python benchmarks/eval_articles.py [GOLD_DIR ...]   (default: ../shared/eval/dev)

Each `NAME.txt` beside a `NAME.gold.json` is built on its own and scored with the shared
`score.py`; the articles themselves stay outside the project.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
import tempfile
from pathlib import Path

from kg.cli import main as kg_main

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "eval"
COLUMNS = ("entity_precision", "entity_recall", "entity_f1", "fact_precision", "fact_recall", "fact_f1",
           "kg_f1", "provenance_coverage")


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [SHARED / "dev"]
    scorer = load_scorer()
    rows = []
    for folder in folders:
        for gold_path in sorted(folder.glob("*.gold.json")):
            text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
            with tempfile.TemporaryDirectory() as out:
                if kg_main(["build", str(text_path), "-o", out]) != 0:
                    print(f"{text_path.name}: build failed", file=sys.stderr)
                    continue
                result = scorer.score(scorer.load_graph(str(Path(out) / "graph.ttl")),
                                      json.loads(gold_path.read_text(encoding="utf-8")))
            rows.append((text_path.stem[:40], result))
    print(f"\n{'article':40s} " + " ".join(f"{c.replace('_precision', '_p').replace('_recall', '_r'):>9s}"
                                           for c in COLUMNS))
    for name, r in rows:
        print(f"{name:40s} " + " ".join(f"{r[c]:9.3f}" for c in COLUMNS))
    if rows:
        print(f"{'mean':40s} " + " ".join(f"{statistics.mean(r[c] for _, r in rows):9.3f}" for c in COLUMNS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
