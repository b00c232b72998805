"""Node positions for the HTML page, computed in Python so that big pages open still.

vis-network's own physics needs minutes to settle a few thousand nodes in a browser, and
networkx's ``forceatlas2_layout`` / ``spring_layout`` are O(n²) Python-level loops (measured on
1,500 nodes of the corpus graph: 14 s and 8 s). Here each connected component is laid out
on its own by a Fruchterman-Reingold force model vectorised with numpy (1,500 nodes: about a
second), scaled so that edges have a readable length, and the components are packed in rows,
biggest first: a big graph shows its large clusters side by side instead of a hairball with
isolated nodes flung to the rim.

``generations`` gives lineage pages their rows: parents above children.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import networkx as nx
import numpy as np

#: seed of every random start: the same graph always gets the same picture
LAYOUT_SEED = 42
#: wanted length of an edge, in vis-network canvas units (a default node is 25 wide)
EDGE_LENGTH = 110.0
#: pull towards the centre of a component (relative to the all-pairs repulsion)
GRAVITY = 0.03
#: canvas area each node of a big component gets: a side of this many units
NODE_SPACING = 120.0
#: gap between packed components
COMPONENT_GAP = 70.0

Position = tuple[float, float]


def force_layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], sizes: dict[str, float] | None = None
) -> dict[str, Position]:
    """Positions of ``nodes`` (rounded, deterministic): each component laid out, then packed.

    ``sizes`` (node radius in canvas units) make room around big nodes in small components.
    """
    h = nx.Graph()
    h.add_nodes_from(nodes)
    h.add_edges_from((u, v) for u, v in edges if u != v and u in h and v in h)
    order = {n: i for i, n in enumerate(nodes)}
    components = [sorted(c, key=order.__getitem__) for c in nx.connected_components(h)]
    components.sort(key=lambda c: (-len(c), order[c[0]]))
    sizes = sizes or {}

    placed: list[tuple[list[str], np.ndarray, float]] = []
    for component in components:
        xy = _component_layout(h, component)
        radius = max(sizes.get(n, 10.0) for n in component)
        span = xy.max(axis=0) - xy.min(axis=0) if len(component) > 1 else np.zeros(2)
        xy = xy - xy.min(axis=0)
        placed.append((component, xy, float(max(span.max(), 0.0)) + 2 * radius))
    return _pack(placed)


def _component_layout(h: nx.Graph, component: list[str]) -> np.ndarray:
    """Fruchterman-Reingold on one component, scaled to a readable density.

    The scale is the larger of two: the median edge EDGE_LENGTH long (sparse chains) and
    every node a NODE_SPACING square of the bounding box (dense clusters around hubs, whose
    median edge is short).
    """
    n = len(component)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[0.0, 0.0], [EDGE_LENGTH, 0.0]])
    index = {node: i for i, node in enumerate(component)}
    sub = h.subgraph(component)
    # each edge as (low, high), then in one order: the force sums must add in the same
    # order whatever order the graph hands the edges over in
    pairs = np.array(
        sorted((min(index[u], index[v]), max(index[u], index[v])) for u, v in sub.edges),
        dtype=np.int64,
    )
    pos = _fruchterman_reingold(n, pairs)
    lengths = np.linalg.norm(pos[pairs[:, 0]] - pos[pairs[:, 1]], axis=1)
    by_edges = EDGE_LENGTH / max(float(np.median(lengths)), 1e-9)
    span = pos.max(axis=0) - pos.min(axis=0)
    by_area = NODE_SPACING * math.sqrt(n / max(float(span[0] * span[1]), 1e-9))
    return pos * max(by_edges, by_area)


def _fruchterman_reingold(n: int, pairs: np.ndarray) -> np.ndarray:
    """Positions in a unit box: all-pairs repulsion k²/d, edge attraction d²/k, cooling.

    Dense numpy on two coordinate vectors (not an n×n×2 array, which is three times
    slower): O(n²) per step, fine for the page's node limit (a few thousand).
    """
    rng = np.random.default_rng(LAYOUT_SEED)
    pos = rng.random((n, 2))
    k = 1.0 / math.sqrt(n)
    iterations = 200 if n <= 500 else (120 if n <= 2000 else 60)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    dtype = np.float32 if n > 800 else np.float64
    pos = pos.astype(dtype)
    heads, tails = pairs[:, 0], pairs[:, 1]
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    k2 = dtype(k * k)
    # ForceAtlas2's "mass": repulsion grows with degree, so hubs push each other (and
    # their fans of leaves) apart instead of piling up in the middle
    mass = np.bincount(pairs.ravel(), minlength=n).astype(dtype) + 1
    mass /= mass.mean()
    for _ in range(iterations):
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        weight = dx * dx
        weight += dy * dy
        np.maximum(weight, 1e-6, out=weight)
        np.divide(k2, weight, out=weight)  # repulsion k²/d along the unit vector: k²/d²
        # sums, not a BLAS product: a multi-threaded BLAS adds in a varying order, and the
        # page must be the same bytes every time
        weight *= mass[None, :]
        fx = mass * (dx * weight).sum(axis=1)
        fy = mass * (dy * weight).sum(axis=1)
        ex, ey = x[heads] - x[tails], y[heads] - y[tails]
        pull = np.sqrt(ex * ex + ey * ey) / k
        np.subtract.at(fx, heads, ex * pull)
        np.subtract.at(fy, heads, ey * pull)
        np.add.at(fx, tails, ex * pull)
        np.add.at(fy, tails, ey * pull)
        # a little gravity keeps loosely tied parts of a component together
        fx -= (x - x.mean()) * mass * (GRAVITY * n * k)
        fy -= (y - y.mean()) * mass * (GRAVITY * n * k)
        norm = np.maximum(np.sqrt(fx * fx + fy * fy), 1e-9)
        step = np.minimum(norm, temperature) / norm
        x += fx * step
        y += fy * step
        temperature -= cooling
    pos = np.column_stack([x, y])
    return pos.astype(np.float64)


def _pack(placed: list[tuple[list[str], np.ndarray, float]]) -> dict[str, Position]:
    """Shelf packing: components left to right in rows about as wide as the total is tall."""
    total = sum((extent + COMPONENT_GAP) ** 2 for *_, extent in placed)
    row_width = max(math.sqrt(total) * 1.6, max((e for *_, e in placed), default=0.0))
    positions: dict[str, Position] = {}
    x = y = row_height = 0.0
    for component, xy, extent in placed:
        if x > 0 and x + extent > row_width:
            x, y, row_height = 0.0, y + row_height + COMPONENT_GAP, 0.0
        offset = np.array([x, y]) + (extent - (xy.max(axis=0) - xy.min(axis=0))) / 2
        for node, (px, py) in zip(component, xy + offset, strict=True):
            positions[node] = (round(float(px), 1), round(float(py), 1))
        x += extent + COMPONENT_GAP
        row_height = max(row_height, extent)
    # centre the picture on the origin, where vis-network starts looking
    if positions:
        xs = [p[0] for p in positions.values()]
        ys = [p[1] for p in positions.values()]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        positions = {n: (round(px - cx, 1), round(py - cy, 1)) for n, (px, py) in positions.items()}
    return positions


def generations(
    nodes: Sequence[str],
    parent_edges: Iterable[tuple[str, str]],
    other_edges: Iterable[tuple[str, str]],
) -> dict[str, int]:
    """The row of every node on a lineage page: 0 for the oldest ancestors, parents above.

    ``parent_edges`` are (parent, child) pairs. A node's row is one below its deepest parent
    (the longest path from a root), so a generation reads as one row, and a root sits just
    above its highest child; a cycle (A derived from B and B from A, which extraction can
    produce) shares one row.
    Nodes outside the lineage (papers, benchmarks) sit on the row of the first lineage node
    they touch, and anything unconnected on row 0.
    """
    lineage = nx.DiGraph()
    lineage.add_edges_from((p, c) for p, c in parent_edges if p != c)
    levels: dict[str, int] = {}
    if lineage.number_of_nodes():
        dag = nx.condensation(lineage)
        members = dag.graph["mapping"]
        depth: dict[int, int] = {}
        for scc in nx.topological_sort(dag):
            preds = list(dag.predecessors(scc))
            depth[scc] = 1 + max(depth[p] for p in preds) if preds else 0
        # a root sits just above its highest child, not on row 0 far away from it
        for scc in dag:
            children = list(dag.successors(scc))
            if not any(True for _ in dag.predecessors(scc)) and children:
                depth[scc] = min(depth[c] for c in children) - 1
        levels = {node: depth[members[node]] for node in lineage}
    rest = nx.Graph()
    rest.add_nodes_from(nodes)
    rest.add_edges_from((u, v) for u, v in other_edges if u in rest and v in rest)
    frontier = sorted((n for n in nodes if n in levels), key=lambda n: (levels[n], n))
    seen = set(frontier)
    while frontier:  # breadth-first: each outside node takes its nearest lineage row
        following = []
        for node in frontier:
            for other in sorted(rest.neighbors(node)) if node in rest else ():
                if other not in seen:
                    seen.add(other)
                    levels[other] = levels[node]
                    following.append(other)
        frontier = following
    return {n: levels.get(n, 0) for n in nodes}
