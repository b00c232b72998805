"""GraphML export: networkx re-reads it whole, lists come back as JSON, output is stable."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from export_sample_graph import MMLU, PAPER_A, PAPER_B, QWEN2, QWEN2_INSTRUCT, build_sample_graph

from mlkg import vocabulary as V
from mlkg.export.graphml import write_graphml


@pytest.fixture()
def graph() -> nx.MultiDiGraph:
    return build_sample_graph()


def write_and_read(g: nx.MultiDiGraph, path: Path) -> nx.MultiDiGraph:
    write_graphml(g, path)
    return nx.read_graphml(path, edge_key_type=str, force_multigraph=True)


def test_round_trip_keeps_nodes_edges_and_keys(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    back = write_and_read(graph, tmp_path / "g.graphml")
    assert isinstance(back, nx.MultiDiGraph)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert set(back.nodes) == set(graph.nodes)
    assert set(back.edges(keys=True)) == set(graph.edges(keys=True))


def test_attributes_come_back_with_lists_as_json(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    back = write_and_read(graph, tmp_path / "g.graphml")
    mmlu = back.nodes[MMLU]
    assert mmlu["label"] == "MMLU"
    assert mmlu["type"] == V.BENCHMARK
    assert json.loads(mmlu["types"]) == [V.BENCHMARK, V.DATASET]
    assert json.loads(mmlu["aliases"]) == ["Massive Multitask Language Understanding"]
    assert json.loads(back.nodes[PAPER_A]["sources"]) == ["001_notes.txt:4", "002_listing.txt:17"]
    assert back.nodes[PAPER_A]["date"] == "2023-09-28"

    key = f"{V.DERIVED_FROM}:{V.VARIANT}"
    original = graph.edges[QWEN2_INSTRUCT, QWEN2, key]
    edge = back.edges[QWEN2_INSTRUCT, QWEN2, key]
    assert edge["rel"] == V.DERIVED_FROM
    assert edge["basis"] == V.BASIS_NAME
    assert edge["confidence"] == pytest.approx(0.4)
    assert edge["support"] == 1
    assert json.loads(edge["evidence"]) == original["evidence"]


def test_none_attributes_are_dropped(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    back = write_and_read(graph, tmp_path / "g.graphml")
    assert "title" not in back.nodes[PAPER_B]  # None in memory
    assert "comment" not in back.nodes[PAPER_B]
    score = back.edges[QWEN2_INSTRUCT, MMLU, f"{V.EVALUATED_ON}:82.3"]
    assert score["value"] == "82.3"
    assert "split" not in score


def test_mixed_types_and_bad_characters_still_read_back(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    graph.nodes[PAPER_A]["text"] += "\x0c\x00 end"  # form feed and NUL from a scraped page
    graph.nodes[MMLU]["score_hint"] = 3  # an int here ...
    graph.nodes[QWEN2]["score_hint"] = 2.5  # ... and a float there
    graph.nodes[PAPER_A]["flag"] = "yes"  # text here ...
    graph.nodes[PAPER_B]["flag"] = 1  # ... and a number there
    graph.graph["name"] = "sample"
    back = write_and_read(graph, tmp_path / "g.graphml")
    assert back.nodes[PAPER_A]["text"].endswith("qwen-family. end")
    assert "\x0c" not in back.nodes[PAPER_A]["text"]
    assert back.nodes[MMLU]["score_hint"] == 3.0
    assert back.nodes[QWEN2]["score_hint"] == 2.5
    assert back.nodes[PAPER_B]["flag"] == "1"
    assert back.graph["name"] == "sample"


def test_two_exports_are_byte_identical_whatever_the_insertion_order(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    first, second, third = (tmp_path / f"{n}.graphml" for n in ("a", "b", "c"))
    write_graphml(graph, first)
    write_graphml(graph, second)
    assert first.read_bytes() == second.read_bytes()

    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    for u, v, key, data in reversed(list(graph.edges(keys=True, data=True))):
        shuffled.add_edge(u, v, key=key, **data)
    write_graphml(shuffled, third)
    assert third.read_bytes() == first.read_bytes()


def test_input_graph_is_not_modified(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_graphml(graph, tmp_path / "g.graphml")
    assert isinstance(graph.nodes[MMLU]["aliases"], list)
    assert graph.nodes[PAPER_B]["title"] is None
