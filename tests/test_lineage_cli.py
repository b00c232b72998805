"""``mlkg lineage`` as a user runs it, on graphs written by ``mlkg build``.

The corpus is ``tests/data/lineage`` (see ``lineage_helpers``); the last tests build the
seed abstracts in ``../shared/seeds`` when they are present.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lineage_helpers import LINEAGE_DATA, SHARED, build, lineage

from mlkg.graph.lineage import find_entity, lineage_edges_of, load_graph
from mlkg.graph.lineage import lineage as family
from mlkg.naming import match_key


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build(LINEAGE_DATA, tmp_path_factory.mktemp("lineage"))


def run(*args: str) -> str:
    result = lineage(*args)
    assert result.exit_code == 0, result.output
    return result.output


def test_tree_of_ancestors_with_kinds_and_papers(out: Path) -> None:
    tree = run("Qwen2-72B-Instruct", "--graph", str(out))
    assert tree.splitlines() == [
        "Qwen2-72B-Instruct  [Model] model/qwen2-72b-instruct",
        "ancestors (each line is a parent of the line above):",
        "└── Qwen2-72B  derivedFrom (finetuned) [arXiv:2398.00101]",
        "    └── Qwen2  derivedFrom (variant) [arXiv:2398.00101]",
        "        └── Qwen1.5  successorOf [arXiv:2398.00101]",
        "descendants (each line is a child of the line above):",
        "    (none)",
    ]


def test_descendants_mark_name_based_edges(out: Path) -> None:
    tree = run("llama", "--graph", str(out), "--descendants")
    assert "ancestors" not in tree
    assert (
        "├── ExpertLLaMA  derivedFrom (builtOn) "
        '[name-based: "ExpertLLaMA" is "LLaMA" with prefix "Expert"]'
    ) in tree
    assert (
        "└── Vicuna  derivedFrom (finetuned) [arXiv:2398.00201, arXiv:2398.00202, arXiv:2398.00203]"
    ) in tree
    text_only = run("LLaMA", "--graph", str(out), "--descendants", "--text-only")
    assert "ExpertLLaMA" not in text_only and "Vicuna" in text_only


def test_depth_limits_the_generations(out: Path) -> None:
    deep = run("Qwen1.5", "--graph", str(out), "--descendants")
    assert "Qwen2-72B-Instruct" in deep
    shallow = run("Qwen1.5", "--graph", str(out), "--descendants", "--depth", "1")
    assert "Qwen2 " in shallow and "Qwen2-72B" not in shallow


def test_evidence_and_time_warnings_are_shown(out: Path) -> None:
    tree = run("Llama 2-Chat", "--graph", str(out), "--ancestors", "--evidence")
    lines = tree.splitlines()
    assert lines[2] == "└── Llama 2  derivedFrom (finetuned) [arXiv:2398.00102]"
    assert lines[3].startswith("        ! Llama 2 is introduced on 2398-09-20")
    assert lines[4].startswith('        "We introduce Llama 2-Chat, a dialogue model fine-tuned')
    assert lines[4].endswith('" (arXiv:2398.00102)')


@pytest.mark.parametrize("alias", ["chinese-clip", "CHINESE CLIP", "model/chinese-clip"])
def test_any_alias_any_case(out: Path, alias: str) -> None:
    assert run(alias, "--graph", str(out)).startswith("Chinese CLIP  [Model]")


def test_lexicon_alias_finds_coco(out: Path) -> None:
    assert run("MS-COCO", "--graph", str(out)).startswith("COCO  [Dataset] dataset/coco")


def test_unknown_name_suggests_the_closest(out: Path) -> None:
    result = lineage("Qwen3", "--graph", str(out))
    assert result.exit_code == 2
    assert "no model, method or dataset named 'Qwen3'" in result.output
    suggested = result.output.split("did you mean: ")[1].rstrip("?\n").split(", ")
    assert {"Qwen", "Qwen2", "Qwen1.5"} <= set(suggested)


def test_ambiguous_name_lists_the_candidates(out: Path) -> None:
    result = lineage("GQA", "--graph", str(out))
    assert result.exit_code == 2
    assert "dataset/gqa  (GQA, Benchmark)" in result.output
    assert "method/gqa  (GQA, Method)" in result.output
    assert run("method/gqa", "--graph", str(out)).startswith("GQA  [Method] method/gqa")
    chosen = run("gqa", "--graph", str(out), "--type", "benchmark")
    assert chosen.startswith("GQA  [Benchmark] dataset/gqa")


def test_json_shape(out: Path) -> None:
    text = run("LLaMA", "--graph", str(out), "--format", "json")
    assert text == run("LLaMA", "--graph", str(out), "--format", "json")  # deterministic
    data = json.loads(text)
    assert set(data) == {
        "version",
        "query",
        "root",
        "direction",
        "depth",
        "text_only",
        "nodes",
        "edges",
    }
    assert data["root"] == "model/llama" and data["direction"] == "both"
    roles = {n["id"]: (n["role"], n["distance"]) for n in data["nodes"]}
    assert roles == {
        "model/llama": ("root", 0),
        "model/expertllama": ("descendant", 1),
        "model/vicuna": ("descendant", 1),
    }
    edges = {(e["child"], e["parent"]): e for e in data["edges"]}
    name_edge = edges[("model/expertllama", "model/llama")]
    assert name_edge["basis"] == "name" and name_edge["kind"] == "builtOn"
    assert name_edge["evidence"][0]["rule"] and name_edge["evidence"][0]["paper"] is None
    text_edge = edges[("model/vicuna", "model/llama")]
    assert text_edge["support"] == 3 and text_edge["rel"] == "derivedFrom"
    assert [e["reference"] for e in text_edge["evidence"]] == [
        "arXiv:2398.00201",
        "arXiv:2398.00202",
        "arXiv:2398.00203",
    ]
    assert set(text_edge["evidence"][0]) == {
        "paper",
        "reference",
        "sentence",
        "start",
        "end",
        "component",
        "confidence",
        "rule",
    }


def test_html_page_of_the_family(out: Path, tmp_path: Path) -> None:
    page = tmp_path / "family.html"
    run("Qwen2", "--graph", str(out), "--html", str(page))
    html = page.read_text()
    for label in ("Qwen2-72B-Instruct", "Qwen2-72B", "Qwen1.5", "lineage of Qwen2"):
        assert label in html
    assert "Vicuna" not in html  # only the family


def test_lineage_never_runs_extraction(out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mlkg.extract.pipeline as pipeline

    def refuse(*_args, **_kwargs):
        raise AssertionError("lineage must read the graph, not extract")

    monkeypatch.setattr(pipeline, "extract", refuse)
    monkeypatch.setattr(pipeline, "load_pipeline", refuse)
    assert "Qwen2-72B" in run("Qwen2-72B-Instruct", "--graph", str(out / "graph.graphml"))


def test_missing_graph_is_an_error(tmp_path: Path) -> None:
    result = lineage("LLaMA", "--graph", str(tmp_path))
    assert result.exit_code == 2 and "no graph at" in result.output


# --------------------------------------------------------------------------- the seeds
@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared/seeds is not present")
    return build(SHARED / "seeds", tmp_path_factory.mktemp("seeds"))


def test_seeds_papers_and_one_coco(seeds: Path) -> None:
    g = load_graph(seeds)
    assert sum(d["type"] == "Paper" for _, d in g.nodes(data=True)) == 41
    coco = [
        n
        for n, d in g.nodes(data=True)
        if any(
            match_key(form) in ("coco", "mscoco") for form in [d["label"], *d.get("aliases", [])]
        )
    ]
    assert coco == ["dataset/coco"]


def test_seeds_qwen2_instruct_text_ancestors(seeds: Path) -> None:
    g = load_graph(seeds)
    root = find_entity(g, "Qwen2-72B-Instruct")
    result = family(g, root, direction="ancestors", text_only=True)
    ancestors = {g.nodes[n]["label"] for n, (role, _) in result.roles.items() if role != "root"}
    assert ancestors == {"Qwen2-72B", "Qwen2", "Qwen1.5"}
    qwen2 = find_entity(g, "Qwen2")
    [(_, _, _, successor)] = lineage_edges_of(g, qwen2, up=True, text_only=True)[
        find_entity(g, "Qwen1.5")
    ]
    assert successor["rel"] == "successorOf"


def test_seeds_expertllama_is_only_suggested_by_its_name(seeds: Path) -> None:
    g = load_graph(seeds)
    expert, llama = find_entity(g, "ExpertLLaMA"), find_entity(g, "LLaMA")
    assert expert != llama
    edges = list(g.get_edge_data(expert, llama).values())
    assert [(e["rel"], e["basis"]) for e in edges] == [("derivedFrom", "name")]
    text_parents = lineage_edges_of(g, expert, up=True, text_only=True)
    assert text_parents == {}
