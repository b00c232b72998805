"""The embedded Oxigraph store: same quads as the export, per-paper graphs, clean replacement."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from export_sample_graph import build_sample_graph
from rdf_helpers import RDF_DATA, build, ent

from mlkg import vocabulary as V
from mlkg.export.rdf import graph_to_quads
from mlkg.export.store import StoreError, open_store, store_path, write_store


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[nx.MultiDiGraph, Path]:
    out = tmp_path_factory.mktemp("store-out")
    return build(RDF_DATA, out), out


def test_store_holds_the_quads_of_the_export(built: tuple[nx.MultiDiGraph, Path]) -> None:
    graph, out = built
    store = open_store(out)
    assert {str(q) for q in store} == {str(q) for q in graph_to_quads(graph)}
    papers = {ent(n) for n, d in graph.nodes(data=True) if d["type"] == V.PAPER}
    assert {g.value for g in store.named_graphs()} == papers


def test_union_default_graph_answers_without_graph(built: tuple[nx.MultiDiGraph, Path]) -> None:
    _, out = built
    store = open_store(out)
    query = 'SELECT ?a WHERE { ?m rdfs:label "Qwen2-72B-Instruct" ; prov:wasDerivedFrom+ ?a }'
    union = store.query(query, prefixes=V.PREFIXES, use_default_graph_as_union=True)
    assert len(list(union)) == 3
    # the lineage is stated by a paper, so the store's own default graph alone has none of it
    plain = store.query(query, prefixes=V.PREFIXES)
    assert list(plain) == []


def test_write_store_replaces_an_old_store(tmp_path: Path) -> None:
    target = tmp_path / "store"
    small = build_sample_graph()
    write_store(small, target)
    small.remove_node("paper/arxiv-2407.10671")
    count = write_store(small, target)
    assert count == len(graph_to_quads(small))
    assert len(open_store(tmp_path)) == count
    assert [p.name for p in tmp_path.iterdir()] == ["store"]  # nothing left beside it


def test_write_store_never_replaces_other_files(tmp_path: Path) -> None:
    target = tmp_path / "store"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        write_store(build_sample_graph(), target)
    assert (target / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_store_path_accepts_the_output_folder_or_the_store(tmp_path: Path) -> None:
    write_store(build_sample_graph(), tmp_path / "store")
    assert store_path(tmp_path) == tmp_path / "store"
    assert store_path(tmp_path / "store") == tmp_path / "store"
    with pytest.raises(StoreError, match="mlkg build INPUT -o"):
        store_path(tmp_path / "missing")


def test_read_only_store_refuses_updates(tmp_path: Path) -> None:
    write_store(build_sample_graph(), tmp_path / "store")
    store = open_store(tmp_path)
    with pytest.raises(RuntimeError, match="read-write"):
        store.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert not bool(store.query("ASK { <urn:a> ?p ?o }"))
    assert isinstance(store, ox.Store)
