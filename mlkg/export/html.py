"""The graph as one self-contained interactive HTML page (pyvis / vis-network).

pyvis builds the node and edge records; the page itself comes from our own template
(``templates/graph.html``) because pyvis's templates always pull Bootstrap from a CDN, and
this page must open from disk with no network: vis-network's JS and CSS, which pyvis ships in
its package, are pasted inline.

Readability rules: nodes are coloured and shaped by type and sized by the number of papers
that mention them; lineage is drawn as arrows, and a lineage guessed from names only is
dashed. Paper->entity ``mentions`` edges are drawn as thin grey lines in small graphs and
left out of large ones (the hover lists the papers instead). Large graphs get positions
computed in Python with a fixed seed and no physics, so the page opens still and identical.
"""

from __future__ import annotations

import html
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from mlkg import vocabulary as V

#: above this many drawn nodes physics is off and positions come from Python
PHYSICS_LIMIT = 300
#: above this many nodes only the most-mentioned ones are drawn (the browser stays usable)
MAX_NODES = 1000
LAYOUT_SEED = 42

#: colour, vis shape and legend symbol of each node type
NODE_STYLE: dict[str, tuple[str, str, str]] = {
    V.PAPER: ("#8d99ae", "square", "■"),
    V.MODEL: ("#e76f51", "dot", "●"),
    V.METHOD: ("#2a9d8f", "diamond", "◆"),
    V.DATASET: ("#e9c46a", "triangle", "▲"),
    V.BENCHMARK: ("#f4a261", "star", "★"),
    V.REPOSITORY: ("#264653", "hexagon", "⬢"),
}
_UNKNOWN_STYLE = ("#bbbbbb", "dot", "●")

EDGE_COLOR: dict[str, str] = {
    V.DERIVED_FROM: "#c1121f",
    V.SUCCESSOR_OF: "#7b2cbf",
    V.INTRODUCES: "#457b9d",
    V.TRAINED_ON: "#bc8a00",
    V.EVALUATED_ON: "#f77f00",
    V.COMPARED_WITH: "#4895ef",
    V.HAS_REPOSITORY: "#264653",
    V.MENTIONS: "#cccccc",
}
_UNDIRECTED = (V.COMPARED_WITH, V.MENTIONS)
_MAX_LISTED = 8

_Edge = tuple[str, str, str, Mapping[str, Any]]


def write_html(
    g: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    title: str = "mlkg knowledge graph",
    max_nodes: int = MAX_NODES,
) -> None:
    """Write an interactive, offline page of ``g`` to ``path``."""
    Path(path).write_text(render_html(g, title=title, max_nodes=max_nodes), encoding="utf-8")


def render_html(
    g: nx.MultiDiGraph, title: str = "mlkg knowledge graph", max_nodes: int = MAX_NODES
) -> str:
    """The page as a string (see :func:`write_html`)."""
    drawn = _select_nodes(g, max_nodes)
    edges = _sorted_edges(g, set(drawn))
    with_mentions = len(drawn) <= PHYSICS_LIMIT
    positions = None if with_mentions else _layout(drawn, edges)

    net = Network(directed=True)
    for node in drawn:
        net.add_node(node, **_node_record(node, g.nodes[node], positions))
    parallel: Counter[tuple[str, str]] = Counter()
    for i, (u, v, key, data) in enumerate(edges):
        rel = str(data.get("rel") or key.split(":", 1)[0])
        if rel == V.MENTIONS and not with_mentions:
            continue
        pair = (min(u, v), max(u, v))
        record = _edge_record(f"e{i}", g, u, v, rel, data, parallel[pair])
        parallel[pair] += 1
        net.add_edge(u, v, **record)

    note = f"{len(drawn)} nodes"
    if len(drawn) < g.number_of_nodes():
        note = f"showing the {len(drawn)} most-mentioned of {g.number_of_nodes()} nodes"
    if not with_mentions:
        note += "; paper mentions are listed on hover, not drawn"
    return _template().render(
        title=title,
        note=note,
        vis_js=Markup(_vis_asset("vis-network.min.js")),
        vis_css=Markup(_vis_asset("vis-network.css")),
        nodes=net.nodes,
        edges=net.edges,
        options=_options(physics=positions is None),
        names=_search_names(g, drawn),
        node_legend=_node_legend(g, drawn),
        edge_legend=_edge_legend(net.edges),
    )


# --------------------------------------------------------------------------- selection, layout
def _select_nodes(g: nx.MultiDiGraph, max_nodes: int) -> list[str]:
    """All nodes, or the ``max_nodes`` most-mentioned (papers ranked by their facts)."""
    nodes = sorted(str(n) for n in g.nodes)
    if len(nodes) <= max_nodes:
        return nodes

    def weight(node: str) -> int:
        if g.nodes[node].get("type") == V.PAPER:
            return sum(1 for *_, d in g.out_edges(node, data=True) if d.get("rel") != V.MENTIONS)
        return len(g.nodes[node].get("papers") or ())

    return sorted(sorted(nodes, key=lambda n: (-weight(n), n))[:max_nodes])


def _layout(drawn: list[str], edges: list[_Edge]) -> dict[str, tuple[float, float]]:
    """Fixed-seed spring layout over the drawn nodes and edges, inserted in sorted order."""
    h = nx.Graph()
    h.add_nodes_from(drawn)
    h.add_edges_from((u, v) for u, v, _, _ in edges if u != v)
    scale = 40.0 * math.sqrt(len(drawn))
    pos = nx.spring_layout(h, seed=LAYOUT_SEED, scale=scale)
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in pos.items()}


def _sorted_edges(g: nx.MultiDiGraph, drawn: set[str]) -> list[_Edge]:
    """The edges between drawn nodes, sorted by head, tail and key."""
    edges = [
        (str(u), str(v), str(k), d)
        for u, v, k, d in g.edges(keys=True, data=True)
        if str(u) in drawn and str(v) in drawn
    ]
    return sorted(edges, key=lambda e: e[:3])


# --------------------------------------------------------------------------- records
def _node_record(
    node: str, data: Mapping[str, Any], positions: Mapping[str, tuple[float, float]] | None
) -> dict[str, Any]:
    node_type = str(data.get("type") or "")
    color, shape, _ = NODE_STYLE.get(node_type, _UNKNOWN_STYLE)
    papers = list(data.get("papers") or ())
    record: dict[str, Any] = {
        "label": str(data.get("label") or node),
        "shape": shape,
        "color": color,
        "size": 12 if node_type == V.PAPER else round(10 + 6 * math.sqrt(len(papers)), 1),
        "title": _node_title(node, data),
        "names": [s.lower() for s in _names(data, node)],
    }
    if positions is not None:
        record["x"], record["y"] = positions[node]
    return record


def _edge_record(
    edge_id: str,
    g: nx.MultiDiGraph,
    u: str,
    v: str,
    rel: str,
    data: Mapping[str, Any],
    nth_parallel: int,
) -> dict[str, Any]:
    lineage = rel in V.LINEAGE_RELATIONS
    record: dict[str, Any] = {
        "id": edge_id,
        "color": EDGE_COLOR.get(rel, "#888888"),
        "width": 2.5 if lineage else (0.5 if rel == V.MENTIONS else 1.5),
        "dashes": data.get("basis") == V.BASIS_NAME,
        "rel": rel,
    }
    if rel in _UNDIRECTED:
        record["arrows"] = {"to": {"enabled": False}}
    else:
        record["arrows"] = {"to": {"enabled": True, "scaleFactor": 1.0 if lineage else 0.5}}
    if nth_parallel:  # bend parallel edges apart so both stay visible
        record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 * nth_parallel}
    record["title"] = _edge_title(g, u, v, rel, data)
    return record


def _node_title(node: str, data: Mapping[str, Any]) -> str:
    """Hover HTML of a node; every value is escaped."""
    lines = [f"<b>{_e(data.get('label') or node)}</b>"]
    types = list(data.get("types") or [data.get("type") or "?"])
    lines.append(f"type: {_e(', '.join(map(str, types)))}")
    if data.get("type") == V.PAPER:
        for attr in ("arxiv", "date", "title", "comment"):
            if data.get(attr):
                lines.append(f"{attr}: {_e(data[attr])}")
    if data.get("url"):
        lines.append(f"url: {_e(data['url'])} ({_e(data.get('kind') or '?')})")
    if data.get("aliases"):
        lines.append(f"aliases: {_e(', '.join(map(str, data['aliases'])))}")
    if data.get("papers"):
        papers = list(map(str, data["papers"]))
        lines.append(f"papers ({len(papers)}): {_e(_shortlist(papers))}")
    lines.append(f"<small>{_e(node)}</small>")
    return "<br>".join(lines)


def _edge_title(g: nx.MultiDiGraph, u: str, v: str, rel: str, data: Mapping[str, Any]) -> str:
    """Hover HTML of an edge: relation, kind, score, basis and evidence sentences, escaped."""
    head = g.nodes[u].get("label") or u
    tail = g.nodes[v].get("label") or v
    kind = f" ({_e(data['kind'])})" if data.get("kind") else ""
    lines = [f"<b>{_e(head)}</b> {_e(rel)}{kind} <b>{_e(tail)}</b>"]
    if data.get("basis") == V.BASIS_NAME:
        lines.append("<i>suggested by the names only, not stated in the text</i>")
    score = [str(data[k]) for k in ("value", "metric", "split", "setting") if data.get(k)]
    if score:
        lines.append(f"score: {_e(' '.join(score))}")
    facts = [f"{k}: {data[k]}" for k in ("basis", "confidence", "support") if data.get(k)]
    if facts:
        lines.append(_e(", ".join(facts)))
    evidence = [e for e in data.get("evidence") or () if isinstance(e, Mapping)]
    quotes = "".join(
        f"<blockquote>{_e(item.get('sentence') or '')}"
        f"<br><small>{_e(item.get('paper') or '')}</small></blockquote>"
        for item in evidence[:3]
    )
    more = f"... and {len(evidence) - 3} more sentences" if len(evidence) > 3 else ""
    return "<br>".join(lines) + quotes + more


# --------------------------------------------------------------------------- page parts
def _node_legend(g: nx.MultiDiGraph, drawn: Iterable[str]) -> list[dict[str, str]]:
    present = {str(g.nodes[n].get("type")) for n in drawn}
    return [
        {"name": name, "color": color, "symbol": symbol}
        for name, (color, _, symbol) in NODE_STYLE.items()
        if name in present
    ]


def _edge_legend(edges: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    present = {e["rel"] for e in edges}
    items = [
        {"name": rel, "color": color, "dashed": False}
        for rel, color in EDGE_COLOR.items()
        if rel in present
    ]
    if any(e["dashes"] for e in edges):
        items.append(
            {
                "name": "lineage suggested by names",
                "color": EDGE_COLOR[V.DERIVED_FROM],
                "dashed": True,
            }
        )
    return items


def _search_names(g: nx.MultiDiGraph, drawn: Iterable[str]) -> list[str]:
    names = {name for n in drawn for name in _names(g.nodes[n], n)}
    return sorted(names, key=lambda s: (s.lower(), s))


def _names(data: Mapping[str, Any], node: str) -> list[str]:
    """Label and aliases: what the search box matches."""
    names = [str(data.get("label") or node)]
    names += [str(a) for a in data.get("aliases") or ()]
    return list(dict.fromkeys(names))


def _options(physics: bool) -> dict[str, Any]:
    """vis-network options; with physics a fixed random seed keeps the drawing stable."""
    options: dict[str, Any] = {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": physics},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
        "edges": {"smooth": False, "selectionWidth": 2},
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"enabled": True, "iterations": 300},
        }
    else:
        options["physics"] = {"enabled": False}
    return options


def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        keep_trailing_newline=True,
    )
    return env.get_template("graph.html")


def _vis_asset(name: str) -> str:
    """A vis-network file that pyvis ships (the newest bundled version)."""
    root = Path(pyvis.__file__).parent
    found = sorted(
        root.glob(f"**/vis-*/{name}"),
        key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.parent.name)),
    )
    if not found:
        raise FileNotFoundError(f"pyvis ships no {name}; reinstall pyvis")
    text = found[-1].read_text(encoding="utf-8")
    # a "</script" or "</style" inside would end the inline block early
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")


def _shortlist(items: list[str]) -> str:
    shown = ", ".join(items[:_MAX_LISTED])
    return shown if len(items) <= _MAX_LISTED else f"{shown}, ... ({len(items)} in all)"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)
