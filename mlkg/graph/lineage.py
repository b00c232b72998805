"""Lineage queries on a built graph: the ancestors and descendants of one entity.

This is the logic behind ``mlkg lineage`` (:mod:`mlkg.commands.lineage`), kept apart from
the command line so that scripts and tests can call it on a graph in memory.

* :func:`load_graph` reads what ``mlkg build`` wrote (``graph.graphml``: list attributes
  are JSON text there and are decoded); it never re-runs extraction.
* :func:`find_entity` accepts any written form (label, alias, node id), case-, space- and
  hyphen-insensitively, and the lexicon's aliases; an unknown name raises
  :class:`UnknownName` with the closest names, an ambiguous one :class:`AmbiguousName` with
  the candidates.
* :func:`lineage` walks ``derivedFrom`` / ``successorOf`` edges: an edge goes from child to
  parent (``A derivedFrom B``: B is A's parent; ``A successorOf B``: B is A's predecessor).
* :func:`render_tree`, :func:`to_json` and :func:`family_graph` present the result; the
  JSON shape is documented in ``docs/lineage.md`` and is stable.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from mlkg.extract.lexicon import load_lexicon
from mlkg.graph.papers import paper_reference
from mlkg.naming import match_key
from mlkg.vocabulary import BASIS_NAME, ENTITY_TYPES, LINEAGE_RELATIONS

#: the file ``mlkg build`` writes that lineage reads
GRAPH_FILE = "graph.graphml"
#: attributes GraphML stores as JSON text (lists and evidence)
JSON_ATTRIBUTES = frozenset({"types", "aliases", "papers", "sources", "evidence", "report"})
#: version of the JSON output shape (``docs/lineage.md``); bumped on incompatible changes
JSON_VERSION = 1
ANCESTORS = "ancestors"
DESCENDANTS = "descendants"
_MAX_REFERENCES = 3


class LineageError(Exception):
    """A query that cannot be answered; the message is meant for the user."""


class UnknownName(LineageError):
    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no model, method or dataset named {name!r} in the graph{hint}")


class AmbiguousName(LineageError):
    def __init__(self, name: str, candidates: list[tuple[str, str, str]]) -> None:
        self.name = name
        self.candidates = candidates  # (node id, label, type)
        listed = "\n".join(f"  {node}  ({label}, {kind})" for node, label, kind in candidates)
        super().__init__(
            f"{name!r} names {len(candidates)} nodes; pass one of these ids instead "
            f"(or add --type):\n{listed}"
        )


# --------------------------------------------------------------------------- loading
def load_graph(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """The graph in ``path``: a folder written by ``mlkg build``, or its ``graph.graphml``."""
    path = Path(path)
    file = path / GRAPH_FILE if path.is_dir() else path
    if not file.is_file():
        raise LineageError(
            f"no graph at {path}: expected {GRAPH_FILE} in a folder written by mlkg build"
        )
    try:
        g = nx.read_graphml(file, force_multigraph=True)
    except Exception as error:  # the XML parser raises several unrelated types
        raise LineageError(f"cannot read {file}: {error}") from None
    return decode_graph(g)


def decode_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Turn GraphML's JSON text attributes back into lists (in place); return ``g``."""
    for attrs in (
        g.graph,
        *(d for _, d in g.nodes(data=True)),
        *(d for *_, d in g.edges(data=True)),
    ):
        for name in JSON_ATTRIBUTES.intersection(attrs):
            value = attrs[name]
            if isinstance(value, str):
                with contextlib.suppress(json.JSONDecodeError):
                    attrs[name] = json.loads(value)
    return g


# --------------------------------------------------------------------------- lookup
def _entity_nodes(g: nx.MultiDiGraph) -> Iterator[tuple[str, dict]]:
    for node, data in g.nodes(data=True):
        if data.get("type") in ENTITY_TYPES:
            yield node, data


def find_entity(g: nx.MultiDiGraph, name: str, entity_type: str | None = None) -> str:
    """The node a user means by ``name`` (label, alias or node id, any case).

    ``entity_type`` (``model``, ``method``, ``dataset``, ``benchmark``; any case) keeps
    only nodes of that type, to choose between things that share a name.
    """
    if name in g and g.nodes[name].get("type") in ENTITY_TYPES:
        return name
    keys = {match_key(name)}
    lexicon = load_lexicon()
    if match_key(name) in lexicon.canonical:
        keys.add(match_key(lexicon.canonical[match_key(name)]))
    by_label, by_alias = [], []
    for node, data in _entity_nodes(g):
        if entity_type and not _has_type(data, entity_type):
            continue
        if match_key(str(data.get("label", ""))) in keys:
            by_label.append(node)
        elif any(match_key(str(a)) in keys for a in data.get("aliases") or ()):
            by_alias.append(node)
    found = by_label or by_alias
    if len(found) == 1:
        return found[0]
    if found:
        candidates = sorted(
            (node, str(g.nodes[node].get("label")), str(g.nodes[node].get("type")))
            for node in found
        )
        raise AmbiguousName(name, candidates)
    raise UnknownName(name, closest_names(g, name))


def _has_type(data: dict, entity_type: str) -> bool:
    wanted = entity_type.casefold()
    return any(str(t).casefold() == wanted for t in data.get("types") or [data.get("type")])


def closest_names(g: nx.MultiDiGraph, name: str, n: int = 5) -> list[str]:
    """Labels of the entities whose names are closest to ``name`` (difflib ratio)."""
    forms: dict[str, str] = {}
    for _, data in sorted(_entity_nodes(g), key=lambda item: item[0]):
        label = str(data.get("label", ""))
        for form in (label, *map(str, data.get("aliases") or ())):
            forms.setdefault(form.casefold(), label)
    matches = difflib.get_close_matches(name.casefold(), sorted(forms), n=n * 2, cutoff=0.6)
    return list(dict.fromkeys(forms[m] for m in matches))[:n]


# --------------------------------------------------------------------------- traversal
@dataclass
class Step:
    """The edges between one node of the tree and the node above it."""

    node: str
    edges: list[tuple[str, str, str, dict]]  # (child, parent, key, data)
    children: list[Step] = field(default_factory=list)
    repeated: bool = False  # shown earlier in the tree: not expanded again


@dataclass
class Lineage:
    """The answer to one query: the root, the two trees, and every node and edge in them."""

    root: str
    direction: str  # "both", "ancestors" or "descendants"
    depth: int | None
    text_only: bool
    ancestors: list[Step] = field(default_factory=list)
    descendants: list[Step] = field(default_factory=list)
    roles: dict[str, tuple[str, int]] = field(default_factory=dict)  # node -> (role, distance)
    edges: dict[tuple[str, str, str], dict] = field(default_factory=dict)


def lineage(
    g: nx.MultiDiGraph,
    root: str,
    direction: str = "both",
    depth: int | None = None,
    text_only: bool = False,
) -> Lineage:
    """The ancestors and/or descendants of ``root``, ``depth`` levels deep (None: all)."""
    result = Lineage(root, direction, depth, text_only, roles={root: ("root", 0)})
    if direction in ("both", ANCESTORS):
        result.ancestors = _walk(g, root, True, depth, text_only, result)
    if direction in ("both", DESCENDANTS):
        result.descendants = _walk(g, root, False, depth, text_only, result)
    return result


def lineage_edges_of(
    g: nx.MultiDiGraph, node: str, up: bool, text_only: bool
) -> dict[str, list[tuple[str, str, str, dict]]]:
    """Lineage edges from ``node`` to its parents (``up``) or from its children, by neighbour."""
    edges = (
        g.out_edges(node, keys=True, data=True) if up else g.in_edges(node, keys=True, data=True)
    )
    out: dict[str, list[tuple[str, str, str, dict]]] = {}
    for child, parent, key, data in edges:
        if data.get("rel") not in LINEAGE_RELATIONS:
            continue
        if text_only and data.get("basis") == BASIS_NAME:
            continue
        other = parent if up else child
        out.setdefault(other, []).append((child, parent, key, data))
    return out


def _walk(
    g: nx.MultiDiGraph, root: str, up: bool, depth: int | None, text_only: bool, result: Lineage
) -> list[Step]:
    role = ANCESTORS[:-1] if up else DESCENDANTS[:-1]  # "ancestor" / "descendant"
    shown: set[str] = {root}

    def expand(node: str, level: int, path: frozenset[str]) -> list[Step]:
        if depth is not None and level > depth:
            return []
        steps = []
        neighbours = lineage_edges_of(g, node, up, text_only)
        for other in sorted(neighbours, key=lambda n: (_label(g, n).casefold(), n)):
            edges = sorted(neighbours[other], key=lambda e: e[2])
            for child, parent, key, data in edges:
                result.edges[(child, parent, key)] = data
            known = result.roles.get(other)
            if known is None or (known[0] == role and known[1] > level):
                result.roles[other] = (role, level)  # the shortest distance from the root
            step = Step(other, edges)
            if other in shown or other in path:
                step.repeated = True
            else:
                shown.add(other)
                step.children = expand(other, level + 1, path | {other})
            steps.append(step)
        return steps

    return expand(root, 1, frozenset({root}))


# --------------------------------------------------------------------------- presentation
def _label(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("label") or node)


def edge_summary(g: nx.MultiDiGraph, data: dict) -> str:
    """``derivedFrom (finetuned) [arXiv:2407.10671]`` or ``[name-based: <rule>]``."""
    text = str(data.get("rel"))
    if data.get("kind"):
        text += f" ({data['kind']})"
    if data.get("basis") == BASIS_NAME:
        rules = [str(e.get("rule")) for e in _evidence(data) if e.get("rule")]
        return f"{text} [name-based: {rules[0] if rules else 'suggested by the names'}]"
    refs = list(dict.fromkeys(_reference(g, e.get("paper")) for e in _evidence(data)))
    refs = [r for r in refs if r]
    if len(refs) > _MAX_REFERENCES:
        refs = [*refs[:_MAX_REFERENCES], f"+{len(refs) - _MAX_REFERENCES} more"]
    return f"{text} [{', '.join(refs)}]" if refs else text


def _evidence(data: dict) -> list[dict]:
    return [e for e in data.get("evidence") or () if isinstance(e, dict)]


def _reference(g: nx.MultiDiGraph, paper: Any) -> str | None:
    if not paper:
        return None
    paper = str(paper)
    return paper_reference(g.nodes[paper], paper) if paper in g else paper


def render_tree(g: nx.MultiDiGraph, result: Lineage, evidence: bool = False) -> str:
    """The lineage as an indented text tree (see ``docs/lineage.md`` for an example)."""
    root = g.nodes[result.root]
    lines = [f"{_label(g, result.root)}  [{root.get('type')}] {result.root}"]
    sections = []
    if result.direction in ("both", ANCESTORS):
        sections.append(("ancestors (each line is a parent of the line above)", result.ancestors))
    if result.direction in ("both", DESCENDANTS):
        sections.append(
            ("descendants (each line is a child of the line above)", result.descendants)
        )
    for title, steps in sections:
        lines.append(title + ":")
        if not steps:
            lines.append("    (none)")
        lines.extend(_tree_lines(g, steps, "", evidence))
    return "\n".join(lines)


def _tree_lines(g: nx.MultiDiGraph, steps: list[Step], prefix: str, evidence: bool) -> list[str]:
    lines = []
    for i, step in enumerate(steps):
        last = i == len(steps) - 1
        branch, follow = ("└── ", "    ") if last else ("├── ", "│   ")
        relation = "; ".join(edge_summary(g, data) for *_, data in step.edges)
        seen = "  (shown above)" if step.repeated else ""
        lines.append(f"{prefix}{branch}{_label(g, step.node)}  {relation}{seen}")
        inner = prefix + follow + ("│   " if step.children else "    ")
        for *_, data in step.edges:
            if data.get("warning"):
                lines.append(f"{inner}! {data['warning']}")
            if evidence:
                for item in _evidence(data):
                    if item.get("sentence"):
                        ref = _reference(g, item.get("paper")) or ""
                        lines.append(f'{inner}"{item["sentence"]}" ({ref})')
        lines.extend(_tree_lines(g, step.children, prefix + follow, evidence))
    return lines


_ROLE_ORDER = {"root": 0, "ancestor": 1, "descendant": 2}


def to_json(g: nx.MultiDiGraph, result: Lineage, query: str | None = None) -> dict:
    """The documented JSON shape (``docs/lineage.md``): query, nodes, edges with evidence."""
    nodes = []
    for node, (role, distance) in sorted(
        result.roles.items(), key=lambda item: (_ROLE_ORDER[item[1][0]], item[1][1], item[0])
    ):
        data = g.nodes[node]
        nodes.append(
            {
                "id": node,
                "label": _label(g, node),
                "type": data.get("type"),
                "types": list(data.get("types") or []),
                "aliases": list(data.get("aliases") or []),
                "papers": [
                    {"id": p, "reference": _reference(g, p)} for p in data.get("papers") or []
                ],
                "note": data.get("note"),
                "role": role,
                "distance": distance,
            }
        )
    edges = []
    for (child, parent, _key), data in sorted(result.edges.items()):
        edges.append(
            {
                "child": child,
                "parent": parent,
                "rel": data.get("rel"),
                "kind": data.get("kind"),
                "basis": data.get("basis"),
                "confidence": data.get("confidence"),
                "support": data.get("support"),
                "warning": data.get("warning"),
                "evidence": [
                    {
                        "paper": item.get("paper"),
                        "reference": _reference(g, item.get("paper")),
                        "sentence": item.get("sentence") or None,
                        "start": item.get("start"),
                        "end": item.get("end"),
                        "component": item.get("component"),
                        "confidence": item.get("confidence"),
                        "rule": item.get("rule"),
                    }
                    for item in _evidence(data)
                ],
            }
        )
    return {
        "version": JSON_VERSION,
        "query": query if query is not None else _label(g, result.root),
        "root": result.root,
        "direction": result.direction,
        "depth": result.depth,
        "text_only": result.text_only,
        "nodes": nodes,
        "edges": edges,
    }


def family_graph(g: nx.MultiDiGraph, result: Lineage) -> nx.MultiDiGraph:
    """The family as its own graph (nodes and lineage edges only), e.g. for the HTML page."""
    sub = nx.MultiDiGraph()
    sub.graph["root"] = result.root
    for node in sorted(result.roles, key=lambda n: (_ROLE_ORDER[result.roles[n][0]], n)):
        sub.add_node(node, **g.nodes[node])
    for (child, parent, key), data in sorted(result.edges.items()):
        sub.add_edge(child, parent, key=key, **data)
    return sub
