"""Every fact traceable: papers keep their sources, edges keep every piece of evidence, and
lineage that contradicts the papers' dates is flagged in the build report.

Runs ``mlkg build`` on ``tests/data/lineage`` (see ``lineage_helpers``).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from lineage_helpers import LINEAGE_DATA, build, runner

from mlkg.cli import app
from mlkg.graph.lineage import load_graph

VICUNA_FROM_LLAMA = ("model/vicuna", "model/llama", "derivedFrom:finetuned")


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build(LINEAGE_DATA, tmp_path_factory.mktemp("lineage"))


@pytest.fixture(scope="module")
def graph(out: Path) -> nx.MultiDiGraph:
    return load_graph(out)


def test_one_paper_node_per_paper_with_all_its_sources(graph: nx.MultiDiGraph) -> None:
    papers = {n: d for n, d in graph.nodes(data=True) if d["type"] == "Paper"}
    assert len(papers) == 17  # 18 abstracts, one a shorter copy
    qwen2 = papers["paper/arxiv-2398.00101"]
    assert qwen2["sources"] == ["copies.txt:1", "releases.txt:1"]
    without_arxiv = [n for n, d in papers.items() if not d.get("arxiv")]
    assert without_arxiv and all(n.startswith("paper/") and "arxiv" not in n for n in without_arxiv)


def test_a_fact_stated_by_three_papers_is_one_edge_with_three_evidence_items(
    graph: nx.MultiDiGraph,
) -> None:
    assert graph.number_of_edges("model/vicuna", "model/llama") == 1
    edge = graph.edges[VICUNA_FROM_LLAMA]
    assert edge["support"] == 3 and edge["basis"] == "text"
    evidence = edge["evidence"]
    assert [graph.nodes[e["paper"]]["arxiv"] for e in evidence] == [
        "2398.00201",
        "2398.00202",
        "2398.00203",
    ]
    for item in evidence:
        assert item["component"] == "mlkg_lineage"
        assert 0 < item["confidence"] <= edge["confidence"]
        assert "Vicuna" in item["sentence"] and "LLaMA" in item["sentence"]


def test_every_evidence_offset_points_at_its_sentence(graph: nx.MultiDiGraph) -> None:
    checked = 0
    for _, _, data in graph.edges(data=True):
        for item in data["evidence"]:
            if item["paper"] is None:
                assert data["basis"] == "name" and item["rule"]
                continue
            text = graph.nodes[item["paper"]]["text"]
            assert text[item["start"] : item["end"]] == item["sentence"]
            assert item["component"] and 0 < item["confidence"] <= 1
            checked += 1
        papers = {item["paper"] for item in data["evidence"] if item["paper"]}
        assert data["support"] == len(papers)
    assert checked > 50


def test_rdf_keeps_the_three_sentences(out: Path) -> None:
    store = pyoxigraph.Store()
    store.load((out / "graph.ttl").read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    rows = store.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX prov: <http://www.w3.org/ns/prov#> "
        "PREFIX mlkg: <https://w3id.org/mlkg/vocab#> "
        "SELECT DISTINCT ?text WHERE { ?v rdfs:label 'Vicuna' ; prov:qualifiedDerivation ?d . "
        "?d prov:entity ?l . ?l rdfs:label 'LLaMA' . ?d mlkg:evidenceText ?text }"
    )
    assert len(list(rows)) == 3


def test_a_parent_newer_than_its_child_is_flagged_not_dropped(graph: nx.MultiDiGraph) -> None:
    edge = graph.edges["model/llama2chat", "model/llama2", "derivedFrom:finetuned"]
    assert "2398-09-20" in edge["warning"] and "2398-03-02" in edge["warning"]
    [line] = [line for line in graph.graph["report"] if line.startswith("time:")]
    assert line.startswith("time: Llama 2-Chat derivedFrom (finetuned) Llama 2, but Llama 2 is")
    assert "arXiv:2398.00103" in line and "stated in arXiv:2398.00102" in line
    # consistent dates are not flagged
    assert "warning" not in graph.edges[VICUNA_FROM_LLAMA]


def test_build_prints_the_report(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(LINEAGE_DATA), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())  # the console wraps long lines
    assert "report: 3 item(s) to check:" in output
    assert "time: Llama 2-Chat derivedFrom (finetuned) Llama 2" in output
    assert "ambiguous: 'GQA' names 2 nodes" in output


def _record(text: str, arxiv: str | None, source: str) -> dict:
    return {"id": "doc", "arxiv": arxiv, "text": text, "sources": [source], "entities": []}


def test_a_record_without_arxiv_id_joins_the_paper_of_the_same_text() -> None:
    from mlkg.graph.papers import paper_nodes

    text = "We fine-tune LLaMA on dialogue data and call the result Vicuna."
    records = [
        _record(text, "2398.00301v2", "listing.txt:1"),
        _record("  " + text.replace(" ", "  "), None, "notes.txt:4"),
        _record("A different abstract about BERT.", None, "notes.txt:9"),
    ]
    papers, ids = paper_nodes(records)
    assert ids[0] == ids[1] == "paper/arxiv-2398.00301"
    assert papers[0].sources == ["listing.txt:1", "notes.txt:4"]
    assert ids[2].startswith("paper/") and "arxiv" not in ids[2]
    assert len(papers) == 2


def test_records_that_all_have_arxiv_ids_keep_one_paper_each() -> None:
    from mlkg.graph.papers import paper_nodes

    same = "Two listings of one abstract about GPT-2."
    records = [_record(same, "2398.00401", "a.txt:1"), _record(same, "2398.00402", "b.txt:1")]
    papers, ids = paper_nodes(records)
    assert ids == ["paper/arxiv-2398.00401", "paper/arxiv-2398.00402"]
    assert [p.sources for p in papers] == [["a.txt:1"], ["b.txt:1"]]
