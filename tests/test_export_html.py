"""HTML export: an offline page with legend, styled nodes and edges, and escaped evidence."""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from export_sample_graph import (
    MMLU,
    PAPER_A,
    PAPER_B,
    QWEN2,
    QWEN2_72B,
    QWEN2_INSTRUCT,
    QWEN_7B,
    QWEN_14B,
    QWEN_CHAT,
    REPO,
    RLHF,
    WEBCRAWL,
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
    # the papers by arXiv id, linked; the scores with model, value and metric
    assert '<a href="https://arxiv.org/abs/2407.10671"' in tip and "arXiv:2407.10671" in tip
    assert re.search(r"Qwen2-72B-Instruct</td><td[^>]*>82\.3</td><td>accuracy 5-shot", tip)
    assert re.search(r"Qwen2-72B</td><td[^>]*>84\.2</td>", tip)
    # a model's repositories are those of the papers that introduce it, as links
    assert '<a href="https://github.com/example-lab/qwen-family"' in nodes[QWEN_7B]["title"]
    assert "qwen-family" not in nodes[QWEN2]["title"]
    # a paper without an arXiv id would show where it was read; this one shows its sources
    assert "001_notes.txt:4" in nodes[PAPER_A]["title"]


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


def test_a_big_graph_is_drawn_as_a_core_of_models_and_their_lineage(tmp_path: Path) -> None:
    g = large_graph(60)
    text = render(g, tmp_path / "small.html", max_nodes=20)
    nodes = page_data(text, "nodeData")
    assert len(nodes) == 20
    ids = {n["id"] for n in nodes}
    assert all(n["type"] == V.MODEL for n in nodes)  # papers are listed on hover, not drawn
    heaviest = sorted(
        (n for n in g if n.startswith("model/")), key=lambda n: (-len(g.nodes[n]["papers"]), n)
    )
    assert set(heaviest[:5]) <= ids  # the most-mentioned models
    edges = page_data(text, "edgeData")
    assert all(e["from"] in ids and e["to"] in ids for e in edges)
    # the lineage of the best-known models comes along, though less mentioned than others
    parents = {v for u, v, d in g.edges(data=True) if u in heaviest[:5] and d["rel"] != "mentions"}
    assert parents <= ids
    left_out = {n for n in heaviest if n not in ids}
    assert any(len(g.nodes[p]["papers"]) < 3 for p in parents)
    assert any(len(g.nodes[n]["papers"]) == 3 for n in left_out)  # lineage came first
    assert len(edges) >= len(parents)
    note = re.search(r'<div id="note">(.*?)</div>', text, re.S).group(1)
    assert f"core of 20 of {g.number_of_nodes()} nodes" in note
    assert "Left out: 60 papers" in note and "40 models" in note
    hidden = page_data(text, "hidden")
    assert len(hidden) == 40 and {row[0] for row in hidden}.isdisjoint(n["label"] for n in nodes)


def mixed_graph(n: int) -> nx.MultiDiGraph:
    """Models evaluated on benchmarks, methods, papers: the shape of the corpus graph."""
    g = nx.MultiDiGraph()

    def add(node: str, node_type: str, papers: int) -> None:
        ids = [f"paper/arxiv-2399.{j:05d}" for j in range(papers)]
        label = node.split("/")[1]
        g.add_node(node, type=node_type, types=[node_type], label=label, aliases=[], papers=ids)

    for j in range(n):
        g.add_node(f"paper/arxiv-2399.{j:05d}", type=V.PAPER, types=[V.PAPER], label=str(j))
    for i in range(n):
        add(f"model/m{i}", V.MODEL, 1 + i % 7)
        add(f"method/t{i}", V.METHOD, 1 + i % 5)
        add(f"dataset/b{i}", V.BENCHMARK, 1)
        score = {"rel": V.EVALUATED_ON, "value": str(i), "evidence": []}
        g.add_edge(f"model/m{i}", f"dataset/b{i % 10}", key=f"evaluatedOn:{i}", **score)
        g.add_edge(f"paper/arxiv-2399.{i:05d}", f"model/m{i}", key=V.MENTIONS, rel=V.MENTIONS)
    return g


def test_a_core_keeps_the_most_used_benchmarks_and_says_what_it_left_out(tmp_path: Path) -> None:
    g = mixed_graph(200)
    text = render(g, tmp_path / "core.html", max_nodes=100)
    ids = {n["id"] for n in page_data(text, "nodeData")}
    assert len(ids) == 100
    types = Counter(g.nodes[n]["type"] for n in ids)
    assert types[V.MODEL] == 50 and types[V.PAPER] == 0
    assert {f"dataset/b{i}" for i in range(10)} <= ids  # the ten used by models
    assert types[V.METHOD] > 0
    assert "Left out: 200 papers" in text


def test_focus_draws_the_neighbourhood_of_a_name_or_alias(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    text = render(
        graph, tmp_path / "f.html", focus="massive multitask LANGUAGE understanding", depth=1
    )
    ids = {n["id"] for n in page_data(text, "nodeData")}
    assert ids == {MMLU, PAPER_B, QWEN2_72B, QWEN2_INSTRUCT}
    assert "the neighbourhood of MMLU within 1 step:" in text
    assert 'var focusId = "dataset/mmlu";' in text  # the page opens on it
    text = render(graph, tmp_path / "g.html", focus="Qwen-7B", depth=2)
    ids = {n["id"] for n in page_data(text, "nodeData")}
    assert {QWEN_7B, QWEN_CHAT, QWEN_14B, PAPER_A, WEBCRAWL, RLHF, QWEN2_72B} <= ids
    assert render(graph, tmp_path / "h.html", focus="MMLU", depth=0).count('"type": ') == 1
    with pytest.raises(ValueError, match="Qwen-Chat"):
        write_html(graph, tmp_path / "x.html", focus="Qwen-Chta")


def test_focus_on_a_hub_of_a_big_graph_keeps_its_stated_relations(tmp_path: Path) -> None:
    g = mixed_graph(300)
    text = render(g, tmp_path / "hub.html", focus="b3", depth=2, max_nodes=20)
    ids = {n["id"] for n in page_data(text, "nodeData")}
    evaluated = sorted(
        (u for u, _, d in g.in_edges("dataset/b3", data=True) if d["rel"] == V.EVALUATED_ON),
        key=lambda n: (-len(g.nodes[n]["papers"]), n),
    )
    assert len(evaluated) == 30
    assert ids == {"dataset/b3", *evaluated[:19]}  # nearest first, then the most-mentioned
    assert "Showing b3 and the 19 nodes tied to it by stated relations within 2 steps" in text


def test_hierarchical_layout_puts_parents_a_row_above_children(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    text = render(graph, tmp_path / "lineage.html", layout="hierarchical")
    level = {n["id"]: n["level"] for n in page_data(text, "nodeData")}
    assert level[QWEN_7B] == 0
    assert level[QWEN_CHAT] == level[QWEN_14B] == 1
    assert level[QWEN2_72B] == 2  # succeeds Qwen-14B
    assert level[QWEN2] == 2 and level[QWEN2_INSTRUCT] == 3  # the deeper parent decides
    for u, v, d in graph.edges(data=True):
        if d["rel"] in V.LINEAGE_RELATIONS:
            assert level[v] < level[u]
    assert all("x" not in n for n in page_data(text, "nodeData"))
    assert '"direction": "UD"' in text and '"physics": {"enabled": false}' in text
    with pytest.raises(ValueError, match="layout"):
        render(graph, tmp_path / "bad.html", layout="circular")  # type: ignore[arg-type]


def test_title_bar_says_what_the_graph_holds_and_how_it_was_built(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    stats = re.compile(r'<div id="stats">(.*?)</div>', re.S)
    text = render(graph, tmp_path / "a.html")
    bar = " ".join(stats.search(text).group(1).split())
    assert "2 papers · 6 models · 1 methods · 1 datasets · 1 benchmarks · 1 repositories" in bar
    assert f"{graph.number_of_edges()} edges" in bar and "built" not in bar
    graph.graph["built_at"] = "2399-01-02T03:04:05+00:00"
    graph.graph["inputs"] = ["/data/abstracts/<b>.txt", "more.jsonl"]
    text = render(graph, tmp_path / "b.html")
    assert 'title="/data/abstracts/&lt;b&gt;.txt\nmore.jsonl"' in text  # every input, in full
    bar = " ".join(stats.search(text).group(1).split())
    assert "built 2399-01-02T03:04:05+00:00 from &lt;b&gt;.txt, more.jsonl" in bar


def test_a_large_graph_is_written_fast(tmp_path: Path) -> None:
    """A quadratic step (pyvis's add_edge, an O(n²) layout) would take minutes here."""
    g = mixed_graph(8000)  # 32,000 nodes, 16,000 edges
    started = time.perf_counter()
    write_html(g, tmp_path / "big.html")
    assert time.perf_counter() - started < 30
    assert len(page_data((tmp_path / "big.html").read_text(), "nodeData")) == 1000


def test_two_exports_are_byte_identical(graph: nx.MultiDiGraph, page: str, tmp_path: Path) -> None:
    assert render(graph, tmp_path / "again.html", title="Qwen family") == page
