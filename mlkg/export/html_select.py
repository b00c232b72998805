"""Which nodes the HTML page draws: everything, a readable core, or a focused neighbourhood.

A browser stays responsive with about a thousand drawn nodes; the corpus graph has nearly
two hundred thousand. So a graph (or a focused neighbourhood) above ``max_nodes`` gets a
*core*: papers and repositories are not drawn (each drawn node lists them on hover), and the
entities are chosen by what readers look for first: the most-mentioned models with their
lineage, the most-used benchmarks and datasets, the most-mentioned methods. A focused core
keeps what is linked to the focus by a stated relation, nearest first. The selection says
what it left out, so the page can say it too.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from mlkg import vocabulary as V

#: share of a core's node budget for models (with their lineage), data, and methods
MODEL_SHARE, DATA_SHARE = 0.5, 0.3
#: relations that tie two entities (what a core draws)
ENTITY_RELATIONS = (
    V.DERIVED_FROM,
    V.SUCCESSOR_OF,
    V.EVALUATED_ON,
    V.TRAINED_ON,
    V.COMPARED_WITH,
)
_DATA_TYPES = (V.DATASET, V.BENCHMARK)
_NOT_IN_CORE = (V.PAPER, V.REPOSITORY)


@dataclass
class Selection:
    """The drawn nodes (sorted) and what a reader should be told about the rest."""

    nodes: list[str]
    #: "all" (every candidate drawn), "core" (a budgeted choice of entities)
    mode: str
    #: the focus node, when the page is focused
    focus: str | None = None
    depth: int = 0
    #: number of candidate nodes (the whole graph, or the focus neighbourhood)
    candidates: int = 0
    #: candidates not drawn, by type
    left_out: Counter[str] = field(default_factory=Counter)


def rel_of(key: str, data: dict) -> str:
    """The relation of an edge (its ``rel`` attribute, else the head of its key)."""
    return str(data.get("rel") or str(key).split(":", 1)[0])


def papers_of(g: nx.MultiDiGraph, node: str) -> int:
    """How many papers mention ``node``: its weight everywhere on the page."""
    return len(g.nodes[node].get("papers") or ())


def find_node(g: nx.MultiDiGraph, name: str) -> str:
    """The node called ``name``: its id, label, an alias or an arXiv id, ignoring case.

    A label beats an alias; among equals the most-mentioned wins (the corpus has several
    short names shared by two entities). Raises ``ValueError`` naming close matches.
    """
    wanted = name.strip().lower()
    if name in g:
        return name
    best: tuple[int, int, str] | None = None
    for node, data in g.nodes(data=True):
        label = str(data.get("label") or node).lower()
        if label == wanted or str(data.get("arxiv") or "").lower() == wanted:
            rank = 0
        elif any(str(a).lower() == wanted for a in data.get("aliases") or ()):
            rank = 1
        elif str(node).lower() == wanted:
            rank = 0
        else:
            continue
        candidate = (rank, -papers_of(g, node), str(node))
        if best is None or candidate < best:
            best = candidate
    if best is not None:
        return best[2]
    labels = sorted({str(d.get("label") or n) for n, d in g.nodes(data=True)})
    close = difflib.get_close_matches(name, labels, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
    raise ValueError(f"no node called {name!r} in the graph{hint}")


def select_nodes(g: nx.MultiDiGraph, *, focus: str | None, depth: int, max_nodes: int) -> Selection:
    """The nodes to draw (see the module docstring)."""
    if focus is None:
        candidates = sorted(map(str, g.nodes))
        if len(candidates) <= max_nodes:
            return Selection(candidates, "all", candidates=len(candidates))
        chosen = _core(g, candidates, max_nodes)
        return _finish(g, Selection(chosen, "core", candidates=len(candidates)), candidates)

    center = find_node(g, focus)
    distance = nx.single_source_shortest_path_length(
        g.to_undirected(as_view=True), center, cutoff=max(depth, 0)
    )
    candidates = sorted(distance)
    if len(candidates) <= max_nodes:
        selection = Selection(candidates, "all", center, depth, len(candidates))
        return selection
    chosen = _focused_core(g, center, depth, max_nodes)
    selection = Selection(chosen, "core", center, depth, len(candidates))
    return _finish(g, selection, candidates)


def _finish(g: nx.MultiDiGraph, selection: Selection, candidates: Iterable[str]) -> Selection:
    drawn = set(selection.nodes)
    selection.left_out = Counter(
        str(g.nodes[n].get("type") or "?") for n in candidates if n not in drawn
    )
    return selection


def _core(g: nx.MultiDiGraph, candidates: list[str], budget: int) -> list[str]:
    """Models and their lineage, the most-used data, the most-mentioned methods."""
    by_type: dict[str, list[str]] = {}
    for node in candidates:
        node_type = str(g.nodes[node].get("type") or "")
        if node_type not in _NOT_IN_CORE:
            by_type.setdefault(node_type, []).append(node)

    def heaviest(nodes: Iterable[str]) -> list[str]:
        return sorted(nodes, key=lambda n: (-papers_of(g, n), n))

    chosen: list[str] = []
    taken: set[str] = set()

    def take(nodes: Iterable[str], limit: int) -> None:
        for node in nodes:
            if len(chosen) >= limit:
                return
            if node not in taken:
                taken.add(node)
                chosen.append(node)

    models = heaviest(by_type.get(V.MODEL, ()))
    model_budget = int(budget * MODEL_SHARE)
    # the best-known models first, then their parents and children, then more models
    take(models, model_budget // 2)
    lineage = {
        other
        for u, v, k, d in g.edges(keys=True, data=True)
        if rel_of(k, d) in V.LINEAGE_RELATIONS
        for node, other in ((u, v), (v, u))
        if node in taken
    }
    take(heaviest(lineage), model_budget)
    take(models, model_budget)

    usage: Counter[str] = Counter(
        v
        for _, v, k, d in g.edges(keys=True, data=True)
        if rel_of(k, d) in (V.EVALUATED_ON, V.TRAINED_ON)
    )
    data = [n for t in _DATA_TYPES for n in by_type.get(t, ())]
    data.sort(key=lambda n: (-usage[n], -papers_of(g, n), n))
    take(data, len(chosen) + int(budget * DATA_SHARE))
    take(heaviest(by_type.get(V.METHOD, ())), budget)
    others = [n for t, nodes in sorted(by_type.items()) if t not in V.ENTITY_TYPES for n in nodes]
    take(heaviest(others), budget)
    # a budget a type could not fill goes to the rest, heaviest first
    take(heaviest(n for nodes in by_type.values() for n in nodes), budget)
    return sorted(chosen)


def _focused_core(g: nx.MultiDiGraph, center: str, depth: int, budget: int) -> list[str]:
    """The focus and what stated relations tie to it within ``depth``, nearest first."""
    entities = nx.Graph()
    entities.add_node(center)
    entities.add_edges_from(
        (u, v)
        for u, v, k, d in g.edges(keys=True, data=True)
        if rel_of(k, d) in ENTITY_RELATIONS and u != v
    )
    distance = nx.single_source_shortest_path_length(entities, center, cutoff=max(depth, 0))
    ranked = sorted(distance, key=lambda n: (distance[n], -papers_of(g, n), n))
    return sorted(ranked[:budget])
