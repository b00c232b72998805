"""The graph as RDF in the vocabulary of ``docs/vocabulary.md``: triples, or quads per paper.

Triples are built as pyoxigraph terms and serialised by pyoxigraph, because a corpus graph
reaches about a million triples and rdflib objects at that scale cost minutes and gigabytes.

Every statement is produced with the graph it belongs to, so one pass serves both shapes:

* the **default graph** describes entities: types, labels, aliases, paper metadata,
  repository URLs - what a node *is*;
* **one named graph per paper**, named by the paper's own IRI, holds what that paper
  *states*: its mentions, the relations it asserts, their evidence and the scores it reports.
  A fact stated by two papers is in both graphs, so ``GRAPH ?paper { ... }`` tells who said
  what. Triple formats (Turtle, N-Triples, JSON-LD) write the union, without duplicates.

Every node that the graph does not have - evaluation results, PROV qualifications,
``mlkg:Assertion`` nodes - gets an IRI hashed from its content instead of a blank node, and
statements are sorted before writing, so two exports of the same graph are byte-identical.

Lineage follows one rule: only text-stated lineage is ``prov:wasDerivedFrom``. A lineage edge
that the two names merely suggest (basis ``name``) becomes ``mlkg:nameSuggestsDerivedFrom``
only, so ``prov:wasDerivedFrom+`` never walks through a guess.

``mentions`` edges become plain ``schema:mentions`` triples without an assertion: every paper
names many entities, and an assertion per mention would double the size of the export for a
fact that the abstract (``schema:abstract``) already shows.
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import networkx as nx
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from mlkg import vocabulary as V
from mlkg.export.rdf_terms import (
    date_literal,
    decimal,
    entity_iri,
    hashed,
    integer,
    node,
    score_value,
    url,
)

log = logging.getLogger(__name__)

#: a triple and the node id of the paper whose named graph holds it ("" = default graph)
Statement = tuple[str, Triple]

_FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES,
    "ntriples": RdfFormat.N_TRIPLES,
    "n-triples": RdfFormat.N_TRIPLES,
    "nquads": RdfFormat.N_QUADS,
    "nq": RdfFormat.N_QUADS,
    "n-quads": RdfFormat.N_QUADS,
    "trig": RdfFormat.TRIG,
    "n3": RdfFormat.N3,
    "xml": RdfFormat.RDF_XML,
    "rdfxml": RdfFormat.RDF_XML,
    "rdf/xml": RdfFormat.RDF_XML,
    "jsonld": RdfFormat.JSON_LD,
    "json-ld": RdfFormat.JSON_LD,
}
_QUAD_FORMATS = (RdfFormat.N_QUADS, RdfFormat.TRIG)

#: the format names :func:`write_rdf` accepts (aliases included)
RDF_FORMATS: tuple[str, ...] = tuple(sorted(_FORMATS))
#: the formats ``mlkg build --rdf-format`` offers, with the extension of ``graph.<ext>``
RDF_EXTENSIONS: dict[str, str] = {
    "turtle": "ttl",
    "nt": "nt",
    "nquads": "nq",
    "trig": "trig",
    "jsonld": "jsonld",
}

_TYPE = node(V.RDF_TYPE)
_LINEAGE_KIND = {kind: node(p) for kind, p in V.LINEAGE_KIND_PREDICATE.items()}
_WAS_DERIVED_FROM = node(V.WAS_DERIVED_FROM)
_WAS_REVISION_OF = node(V.RELATION_PREDICATE[V.SUCCESSOR_OF])
_MENTIONS = node(V.RELATION_PREDICATE[V.MENTIONS])


# --------------------------------------------------------------------------- public API
def graph_to_rdf(g: nx.MultiDiGraph) -> list[Triple]:
    """Every triple of the graph (the union of all its graphs), unique, in a stable order."""
    with _no_gc():
        return _sorted_unique_triples(triple for _, triple in statements(g))


def graph_to_quads(g: nx.MultiDiGraph) -> list[Quad]:
    """Every quad: descriptions in the default graph, each paper's statements in its own graph.

    Sorted (default graph first, then papers by IRI) so that TriG writes each graph once.
    """
    with _no_gc():
        return _sorted_unique_quads(statements(g))


def iter_quads(g: nx.MultiDiGraph) -> Iterator[Quad]:
    """The quads in no particular order, with duplicates: for bulk loaders, which sort anyway."""
    names: dict[str, NamedNode | DefaultGraph] = {"": DefaultGraph()}
    for graph_id, t in statements(g):
        name = names.get(graph_id)
        if name is None:
            name = names[graph_id] = entity_iri(graph_id)
        yield Quad(t.subject, t.predicate, t.object, name)


def write_rdf(g: nx.MultiDiGraph, path: str | os.PathLike[str], fmt: str = "turtle") -> None:
    """Write the graph to ``path`` as ``fmt``: turtle, nt, nquads, trig, jsonld (also n3, xml).

    N-Quads and TriG keep one named graph per paper; the other formats write the union.
    JSON-LD is compacted with the context of ``mlkg/export/context.jsonld``.
    """
    try:
        rdf_format = _FORMATS[fmt.lower()]
    except KeyError:
        known = sorted(_FORMATS)
        raise ValueError(f"unknown RDF format {fmt!r}; use one of {known}") from None
    if rdf_format == RdfFormat.JSON_LD:
        from mlkg.export.jsonld import write_jsonld

        write_jsonld(graph_to_rdf(g), path)
        return
    data: list[Quad] | list[Triple]
    data = graph_to_quads(g) if rdf_format in _QUAD_FORMATS else graph_to_rdf(g)
    serialize(data, os.fspath(path), rdf_format, prefixes=dict(V.PREFIXES))


def statements(g: nx.MultiDiGraph) -> Iterator[Statement]:
    """Every statement of the graph with the paper graph it belongs to, unsorted."""
    for node_id in g.nodes:
        yield from _node_statements(g, str(node_id), g.nodes[node_id])
    for u, v, key, data in g.edges(keys=True, data=True):
        yield from _edge_statements(str(u), str(v), str(key), data)


# --------------------------------------------------------------------------- nodes
def _node_statements(
    g: nx.MultiDiGraph, node_id: str, data: Mapping[str, Any]
) -> Iterator[Statement]:
    s = entity_iri(node_id)
    types = list(data.get("types") or ([data["type"]] if data.get("type") else []))
    for node_type in types:
        for cls in V.CLASSES.get(node_type, ()):
            yield "", Triple(s, _TYPE, node(cls))
    if data.get("label"):
        yield "", Triple(s, node(V.P_LABEL), Literal(str(data["label"])))
    if V.PAPER in types:
        yield from (("", t) for t in _paper_triples(s, data))
    elif V.REPOSITORY in types:
        yield from (("", t) for t in _repository_triples(s, data))
    else:
        for alias in data.get("aliases") or ():
            yield "", Triple(s, node(V.P_ALT_LABEL), Literal(str(alias)))
        # ``papers`` restates the mentions edges; writing it too keeps a graph without them whole
        for paper in data.get("papers") or ():
            if paper in g:
                yield str(paper), Triple(entity_iri(str(paper)), _MENTIONS, s)


def _paper_triples(s: NamedNode, data: Mapping[str, Any]) -> Iterator[Triple]:
    if data.get("arxiv"):
        yield Triple(s, node(V.P_IDENTIFIER), Literal(f"arXiv:{data['arxiv']}"))
    if data.get("date"):
        yield Triple(s, node(V.P_DATE), date_literal(str(data["date"])))
    for attr, prop in (("title", V.P_TITLE), ("text", V.P_ABSTRACT), ("comment", V.P_COMMENT)):
        if data.get(attr):
            yield Triple(s, node(prop), Literal(str(data[attr])))
    for source in data.get("sources") or ():
        yield Triple(s, node(V.P_SOURCE_FILE), Literal(str(source)))


def _repository_triples(s: NamedNode, data: Mapping[str, Any]) -> Iterator[Triple]:
    if data.get("url"):
        yield Triple(s, node(V.P_URL), url(str(data["url"])))
    kind = data.get("kind")
    if kind:
        yield Triple(s, node(V.P_REPOSITORY_KIND), Literal(str(kind)))
        if kind in V.REPOSITORY_KIND_CLASS:
            yield Triple(s, _TYPE, node(V.REPOSITORY_KIND_CLASS[kind]))


# --------------------------------------------------------------------------- edges
def _edge_statements(u: str, v: str, key: str, data: Mapping[str, Any]) -> Iterator[Statement]:
    rel = data.get("rel") or key.split(":", 1)[0]
    s, o = entity_iri(u), entity_iri(v)
    papers = _papers(data)
    if rel == V.MENTIONS:  # the head is the mentioning paper itself
        yield u, Triple(s, _MENTIONS, o)
    elif rel in V.LINEAGE_RELATIONS:
        yield from _lineage_statements(s, o, rel, data, papers)
    elif rel in V.RELATION_PREDICATE:
        predicate = node(V.RELATION_PREDICATE[rel])
        yield from _in_each(papers, Triple(s, predicate, o))
        score = _score_fields(data) if rel == V.EVALUATED_ON else {}
        if score:
            yield from _result_statements(s, o, score, papers)
        yield from _assertion_statements(s, predicate, o, predicate, data, score)
    else:
        log.warning("no RDF predicate for relation %r (edge %s -> %s); skipped", rel, u, v)


def _lineage_statements(
    s: NamedNode, o: NamedNode, rel: str, data: Mapping[str, Any], papers: list[str]
) -> Iterator[Statement]:
    """derivedFrom/successorOf: PROV with qualification, or only a name-based suggestion."""
    if rel == V.SUCCESSOR_OF:
        relation = _WAS_REVISION_OF
    else:
        relation = _LINEAGE_KIND.get(data.get("kind") or "", _WAS_DERIVED_FROM)
    if data.get("basis") == V.BASIS_NAME:
        suggests = node(V.NAME_SUGGESTS_DERIVED_FROM)
        yield from _in_each(papers, Triple(s, suggests, o))
        yield from _assertion_statements(s, suggests, o, relation, data, {})
        return
    yield from _in_each(papers, Triple(s, _WAS_DERIVED_FROM, o))
    if relation != _WAS_DERIVED_FROM:
        yield from _in_each(papers, Triple(s, relation, o))
    is_revision = rel == V.SUCCESSOR_OF
    for item in _evidence_items(data):
        paper = str(item.get("paper") or "")
        d = hashed("derivation", s, relation, o, item)
        yield paper, Triple(s, node(V.P_QUALIFIED_DERIVATION), d)
        yield paper, Triple(d, _TYPE, node(V.DERIVATION_CLASS))
        if is_revision:
            yield paper, Triple(s, node(V.P_QUALIFIED_REVISION), d)
            yield paper, Triple(d, _TYPE, node(V.REVISION_CLASS))
        yield paper, Triple(d, node(V.P_ENTITY), o)
        yield paper, Triple(d, node(V.P_RELATION), relation)
        yield from _in_each([paper], *_evidence_triples(d, item, data))


def _assertion_statements(
    s: NamedNode,
    predicate: NamedNode,
    o: NamedNode,
    relation: NamedNode,
    data: Mapping[str, Any],
    score: Mapping[str, str],
) -> Iterator[Statement]:
    """One mlkg:Assertion per evidence item of an edge that PROV cannot qualify.

    ``relation`` is the relation the assertion is about: the predicate itself, or for a
    name-based suggestion the lineage kind the names suggest. A score's fields are repeated on
    the assertion so that the sentence of one score is told apart from another's.
    """
    for item in _evidence_items(data):
        paper = str(item.get("paper") or "")
        a = hashed("assertion", s, predicate, o, item, relation, score)
        triples = [
            Triple(a, _TYPE, node(V.ASSERTION_CLASS)),
            Triple(a, node(V.P_SUBJECT), s),
            Triple(a, node(V.P_PREDICATE), predicate),
            Triple(a, node(V.P_OBJECT), o),
        ]
        if relation != predicate:
            triples.append(Triple(a, node(V.P_RELATION), relation))
        triples.extend(_score_triples(a, score))
        triples.extend(_evidence_triples(a, item, data))
        yield from _in_each([paper], *triples)


def _result_statements(
    model: NamedNode, dataset: NamedNode, score: Mapping[str, str], papers: list[str]
) -> Iterator[Statement]:
    """The mlkg:EvaluationResult of a scored evaluatedOn edge, one per distinct score.

    Its description is repeated in the graph of every paper that reports the score, each with
    that paper as dcterms:source, so the union lists every source of one result node.
    """
    r = hashed("result", model, dataset, score)
    triples = [Triple(r, _TYPE, node(cls)) for cls in V.EVALUATION_RESULT_CLASSES]
    triples.append(Triple(r, node(V.P_EVALUATED_MODEL), model))
    triples.append(Triple(r, node(V.P_EVALUATION_DATASET), dataset))
    triples.extend(_score_triples(r, score))
    for paper in papers:
        yield from _in_each([paper], *triples)
        if paper:
            yield paper, Triple(r, node(V.P_SOURCE), entity_iri(paper))


def _score_fields(data: Mapping[str, Any]) -> dict[str, str]:
    fields = {"value": data.get("value"), "metric": data.get("metric")}
    fields |= {"split": data.get("split"), "setting": data.get("setting")}
    if fields["value"] in (None, ""):
        return {}
    return {name: str(value) for name, value in fields.items() if value not in (None, "")}


def _score_triples(subject: NamedNode, score: Mapping[str, str]) -> Iterator[Triple]:
    if "value" in score:
        yield Triple(subject, node(V.P_HAS_VALUE), score_value(score["value"]))
    for name, prop in (("metric", V.P_METRIC), ("split", V.P_SPLIT), ("setting", V.P_SETTING)):
        if name in score:
            yield Triple(subject, node(prop), Literal(score[name]))


# --------------------------------------------------------------------------- evidence
def _papers(data: Mapping[str, Any]) -> list[str]:
    """The papers that state an edge, sorted; [""] (the default graph) when none is known."""
    items = data.get("evidence") or ()
    papers = {str(e["paper"]) for e in items if isinstance(e, Mapping) and e.get("paper")}
    return sorted(papers) or [""]


def _in_each(papers: Iterable[str], *triples: Triple) -> Iterator[Statement]:
    for paper in papers:
        for triple in triples:
            yield paper, triple


def _evidence_items(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The edge's evidence; an edge without any still gets one node for basis and confidence."""
    items = [e for e in data.get("evidence") or () if isinstance(e, Mapping)]
    return items or [{}]


def _evidence_triples(
    subject: NamedNode, item: Mapping[str, Any], data: Mapping[str, Any]
) -> list[Triple]:
    triples = []
    if item.get("paper"):
        triples.append(Triple(subject, node(V.P_SOURCE), entity_iri(str(item["paper"]))))
    if item.get("sentence"):
        triples.append(Triple(subject, node(V.P_EVIDENCE_TEXT), Literal(str(item["sentence"]))))
    for name, prop in (("start", V.P_EVIDENCE_START), ("end", V.P_EVIDENCE_END)):
        if isinstance(item.get(name), int):
            triples.append(Triple(subject, node(prop), integer(item[name])))
    if data.get("basis"):
        triples.append(Triple(subject, node(V.P_BASIS), Literal(str(data["basis"]))))
    confidence = decimal(item.get("confidence", data.get("confidence")))
    if confidence is not None:
        triples.append(Triple(subject, node(V.P_CONFIDENCE), confidence))
    if item.get("component"):
        triples.append(Triple(subject, node(V.P_COMPONENT), Literal(str(item["component"]))))
    support = data.get("support")
    if isinstance(support, int) and not isinstance(support, bool):
        triples.append(Triple(subject, node(V.P_SUPPORT), integer(support)))
    return triples


# --------------------------------------------------------------------------- ordering
#: subjects written after the entities: results, then qualifications, then assertions
_LATER_SUBJECTS = tuple(f"<{V.ENT_NS}{kind}/" for kind in ("result", "derivation", "assertion"))
#: predicates written first for each subject, by rewriting them to sort early in the key
_EARLY_PREDICATES = ((f" <{V.RDF_TYPE}> ", " <0> "), (f" <{V.P_LABEL}> ", " <1> "))


@contextmanager
def _no_gc() -> Iterator[None]:
    """Millions of new objects and no cycles: the garbage collector would only slow down."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _triple_key(triple: Triple) -> str:
    """Sort key: the N-Triples text (one C-made string per triple), with type and label first.

    Entities come first, then results, qualifications and assertions. Sorting on one string
    instead of a tuple of terms keeps a million-triple export to seconds.
    """
    key = str(triple)
    for long, short in _EARLY_PREDICATES:
        key = key.replace(long, short, 1)
    return ("1" if key.startswith(_LATER_SUBJECTS) else "0") + key


def _sorted_unique_triples(triples: Iterable[Triple]) -> list[Triple]:
    keyed = sorted(((_triple_key(t), t) for t in triples), key=_first)
    out: list[Triple] = []
    previous = None
    for key, triple in keyed:
        if key != previous:
            out.append(triple)
            previous = key
    return out


def _sorted_unique_quads(items: Iterable[Statement]) -> list[Quad]:
    keyed = sorted(
        (
            ((f"1{graph_id}\t" if graph_id else "0\t") + _triple_key(t), graph_id, t)
            for graph_id, t in items
        ),
        key=_first,
    )
    names: dict[str, NamedNode | DefaultGraph] = {"": DefaultGraph()}
    out: list[Quad] = []
    previous = None
    for key, graph_id, t in keyed:
        if key == previous:
            continue
        previous = key
        name = names.get(graph_id)
        if name is None:
            name = names[graph_id] = entity_iri(graph_id)
        out.append(Quad(t.subject, t.predicate, t.object, name))
    return out


def _first(item: tuple[Any, ...]) -> str:
    return item[0]
