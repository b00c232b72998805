"""Every export format round-trips through rdflib and pyoxigraph; quads keep one graph per paper.

The graph is built with ``mlkg build`` from the abstracts in ``tests/data/rdf``.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdf_helpers import RDF_DATA, build, ent

from mlkg import vocabulary as V
from mlkg.export.formats import RDF_EXTENSIONS
from mlkg.export.rdf import graph_to_quads, graph_to_rdf, write_rdf

OX_FORMAT = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
RDFLIB_FORMAT = {
    "turtle": "turtle",
    "nt": "nt",
    "nquads": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
}
QUAD_FORMATS = ("nquads", "trig")
QWEN_PAPER = "paper/arxiv-2399.20001"
HARNESS_PAPER = "paper/arxiv-2399.20004"


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> nx.MultiDiGraph:
    return build(RDF_DATA, tmp_path_factory.mktemp("rdf-formats"))


@pytest.fixture(scope="module")
def exported(graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    paths = {}
    for fmt, ext in RDF_EXTENSIONS.items():
        paths[fmt] = folder / f"graph.{ext}"
        write_rdf(graph, paths[fmt], fmt)
    return paths


def ox_parse(path: Path, fmt: str) -> list[ox.Quad]:
    return list(ox.parse(path=str(path), format=OX_FORMAT[fmt]))


def rdflib_count(path: Path, fmt: str) -> int:
    if fmt in QUAD_FORMATS:
        dataset = rdflib.Dataset()
        dataset.parse(path, format=RDFLIB_FORMAT[fmt])
        return sum(1 for _ in dataset.quads((None, None, None, None)))
    return len(rdflib.Graph().parse(path, format=RDFLIB_FORMAT[fmt]))


def as_triples(quads: list[ox.Quad]) -> set[str]:
    return {str(q.triple) for q in quads}


@pytest.mark.parametrize("fmt", list(RDF_EXTENSIONS))
def test_round_trip_through_rdflib_and_pyoxigraph(
    graph: nx.MultiDiGraph, exported: dict[str, Path], fmt: str
) -> None:
    expected = len(graph_to_quads(graph)) if fmt in QUAD_FORMATS else len(graph_to_rdf(graph))
    parsed = ox_parse(exported[fmt], fmt)
    assert len(parsed) == len(set(parsed)) == expected > 300
    assert rdflib_count(exported[fmt], fmt) == expected


@pytest.mark.parametrize("fmt", list(RDF_EXTENSIONS))
def test_every_format_holds_the_same_statements(exported: dict[str, Path], fmt: str) -> None:
    turtle = as_triples(ox_parse(exported["turtle"], "turtle"))
    assert as_triples(ox_parse(exported[fmt], fmt)) == turtle


@pytest.mark.parametrize("fmt", QUAD_FORMATS)
def test_quads_have_one_named_graph_per_paper(
    graph: nx.MultiDiGraph, exported: dict[str, Path], fmt: str
) -> None:
    quads = ox_parse(exported[fmt], fmt)
    named = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    papers = {ent(n) for n, d in graph.nodes(data=True) if d["type"] == V.PAPER}
    assert named == papers
    dataset = rdflib.Dataset()
    dataset.parse(exported[fmt], format=RDFLIB_FORMAT[fmt])
    assert {str(c.identifier) for c in dataset.graphs() if len(c)} >= papers


def test_who_said_what(exported: dict[str, Path]) -> None:
    store = ox.Store()
    store.load(path=str(exported["trig"]), format=ox.RdfFormat.TRIG)
    # the two MMLU scores of Qwen2-72B come from two papers, each in its own graph
    rows = store.query(
        """SELECT ?paper ?value WHERE { GRAPH ?paper {
             ?r fair4ml:evaluatedMLModel ?m ; fair4ml:evaluationDataset ?b ; mls:hasValue ?value }
           ?m rdfs:label "Qwen2-72B" . ?b rdfs:label "MMLU" } ORDER BY ?paper""",
        prefixes=V.PREFIXES,
        use_default_graph_as_union=True,
    )
    assert [(r["paper"].value, r["value"].value) for r in rows] == [
        (ent(QWEN_PAPER), "84.2"),
        (ent(HARNESS_PAPER), "82.9"),
    ]
    # descriptions live in the default graph only; statements in the papers' graphs only
    label = "SELECT ?g WHERE { GRAPH ?g { ?m rdfs:label ?l } }"
    assert list(store.query(label, prefixes=V.PREFIXES)) == []
    stated = store.query(
        "ASK { ?m mlkg:finetunedFrom ?p }", prefixes=V.PREFIXES, default_graph=ox.DefaultGraph()
    )
    assert not bool(stated)


def test_turtle_is_the_union_of_the_quads(graph: nx.MultiDiGraph) -> None:
    union = {str(q.triple) for q in graph_to_quads(graph)}
    assert union == {str(t) for t in graph_to_rdf(graph)}


def test_jsonld_is_compact_with_the_shipped_context(exported: dict[str, Path]) -> None:
    document = json.loads(exported["jsonld"].read_text(encoding="utf-8"))
    assert document["@context"] == dict(V.PREFIXES)
    by_id = {node["@id"]: node for node in document["@graph"]}
    model = by_id["ent:model/qwen2-72b-instruct"]
    assert model["rdfs:label"] == "Qwen2-72B-Instruct"
    assert set(model["@type"]) == {"mlkg:Model", "fair4ml:MLModel"}
    assert model["mlkg:finetunedFrom"] == {"@id": "ent:model/qwen2-72b"}


def test_quad_exports_are_deterministic(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    for fmt in ("trig", "jsonld"):
        first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        write_rdf(graph, first, fmt)
        write_rdf(graph, second, fmt)
        assert first.read_bytes() == second.read_bytes()
    trig = (tmp_path / "a.trig").read_text(encoding="utf-8")
    assert trig.count("ent:paper\\/arxiv-2399.20001 {") == 1  # one block per paper
