"""Assemble extraction records into one typed ``networkx.MultiDiGraph``.

One node per paper and per real-world entity across all documents: names are resolved by
their match key (case, spaces, hyphens) within an identity group (model, method, dataset;
Benchmark and Dataset share one), plus the lexicon's well-known aliases (``MSCOCO`` =
``COCO``). Never by substring or edit distance: ``Qwen2-72B`` and ``Qwen2-72B-Instruct``
are two nodes. A fact stated by several papers is one edge with all its evidence.
The graph contract is documented in ``docs/formats.md``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from mlkg.extract.components.sentences import boundaries
from mlkg.extract.lexicon import load_lexicon
from mlkg.naming import match_key, repository_id, slug
from mlkg.vocabulary import (
    BENCHMARK,
    DATASET,
    HAS_REPOSITORY,
    LINEAGE_RELATIONS,
    MENTIONS,
    PAPER,
    REPOSITORY,
    TYPE_GROUP,
)


@dataclass
class _EntityNode:
    group: str
    forms: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    papers: list[str] = field(default_factory=list)

    def node_id(self) -> str:
        return f"{self.group}/{min(slug(form) for form in self.forms)}"

    def label(self) -> str:
        return min(self.forms, key=lambda form: (-self.forms[form], form))


def resolution_key(group: str, name: str) -> tuple[str, str]:
    """The identity of a name: its group and match key, through the lexicon's aliases."""
    key = match_key(name)
    canonical = load_lexicon().canonical.get(key)
    if canonical is not None and group in _lexicon_groups(key):
        key = match_key(canonical)
    return group, key


def _lexicon_groups(key: str) -> set[str]:
    return {TYPE_GROUP[t] for t in load_lexicon().types.get(key, ())}


def edge_key(relation: dict) -> str:
    """Multi-edge key: the relation, its lineage kind, and its score when there is one."""
    key = relation["rel"]
    if relation.get("kind"):
        key += ":" + relation["kind"]
    if relation.get("basis") == "name":
        key += ":name"
    if relation.get("value") is not None:
        parts = [relation.get(k) or "" for k in ("value", "metric", "split", "setting")]
        key += ":" + "|".join(parts)
    return key


def build_graph(records: Iterable[dict]) -> nx.MultiDiGraph:
    """The knowledge graph of ``records``; also rewrites each record entity's ``id`` to its node.

    Deterministic: node and edge insertion follow the records' order, and every list
    attribute is sorted or kept in first-seen order.
    """
    records = list(records)
    entities: dict[tuple[str, str], _EntityNode] = {}
    for record in records:
        for entity in record["entities"]:
            group = TYPE_GROUP[entity["type"]]
            node = entities.setdefault(resolution_key(group, entity["name"]), _EntityNode(group))
            node.forms[entity["name"]] += 1
            node.aliases.update(entity.get("aliases", []))
            node.types.update(entity.get("types") or [entity["type"]])
            if record["id"] not in node.papers:
                node.papers.append(record["id"])

    g = nx.MultiDiGraph()
    for record in records:
        _add_paper(g, record)
    for node in entities.values():
        label = node.label()
        types = sorted(node.types)
        primary = _primary_type(types)
        if primary == BENCHMARK and DATASET not in types:
            types = sorted({*types, DATASET})
        aliases = sorted((set(node.forms) | node.aliases) - {label})
        g.add_node(
            node.node_id(),
            type=primary,
            types=types,
            label=label,
            aliases=aliases,
            papers=list(node.papers),
        )

    evidence: dict[tuple[str, str, str], dict] = {}
    for record in records:
        names = {}
        for entity in record["entities"]:
            group = TYPE_GROUP[entity["type"]]
            node_id = entities[resolution_key(group, entity["name"])].node_id()
            entity["id"] = node_id
            names[entity["name"]] = node_id
            _add_edge(evidence, record["id"], node_id, {"rel": MENTIONS}, record, entity)
        for repo in record.get("repositories", []):
            _add_repository(g, repo, record["id"])
        for relation in record["relations"]:
            head = record["id"] if relation["head"] == record["id"] else names.get(relation["head"])
            if relation["rel"] == HAS_REPOSITORY:
                tail = repository_id(relation["tail"])
            else:
                tail = names.get(relation["tail"])
            if head is None or tail is None or head == tail:
                continue
            _add_edge(evidence, head, tail, relation, record)

    for (u, v, key), data in evidence.items():
        data["support"] = len({item["paper"] for item in data["evidence"]})
        g.add_edge(u, v, key=key, **data)
    return g


def _primary_type(types: list[str]) -> str:
    for preferred in ("Model", "Method", BENCHMARK, DATASET):
        if preferred in types:
            return preferred
    return types[0]


def _add_paper(g: nx.MultiDiGraph, record: dict) -> None:
    label = record.get("title") or (
        f"arXiv:{record['arxiv']}" if record.get("arxiv") else _short(record["text"])
    )
    g.add_node(
        record["id"],
        type=PAPER,
        types=[PAPER],
        label=label,
        arxiv=record.get("arxiv"),
        date=record.get("date"),
        title=record.get("title"),
        comment=record.get("comment"),
        sources=list(record.get("sources", [])),
        text=record["text"],
    )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


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


def _add_edge(
    evidence: dict, head: str, tail: str, relation: dict, record: dict, entity: dict | None = None
) -> None:
    key = edge_key(relation)
    data = evidence.get((head, tail, key))
    if data is None:
        data = evidence[(head, tail, key)] = {
            "rel": relation["rel"],
            "kind": relation.get("kind"),
            "value": relation.get("value"),
            "metric": relation.get("metric"),
            "split": relation.get("split"),
            "setting": relation.get("setting"),
            "basis": relation.get("basis", "text"),
            "confidence": 0.0,
            "evidence": [],
        }
    if entity is not None:  # a mention: the sentence of its first place is the evidence
        first = entity["mentions"][0] if entity.get("mentions") else {"start": 0, "end": 0}
        start, end = _sentence_around(record["text"], first["start"])
        item = {
            "paper": record["id"],
            "sentence": record["text"][start:end],
            "start": start,
            "end": end,
            "component": "mlkg_names",
            "confidence": 1.0,
        }
    else:
        ev = relation.get("evidence") or {}
        item = {
            "paper": record["id"],
            "sentence": ev.get("sentence", ""),
            "start": ev.get("start", 0),
            "end": ev.get("end", 0),
            "component": relation.get("component", ""),
            "confidence": relation.get("confidence", 0.5),
        }
    if item not in data["evidence"]:
        data["evidence"].append(item)
    data["confidence"] = max(data["confidence"], item["confidence"])


def _sentence_around(text: str, offset: int) -> tuple[int, int]:
    starts = [0, *boundaries(text)]
    start = max(s for s in starts if s <= offset)
    later = [s for s in starts if s > offset]
    end = later[0] if later else len(text)
    return start, start + len(text[start:end].rstrip())


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
