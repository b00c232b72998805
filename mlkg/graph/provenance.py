"""Edges with all their evidence: a fact stated by three papers is one edge, support 3.

Every fact in the graph must show where it comes from, so an edge is collected from all the
records that state it: its key (:func:`edge_key`) says which facts are "the same" (relation,
lineage kind, basis, score), and each statement adds one evidence item

``{"paper", "sentence", "start", "end", "component", "confidence"}``

(offsets are characters in the paper node's ``text``, end exclusive). The same paper and
sentence never count twice; ``support`` is the number of distinct papers, ``confidence``
the highest of the items. Name-based lineage has no paper: its items carry the ``rule``
instead, ``paper`` is None and ``support`` 0.

When a paper was merged from records with different texts (two builds of a revised
abstract), an item's sentence is looked up in the kept text and its offsets moved there; a
sentence the kept text does not contain keeps its words, with ``start``/``end`` None.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache

from mlkg.extract.components.sentences import boundaries
from mlkg.vocabulary import BASIS_NAME, BASIS_TEXT, MENTIONS

#: component named in the evidence of a paper -> entity ``mentions`` edge
MENTION_COMPONENT = "mlkg_names"
#: component named in the evidence of a name-based lineage edge
NAME_COMPONENT = "name"


def edge_key(relation: Mapping) -> str:
    """Multi-edge key: the relation, its lineage kind, the basis and the score if any."""
    key = relation["rel"]
    if relation.get("kind"):
        key += ":" + relation["kind"]
    if relation.get("basis") == BASIS_NAME:
        key += ":name"
    if relation.get("value") is not None:
        parts = [relation.get(k) or "" for k in ("value", "metric", "split", "setting")]
        key += ":" + "|".join(parts)
    return key


class EdgeCollector:
    """Accumulates edges and their evidence, in first-seen order."""

    def __init__(self, paper_texts: Mapping[str, str]) -> None:
        self._texts = paper_texts
        self._edges: dict[tuple[str, str, str], dict] = {}

    def __contains__(self, edge: tuple[str, str, str]) -> bool:
        return edge in self._edges

    def add_relation(self, head: str, tail: str, relation: Mapping, paper: str, text: str) -> None:
        """A relation of a record, with the evidence sentence the extractor gave."""
        ev = relation.get("evidence") or {}
        item = self._anchored(
            paper,
            text,
            ev.get("sentence", ""),
            ev.get("start"),
            ev.get("end"),
            relation.get("component", ""),
            relation.get("confidence", 0.5),
        )
        self._add(head, tail, relation, item)

    def add_mention(self, paper: str, node: str, entity: Mapping, text: str) -> None:
        """A paper -> entity ``mentions`` edge; evidence: the sentence of the first mention."""
        mentions = entity.get("mentions") or []
        first = mentions[0]["start"] if mentions else 0
        start, end = sentence_around(text, first)
        item = self._anchored(paper, text, text[start:end], start, end, MENTION_COMPONENT, 1.0)
        self._add(paper, node, {"rel": MENTIONS}, item)

    def add_name_suggestion(
        self, child: str, parent: str, relation: Mapping, rule: str, confidence: float
    ) -> None:
        """A lineage edge suggested by the two names only (see :mod:`mlkg.graph.name_lineage`)."""
        item = {
            "paper": None,
            "sentence": "",
            "start": None,
            "end": None,
            "component": NAME_COMPONENT,
            "confidence": confidence,
            "rule": rule,
        }
        self._add(child, parent, {**relation, "basis": BASIS_NAME}, item)

    def edges(self) -> Iterator[tuple[str, str, str, dict]]:
        """``(head, tail, key, data)`` with ``support`` set, in first-seen order."""
        for (head, tail, key), data in self._edges.items():
            data["support"] = len({e["paper"] for e in data["evidence"] if e["paper"]})
            yield head, tail, key, data

    # ------------------------------------------------------------------ internals
    def _add(self, head: str, tail: str, relation: Mapping, item: dict) -> None:
        key = edge_key(relation)
        data = self._edges.get((head, tail, key))
        if data is None:
            data = self._edges[(head, tail, key)] = {
                "rel": relation["rel"],
                "kind": relation.get("kind"),
                "value": relation.get("value"),
                "metric": relation.get("metric"),
                "split": relation.get("split"),
                "setting": relation.get("setting"),
                "basis": relation.get("basis") or BASIS_TEXT,
                "confidence": 0.0,
                "evidence": [],
            }
        if item not in data["evidence"]:
            data["evidence"].append(item)
        data["confidence"] = max(data["confidence"], item["confidence"])

    def _anchored(
        self,
        paper: str,
        text: str,
        sentence: str,
        start: int | None,
        end: int | None,
        component: str,
        confidence: float,
    ) -> dict:
        kept = self._texts.get(paper, text)
        if kept != text and sentence:
            found = kept.find(sentence)
            start, end = (found, found + len(sentence)) if found >= 0 else (None, None)
        return {
            "paper": paper,
            "sentence": sentence,
            "start": start,
            "end": end,
            "component": component,
            "confidence": confidence,
        }


def sentence_around(text: str, offset: int) -> tuple[int, int]:
    """Offsets of the sentence of ``text`` that contains ``offset`` (trailing space cut)."""
    starts = _sentence_starts(text)
    i = bisect_right(starts, offset) - 1
    start = starts[max(i, 0)]
    end = starts[i + 1] if i + 1 < len(starts) else len(text)
    return start, start + len(text[start:end].rstrip())


@lru_cache(maxsize=64)
def _sentence_starts(text: str) -> list[int]:
    """Sentence starts of one abstract, computed once for all its mentions."""
    return sorted({0, *boundaries(text)})
