"""Entity resolution across documents: one node per real thing, different things kept apart.

Most tests run ``mlkg build`` on the multi-document corpus of ``tests/data/lineage`` (see
``lineage_helpers``) and read the graph back as a user would; a few build graphs from
hand-written extraction records to pin one rule without depending on the extractor.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pytest
from lineage_helpers import LINEAGE_DATA, build

from mlkg.graph.build import build_graph
from mlkg.graph.lineage import load_graph
from mlkg.graph.resolve import definition_words, identity_key, same_definition
from mlkg.naming import match_key
from mlkg.vocabulary import TYPE_GROUP


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> nx.MultiDiGraph:
    return load_graph(build(LINEAGE_DATA, tmp_path_factory.mktemp("lineage")))


def node(g: nx.MultiDiGraph, node_id: str) -> dict:
    assert node_id in g, sorted(n for n in g if not n.startswith("paper/"))
    return g.nodes[node_id]


def papers_of(g: nx.MultiDiGraph, node_id: str) -> set[str]:
    return {g.nodes[p].get("arxiv") or p for p in node(g, node_id)["papers"]}


# --------------------------------------------------------------------------- one node
def test_spelling_variants_across_papers_are_one_node(graph: nx.MultiDiGraph) -> None:
    clip = node(graph, "model/chinese-clip")
    assert clip["label"] == "Chinese CLIP"  # written so twice, "Chinese-CLIP" once
    assert clip["aliases"] == ["Chinese-CLIP"]
    assert len(clip["papers"]) == 2
    gpt4 = node(graph, "model/gpt4")
    assert gpt4["label"] == "GPT-4" and "GPT4" in gpt4["aliases"]
    llama = node(graph, "model/llama")
    assert llama["label"] == "LLaMA" and "Llama" in llama["aliases"]


def test_latex_residue_does_not_split_a_name(graph: nx.MultiDiGraph) -> None:
    # the Llama 2 paper writes \textsc{LLaMA}
    assert "2398.00103" in papers_of(graph, "model/llama")
    assert identity_key("model", r"\textsc{GPT}-4") == identity_key("model", "GPT4")


def test_lexicon_aliases_join_coco(graph: nx.MultiDiGraph) -> None:
    coco = node(graph, "dataset/coco")
    assert coco["label"] == "COCO"
    assert {"MSCOCO", "MS COCO"} <= set(coco["aliases"])
    assert len(coco["papers"]) == 3
    coco_nodes = [
        n
        for n, d in graph.nodes(data=True)
        if any(match_key(f) in {"coco", "mscoco"} for f in [d["label"], *d.get("aliases", [])])
    ]
    assert coco_nodes == ["dataset/coco"]


def test_a_defined_acronym_joins_its_uses_in_other_papers(graph: nx.MultiDiGraph) -> None:
    gam = node(graph, "method/gam")
    assert gam["label"] == "GAM"
    assert gam["aliases"] == ["Gradient norm Aware Minimization"]
    assert papers_of(graph, "method/gam") == {"2398.00204", "2398.00205"}


# --------------------------------------------------------------------------- kept apart
@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("model/llama", "model/expertllama"),
        ("model/qwen", "model/qwen-chat"),
        ("model/qwen", "model/code-qwen-chat"),
        ("model/qwen2-72b", "model/qwen2-72b-instruct"),
        ("model/qwen1.5", "model/qwen2"),
        ("model/llama2", "model/llama2chat"),
        ("model/llama2", "model/llama2-7b"),
        ("model/llama", "model/llama2"),
    ],
)
def test_a_model_and_its_relatives_are_two_nodes(
    graph: nx.MultiDiGraph, one: str, other: str
) -> None:
    assert one in graph and other in graph and one != other
    assert graph.nodes[one]["label"] not in graph.nodes[other]["aliases"]


def test_same_letters_of_different_types_stay_two_nodes_with_a_note(
    graph: nx.MultiDiGraph,
) -> None:
    method, benchmark = node(graph, "method/gqa"), node(graph, "dataset/gqa")
    assert method["type"] == "Method" and benchmark["type"] == "Benchmark"
    assert method["aliases"] == ["Grouped-Query Attention"]
    assert "dataset/gqa" in method["note"] and "method/gqa" in benchmark["note"]
    assert any(line.startswith("ambiguous: 'GQA'") for line in graph.graph["report"])


def test_an_acronym_defined_two_ways_is_split_by_definition(graph: nx.MultiDiGraph) -> None:
    prefix = node(graph, "method/apt-adaptive-prefix-tuning")
    pruning = node(graph, "method/apt-adaptive-pruning-and-tuning")
    undefined = node(graph, "method/apt")
    assert prefix["aliases"] == ["Adaptive Prefix Tuning"]
    assert pruning["aliases"] == ["Adaptive Pruning and Tuning"]
    assert len(undefined["papers"]) == 1  # "we compare the APT method ...": which one?
    for data in (prefix, pruning, undefined):
        assert data["label"] == "APT" and "papers define it differently" in data["note"]


def test_no_two_unnoted_nodes_share_a_name(graph: nx.MultiDiGraph) -> None:
    """The invariant behind "one node per real thing": a shared key is always explained."""
    owners = defaultdict(set)
    for node_id, data in graph.nodes(data=True):
        if data["type"] in TYPE_GROUP:
            for form in [data["label"], *data["aliases"]]:
                owners[match_key(form)].add(node_id)
    for key, nodes in owners.items():
        if len(nodes) > 1:
            assert all(graph.nodes[n].get("note") for n in nodes), (key, nodes)


# --------------------------------------------------------------------------- records
def entity(name: str, kind: str, text: str, aliases: tuple[str, ...] = ()) -> dict:
    """A record entity as the extractor writes it, mentions found in ``text``."""
    mentions, start = [], text.find(name)
    while start >= 0:
        mentions.append({"start": start, "end": start + len(name)})
        start = text.find(name, start + 1)
    for alias in aliases:
        at = text.find(alias)
        if at >= 0:
            mentions.append({"start": at, "end": at + len(alias)})
    return {
        "name": name,
        "type": kind,
        "types": [kind],
        "aliases": list(aliases),
        "mentions": mentions,
    }


def record(paper: str, text: str, *entities: dict) -> dict:
    return {
        "id": paper,
        "arxiv": None,
        "date": None,
        "title": None,
        "comment": None,
        "sources": [f"{paper}.txt:1"],
        "text": text,
        "entities": list(entities),
        "relations": [],
        "repositories": [],
    }


def test_papers_defining_an_acronym_alike_outvote_a_typing_slip() -> None:
    texts = [
        "We skip supervised fine-tuning (SFT) and go straight to preference learning.",
        "After supervised fine-tuning (SFT), the model is aligned with feedback.",
        "We collect the SFT data from annotators; supervised fine-tuning (SFT) follows.",
    ]
    kinds = ["Method", "Method", "Dataset"]
    records = [
        record(f"paper/p{i}", t, entity("SFT", k, t, ("supervised fine-tuning",)))
        for i, (t, k) in enumerate(zip(texts, kinds, strict=True))
    ]
    g = build_graph(records)
    assert [n for n in g if not n.startswith("paper/")] == ["method/sft"]
    assert len(g.nodes["method/sft"]["papers"]) == 3
    assert records[2]["entities"][0]["id"] == "method/sft"
    assert any(line.startswith("merged across types: 'SFT'") for line in g.graph["report"])


def test_definitions_decide_which_acronyms_are_one_thing() -> None:
    written = [
        ("RLHF", "Reinforcement Learning from Human Feedback", "(RLHF) aligns the model."),
        ("RLHF", "reinforcement learning with human feedback", "(RLHF) is used too."),
        ("MoE", "Mixture of Experts", "(MoE) layers route tokens."),
        ("MoE", "Multi-objective Evolution", "(MoE) searches designs."),
        ("MoE", None, "Our MoE baseline is strong."),
    ]
    records = []
    for i, (name, long, rest) in enumerate(written):
        text = f"{long} {rest}" if long else rest
        aliases = (long,) if long else ()
        records.append(record(f"paper/d{i}", text, entity(name, "Method", text, aliases)))
    g = build_graph(records)
    entities = sorted(n for n in g if not n.startswith("paper/"))
    assert entities == [
        "method/moe",
        "method/moe-mixture-of-experts",
        "method/moe-multi-objective-evolution",
        "method/rlhf",
    ]
    assert len(g.nodes["method/rlhf"]["papers"]) == 2  # "from" and "with" agree
    assert "method/moe-mixture-of-experts" in g.nodes["method/moe"]["note"]


def test_mentions_without_a_definition_join_a_clearly_dominant_sense() -> None:
    written = [
        ("RAG", "Retrieval-Augmented Generation", "(RAG) grounds answers."),
        ("RAG", "region adjacency graph", "(RAG) links superpixels."),
        ("RAG", None, "Our RAG pipeline is fast."),
        ("ZQL", "Zonal Query Language", "(ZQL) is used."),
        ("ZQL", "zonal query languages", "(ZQL) again."),
        ("ZQL", "Zonal Query Language", "(ZQL) once more."),
        ("ZQL", "Zero-shot Quantile Loss", "(ZQL) differs."),
        ("ZQL", None, "We report ZQL."),
    ]
    records = []
    for i, (name, long, rest) in enumerate(written):
        text = f"{long} {rest}" if long else rest
        aliases = (long,) if long else ()
        records.append(record(f"paper/r{i}", text, entity(name, "Method", text, aliases)))
    g = build_graph(records)
    # the lexicon's sense of RAG takes the undefined mention; the other one stays apart
    assert len(g.nodes["method/rag"]["papers"]) == 2
    assert g.nodes["method/rag-region-adjacency-graph"]["papers"] == ["paper/r1"]
    # three papers of four define ZQL alike: the undefined mention joins them
    assert len(g.nodes["method/zql"]["papers"]) == 4
    assert "method/zql-zero-shot-quantile-loss" in g.nodes["method/zql"]["note"]


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Reinforcement Learning from Human Feedback", "reinforcement learning with feedbacks "
         "from humans", True),  # word order
        ("Low-Rank Adaptation", "Layer-wise Relevance Analysis", False),
        ("Reinforcement Learning from Human Feedback", "reinforcement learning with human "
         "feedbacks", True),
        ("supervised fine-tuning", "Supervised Finetuning", True),
        ("3D Morphable Face Model", "3D morphable model", True),  # an added word
        ("AI-Generated Content", "Artificial Intelligence Generated Content", True),
        ("3D Gaussian Splatting", "3D Gaussian Spatting", True),  # a typo
        ("Adaptive Prefix Tuning", "Adaptive Pruning and Tuning", False),
        ("Pattern-Exploiting Training", "Parameter-Efficient Tuning", False),
        ("Mixture of Experts", "Multi-objective Evolution", False),
    ],
)  # fmt: skip
def test_two_long_forms_conflict_only_when_a_word_is_replaced(
    one: str, other: str, same: bool
) -> None:
    assert same_definition(definition_words(one), definition_words(other)) is same


def test_label_is_the_most_frequent_form_and_ids_do_not_depend_on_order() -> None:
    written = [
        ("Llama", "We evaluate Llama on reading. Llama is strong."),
        ("LLaMA", "LLaMA is an open model."),
        ("Llama", "We fine-tune Llama for chat."),
    ]
    records = [
        record(f"paper/q{i}", text, entity(name, "Model", text))
        for i, (name, text) in enumerate(written)
    ]
    labels = set()
    for seed in range(4):
        shuffled = json.loads(json.dumps(records))
        random.Random(seed).shuffle(shuffled)
        g = build_graph(shuffled)
        entities = [n for n in g if not n.startswith("paper/")]
        assert entities == ["model/llama"]
        labels.add(g.nodes["model/llama"]["label"])
    assert labels == {"Llama"}  # written "Llama" three times, "LLaMA" once


def test_records_of_one_arxiv_paper_from_two_builds_are_one_paper(tmp_path: Path) -> None:
    first = build(LINEAGE_DATA / "releases.txt", tmp_path / "a")
    revised = tmp_path / "revised.jsonl"
    revised.write_text(
        json.dumps(
            {
                "id": "2398.00101v2",
                "abstract": "We present Qwen2, our next open-weight language models. The chat "
                "model Qwen2-72B-Instruct is fine-tuned from Qwen2-72B with preference data.",
                "update_date": "2398-07-01",
            }
        )
        + "\n"
    )
    second = build(revised, tmp_path / "b")
    records = [
        json.loads(line)
        for out in (first, second)
        for line in (out / "extractions.jsonl").read_text().splitlines()
    ]
    g = build_graph(records)
    qwen2 = [n for n, d in g.nodes(data=True) if d.get("arxiv") == "2398.00101"]
    assert qwen2 == ["paper/arxiv-2398.00101"]
    paper = g.nodes["paper/arxiv-2398.00101"]
    assert paper["sources"] == ["releases.txt:1", "revised.jsonl:1"]
    assert paper["date"] == "2398-06-10"  # the earliest
    edge = g.edges["model/qwen2-72b-instruct", "model/qwen2-72b", "derivedFrom:finetuned"]
    assert edge["support"] == 1  # one paper, however many copies
    sentences = {item["sentence"] for item in edge["evidence"]}
    assert len(sentences) == 2
    for item in edge["evidence"]:  # offsets point into the text the paper node keeps
        if item["start"] is not None:
            assert paper["text"][item["start"] : item["end"]] == item["sentence"]


def test_two_builds_of_the_corpus_are_byte_identical(tmp_path: Path) -> None:
    first = build(LINEAGE_DATA, tmp_path / "one")
    second = build(LINEAGE_DATA, tmp_path / "two")
    for name in ("graph.graphml", "graph.ttl", "extractions.jsonl"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
