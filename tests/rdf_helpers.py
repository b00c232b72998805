"""Graphs for the RDF, query and serve tests, built from abstracts as a user builds them.

``tests/data/rdf/`` holds four abstracts written for these tests (real model names, invented
scores and arXiv ids): a Qwen2-style report with lineage, scores and a weights link, OFA with
its code, a MetaMath-style fine-tune trained on GSM8K without any link, and an evaluation
study whose MMLU score for Qwen2-72B contradicts the first paper's. The graph goes through
``mlkg build`` (CliRunner) and the store is written from the build's extraction records, so
the tests exercise the real extraction, graph assembly and exporters, and never a mock.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import networkx as nx
from typer.testing import CliRunner

from mlkg.cli import app
from mlkg.export.store import write_store
from mlkg.graph.build import build_graph

HERE = Path(__file__).parent
RDF_DATA = HERE / "data" / "rdf"
EXAMPLES = HERE.parent / "examples"
SHARED = HERE.resolve().parents[1] / "shared"
SEEDS = SHARED / "seeds"

runner = CliRunner()


def build(inputs: Path, out: Path) -> nx.MultiDiGraph:
    """``mlkg build inputs -o out``, then the store at ``out/store``; returns the graph."""
    result = runner.invoke(app, ["build", str(inputs), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    with (out / "extractions.jsonl").open(encoding="utf-8") as lines:
        graph = build_graph([json.loads(line) for line in lines])
    write_store(graph, out / "store")
    return graph


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ent(node_id: str) -> str:
    from mlkg import vocabulary as V

    return V.ENT_NS + node_id
