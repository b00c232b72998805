"""The node and edge records handed to vis-network, with their hover texts.

Records are plain dicts built here rather than through ``pyvis.Network``: pyvis looks up
every node in a list on each ``add_node`` / ``add_edge`` (quadratic: minutes for the corpus
graph's core) and we render our own template anyway. Hover texts are HTML, built and escaped
in Python: every string from the graph goes through :func:`_e`, so an abstract that contains
``</script>`` or ``<img onerror=...>`` shows as text.
"""

from __future__ import annotations

import html
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from mlkg import vocabulary as V
from mlkg.export.html_select import papers_of, rel_of

#: colour, vis shape and legend shape (an SVG path drawn in a 16x16 box) of each node type
NODE_STYLE: dict[str, tuple[str, str]] = {
    V.PAPER: ("#8d99ae", "square"),
    V.MODEL: ("#e4572e", "dot"),
    V.METHOD: ("#17a398", "diamond"),
    V.DATASET: ("#e9b949", "triangle"),
    V.BENCHMARK: ("#8e5cc4", "star"),
    V.REPOSITORY: ("#33658a", "hexagon"),
}
UNKNOWN_STYLE = ("#bbbbbb", "dot")
#: the legend's drawing of each vis shape (SVG path data in a 16x16 box)
SHAPE_PATHS: dict[str, str] = {
    "square": "M2 2h12v12H2z",
    "dot": "M8 1.5a6.5 6.5 0 1 0 0.001 0z",
    "diamond": "M8 0.5 15.5 8 8 15.5 0.5 8z",
    "triangle": "M8 1.5 15 14.5H1z",
    "star": "M8 0.5l2.2 4.9 5.3.5-4 3.6 1.2 5.2L8 12l-4.7 2.7 1.2-5.2-4-3.6 5.3-.5z",
    "hexagon": "M4.5 1.5h7L15 8l-3.5 6.5h-7L1 8z",
}

EDGE_COLOR: dict[str, str] = {
    V.DERIVED_FROM: "#c1121f",
    V.SUCCESSOR_OF: "#6a2c91",
    V.INTRODUCES: "#5c7c99",
    V.TRAINED_ON: "#b8860b",
    V.EVALUATED_ON: "#9c7bd0",
    V.COMPARED_WITH: "#3a86d4",
    V.HAS_REPOSITORY: "#2b2d42",
    V.MENTIONS: "#cccccc",
}
UNKNOWN_EDGE_COLOR = "#888888"
#: relations without a meaningful direction are drawn without an arrow
UNDIRECTED = (V.COMPARED_WITH, V.MENTIONS)
#: how many papers, scores, repositories and evidence sentences a hover lists
MAX_PAPERS, MAX_SCORES, MAX_REPOSITORIES, MAX_EVIDENCE, MAX_ALIASES = 10, 12, 6, 3, 12

_ARXIV_ID = re.compile(r"^paper/arxiv-(.+)$")


def node_size(g: nx.MultiDiGraph, node: str) -> float:
    """Radius by the number of papers that mention the node, on a log scale.

    Square roots made the corpus's hubs (CLIP: 1,392 papers) cover their neighbours; the
    log keeps one more paper visible at the small end and hubs at about five times a leaf.
    """
    if g.nodes[node].get("type") == V.PAPER:
        return 12.0
    return round(10 + 6 * math.log2(1 + papers_of(g, node)), 1)


class Hovers:
    """Per-node facts gathered from the edges once: scores and repositories."""

    def __init__(self, g: nx.MultiDiGraph) -> None:
        self.g = g
        self.scores: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        self.repositories: dict[str, list[str]] = defaultdict(list)
        #: lineage seen from each end: (relation or kind, other node, stated or by name)
        self.parents: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        self.children: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
        introduced_by: dict[str, list[str]] = defaultdict(list)
        for u, v, k, d in g.edges(keys=True, data=True):
            rel = rel_of(k, d)
            if rel in V.LINEAGE_RELATIONS:
                how = str(d.get("kind") or rel)
                by_name = d.get("basis") == V.BASIS_NAME
                self.parents[u].append((how, v, by_name))
                self.children[v].append((how, u, by_name))
            elif rel == V.EVALUATED_ON:
                score = tuple(str(d.get(a) or "") for a in ("value", "metric", "split", "setting"))
                self.scores[u].append((self.label(v), *score))
                self.scores[v].append((self.label(u), *score))
            elif rel == V.HAS_REPOSITORY:
                self.repositories[u].append(v)
            elif rel == V.INTRODUCES:
                introduced_by[v].append(u)
        # an entity's repositories: those of the papers that introduce it
        for entity, papers in introduced_by.items():
            repos = [r for p in papers for r in self.repositories.get(p, ())]
            if repos:
                self.repositories[entity] = list(dict.fromkeys(repos))

    def label(self, node: str) -> str:
        return str(self.g.nodes[node].get("label") or node) if node in self.g else node

    def node_title(self, node: str) -> str:
        """Hover HTML of a node: label, type, aliases, papers, scores, repositories."""
        data = self.g.nodes[node]
        node_type = str(data.get("type") or "?")
        color, _ = NODE_STYLE.get(node_type, UNKNOWN_STYLE)
        types = ", ".join(map(str, data.get("types") or [node_type]))
        parts = [
            f'<div class="tip-head"><span class="tip-dot" style="background:{color}"></span>'
            f'<b>{_e(self.label(node))}</b> <span class="tip-type">{_e(types)}</span></div>'
        ]
        if node_type == V.PAPER:
            for attr in ("title", "arxiv", "date", "comment"):
                if data.get(attr):
                    parts.append(_row(attr, _e(data[attr])))
            if data.get("arxiv"):
                parts.append(_row("link", _link(_arxiv_url(str(data["arxiv"])), "arXiv page")))
            sources = [str(s) for s in data.get("sources") or ()]
            if sources:
                parts.append(_row("read from", _e(_shortlist(sources, MAX_PAPERS))))
        if data.get("url"):
            url = str(data["url"])
            parts.append(_row("url", f"{_link(url, url)} ({_e(data.get('kind') or '?')})"))
        aliases = [str(a) for a in data.get("aliases") or ()]
        if aliases:
            more = f", ... ({len(aliases)} in all)" if len(aliases) > MAX_ALIASES else ""
            parts.append(_row("aliases", _e(", ".join(aliases[:MAX_ALIASES])) + more))
        papers = [str(p) for p in data.get("papers") or ()]
        if papers:
            shown = ", ".join(self.paper_ref(p) for p in papers[:MAX_PAPERS])
            more = f", ... ({len(papers)} in all)" if len(papers) > MAX_PAPERS else ""
            parts.append(_row(f"papers ({len(papers)})", shown + more))
        for key, family in (("derived from", self.parents), ("derivatives", self.children)):
            if family.get(node):
                parts.append(_row(key, self._lineage(family[node])))
        # scored rows first, then the benchmarks a node was evaluated on without a number
        scores = sorted(set(self.scores.get(node, ())), key=lambda s: (not s[1], s))
        if scores:
            rows = "".join(
                f'<tr><td>{_e(other)}</td><td class="num">{_e(value)}</td>'
                f"<td>{_e(' '.join(x for x in rest if x))}</td></tr>"
                for other, value, *rest in scores[:MAX_SCORES]
            )
            more = (
                f'<div class="tip-more">... {len(scores) - MAX_SCORES} more scores</div>'
                if len(scores) > MAX_SCORES
                else ""
            )
            parts.append(
                f'<div class="tip-sec"><span class="tip-key">scores</span>'
                f'<table class="tip-scores">{rows}</table>{more}</div>'
            )
        repos = self.repositories.get(node, ())
        if repos:
            links = ", ".join(
                f"{_link(u, u)} ({_e(self.g.nodes[r].get('kind') or '?')})"
                for r in repos[:MAX_REPOSITORIES]
                for u in [str(self.g.nodes[r].get("url") or self.label(r))]
            )
            parts.append(_row("repositories", links))
        parts.append(f'<div class="tip-id">{_e(node)}</div>')
        return "".join(parts)

    def _lineage(self, family: list[tuple[str, str, bool]]) -> str:
        items = sorted(set(family), key=lambda f: (self.label(f[1]).lower(), f))
        shown = ", ".join(
            f"<b>{_e(self.label(other))}</b> ({_e(how)}{', by name' if by_name else ''})"
            for how, other, by_name in items[:MAX_SCORES]
        )
        return shown + (f", ... ({len(items)} in all)" if len(items) > MAX_SCORES else "")

    def paper_ref(self, paper: str) -> str:
        """A paper as a reader finds it again: arXiv id (linked), else where it was read."""
        data = self.g.nodes[paper] if paper in self.g else {}
        arxiv = data.get("arxiv")
        if not arxiv and (match := _ARXIV_ID.match(paper)):
            arxiv = match.group(1)
        if arxiv:
            return _link(_arxiv_url(str(arxiv)), f"arXiv:{arxiv}")
        sources = data.get("sources") or ()
        if sources:
            return f'<span title="{_e(data.get("label") or paper)}">{_e(sources[0])}</span>'
        return _e(data.get("label") or paper)

    def edge_title(self, u: str, v: str, rel: str, data: Mapping[str, Any]) -> str:
        """Hover HTML of an edge: relation, kind, score, basis and the evidence sentences."""
        kind = f" <i>({_e(data['kind'])})</i>" if data.get("kind") else ""
        parts = [
            f'<div class="tip-head"><b>{_e(self.label(u))}</b> '
            f'<span class="tip-rel">{_e(rel)}</span>{kind} <b>{_e(self.label(v))}</b></div>'
        ]
        if data.get("basis") == V.BASIS_NAME:
            parts.append('<div class="tip-note">suggested by the names only, not stated</div>')
        score = [str(data[k]) for k in ("value", "metric", "split", "setting") if data.get(k)]
        if score:
            parts.append(_row("score", _e(" ".join(score))))
        facts = [f"{k}: {data[k]}" for k in ("basis", "confidence", "support") if data.get(k)]
        if facts:
            parts.append(f'<div class="tip-facts">{_e(", ".join(facts))}</div>')
        evidence = [e for e in data.get("evidence") or () if isinstance(e, Mapping)]
        for item in evidence[:MAX_EVIDENCE]:
            paper = str(item.get("paper") or "")
            parts.append(
                f"<blockquote>{_e(item.get('sentence') or '')}"
                f'<span class="tip-src">{self.paper_ref(paper) if paper else ""}</span>'
                "</blockquote>"
            )
        if len(evidence) > MAX_EVIDENCE:
            more = len(evidence) - MAX_EVIDENCE
            parts.append(f'<div class="tip-more">... and {more} more sentences</div>')
        return "".join(parts)


def node_record(
    g: nx.MultiDiGraph,
    hovers: Hovers,
    node: str,
    position: tuple[float, float] | None,
    level: int | None,
) -> dict[str, Any]:
    data = g.nodes[node]
    node_type = str(data.get("type") or "")
    color, shape = NODE_STYLE.get(node_type, UNKNOWN_STYLE)
    size = node_size(g, node)
    record: dict[str, Any] = {
        "id": node,
        "label": display_label(hovers.label(node), node_type),
        "type": node_type,
        "shape": shape,
        "color": color,
        "size": size,
        # bigger nodes get bigger labels: the hubs stay named when zoomed out
        "font": {"size": round(12 + size / 4, 1)},
        "title": hovers.node_title(node),
        "names": [s.lower() for s in search_names(data, node)],
    }
    if position is not None:
        record["x"], record["y"] = position
    if level is not None:
        record["level"] = level
    return record


def edge_record(
    hovers: Hovers,
    edge_id: str,
    u: str,
    v: str,
    rel: str,
    data: Mapping[str, Any],
    nth_parallel: int,
) -> dict[str, Any]:
    lineage = rel in V.LINEAGE_RELATIONS
    record: dict[str, Any] = {
        "id": edge_id,
        "from": u,
        "to": v,
        "rel": rel,
        "color": EDGE_COLOR.get(rel, UNKNOWN_EDGE_COLOR),
        "width": 3.0 if lineage else (0.5 if rel == V.MENTIONS else 1.5),
        "dashes": data.get("basis") == V.BASIS_NAME,
    }
    if rel in UNDIRECTED:
        record["arrows"] = {"to": {"enabled": False}}
    else:
        record["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.9 if lineage else 0.5}}
    if nth_parallel:  # bend parallel edges apart so both stay visible
        record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2 * nth_parallel}
    record["title"] = hovers.edge_title(u, v, rel, data)
    return record


def search_names(data: Mapping[str, Any], node: str) -> list[str]:
    """What the search box matches: label, aliases, a paper's arXiv id, a repository's URL."""
    names = [str(data.get("label") or node)]
    names += [str(a) for a in data.get("aliases") or ()]
    for attr in ("arxiv", "url"):
        if data.get(attr):
            names.append(str(data[attr]))
    return list(dict.fromkeys(names))


def node_legend(present: Iterable[str], counts: Mapping[str, int]) -> list[dict[str, Any]]:
    """Legend rows of the node types on the page, in the vocabulary's order."""
    present = set(present)
    return [
        {
            "name": name,
            "color": color,
            "path": SHAPE_PATHS[shape],
            "count": counts.get(name, 0),
        }
        for name, (color, shape) in NODE_STYLE.items()
        if name in present
    ]


def edge_legend(edges: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Legend rows of the relations drawn, and the dashed name-suggested lineage."""
    edges = list(edges)
    present = {e["rel"] for e in edges}
    items = [
        {"name": rel, "color": color, "dashed": False, "arrow": rel not in UNDIRECTED}
        for rel, color in EDGE_COLOR.items()
        if rel in present
    ]
    if any(e["dashes"] for e in edges):
        items.append(
            {
                "name": "lineage suggested by names",
                "color": EDGE_COLOR[V.DERIVED_FROM],
                "dashed": True,
                "arrow": True,
            }
        )
    return items


def display_label(label: str, node_type: str, limit: int = 36) -> str:
    """The name drawn on the canvas: URLs lose their scheme, long paper titles are cut.

    Labels are drawn on one line; a full title would overlap its neighbours (the hover and
    the details panel have it whole).
    """
    if node_type == V.REPOSITORY:
        label = re.sub(r"^https?://(www\.)?", "", label)
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _row(key: str, value_html: str) -> str:
    return f'<div class="tip-sec"><span class="tip-key">{_e(key)}</span> {value_html}</div>'


def _link(url: str, text: str) -> str:
    if not re.match(r"https?://", url):
        return _e(text)
    return f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer">{_e(text)}</a>'


def _arxiv_url(arxiv: str) -> str:
    return f"https://arxiv.org/abs/{arxiv}"


def _shortlist(items: list[str], limit: int) -> str:
    shown = ", ".join(items[:limit])
    return shown if len(items) <= limit else f"{shown}, ... ({len(items)} in all)"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)
