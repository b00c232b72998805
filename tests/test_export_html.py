"""HTML export: an offline page with legend, styled nodes and edges, and escaped evidence."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from export_sample_graph import (
    MMLU,
    PAPER_A,
    QWEN2,
    QWEN2_INSTRUCT,
    QWEN_7B,
    REPO,
    add_relation,
    build_sample_graph,
)

from mlkg import vocabulary as V
from mlkg.export.html import PHYSICS_LIMIT, write_html


class _Resources(HTMLParser):
    """Collects every <script src> and <link href>, and the text of the legend."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts = 0
        self._in_legend = 0
        self.legend_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
            self.urls += [found["src"] or ""] if "src" in found else []
        if tag == "link" and "href" in found:
            self.urls.append(found["href"] or "")
        if tag == "div" and found.get("id") == "legend":
            self._in_legend = 1
        elif self._in_legend and tag == "div":
            self._in_legend += 1

    def handle_endtag(self, tag: str) -> None:
        if self._in_legend and tag == "div":
            self._in_legend -= 1

    def handle_data(self, data: str) -> None:
        if self._in_legend and data.strip():
            self.legend_text.append(data.strip())


def page_data(text: str, name: str) -> list[dict[str, Any]]:
    """The node or edge records the page hands to vis-network."""
    match = re.search(rf"var {name} = (.*);\n", text)
    assert match, name
    return json.loads(match.group(1))


def render(g: nx.MultiDiGraph, path: Path, **kwargs: Any) -> str:
    write_html(g, path, **kwargs)
    return path.read_text(encoding="utf-8")


@pytest.fixture()
def graph() -> nx.MultiDiGraph:
    return build_sample_graph()


@pytest.fixture()
def page(graph: nx.MultiDiGraph, tmp_path: Path) -> str:
    return render(graph, tmp_path / "graph.html", title="Qwen family")


def test_page_needs_no_network(page: str) -> None:
    found = _Resources()
    found.feed(page)
    assert not [u for u in found.urls if re.match(r"(https?:)?//", u)]
    assert found.urls == []  # everything is inline
    assert "new vis.Network(" in page
    assert len(page) > 300_000  # vis-network's JS and CSS are pasted in
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page


def test_legend_names_every_type_and_relation(page: str) -> None:
    found = _Resources()
    found.feed(page)
    legend = set(found.legend_text)
    assert {"Paper", "Model", "Method", "Dataset", "Benchmark", "Repository"} <= legend
    assert {V.DERIVED_FROM, V.SUCCESSOR_OF, V.EVALUATED_ON, V.HAS_REPOSITORY} <= legend
    assert "lineage suggested by names" in legend


def test_nodes_are_labelled_styled_and_sized(graph: nx.MultiDiGraph, page: str) -> None:
    nodes = {n["id"]: n for n in page_data(page, "nodeData")}
    assert set(nodes) == set(graph.nodes)
    assert {n["label"] for n in nodes.values()} >= {"Qwen2-72B-Instruct", "MMLU", "RLHF"}
    for label in ("Qwen2-72B-Instruct", "WebCrawl-3T", "Qwen-Chat"):
        assert f'"label": "{label}"' in page
    shapes = {nodes[n]["shape"] for n in (PAPER_A, QWEN_7B, MMLU, REPO)}
    colours = {nodes[n]["color"] for n in (PAPER_A, QWEN_7B, MMLU, REPO)}
    assert len(shapes) == len(colours) == 4  # one look per type
    assert nodes[QWEN_7B]["size"] > nodes[QWEN2]["size"]  # two papers against one
    tip = nodes[MMLU]["title"]
    assert "Massive Multitask Language Understanding" in tip and "Benchmark" in tip
    assert "paper/arxiv-2407.10671" in tip


def test_edges_show_relation_kind_and_escaped_evidence(page: str) -> None:
    edges = page_data(page, "edgeData")
    by_pair = {(e["from"], e["to"], e["rel"]): e for e in edges}
    finetune = by_pair[(QWEN2_INSTRUCT, "model/qwen2-72b", V.DERIVED_FROM)]
    assert finetune["arrows"]["to"]["enabled"] and not finetune["dashes"]
    assert "finetuned" in finetune["title"]
    # the evidence sentence is there, with its "<" escaped for the HTML tooltip
    assert "reaches 82.3 on MMLU (&lt;5 points below Qwen2-72B at 84.2)." in finetune["title"]
    assert "(<5 points" not in page
    guess = by_pair[(QWEN2_INSTRUCT, QWEN2, V.DERIVED_FROM)]
    assert guess["dashes"] is True and "names only" in guess["title"]
    mentions = [e for e in edges if e["rel"] == V.MENTIONS]
    assert mentions and all(e["color"] == "#cccccc" and e["width"] < 1 for e in mentions)
    assert "Qwen-14B is a larger size variant of Qwen-7B." in page


def test_hostile_text_cannot_break_out(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    graph.nodes[QWEN2]["label"] = "<script>alert(1)</script>"
    evil = [
        {
            "paper": PAPER_A,
            "sentence": 'Ours </script><script>alert("x")</script> & <img src=x onerror=alert(2)>',
            "start": 0,
            "end": 10,
            "component": "test",
            "confidence": 0.5,
        }
    ]
    add_relation(graph, QWEN_7B, V.COMPARED_WITH, QWEN2, evil)
    text = render(graph, tmp_path / "evil.html", title="<b>My</b> graph")
    assert "<script>alert" not in text
    assert "</script><script>" not in text
    assert "<img src=x" not in text
    assert "<title>&lt;b&gt;My&lt;/b&gt; graph</title>" in text
    edge = next(e for e in page_data(text, "edgeData") if e["from"] == QWEN_7B and e["to"] == QWEN2)
    assert "&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)" in edge["title"]


def test_search_box_knows_labels_and_aliases(page: str) -> None:
    assert 'id="search"' in page and "function findNode" in page
    assert '<option value="Massive Multitask Language Understanding">' in page
    assert '<option value="Qwen2-72B-Instruct">' in page


def test_small_graph_uses_physics_with_a_fixed_seed(page: str) -> None:
    assert '"physics": {"enabled": true' in page
    assert '"randomSeed": 42' in page


def large_graph(n_models: int) -> nx.MultiDiGraph:
    """A chain of fine-tuned models, each mentioned by its own paper."""
    g = nx.MultiDiGraph()
    for i in range(n_models):
        paper, model = f"paper/arxiv-2401.{i:05d}", f"model/m-{i}"
        g.add_node(paper, type=V.PAPER, types=[V.PAPER], label=paper, sources=[], text="")
        papers = [paper] + [f"paper/arxiv-2402.{i:05d}v{k}" for k in range(i % 3)]
        g.add_node(model, type=V.MODEL, types=[V.MODEL], label=f"M-{i}", aliases=[], papers=papers)
        g.add_edge(paper, model, key=V.MENTIONS, rel=V.MENTIONS, evidence=[])
        if i:
            ev = [
                {
                    "paper": paper,
                    "sentence": f"M-{i} is fine-tuned from M-{i - 1}.",
                    "start": 0,
                    "end": 20,
                    "component": "t",
                    "confidence": 0.9,
                }
            ]
            add_relation(g, model, V.DERIVED_FROM, f"model/m-{i - 1}", ev, kind=V.FINETUNED)
    return g


def test_large_graph_gets_fixed_positions_and_no_mention_lines(tmp_path: Path) -> None:
    g = large_graph(PHYSICS_LIMIT)  # twice the limit in nodes, with the papers
    text = render(g, tmp_path / "a.html")
    nodes = page_data(text, "nodeData")
    assert len(nodes) == g.number_of_nodes()
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert '"physics": {"enabled": false}' in text
    edges = page_data(text, "edgeData")
    assert edges and all(e["rel"] == V.DERIVED_FROM for e in edges)
    assert text == render(g, tmp_path / "b.html")  # same seed, same page


def test_max_nodes_keeps_the_most_mentioned(tmp_path: Path) -> None:
    g = large_graph(60)
    text = render(g, tmp_path / "small.html", max_nodes=20)
    nodes = page_data(text, "nodeData")
    assert len(nodes) == 20
    assert all(len(g.nodes[n["id"]].get("papers", [])) == 3 for n in nodes)
    assert f"showing the 20 most-mentioned of {g.number_of_nodes()} nodes" in text
    ids = {n["id"] for n in nodes}
    assert all(e["from"] in ids and e["to"] in ids for e in page_data(text, "edgeData"))


def test_two_exports_are_byte_identical(graph: nx.MultiDiGraph, page: str, tmp_path: Path) -> None:
    assert render(graph, tmp_path / "again.html", title="Qwen family") == page
