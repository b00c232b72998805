"""vocab.ttl declares exactly our terms, documented and linked; context and shapes agree.

The list of our terms is generated from ``mlkg/vocabulary.py`` (every string in the mlkg
namespace it defines), never written out here, so a term added there must be declared in
vocab.ttl and emitted by the exporter, and a term declared but unused fails too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import rdflib
from export_sample_graph import QWEN2_72B, QWEN_7B, QWEN_14B, WEBCRAWL, add_relation
from export_sample_graph import build_sample_graph as sample_graph
from rdflib import OWL, RDF, RDFS, URIRef

from mlkg import vocabulary as V
from mlkg.export.rdf import graph_to_rdf

DECLARATION_TYPES = {OWL.Class, RDFS.Class, RDF.Property, OWL.ObjectProperty}
DECLARATION_TYPES |= {OWL.DatatypeProperty, OWL.AnnotationProperty}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, tuple | list | set | frozenset):
        for item in value:
            yield from _strings(item)


def our_terms() -> set[str]:
    """Every IRI in the mlkg namespace that vocabulary.py defines."""
    return {
        s
        for name in dir(V)
        if not name.startswith("_")
        for s in _strings(getattr(V, name))
        if s.startswith(V.MLKG_NS) and s != V.MLKG_NS
    }


@pytest.fixture(scope="module")
def vocab() -> rdflib.Graph:
    text = resources.files("mlkg.export").joinpath("vocab.ttl").read_text(encoding="utf-8")
    return rdflib.Graph().parse(data=text, format="turtle")


def declared(vocab: rdflib.Graph) -> set[str]:
    return {
        str(s)
        for t in DECLARATION_TYPES
        for s in vocab.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(V.MLKG_NS)
    }


def full_graph() -> nx.MultiDiGraph:
    """The sample graph plus one edge of every lineage kind and a score with a split."""
    g = sample_graph()
    item = {
        "paper": "paper/arxiv-2309.16609",
        "sentence": "s",
        "start": 0,
        "end": 1,
        "component": "t",
        "confidence": 0.5,
    }
    for kind in V.LINEAGE_KINDS:
        add_relation(g, QWEN_14B, V.DERIVED_FROM, QWEN_7B, [item], kind=kind)
    add_relation(g, QWEN2_72B, V.EVALUATED_ON, WEBCRAWL, [item], value="1.5", setting="x")
    g.edges[QWEN2_72B, WEBCRAWL, "evaluatedOn:1.5"]["split"] = "test"
    return g


def emitted(g: nx.MultiDiGraph) -> set[str]:
    terms = set()
    for triple in graph_to_rdf(g):
        for term in (triple.subject, triple.predicate, triple.object):
            value = getattr(term, "value", "")
            if isinstance(value, str) and value.startswith(V.MLKG_NS):
                terms.add(value)
    return terms


def test_vocab_declares_exactly_the_terms_of_vocabulary_py(vocab: rdflib.Graph) -> None:
    assert our_terms(), "vocabulary.py defines mlkg: terms"
    assert declared(vocab) == our_terms()


def test_every_emitted_term_is_declared_and_every_declared_term_is_emitted(
    vocab: rdflib.Graph,
) -> None:
    assert emitted(full_graph()) == declared(vocab)


def test_every_term_has_a_label_a_comment_and_its_ontology(vocab: rdflib.Graph) -> None:
    ontology = URIRef(V.ONTOLOGY_IRI)
    for term in map(URIRef, declared(vocab)):
        assert vocab.value(term, RDFS.label), term
        assert len(str(vocab.value(term, RDFS.comment) or "")) > 20, term
        assert vocab.value(term, RDFS.isDefinedBy) == ontology, term


def test_ontology_has_a_version(vocab: rdflib.Graph) -> None:
    ontology = URIRef(V.ONTOLOGY_IRI)
    assert (ontology, RDF.type, OWL.Ontology) in vocab
    assert str(vocab.value(ontology, OWL.versionInfo)) == V.VOCABULARY_VERSION


def test_lineage_kinds_are_sub_properties_of_was_derived_from(vocab: rdflib.Graph) -> None:
    derived = URIRef(V.WAS_DERIVED_FROM)
    for predicate in V.LINEAGE_KIND_PREDICATE.values():
        assert (URIRef(predicate), RDFS.subPropertyOf, derived) in vocab
    # a guess from names is deliberately outside PROV
    guess = URIRef(V.NAME_SUGGESTS_DERIVED_FROM)
    assert vocab.value(guess, RDFS.subPropertyOf) is None


def test_properties_have_domain_or_range_and_classes_their_external_parents(
    vocab: rdflib.Graph,
) -> None:
    for term in map(URIRef, declared(vocab)):
        if (term, RDF.type, OWL.DatatypeProperty) in vocab:
            assert vocab.value(term, RDFS.range) is not None, term
        if (term, RDF.type, OWL.ObjectProperty) in vocab:
            linked = {RDFS.domain, RDFS.range, RDFS.subPropertyOf, RDFS.seeAlso}
            assert any(vocab.value(term, p) is not None for p in linked), term
    model, external = URIRef(V.CLASSES[V.MODEL][0]), URIRef(V.CLASSES[V.MODEL][1])
    assert (model, RDFS.subClassOf, external) in vocab
    benchmark, dataset = URIRef(V.CLASSES[V.BENCHMARK][0]), URIRef(V.CLASSES[V.DATASET][0])
    assert (benchmark, RDFS.subClassOf, dataset) in vocab


def test_the_vocabulary_queries_itself_in_pyoxigraph_too() -> None:
    import pyoxigraph

    text = resources.files("mlkg.export").joinpath("vocab.ttl").read_bytes()
    store = pyoxigraph.Store()
    store.load(text, format=pyoxigraph.RdfFormat.TURTLE)
    rows = store.query(
        "SELECT ?p WHERE { ?p rdfs:subPropertyOf prov:wasDerivedFrom }", prefixes=V.PREFIXES
    )
    assert {row["p"].value for row in rows} == set(V.LINEAGE_KIND_PREDICATE.values())


def test_jsonld_context_file_is_the_vocabulary_prefixes() -> None:
    text = resources.files("mlkg.export").joinpath("context.jsonld").read_text(encoding="utf-8")
    assert json.loads(text) == {"@context": dict(V.PREFIXES)}


def test_shapes_use_the_vocabulary_repository_kinds() -> None:
    from mlkg.export.shacl import SH, load_shapes

    shapes = load_shapes()
    kinds = set()
    for prop in shapes.subjects(SH.path, URIRef(V.P_REPOSITORY_KIND)):
        listed = shapes.value(prop, SH["in"])
        kinds = {str(k) for k in rdflib.collection.Collection(shapes, listed)}
    assert kinds == set(V.REPOSITORY_KINDS)


def test_querying_doc_names_every_term(vocab: rdflib.Graph) -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "querying.md").read_text("utf-8")
    missing = {t for t in declared(vocab) if t.removeprefix(V.MLKG_NS) not in doc}
    assert not missing
