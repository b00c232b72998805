"""A small hand-built graph in the shape of ``docs/formats.md``, shared by the exporter tests.

Two invented abstracts: one introduces a Qwen-style family (a base model, a size variant and
a chat model fine-tuned from the base, with a code repository); the other introduces a
successor and its instruct model, reports MMLU scores and has one lineage edge that only the
names suggest. Labels match the example queries of the RDF spec, so they run verbatim.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from mlkg import vocabulary as V
from mlkg.naming import entity_id, repository_id

PAPER_A = "paper/arxiv-2309.16609"
PAPER_B = "paper/arxiv-2407.10671"
REPO_URL = "https://github.com/example-lab/qwen-family"
REPO = repository_id(REPO_URL)

QWEN_7B = entity_id(V.MODEL, "Qwen-7B")
QWEN_14B = entity_id(V.MODEL, "Qwen-14B")
QWEN_CHAT = entity_id(V.MODEL, "Qwen-Chat")
QWEN2 = entity_id(V.MODEL, "Qwen2")
QWEN2_72B = entity_id(V.MODEL, "Qwen2-72B")
QWEN2_INSTRUCT = entity_id(V.MODEL, "Qwen2-72B-Instruct")
MMLU = entity_id(V.BENCHMARK, "MMLU")
WEBCRAWL = entity_id(V.DATASET, "WebCrawl-3T")
RLHF = entity_id(V.METHOD, "RLHF")

TEXT_A = (
    "We present Qwen-7B and Qwen-14B, open base models pretrained on WebCrawl-3T. "
    "Qwen-Chat is obtained by supervised fine-tuning of Qwen-7B on dialogue data followed "
    "by RLHF. Qwen-14B is a larger size variant of Qwen-7B. "
    "Code is at https://github.com/example-lab/qwen-family."
)
TEXT_B = (
    "Qwen2-72B succeeds Qwen-14B with a longer context. "
    "Qwen2-72B-Instruct, fine-tuned from Qwen2-72B, reaches 82.3 on MMLU (<5 points below "
    "Qwen2-72B at 84.2). As in Qwen-Chat, which was fine-tuned from Qwen-7B, we use RLHF."
)


def sentence(text: str, needle: str) -> tuple[str, int, int]:
    """The sentence of ``text`` that contains ``needle``, with its offsets."""
    start = text.index(needle)
    start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    end = text.find(". ", start)
    end = len(text) if end < 0 else end + 1
    return text[start:end], start, end


def evidence(paper: str, text: str, needle: str, component: str, conf: float) -> dict[str, Any]:
    sent, start, end = sentence(text, needle)
    return {
        "paper": paper,
        "sentence": sent,
        "start": start,
        "end": end,
        "component": component,
        "confidence": conf,
    }


def add_relation(
    g: nx.MultiDiGraph,
    head: str,
    rel: str,
    tail: str,
    evidence_items: list[dict[str, Any]],
    *,
    kind: str | None = None,
    value: str | None = None,
    metric: str | None = None,
    setting: str | None = None,
    basis: str = V.BASIS_TEXT,
) -> None:
    key = rel + (f":{kind}" if kind else "") + (f":{value}" if value else "")
    g.add_edge(
        head,
        tail,
        key=key,
        rel=rel,
        kind=kind,
        value=value,
        metric=metric,
        split=None,
        setting=setting,
        basis=basis,
        confidence=max((e["confidence"] for e in evidence_items), default=0.5),
        support=len({e["paper"] for e in evidence_items}),
        evidence=evidence_items,
    )


def build_sample_graph() -> nx.MultiDiGraph:
    """The sample graph: 2 papers, 9 entities, 1 repository, every relation of the spec."""
    g = nx.MultiDiGraph()
    g.add_node(
        PAPER_A,
        type=V.PAPER,
        types=[V.PAPER],
        label="arXiv:2309.16609",
        arxiv="2309.16609",
        date="2023-09-28",
        title="An open family of chat models",
        comment="12 pages, 3 figures",
        sources=["001_notes.txt:4", "002_listing.txt:17"],
        text=TEXT_A,
    )
    g.add_node(
        PAPER_B,
        type=V.PAPER,
        types=[V.PAPER],
        label="arXiv:2407.10671",
        arxiv="2407.10671",
        date="2024-07-15",
        title=None,
        comment=None,
        sources=["003_dump.txt:2"],
        text=TEXT_B,
    )
    entities = [
        (QWEN_7B, V.MODEL, "Qwen-7B", ["Qwen 7B"], [PAPER_A, PAPER_B]),
        (QWEN_14B, V.MODEL, "Qwen-14B", [], [PAPER_A, PAPER_B]),
        (QWEN_CHAT, V.MODEL, "Qwen-Chat", [], [PAPER_A, PAPER_B]),
        (QWEN2, V.MODEL, "Qwen2", [], [PAPER_B]),
        (QWEN2_72B, V.MODEL, "Qwen2-72B", [], [PAPER_B]),
        (QWEN2_INSTRUCT, V.MODEL, "Qwen2-72B-Instruct", [], [PAPER_B]),
        (MMLU, V.BENCHMARK, "MMLU", ["Massive Multitask Language Understanding"], [PAPER_B]),
        (WEBCRAWL, V.DATASET, "WebCrawl-3T", [], [PAPER_A]),
        (RLHF, V.METHOD, "RLHF", ["reinforcement learning from human feedback"], [PAPER_A]),
    ]
    for node_id, node_type, label, aliases, papers in entities:
        g.add_node(
            node_id,
            type=node_type,
            types=V.all_types(node_type),
            label=label,
            aliases=aliases,
            papers=papers,
        )
        for paper in papers:
            g.add_edge(paper, node_id, key=V.MENTIONS, rel=V.MENTIONS, evidence=[])
    g.add_node(
        REPO,
        type=V.REPOSITORY,
        types=[V.REPOSITORY],
        label=REPO_URL,
        url=REPO_URL,
        kind=V.REPO_CODE,
        papers=[PAPER_A],
    )

    ev_a = lambda needle, comp, conf: evidence(PAPER_A, TEXT_A, needle, comp, conf)  # noqa: E731
    ev_b = lambda needle, comp, conf: evidence(PAPER_B, TEXT_B, needle, comp, conf)  # noqa: E731
    for model in (QWEN_7B, QWEN_14B, QWEN_CHAT):
        add_relation(g, PAPER_A, V.INTRODUCES, model, [ev_a("We present", "mlkg_intro", 0.8)])
    for model in (QWEN2_72B, QWEN2_INSTRUCT):
        add_relation(g, PAPER_B, V.INTRODUCES, model, [ev_b("succeeds", "mlkg_intro", 0.7)])
    add_relation(
        g,
        QWEN_CHAT,
        V.DERIVED_FROM,
        QWEN_7B,
        [
            ev_a("supervised fine-tuning", "mlkg_lineage", 0.9),
            ev_b("As in Qwen-Chat", "mlkg_lineage", 0.85),
        ],
        kind=V.FINETUNED,
    )
    add_relation(
        g,
        QWEN_14B,
        V.DERIVED_FROM,
        QWEN_7B,
        [ev_a("size variant", "mlkg_lineage", 0.75)],
        kind=V.VARIANT,
    )
    add_relation(
        g,
        QWEN2_INSTRUCT,
        V.DERIVED_FROM,
        QWEN2_72B,
        [ev_b("fine-tuned from Qwen2-72B", "mlkg_lineage", 0.9)],
        kind=V.FINETUNED,
    )
    add_relation(g, QWEN2_72B, V.SUCCESSOR_OF, QWEN_14B, [ev_b("succeeds", "mlkg_lineage", 0.8)])
    add_relation(
        g,
        QWEN2_INSTRUCT,
        V.DERIVED_FROM,
        QWEN2,
        [ev_b("fine-tuned from Qwen2-72B", "mlkg_name_lineage", 0.4)],
        kind=V.VARIANT,
        basis=V.BASIS_NAME,
    )
    add_relation(g, QWEN_7B, V.TRAINED_ON, WEBCRAWL, [ev_a("We present", "mlkg_data", 0.8)])
    add_relation(
        g,
        QWEN2_INSTRUCT,
        V.EVALUATED_ON,
        MMLU,
        [ev_b("reaches 82.3", "mlkg_scores", 0.9)],
        value="82.3",
        metric="accuracy",
        setting="5-shot",
    )
    add_relation(
        g, QWEN2_72B, V.EVALUATED_ON, MMLU, [ev_b("reaches 82.3", "mlkg_scores", 0.8)], value="84.2"
    )
    add_relation(
        g, QWEN2_INSTRUCT, V.COMPARED_WITH, QWEN2_72B, [ev_b("below", "mlkg_compare", 0.6)]
    )
    add_relation(
        g, PAPER_A, V.HAS_REPOSITORY, REPO, [ev_a("Code is at", "mlkg_repositories", 0.95)]
    )
    return g
