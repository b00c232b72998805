"""The graph as GraphML, for Gephi, Cytoscape, yEd and ``networkx.read_graphml``.

GraphML attributes are scalars of one declared type per name, so before writing:

* lists and dicts (``types``, ``aliases``, ``papers``, ``sources``, ``evidence``) become JSON
  strings (``json.loads`` restores them);
* ``None`` attributes are dropped (GraphML has no null, and networkx would refuse them);
* an attribute name that holds both numbers and text is written as text throughout, and one
  that holds ints and floats as floats, so one key declaration fits every value;
* characters that XML 1.0 forbids (control characters in a scraped abstract) are removed.

Nodes and edges are written in sorted order, so two exports of one graph are byte-identical.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

Scalar = str | int | float | bool

#: everything outside the XML 1.0 Char production
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def write_graphml(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``g`` as GraphML that ``networkx.read_graphml(path, edge_key_type=str)`` re-reads."""
    nx.write_graphml(graphml_ready(g), os.fspath(path), infer_numeric_types=True)


def graphml_ready(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A sorted copy of ``g`` whose attributes are all GraphML scalars of one type per name."""
    out = nx.MultiDiGraph()
    out.graph.update(_unify([_scalars(g.graph)])[0])
    nodes = sorted(g.nodes(data=True), key=lambda n: str(n[0]))
    for (node, _), attrs in zip(nodes, _unify([_scalars(d) for _, d in nodes]), strict=True):
        out.add_node(str(node), **attrs)
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for (u, v, key, _), attrs in zip(edges, _unify([_scalars(d) for *_, d in edges]), strict=True):
        out.add_edge(str(u), str(v), key=str(key), **attrs)
    return out


def _scalars(attrs: Mapping[str, Any]) -> dict[str, Scalar]:
    """The attributes as GraphML scalars: None dropped, containers as JSON, text XML-safe."""
    out: dict[str, Scalar] = {}
    for name in sorted(attrs, key=str):
        value = attrs[name]
        if value is None:
            continue
        if isinstance(value, bool | int | float):
            out[str(name)] = value
        elif isinstance(value, str):
            out[str(name)] = _xml_text(value)
        else:
            out[str(name)] = _xml_text(_to_json(value))
    return out


def _unify(rows: list[dict[str, Scalar]]) -> list[dict[str, Scalar]]:
    """Give each attribute name one type across all rows (text wins, then float)."""
    kinds: dict[str, set[type]] = defaultdict(set)
    for row in rows:
        for name, value in row.items():
            kinds[name].add(type(value))
    as_text = {name for name, k in kinds.items() if str in k and len(k) > 1}
    as_text |= {name for name, k in kinds.items() if bool in k and len(k) > 1}
    as_float = {name for name, k in kinds.items() if k == {int, float}}
    for row in rows:
        for name in as_text.intersection(row):
            value = row[name]
            row[name] = value if isinstance(value, str) else json.dumps(value)
        for name in as_float.intersection(row):
            row[name] = float(row[name])
    return rows


def _to_json(value: Any) -> str:
    """JSON of a list, tuple, set or dict; sets are sorted so the text is stable."""
    return json.dumps(_plain(value), ensure_ascii=False, sort_keys=True)


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, Iterable) and not isinstance(value, str | bytes):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)
