"""Lineage suggested by names: kept apart from the text's, between existing nodes only."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from lineage_helpers import LINEAGE_DATA, build

from mlkg.graph.build import build_graph
from mlkg.graph.lineage import load_graph
from mlkg.graph.name_lineage import CONFIDENCE_KNOWN, candidates


def first(name: str) -> tuple[str, str] | None:
    found = next(candidates(name), None)
    return (found.form, found.kind) if found else None


@pytest.mark.parametrize(
    ("child", "parent", "kind"),
    [
        ("Qwen2-72B-Instruct", "Qwen2-72B", "finetuned"),
        ("Qwen2-72B", "Qwen2", "variant"),
        ("Llama-2-7B", "Llama-2", "variant"),
        ("Llama 2-Chat", "Llama 2", "finetuned"),
        ("Mixtral 8x7B", "Mixtral", "variant"),
        ("RoBERTa-large", "RoBERTa", "variant"),
        ("Code-Qwen-Chat", "Code-Qwen", "finetuned"),
        ("Qwen-Audio", "Qwen", "builtOn"),
        ("Qwen2.5-Coder-7B", "Qwen2.5-Coder", "variant"),
        ("Llama-3-8B-AWQ", "Llama-3-8B", "quantized"),
        ("ExpertLLaMA", "LLaMA", "builtOn"),
        ("DistilBERT", "BERT", "distilled"),
        ("Chinese CLIP", "CLIP", "builtOn"),
        ("InstructGPT", "GPT", "finetuned"),
    ],
)
def test_nearest_parent_name(child: str, parent: str, kind: str) -> None:
    assert first(child) == (parent, kind)


def test_prefix_comes_after_the_suffixes() -> None:
    """Code-Qwen-Chat is the chat model of Code-Qwen, which is built on Qwen: never Qwen-Chat."""
    forms = [c.form for c in candidates("Code-Qwen-Chat")]
    assert forms == ["Code-Qwen", "Qwen"]
    assert [c.kind for c in candidates("Code-Qwen-Chat")][-1] == "builtOn"


@pytest.mark.parametrize(
    "name",
    [
        "GPT-4o",  # a glued letter names a new model
        "GPT-4",  # a version, not a derivation
        "Qwen2",
        "Llama 2",
        "MoCo v3",
        "VECO 2.0",
        "BERT-like",  # an unknown word after the name
        "GPT-Neo",
        "RoBERTa",  # two-letter or lower-case glued prefixes are spellings
        "DeBERTa",
        "mT5",
        "BlendMask",  # the head of a glued compound must look like a name
        "YoloV8",
        "Short-PHD",  # an unknown separated word is no modifier
        "ONE-PEACE",
    ],
)
def test_names_that_suggest_no_parent(name: str) -> None:
    assert first(name) is None


def test_rule_text_names_the_modifiers() -> None:
    [only] = list(candidates("ExpertLLaMA"))
    assert only.rule == '"ExpertLLaMA" is "LLaMA" with prefix "Expert"'
    assert only.confidence < CONFIDENCE_KNOWN  # an unknown glued word is a weaker hint
    [instruct, _] = list(candidates("Qwen2-72B-Instruct"))
    assert instruct.rule == '"Qwen2-72B-Instruct" is "Qwen2-72B" with suffix "-Instruct"'


# --------------------------------------------------------------------------- in the graph
@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build(LINEAGE_DATA, tmp_path_factory.mktemp("lineage"))


@pytest.fixture(scope="module")
def graph(out: Path) -> nx.MultiDiGraph:
    return load_graph(out)


def lineage_between(g: nx.MultiDiGraph, child: str, parent: str) -> list[dict]:
    return [d for d in g.get_edge_data(child, parent, default={}).values()]


@pytest.mark.parametrize(
    ("child", "parent", "kind"),
    [
        ("model/expertllama", "model/llama", "builtOn"),
        ("model/code-qwen-chat", "model/qwen", "builtOn"),  # Code-Qwen is not in the graph
        ("model/qwen-chat", "model/qwen", "finetuned"),
        ("model/llama2-7b", "model/llama2", "variant"),  # Llama-2 = Llama 2
    ],
)
def test_name_based_edges_between_existing_nodes(
    graph: nx.MultiDiGraph, child: str, parent: str, kind: str
) -> None:
    [edge] = lineage_between(graph, child, parent)
    assert edge["rel"] == "derivedFrom" and edge["kind"] == kind and edge["basis"] == "name"
    assert edge["support"] == 0 and edge["confidence"] <= CONFIDENCE_KNOWN
    [item] = edge["evidence"]
    assert item["component"] == "name" and item["paper"] is None and item["rule"]


def test_no_name_edge_where_the_text_states_the_lineage(graph: nx.MultiDiGraph) -> None:
    for child, parent in [
        ("model/qwen2-72b-instruct", "model/qwen2-72b"),
        ("model/qwen2-72b", "model/qwen2"),
        ("model/llama2chat", "model/llama2"),
    ]:
        [edge] = lineage_between(graph, child, parent)
        assert edge["basis"] == "text"


def test_name_edges_only_to_nodes_that_exist(graph: nx.MultiDiGraph) -> None:
    name_edges = {(u, v) for u, v, d in graph.edges(data=True) if d.get("basis") == "name"}
    assert name_edges == {
        ("model/expertllama", "model/llama"),
        ("model/code-qwen-chat", "model/qwen"),
        ("model/qwen-chat", "model/qwen"),
        ("model/llama2-7b", "model/llama2"),
    }


def test_rdf_writes_name_lineage_as_a_suggestion_only(out: Path) -> None:
    store = pyoxigraph.Store()
    store.load((out / "graph.ttl").read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    prefixes = (
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX prov: <http://www.w3.org/ns/prov#> "
        "PREFIX mlkg: <https://w3id.org/mlkg/vocab#> "
    )
    suggested = f"{prefixes} ASK {{ ?e rdfs:label 'ExpertLLaMA' ; "
    assert store.query(suggested + "mlkg:nameSuggestsDerivedFrom ?l . ?l rdfs:label 'LLaMA' }")
    assert not store.query(suggested + "prov:wasDerivedFrom ?l }")


# --------------------------------------------------------------------------- against the text
def paper(index: int, text: str, names: list[str], lineage: list[tuple[str, str]]) -> dict:
    """A hand-written extraction record: ``names`` are Models, ``lineage`` (child, parent)."""
    entities = [
        {
            "name": name,
            "type": "Model",
            "types": ["Model"],
            "aliases": [],
            "mentions": [{"start": text.index(name), "end": text.index(name) + len(name)}],
        }
        for name in names
    ]
    relations = [
        {
            "head": child,
            "rel": "derivedFrom",
            "tail": parent,
            "kind": "builtOn",
            "basis": "text",
            "confidence": 0.75,
            "component": "mlkg_lineage",
            "evidence": {"sentence": text, "start": 0, "end": len(text)},
        }
        for child, parent in lineage
    ]
    return {
        "id": f"paper/n{index}",
        "arxiv": None,
        "date": None,
        "title": None,
        "comment": None,
        "sources": [f"n{index}.txt:1"],
        "text": text,
        "entities": entities,
        "relations": relations,
        "repositories": [],
    }


def name_edges(g: nx.MultiDiGraph) -> set[tuple[str, str]]:
    return {(u, v) for u, v, d in g.edges(data=True) if d["basis"] == "name"}


def test_a_name_guess_never_competes_with_the_stated_parent() -> None:
    records = [
        paper(0, "Code Llama is built on Llama 2.", ["Code Llama", "Llama 2"],
              [("Code Llama", "Llama 2")]),
        paper(1, "Llama was released first.", ["Llama"], []),
    ]  # fmt: skip
    assert name_edges(build_graph(records)) == set()


def test_a_name_guess_that_refines_the_stated_parent_is_kept() -> None:
    records = [
        paper(0, "Code-Qwen and Code-Qwen-Chat are built on Qwen.",
              ["Code-Qwen", "Code-Qwen-Chat", "Qwen"],
              [("Code-Qwen", "Qwen"), ("Code-Qwen-Chat", "Qwen")]),
    ]  # fmt: skip
    assert name_edges(build_graph(records)) == {("model/code-qwen-chat", "model/code-qwen")}


def test_a_parent_introduced_after_the_child_is_not_suggested() -> None:
    older = paper(0, "We introduce Orca-2-Chat today.", ["Orca-2-Chat"], [])
    newer = paper(1, "We introduce Orca-2 today.", ["Orca-2"], [])
    for record, (date, name) in zip(
        (older, newer), [("2398-01-01", "Orca-2-Chat"), ("2398-06-01", "Orca-2")], strict=True
    ):
        record["date"] = date
        record["relations"].append(
            {"head": record["id"], "rel": "introduces", "tail": name, "basis": "text",
             "confidence": 0.8, "component": "mlkg_paper_relations",
             "evidence": {"sentence": record["text"], "start": 0, "end": len(record["text"])}}
        )  # fmt: skip
    assert name_edges(build_graph([older, newer])) == set()
    newer["date"] = "2397-06-01"
    assert name_edges(build_graph([older, newer])) == {("model/orca2chat", "model/orca2")}
