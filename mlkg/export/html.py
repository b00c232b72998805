"""The graph as one self-contained interactive HTML page (vis-network, as shipped by pyvis).

The page comes from our own template (``templates/graph.html``) because pyvis's templates
pull Bootstrap from a CDN, and this page must open from disk with no network: vis-network's
JS and CSS, which pyvis ships in its package, are pasted inline.

Readability rules: nodes are coloured and shaped by type and sized by the number of papers
that mention them; lineage is drawn as arrows, and a lineage guessed from names only is
dashed. Small pages (up to ``PHYSICS_LIMIT`` nodes) let vis-network's physics settle from a
fixed seed and draw each paper's ``mentions`` lines; bigger pages get positions computed in
Python (:mod:`mlkg.export.html_layout`) and open still, with mentions listed on hover; a
graph above ``max_nodes`` is drawn as a readable core (:mod:`mlkg.export.html_select`) and
the page says what it left out. ``layout="hierarchical"`` draws lineage generations as rows.
The same graph and arguments always give the same bytes.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup

from mlkg import vocabulary as V
from mlkg.export.html_layout import LAYOUT_SEED, force_layout, generations
from mlkg.export.html_records import (
    NODE_STYLE,
    Hovers,
    edge_legend,
    edge_record,
    node_legend,
    node_record,
    node_size,
    search_names,
)
from mlkg.export.html_select import Selection, papers_of, rel_of, select_nodes

#: above this many drawn nodes physics is off, positions come from Python, mentions are
#: not drawn
PHYSICS_LIMIT = 300
#: above this many nodes (in the graph or the focus neighbourhood) a core is drawn
MAX_NODES = 1000
#: pages with more drawn nodes hide edges while dragging and zooming (keeps 60 fps)
FAST_DRAW_LIMIT = 1500

__all__ = ["MAX_NODES", "PHYSICS_LIMIT", "render_html", "write_html"]

_Edge = tuple[str, str, str, Mapping[str, Any]]
_PLURAL = {V.PAPER: "papers", V.MODEL: "models", V.METHOD: "methods", V.DATASET: "datasets"}
_PLURAL |= {V.BENCHMARK: "benchmarks", V.REPOSITORY: "repositories"}


def write_html(
    g: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    title: str = "mlkg knowledge graph",
    focus: str | None = None,
    depth: int = 2,
    layout: Literal["force", "hierarchical"] = "force",
    max_nodes: int = MAX_NODES,
) -> None:
    """Write an interactive, offline page of ``g`` to ``path``.

    ``focus`` names a node (label, alias, id or arXiv id, any case) whose neighbourhood up to
    ``depth`` steps is drawn instead of the whole graph (``ValueError`` if there is none).
    ``layout="hierarchical"`` draws lineage top-down, parents above children. Graphs (or
    neighbourhoods) above ``max_nodes`` nodes are drawn as a core; the page says what is left
    out. ``g.graph["built_at"]`` and ``g.graph["inputs"]``, when set, show in the title bar.
    """
    text = render_html(g, title=title, focus=focus, depth=depth, layout=layout, max_nodes=max_nodes)
    Path(path).write_text(text, encoding="utf-8")


def render_html(
    g: nx.MultiDiGraph,
    *,
    title: str = "mlkg knowledge graph",
    focus: str | None = None,
    depth: int = 2,
    layout: Literal["force", "hierarchical"] = "force",
    max_nodes: int = MAX_NODES,
) -> str:
    """The page as a string (see :func:`write_html`)."""
    if layout not in ("force", "hierarchical"):
        raise ValueError(f"layout must be 'force' or 'hierarchical', not {layout!r}")
    selection = select_nodes(g, focus=focus, depth=depth, max_nodes=max(max_nodes, 1))
    drawn = selection.nodes
    small = len(drawn) <= PHYSICS_LIMIT and selection.mode == "all"
    edges = [e for e in _sorted_edges(g, set(drawn)) if small or rel_of(e[2], e[3]) != V.MENTIONS]
    hierarchical = layout == "hierarchical"
    physics = small and not hierarchical
    positions = levels = None
    if hierarchical:
        levels = _levels(drawn, edges)
    else:
        # small pages start physics from these positions (vis-network's own start, its
        # "improved layout", gives up on graphs of many small clusters and logs so)
        sizes = {n: node_size(g, n) for n in drawn}
        positions = force_layout(drawn, [(u, v) for u, v, *_ in edges], sizes)

    hovers = Hovers(g)
    nodes = [
        node_record(
            g,
            hovers,
            n,
            positions[n] if positions else None,
            levels[n] if levels is not None else None,
        )
        for n in drawn
    ]
    records = []
    parallel: Counter[tuple[str, str]] = Counter()
    for i, (u, v, key, data) in enumerate(edges):
        pair = (min(u, v), max(u, v))
        records.append(edge_record(hovers, f"e{i}", u, v, rel_of(key, data), data, parallel[pair]))
        parallel[pair] += 1

    drawn_types = Counter(str(g.nodes[n].get("type") or "") for n in drawn)
    return _template().render(
        title=title,
        stats=_stats(g),
        built=_built(g),
        note=_note(g, selection, len(records), small),
        vis_js=Markup(_vis_asset("vis-network.min.js")),
        vis_css=Markup(_vis_asset("vis-network.css")),
        nodes=nodes,
        edges=records,
        options=_options(physics=physics, hierarchical=hierarchical, n_nodes=len(drawn)),
        names=sorted(
            {name for n in drawn for name in search_names(g.nodes[n], n)},
            key=lambda s: (s.lower(), s),
        ),
        hidden=_hidden_index(g, selection),
        focus=selection.focus if selection.focus in set(drawn) else None,
        node_legend=node_legend(drawn_types, drawn_types),
        edge_legend=edge_legend(records),
    )


# --------------------------------------------------------------------------- edges, levels
def _sorted_edges(g: nx.MultiDiGraph, drawn: set[str]) -> list[_Edge]:
    """The edges between drawn nodes, sorted by head, tail and key."""
    edges = [
        (str(u), str(v), str(k), d)
        for u, v, k, d in g.edges(keys=True, data=True)
        if str(u) in drawn and str(v) in drawn
    ]
    return sorted(edges, key=lambda e: e[:3])


def _levels(drawn: Sequence[str], edges: Sequence[_Edge]) -> dict[str, int]:
    """Generation rows: along lineage edges (child -> parent) the parent is one row up."""
    parents = [(v, u) for u, v, k, d in edges if rel_of(k, d) in V.LINEAGE_RELATIONS]
    others = [(u, v) for u, v, k, d in edges if rel_of(k, d) not in V.LINEAGE_RELATIONS]
    return generations(drawn, parents, others)


# --------------------------------------------------------------------------- page texts
def _stats(g: nx.MultiDiGraph) -> list[str]:
    """What the graph holds: papers, nodes of each type, edges."""
    counts = Counter(str(d.get("type") or "?") for _, d in g.nodes(data=True))
    order = [t for t in NODE_STYLE if counts.get(t)] + sorted(set(counts) - set(NODE_STYLE))
    parts = [f"{counts[t]:,} {_PLURAL.get(t, t)}" for t in order]
    return [*parts, f"{g.number_of_edges():,} edges"]


def _built(g: nx.MultiDiGraph) -> dict[str, str]:
    """When and from what the graph was built, from ``g.graph`` (either may be missing)."""
    built_at = str(g.graph.get("built_at") or "")
    inputs = g.graph.get("inputs") or []
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    inputs = [str(i) for i in inputs]
    shown = ", ".join(Path(i).name or i for i in inputs[:3])
    if len(inputs) > 3:
        shown += f" and {len(inputs) - 3} more"
    return {"at": built_at, "inputs": shown, "inputs_full": "\n".join(inputs)}


def _note(g: nx.MultiDiGraph, selection: Selection, n_edges: int, small: bool) -> str:
    """What the page draws and, for a core, what it left out and how to see it."""
    drawn = len(selection.nodes)
    label = g.nodes[selection.focus].get("label") if selection.focus else None
    if selection.mode == "all":
        where = (
            f"the neighbourhood of {label} within {_steps(selection.depth)}: "
            if label is not None
            else ""
        )
        note = f"Showing {where}{drawn:,} nodes and {n_edges:,} edges"
        if not small and any(g.nodes[n].get("type") == V.PAPER for n in selection.nodes):
            note += "; which papers mention a node is listed on hover, not drawn"
        return note + "."
    if label is not None:
        note = (
            f"Showing {label} and the {drawn - 1:,} nodes tied to it by stated relations "
            f"within {_steps(selection.depth)}, nearest and most-mentioned first "
            f"({drawn:,} of the {selection.candidates:,} nodes in its neighbourhood)."
        )
    else:
        note = (
            f"Showing a readable core of {drawn:,} of {selection.candidates:,} nodes: "
            "the most-mentioned models with their lineage, the most-used benchmarks and "
            "datasets, the most-mentioned methods."
        )
    left = selection.left_out
    listed = [f"{left[t]:,} {_PLURAL.get(t, t)}" for t in (V.PAPER, V.REPOSITORY) if left[t]]
    rest = [
        f"{left[t]:,} {_PLURAL.get(t, t)}"
        for t in [*NODE_STYLE, *sorted(set(left) - set(NODE_STYLE))]
        if left[t] and t not in (V.PAPER, V.REPOSITORY)
    ]
    if listed:
        note += f" Left out: {' and '.join(listed)} (listed on the hover of each node)"
    if rest:
        note += ("; " if listed else " Left out: ") + ", ".join(rest)
    return note + ". The search box also finds left-out names."


def _steps(depth: int) -> str:
    return f"{depth} step" if depth == 1 else f"{depth} steps"


def _hidden_index(g: nx.MultiDiGraph, selection: Selection) -> list[list[Any]]:
    """Entities a core left out, so the search box can say where they went.

    Each row: label, type, number of papers, then the other names, lower-cased.
    """
    if selection.mode != "core":
        return []
    drawn = set(selection.nodes)
    rows = []
    for node, data in g.nodes(data=True):
        if node in drawn or data.get("type") in (V.PAPER, V.REPOSITORY):
            continue
        names = [s.lower() for s in search_names(data, node)]
        label = names[0]
        others = sorted(set(names[1:]) - {label})
        rows.append([str(data.get("label") or node), data.get("type"), papers_of(g, node), *others])
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    return rows


# --------------------------------------------------------------------------- vis options
def _options(physics: bool, hierarchical: bool, n_nodes: int) -> dict[str, Any]:
    """vis-network options; with physics a fixed random seed keeps the drawing stable."""
    big = n_nodes > FAST_DRAW_LIMIT
    options: dict[str, Any] = {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
        },
        "nodes": {
            "borderWidth": 1,
            "borderWidthSelected": 3,
            "font": {
                "face": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
                "color": "#1d2430",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            # labels smaller than this many screen pixels are not drawn: hubs stay named
            "scaling": {"label": {"drawThreshold": 6}},
        },
        "edges": {
            "smooth": False,
            "selectionWidth": 2,
            "hoverWidth": 1.5,
            "arrowStrikethrough": False,
        },
    }
    if hierarchical:
        options["layout"]["improvedLayout"] = False
        options["layout"]["hierarchical"] = {
            "enabled": True,
            "direction": "UD",
            "sortMethod": "directed",
            "levelSeparation": 150,
            "nodeSpacing": 170,
            "treeSpacing": 220,
            "blockShifting": True,
            "edgeMinimization": n_nodes <= PHYSICS_LIMIT,
            "parentCentralization": True,
            "shakeTowards": "roots",
        }
        options["physics"] = {"enabled": False}
    elif physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -80,
                "centralGravity": 0.012,
                "springLength": 110,
                "springConstant": 0.06,
                "avoidOverlap": 0.4,
            },
            "stabilization": {"enabled": True, "iterations": 400, "fit": True},
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
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
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
