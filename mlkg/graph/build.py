"""Assemble extraction records into one typed ``networkx.MultiDiGraph``.

The steps, one module each:

1. papers (:mod:`mlkg.graph.papers`): one Paper node per paper, keyed by arXiv id, else by
   text; records of one paper from several builds collapse, keeping every source;
2. entities (:mod:`mlkg.graph.resolve`): one node per real-world entity across all
   documents, never merging different things;
3. edges (:mod:`mlkg.graph.provenance`): each fact once, with every piece of evidence;
4. name-based lineage (:mod:`mlkg.graph.name_lineage`), kept apart from the text's;
5. time sanity (:mod:`mlkg.graph.chronology`): lineage against the papers' dates.

Things a user should look at (a parent newer than its child, a name kept on two nodes)
are listed in ``g.graph["report"]``, which ``mlkg build`` prints. The graph contract is
documented in ``docs/formats.md``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from mlkg.graph.chronology import flag_time_conflicts, introductions
from mlkg.graph.name_lineage import add_name_lineage
from mlkg.graph.papers import add_paper_nodes, paper_nodes
from mlkg.graph.provenance import EdgeCollector, edge_key
from mlkg.graph.resolve import EntityNode, identity_key, resolve
from mlkg.naming import repository_id
from mlkg.vocabulary import HAS_REPOSITORY, LINEAGE_RELATIONS, REPOSITORY

__all__ = ["build_graph", "edge_key", "lineage_edges", "papers_per_type", "resolution_key"]


def resolution_key(group: str, name: str) -> tuple[str, str]:
    """The identity of a name: its group and identity key (see :mod:`mlkg.graph.resolve`)."""
    return group, identity_key(group, name)


def build_graph(records: Iterable[dict]) -> nx.MultiDiGraph:
    """The knowledge graph of ``records``.

    Also rewrites each record's ``id`` to its paper node and each record entity's ``id``
    (and its type, when papers that define it the same way agree on another one) to its
    entity node, so that ``extractions.jsonl`` and the graph name things alike.
    Deterministic: nodes and edges follow the records' order, lists are sorted or in
    first-seen order.
    """
    records = list(records)
    papers, paper_of = paper_nodes(records)
    resolution = resolve(records, paper_of)

    g = nx.MultiDiGraph()
    add_paper_nodes(g, papers)
    for node in resolution.nodes:
        _add_entity_node(g, node)

    edges = EdgeCollector({paper.node_id: paper.text for paper in papers})
    for index, record in enumerate(records):
        paper = paper_of[index]
        old_id, record["id"] = record["id"], paper
        text = record.get("text") or ""
        names = {}
        for entity in record["entities"]:
            node_id = resolution.node_of[(index, entity["name"])]
            entity["id"] = node_id
            names[entity["name"]] = node_id
            edges.add_mention(paper, node_id, entity, text)
        for repo in record.get("repositories", []):
            _add_repository(g, repo, paper)
        for relation in record["relations"]:
            if relation["head"] == old_id:
                relation["head"] = paper
            head = paper if relation["head"] == paper else names.get(relation["head"])
            if relation["rel"] == HAS_REPOSITORY:
                tail = repository_id(relation["tail"])
            else:
                tail = names.get(relation["tail"])
            if head is None or tail is None or head == tail:
                continue
            edges.add_relation(head, tail, relation, paper, text)

    for u, v, key, data in edges.edges():
        g.add_edge(u, v, key=key, **data)
    first_introduced = introductions(g)  # name lineage adds no introduces edge
    introduced = {node: date for node, (date, _) in first_introduced.items()}
    name_edges = EdgeCollector({})
    long_forms = {node.node_id: node.long_forms for node in resolution.nodes}
    add_name_lineage(g, name_edges, resolution.lookup, introduced, long_forms)
    for u, v, key, data in name_edges.edges():
        g.add_edge(u, v, key=key, **data)
    g.graph["report"] = [*flag_time_conflicts(g, first_introduced), *resolution.report]
    return g


def _add_entity_node(g: nx.MultiDiGraph, node: EntityNode) -> None:
    attrs = {
        "type": node.primary_type,
        "types": node.types,
        "label": node.label,
        "aliases": node.aliases,
        "papers": node.papers,
    }
    if node.notes:
        attrs["note"] = "; ".join(node.notes)
    g.add_node(node.node_id, **attrs)


def _add_repository(g: nx.MultiDiGraph, repo: dict, paper: str) -> None:
    node_id = repository_id(repo["url"])
    if node_id not in g:
        g.add_node(
            node_id,
            type=REPOSITORY,
            types=[REPOSITORY],
            label=repo["url"],
            url=repo["url"],
            kind=repo["kind"],
            papers=[],
        )
    if paper not in g.nodes[node_id]["papers"]:
        g.nodes[node_id]["papers"].append(paper)


def lineage_edges(g: nx.MultiDiGraph) -> list[tuple[str, str, str, dict]]:
    """All lineage edges (derivedFrom, successorOf), in a stable order."""
    return sorted(
        (u, v, k, d)
        for u, v, k, d in g.edges(keys=True, data=True)
        if d.get("rel") in LINEAGE_RELATIONS
    )


def papers_per_type(g: nx.MultiDiGraph) -> dict[str, int]:
    """How many nodes of each type: for the build summary."""
    counts: dict[str, int] = defaultdict(int)
    for _, data in g.nodes(data=True):
        counts[data["type"]] += 1
    return dict(sorted(counts.items()))
