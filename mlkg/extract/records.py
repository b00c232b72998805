"""Turn a processed ``Doc`` into the extraction record of ``docs/formats.md``."""

from __future__ import annotations

from spacy.tokens import Doc

from mlkg.extract.components.paper_relations import PAPER_HEAD
from mlkg.extract.documents import Paper
from mlkg.extract.state import get_state
from mlkg.naming import entity_id
from mlkg.vocabulary import all_types


def doc_to_record(doc: Doc, paper: Paper) -> dict:
    """The JSON-ready record of one paper: entities, relations, repositories, evidence."""
    state = get_state(doc)
    text = state.text
    entities = []
    for entity in sorted(state.entities.values(), key=lambda e: min(e.mentions)):
        if entity.type is None:
            continue
        entities.append(
            {
                "name": entity.name,
                "type": entity.type,
                "types": all_types(entity.type),
                "id": entity_id(entity.type, entity.name),
                "aliases": sorted(entity.aliases),
                "mentions": [{"start": s, "end": e} for s, e in sorted(entity.mentions)],
            }
        )
    relations = []
    for rel in state.relations:
        start, end = rel.sentence
        relations.append(
            {
                "head": paper.id if rel.head == PAPER_HEAD else rel.head,
                "rel": rel.rel,
                "tail": rel.tail,
                "kind": rel.kind,
                "value": rel.value,
                "metric": rel.metric,
                "split": rel.split,
                "setting": rel.setting,
                "basis": rel.basis,
                "confidence": round(rel.confidence, 3),
                "component": rel.component,
                "evidence": {"sentence": text[start:end], "start": start, "end": end},
            }
        )
    repositories = [{"url": r.url, "kind": r.kind} for r in state.repositories]
    return paper_record(paper, text, entities, relations, repositories)


def paper_record(
    paper: Paper, text: str, entities: list, relations: list, repositories: list
) -> dict:
    """The record's fields in their documented order: one place builds every record, so
    records are byte-identical however their extraction was obtained (fresh or cached)."""
    return {
        "id": paper.id,
        "arxiv": paper.arxiv,
        "date": paper.date,
        "title": paper.title,
        "comment": paper.comment,
        "sources": list(paper.sources),
        "text": text,
        "entities": entities,
        "relations": relations,
        "repositories": repositories,
    }
