"""Paper nodes: one per paper, however many records (files, builds, versions) describe it.

``mlkg build`` already groups documents into papers before extraction
(:mod:`mlkg.extract.dedup`), so within one build every record is a different paper. Records
also arrive from elsewhere: ``extractions.jsonl`` files of two builds concatenated, or a
corpus re-read after new files were added. Those must still collapse, so the graph keys a
paper by

1. its arXiv id when known, version dropped (``2305.14688v2`` = ``2305.14688``);
2. else the hash of its normalised text (:func:`mlkg.naming.paper_id`), which also joins a
   record without an arXiv id to a record of the same text that has one.

A merged paper keeps every source (in first-seen order), the earliest date, the first title
and comment, and the longest text. Evidence from a record whose text is not the kept one is
re-anchored by :mod:`mlkg.graph.provenance`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import networkx as nx

from mlkg.extract.readers.fields import arxiv_id
from mlkg.naming import paper_id
from mlkg.vocabulary import PAPER


@dataclass
class PaperNode:
    """What the graph knows about one paper, merged from all its records."""

    node_id: str
    arxiv: str | None = None
    date: str | None = None
    title: str | None = None
    comment: str | None = None
    sources: list[str] = field(default_factory=list)
    text: str = ""

    def absorb(self, record: dict) -> None:
        self.arxiv = self.arxiv or _arxiv(record)
        date = record.get("date")
        if date and (self.date is None or date < self.date):
            self.date = date
        self.title = self.title or record.get("title")
        self.comment = self.comment or record.get("comment")
        for source in record.get("sources") or ():
            if source not in self.sources:
                self.sources.append(source)
        text = record.get("text") or ""
        if len(text) > len(self.text):
            self.text = text

    def label(self) -> str:
        if self.title:
            return self.title
        if self.arxiv:
            return f"arXiv:{self.arxiv}"
        return _short(self.text)


def _arxiv(record: dict) -> str | None:
    raw = record.get("arxiv")
    return (arxiv_id(raw) or raw) if raw else None


def paper_nodes(records: Sequence[dict]) -> tuple[list[PaperNode], list[str]]:
    """The papers of ``records`` (first-seen order) and the paper node id of each record."""
    arxivs = [_arxiv(record) for record in records]
    # hashing every text is only needed to give a record without an arXiv id its paper
    content_to_arxiv: dict[str, str] = {}
    if not all(arxivs):
        for record, arxiv in zip(records, arxivs, strict=True):
            if arxiv:
                content_to_arxiv.setdefault(paper_id(None, record.get("text") or ""), arxiv)
    papers: dict[str, PaperNode] = {}
    ids = []
    for record, arxiv in zip(records, arxivs, strict=True):
        if not arxiv:
            arxiv = content_to_arxiv.get(paper_id(None, record.get("text") or ""))
        if arxiv:
            node_id = paper_id(arxiv, "")
        elif str(record.get("id", "")).startswith("paper/"):
            node_id = record["id"]
        else:
            node_id = paper_id(None, record.get("text") or "")
        papers.setdefault(node_id, PaperNode(node_id)).absorb(record)
        ids.append(node_id)
    return list(papers.values()), ids


def add_paper_nodes(g: nx.MultiDiGraph, papers: Sequence[PaperNode]) -> None:
    """Add each paper as a node with the attributes of ``docs/formats.md``."""
    for paper in papers:
        g.add_node(
            paper.node_id,
            type=PAPER,
            types=[PAPER],
            label=paper.label(),
            arxiv=paper.arxiv,
            date=paper.date,
            title=paper.title,
            comment=paper.comment,
            sources=list(paper.sources),
            text=paper.text,
        )


def paper_reference(data: dict, node_id: str = "") -> str:
    """How a paper is cited in reports and the lineage tree: arXiv id, else its first source."""
    if data.get("arxiv"):
        return f"arXiv:{data['arxiv']}"
    sources = data.get("sources") or []
    if sources:
        return str(sources[0])
    return node_id


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
