"""The HTML page in a real browser: Debian's Chromium, driven by Playwright for Python.

The pages are built from abstracts written for these tests (``data/browser``): a small
family of invented models (a base model, a chat model fine-tuned from it, a student
distilled from the chat model), scores, repositories and a method with a spelled-out alias.
Every test routes all network traffic and fails on any request other than the page file
itself. One browser serves the whole module; each test gets a fresh page.

Skipped, with the reason, when Chromium (``apt-get install chromium``) or Playwright
(``pip install playwright``; never ``playwright install``) is missing.
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from mlkg import vocabulary as V
from mlkg.export.chromium import CHROMIUM, CHROMIUM_ARGS
from mlkg.export.html import write_html

DATA = Path(__file__).parent / "data" / "browser"

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright for Python is not installed (pip install playwright)"
)
if not CHROMIUM.exists() and shutil.which("chromium") is None:
    pytest.skip(
        f"Chromium is not installed ({CHROMIUM} missing; apt-get install chromium)",
        allow_module_level=True,
    )


def build_graph_from(folder: Path) -> nx.MultiDiGraph:
    """The graph of ``folder`` by the same steps as ``mlkg build``."""
    from mlkg.extract.dedup import deduplicate
    from mlkg.extract.pipeline import extract
    from mlkg.extract.readers import read_documents
    from mlkg.graph.build import build_graph

    papers = deduplicate(read_documents([str(folder)], None))
    g = build_graph(list(extract(papers)))
    g.graph["built_at"] = "2399-03-01T09:30:00+00:00"
    g.graph["inputs"] = [str(folder)]
    return g


@dataclass
class Opened:
    """A page open in the browser, with what it logged and what it tried to fetch."""

    page: Any
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def centre_on(self, *node_ids: str) -> None:
        """Move the view (no animation) so the middle of ``node_ids`` is mid-canvas, clear
        of the legend and the details panel."""
        self.js(
            """(ids) => {
              const net = window.mlkg.network, pos = net.getPositions(ids);
              const x = ids.reduce((s, id) => s + pos[id].x, 0) / ids.length;
              const y = ids.reduce((s, id) => s + pos[id].y, 0) / ids.length;
              net.moveTo({position: {x: x, y: y}, scale: 1.0, animation: false});
              net.redraw();
              // resolve once the browser has painted the moved view
              const frame = (done) => requestAnimationFrame(() => requestAnimationFrame(done));
              return new Promise(frame);
            }""",
            list(node_ids),
        )

    def dom_point(self, node_id: str) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates."""
        return self.js(
            """(id) => {
              const net = window.mlkg.network;
              const p = net.canvasToDOM(net.getPositions([id])[id]);
              const box = document.getElementById("mynetwork").getBoundingClientRect();
              return [box.left + p.x, box.top + p.y];
            }""",
            node_id,
        )


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    g = build_graph_from(DATA)
    # what the tests below rely on: the extraction found the family and the alias
    lineage = [d for *_, d in g.edges(data=True) if d["rel"] == V.DERIVED_FROM]
    assert len(lineage) >= 2, "the test abstracts should give two derivedFrom edges"
    assert any(d.get("aliases") for _, d in g.nodes(data=True)), "no node has an alias"
    return g


@pytest.fixture(scope="module")
def pages(graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    force, lineage = folder / "graph.html", folder / "lineage.html"
    write_html(graph, force, title="Heron family")
    write_html(graph, lineage, title="Heron lineage", layout="hierarchical")
    return {"force": force, "hierarchical": lineage}


@pytest.fixture()
def open_page(browser: Any) -> Iterator[Any]:
    contexts = []

    def opener(path: Path) -> Opened:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page, path.resolve().as_uri())

        def route(r: Any) -> None:
            if r.request.url == opened.url:
                r.continue_()
            else:
                opened.requests.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.goto(opened.url)
        page.wait_for_function("window.mlkg && window.mlkg.ready === true", timeout=30_000)
        return opened

    yield opener
    for context in contexts:
        context.close()


def test_page_opens_offline_without_errors(
    open_page: Any, pages: dict[str, Path], tmp_path: Path
) -> None:
    for path in pages.values():
        opened = open_page(path)
        assert opened.errors == []
        assert opened.requests == []  # nothing but the file itself was asked for
        assert opened.page.title() in ("Heron family", "Heron lineage")
    # an empty graph and a single node open too
    lone = nx.MultiDiGraph()
    write_html(lone, tmp_path / "empty.html")
    lone.add_node("model/x", type=V.MODEL, types=[V.MODEL], label="X", aliases=[], papers=[])
    write_html(lone, tmp_path / "one.html")
    for name in ("empty.html", "one.html"):
        opened = open_page(tmp_path / name)
        assert opened.errors == [] and opened.requests == []


def test_canvas_is_drawn_where_the_nodes_are(
    open_page: Any, pages: dict[str, Path], graph: nx.MultiDiGraph
) -> None:
    opened = open_page(pages["force"])
    drawn = opened.js(
        """() => {
          const canvas = document.querySelector("#mynetwork canvas");
          const ctx = canvas.getContext("2d");
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          let inked = 0, colours = new Set();
          for (let i = 0; i < data.length; i += 4 * 7) {
            if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) {
              inked += 1;
              colours.add((data[i] >> 4) + "," + (data[i + 1] >> 4) + "," + (data[i + 2] >> 4));
            }
          }
          return {inked: inked, samples: data.length / 28, colours: colours.size};
        }"""
    )
    assert drawn["inked"] > 0.005 * drawn["samples"]  # not blank
    assert drawn["colours"] >= 5  # several node and edge colours, not a single blot
    # the pixel at a model's centre has the model colour
    model = max(
        (n for n, d in graph.nodes(data=True) if d["type"] == V.MODEL),
        key=lambda n: len(graph.nodes[n]["papers"]),
    )
    opened.centre_on(model)
    x, y = opened.dom_point(model)
    colour = opened.js(
        """([x, y]) => {
          const canvas = document.querySelector("#mynetwork canvas");
          const box = canvas.getBoundingClientRect();
          const r = canvas.width / box.width;
          return Array.from(canvas.getContext("2d")
            .getImageData(Math.round((x - box.left) * r), Math.round((y - box.top) * r), 1, 1)
            .data);
        }""",
        [x, y],
    )
    expected = opened.js(f"window.mlkg.nodes.get({model!r}).color")
    want = [int(expected[i : i + 2], 16) for i in (1, 3, 5)]
    assert all(abs(a - b) <= 40 for a, b in zip(colour[:3], want, strict=True)), (colour, want)


def test_search_finds_a_node_by_alias_and_focuses_it(
    open_page: Any, pages: dict[str, Path], graph: nx.MultiDiGraph
) -> None:
    node, alias = next(
        (n, d["aliases"][0]) for n, d in sorted(graph.nodes(data=True)) if d.get("aliases")
    )
    opened = open_page(pages["force"])
    page = opened.page
    page.fill("#search", alias.upper())  # any case
    page.press("#search", "Enter")
    page.wait_for_timeout(900)  # the focus animation takes 500 ms
    assert opened.js("window.mlkg.network.getSelectedNodes()") == [node]
    assert opened.js("window.mlkg.highlighted") == node
    assert graph.nodes[node]["label"] in page.inner_text("#details")
    # the view is centred on the node
    centre = opened.js(
        """(id) => {
          const net = window.mlkg.network, v = net.getViewPosition();
          const p = net.getPositions([id])[id];
          return Math.hypot(v.x - p.x, v.y - p.y) * net.getScale();
        }""",
        node,
    )
    assert centre < 5  # screen pixels
    page.fill("#search", "no such model anywhere")
    page.press("#search", "Enter")
    assert page.inner_text("#search-status") == "not found"


def _edge_midpoint(opened: Opened, edge_id: str) -> tuple[float, float]:
    return opened.js(
        """(id) => {
          const net = window.mlkg.network, e = window.mlkg.edges.get(id);
          const pos = net.getPositions([e.from, e.to]);
          const a = net.canvasToDOM(pos[e.from]), b = net.canvasToDOM(pos[e.to]);
          const box = document.getElementById("mynetwork").getBoundingClientRect();
          return [box.left + (a.x + b.x) / 2, box.top + (a.y + b.y) / 2];
        }""",
        edge_id,
    )


def test_hovering_shows_evidence_and_node_facts(
    open_page: Any, pages: dict[str, Path], graph: nx.MultiDiGraph
) -> None:
    opened = open_page(pages["force"])
    edges = opened.js("window.mlkg.edges.get().map(e => [e.id, e.from, e.to, e.rel])")
    pairs = Counter(frozenset((u, v)) for _, u, v, _ in edges)
    # a lineage edge drawn straight (no parallel edge bends it), so its midpoint is on it
    edge_id, u, v, _ = next(
        e for e in edges if e[3] == V.DERIVED_FROM and pairs[frozenset(e[1:3])] == 1
    )
    [data] = [d for d in graph.get_edge_data(u, v).values() if d["rel"] == V.DERIVED_FROM]
    sentence = data["evidence"][0]["sentence"]

    opened.centre_on(u, v)
    x, y = _edge_midpoint(opened, edge_id)
    opened.page.mouse.move(x - 20, y - 20)
    opened.page.mouse.move(x, y, steps=4)
    tooltip = opened.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    text = " ".join(tooltip.inner_text().split())
    assert sentence in text
    assert V.DERIVED_FROM in text and data["kind"] in text

    # a node: label, type, where its papers were read, its scores
    opened.centre_on(u)
    x, y = opened.dom_point(u)
    opened.page.mouse.move(x + 30, y + 30)
    opened.page.mouse.move(x, y, steps=4)
    opened.page.wait_for_function(
        "(label) => { const t = document.querySelector('div.vis-tooltip');"
        " return t && t.style.visibility !== 'hidden' && t.innerText.includes(label); }",
        arg=graph.nodes[u]["label"],
        timeout=5_000,
    )
    text = opened.page.inner_text("div.vis-tooltip")
    assert V.MODEL in text and "abstracts.txt:" in text


def test_click_highlights_the_neighbourhood(
    open_page: Any, pages: dict[str, Path], graph: nx.MultiDiGraph
) -> None:
    opened = open_page(pages["force"])
    model = max(
        (n for n, d in graph.nodes(data=True) if d["type"] == V.MODEL),
        key=lambda n: (graph.degree(n), n),
    )
    opened.centre_on(model)
    x, y = opened.dom_point(model)
    opened.page.mouse.click(x, y)
    assert opened.js("window.mlkg.highlighted") == model
    colours = opened.js("Object.fromEntries(window.mlkg.nodes.get().map(n => [n.id, n.color]))")
    near = set(graph.predecessors(model)) | set(graph.successors(model)) | {model}
    assert all(not colours[n].startswith("rgba") for n in near)
    assert all(colours[n].startswith("rgba") for n in set(colours) - near)
    assert "open" in (opened.page.get_attribute("#details", "class") or "")
    # clicking the empty background clears it
    opened.page.mouse.click(5, opened.page.viewport_size["height"] - 5)
    assert opened.js("window.mlkg.highlighted") is None


def test_type_filter_hides_and_shows_a_type(open_page: Any, pages: dict[str, Path]) -> None:
    opened = open_page(pages["force"])
    count = (
        "(t) => window.mlkg.nodes.get().filter(n => n.type === t && "
        "window.mlkg.network.getPositions([n.id])[n.id] !== undefined).length"
    )
    shown = opened.js(count, V.BENCHMARK)
    assert shown > 0
    opened.page.uncheck(f'#legend input[data-type="{V.BENCHMARK}"]')
    assert opened.js(count, V.BENCHMARK) == 0
    assert opened.js(count, V.MODEL) > 0
    opened.page.check(f'#legend input[data-type="{V.BENCHMARK}"]')
    assert opened.js(count, V.BENCHMARK) == shown


def test_lineage_page_draws_parents_above_children(
    open_page: Any, pages: dict[str, Path], graph: nx.MultiDiGraph
) -> None:
    opened = open_page(pages["hierarchical"])
    positions = opened.js("window.mlkg.network.getPositions()")
    lineage = [
        (child, parent)
        for child, parent, d in graph.edges(data=True)
        if d["rel"] in V.LINEAGE_RELATIONS
    ]
    assert len(lineage) >= 2
    for child, parent in lineage:
        assert positions[parent]["y"] < positions[child]["y"], (parent, child)
    # three generations give three rows
    rows = {positions[n]["y"] for edge in lineage for n in edge}
    assert len(rows) >= 3


def test_a_core_page_of_a_big_graph_opens_fast(open_page: Any, tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    for i in range(6000):
        node = f"model/m{i}"
        papers = [f"paper/arxiv-2399.{j:05d}" for j in range(1 + (i * 7919) % 13)]
        g.add_node(node, type=V.MODEL, types=[V.MODEL], label=f"M{i}", aliases=[], papers=papers)
        if i % 5:
            g.add_edge(
                node,
                f"model/m{i // 5}",
                key=V.DERIVED_FROM,
                rel=V.DERIVED_FROM,
                kind=V.FINETUNED,
                basis=V.BASIS_TEXT,
                evidence=[],
            )
    path = tmp_path / "big.html"
    write_html(g, path, title="big")
    started = time.perf_counter()
    opened = open_page(path)
    elapsed = time.perf_counter() - started
    assert opened.errors == [] and opened.requests == []
    assert elapsed < 10
    drawn = opened.js("window.mlkg.nodes.length")
    assert 0 < drawn < g.number_of_nodes()
    # a left-out model is found by the search box, which says where it went
    hidden = next(
        f"M{i}" for i in range(6000) if not opened.js(f"window.mlkg.nodes.get('model/m{i}')")
    )
    opened.page.fill("#search", hidden)
    opened.page.press("#search", "Enter")
    assert "not drawn on this page" in opened.page.inner_text("#search-status")
