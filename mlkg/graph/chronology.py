"""Time sanity of lineage: a parent cannot be introduced after its child.

When both papers are dated, a text-stated lineage edge whose parent's introducing paper is
newer than the child's is most likely an extraction error (or a mis-dated paper). It is not
dropped, since the sentence may be right and the date wrong: it is *flagged*, with a
``warning`` attribute on the edge (shown by ``mlkg lineage``) and a line in the build report
(``g.graph["report"]``, printed by ``mlkg build``).

Dates are compared at their common precision (``2023-05`` vs ``2023-05-23`` is no conflict).
"""

from __future__ import annotations

import networkx as nx

from mlkg.graph.papers import paper_reference
from mlkg.vocabulary import BASIS_NAME, INTRODUCES, LINEAGE_RELATIONS, PAPER


def introductions(g: nx.MultiDiGraph) -> dict[str, tuple[str, str]]:
    """For each introduced entity, the ``(date, paper)`` of its earliest dated introduction."""
    out: dict[str, tuple[str, str]] = {}
    for paper, entity, data in g.edges(data=True):
        if data.get("rel") != INTRODUCES or g.nodes[paper].get("type") != PAPER:
            continue
        date = g.nodes[paper].get("date")
        if date and (entity not in out or (date, paper) < out[entity]):
            out[entity] = (date, paper)
    return out


def later(a: str, b: str) -> bool:
    """``a`` is a later date than ``b``, compared at the precision both have."""
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def flag_time_conflicts(
    g: nx.MultiDiGraph, intro: dict[str, tuple[str, str]] | None = None
) -> list[str]:
    """Flag text lineage edges whose parent was introduced after the child; report lines.

    ``intro`` is :func:`introductions` of ``g``, when the caller has it already.
    """
    intro = introductions(g) if intro is None else intro
    lineage = [
        edge
        for edge in g.edges(keys=True, data=True)
        if edge[3].get("rel") in LINEAGE_RELATIONS and edge[3].get("basis") != BASIS_NAME
    ]
    lines = []
    for child, parent, _key, data in sorted(lineage, key=_edge_order):
        if child not in intro or parent not in intro:
            continue
        (child_date, child_paper), (parent_date, parent_paper) = intro[child], intro[parent]
        if not later(parent_date, child_date):
            continue
        c, p = _label(g, child), _label(g, parent)
        relation = data["rel"] + (f" ({data['kind']})" if data.get("kind") else "")
        warning = (
            f"{p} is introduced on {parent_date} ({_ref(g, parent_paper)}), after {c} on "
            f"{child_date} ({_ref(g, child_paper)})"
        )
        data["warning"] = warning
        stated = ", ".join(
            sorted({_ref(g, e["paper"]) for e in data.get("evidence") or () if e.get("paper")})
        )
        lines.append(f"time: {c} {relation} {p}, but {warning}; stated in {stated}")
    return lines


def _edge_order(edge: tuple) -> tuple[str, str, str]:
    return str(edge[0]), str(edge[1]), str(edge[2])


def _label(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("label") or node)


def _ref(g: nx.MultiDiGraph, paper: str) -> str:
    return paper_reference(g.nodes[paper], paper) if paper in g else paper
