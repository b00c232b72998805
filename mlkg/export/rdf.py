"""The graph as RDF in the vocabulary of ``docs/vocabulary.md`` (Turtle by default).

Triples are built as pyoxigraph terms and serialised by pyoxigraph, because a corpus graph
reaches about a million triples and rdflib objects at that scale cost minutes and gigabytes.

Every node that the graph does not have - evaluation results, PROV qualifications,
``mlkg:Assertion`` nodes - gets an IRI hashed from its content instead of a blank node, and
the triples are sorted before writing, so two exports of the same graph are byte-identical.

Lineage follows one rule: only text-stated lineage is ``prov:wasDerivedFrom``. A lineage edge
that the two names merely suggest (basis ``name``) becomes ``mlkg:nameSuggestsDerivedFrom``
only, so ``prov:wasDerivedFrom+`` never walks through a guess.

``mentions`` edges become plain ``schema:mentions`` triples without an assertion: every paper
names many entities, and an assertion per mention would double the size of the export for a
fact that the abstract (``schema:abstract``) already shows.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import math
import os
import re
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import networkx as nx
from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, serialize

from mlkg import vocabulary as V

log = logging.getLogger(__name__)

Term = NamedNode | Literal

_FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "ttl": RdfFormat.TURTLE,
    "nt": RdfFormat.N_TRIPLES,
    "ntriples": RdfFormat.N_TRIPLES,
    "n-triples": RdfFormat.N_TRIPLES,
    "n3": RdfFormat.N3,
    "xml": RdfFormat.RDF_XML,
    "rdfxml": RdfFormat.RDF_XML,
    "rdf/xml": RdfFormat.RDF_XML,
    "jsonld": RdfFormat.JSON_LD,
    "json-ld": RdfFormat.JSON_LD,
}

#: the format names :func:`write_rdf` accepts
RDF_FORMATS: tuple[str, ...] = tuple(sorted(_FORMATS))

# Vocabulary terms are made once: a large export uses each a million times. Entity IRIs are
# not kept here, so that a finished export leaves nothing behind.
_N: dict[str, NamedNode] = {}


def _node(iri: str) -> NamedNode:
    """The (cached) NamedNode of a vocabulary IRI."""
    term = _N.get(iri)
    if term is None:
        term = _N[iri] = NamedNode(iri)
    return term


_TYPE = _node(V.RDF_TYPE)
_XSD_DECIMAL = _node(V.XSD_DECIMAL)
_XSD_INTEGER = _node(V.XSD_INTEGER)
_LINEAGE_KIND = {kind: _node(p) for kind, p in V.LINEAGE_KIND_PREDICATE.items()}
_WAS_DERIVED_FROM = _node(V.WAS_DERIVED_FROM)
_WAS_REVISION_OF = _node(V.RELATION_PREDICATE[V.SUCCESSOR_OF])

#: ``84.2``, ``+3.1``, ``.5``, ``71%``: a score that is one number (a percent sign is dropped)
_NUMBER = re.compile(r"^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?\s*$")
_YEAR_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^\d{4}$")


# --------------------------------------------------------------------------- public API
def graph_to_rdf(g: nx.MultiDiGraph) -> list[Triple]:
    """Every triple of the graph, without duplicates, in a stable sorted order."""
    collecting = gc.isenabled()
    gc.disable()  # millions of new objects and no cycles: the collector would only slow down
    try:
        triples: list[Triple] = []
        for node_id in g.nodes:
            triples.extend(_node_triples(g, str(node_id), g.nodes[node_id]))
        for u, v, key, data in g.edges(keys=True, data=True):
            triples.extend(_edge_triples(str(u), str(v), str(key), data))
        return _sorted_unique(triples)
    finally:
        if collecting:
            gc.enable()


def write_rdf(g: nx.MultiDiGraph, path: str | os.PathLike[str], fmt: str = "turtle") -> None:
    """Write the graph to ``path`` as ``fmt`` (turtle, nt, n3, xml, jsonld), with prefixes."""
    try:
        rdf_format = _FORMATS[fmt.lower()]
    except KeyError:
        raise ValueError(f"unknown RDF format {fmt!r}; use one of {sorted(_FORMATS)}") from None
    serialize(graph_to_rdf(g), os.fspath(path), rdf_format, prefixes=dict(V.PREFIXES))


# --------------------------------------------------------------------------- nodes
def entity_iri(node_id: str) -> NamedNode:
    """The IRI of a graph node: the entity namespace plus its readable id."""
    return NamedNode(V.ENT_NS + node_id)


def _node_triples(g: nx.MultiDiGraph, node_id: str, data: Mapping[str, Any]) -> Iterator[Triple]:
    s = entity_iri(node_id)
    types = list(data.get("types") or ([data["type"]] if data.get("type") else []))
    for node_type in types:
        for cls in V.CLASSES.get(node_type, ()):
            yield Triple(s, _TYPE, _node(cls))
    if data.get("label"):
        yield Triple(s, _node(V.P_LABEL), Literal(str(data["label"])))
    if V.PAPER in types:
        yield from _paper_triples(s, data)
    elif V.REPOSITORY in types:
        yield from _repository_triples(s, data)
    else:
        for alias in data.get("aliases") or ():
            yield Triple(s, _node(V.P_ALT_LABEL), Literal(str(alias)))
        # ``papers`` restates the mentions edges; writing it too keeps a graph without them whole
        for paper in data.get("papers") or ():
            if paper in g:
                mentions = _node(V.RELATION_PREDICATE[V.MENTIONS])
                yield Triple(entity_iri(str(paper)), mentions, s)


def _paper_triples(s: NamedNode, data: Mapping[str, Any]) -> Iterator[Triple]:
    if data.get("arxiv"):
        yield Triple(s, _node(V.P_IDENTIFIER), Literal(f"arXiv:{data['arxiv']}"))
    if data.get("date"):
        yield Triple(s, _node(V.P_DATE), _date(str(data["date"])))
    for attr, prop in (("title", V.P_TITLE), ("text", V.P_ABSTRACT), ("comment", V.P_COMMENT)):
        if data.get(attr):
            yield Triple(s, _node(prop), Literal(str(data[attr])))
    for source in data.get("sources") or ():
        yield Triple(s, _node(V.P_SOURCE_FILE), Literal(str(source)))


def _repository_triples(s: NamedNode, data: Mapping[str, Any]) -> Iterator[Triple]:
    if data.get("url"):
        yield Triple(s, _node(V.P_URL), _url(str(data["url"])))
    kind = data.get("kind")
    if kind:
        yield Triple(s, _node(V.P_REPOSITORY_KIND), Literal(str(kind)))
        if kind in V.REPOSITORY_KIND_CLASS:
            yield Triple(s, _TYPE, _node(V.REPOSITORY_KIND_CLASS[kind]))


# --------------------------------------------------------------------------- edges
def _edge_triples(u: str, v: str, key: str, data: Mapping[str, Any]) -> Iterator[Triple]:
    rel = data.get("rel") or key.split(":", 1)[0]
    s, o = entity_iri(u), entity_iri(v)
    if rel == V.MENTIONS:
        yield Triple(s, _node(V.RELATION_PREDICATE[V.MENTIONS]), o)
    elif rel in V.LINEAGE_RELATIONS:
        yield from _lineage_triples(s, o, rel, data)
    elif rel in V.RELATION_PREDICATE:
        predicate = _node(V.RELATION_PREDICATE[rel])
        yield Triple(s, predicate, o)
        score = _score_fields(data) if rel == V.EVALUATED_ON else {}
        if score:
            yield from _result_triples(s, o, score, data)
        yield from _assertion_triples(s, predicate, o, predicate, data, score)
    else:
        log.warning("no RDF predicate for relation %r (edge %s -> %s); skipped", rel, u, v)


def _lineage_triples(
    s: NamedNode, o: NamedNode, rel: str, data: Mapping[str, Any]
) -> Iterator[Triple]:
    """derivedFrom/successorOf: PROV with qualification, or only a name-based suggestion."""
    if rel == V.SUCCESSOR_OF:
        relation = _WAS_REVISION_OF
    else:
        relation = _LINEAGE_KIND.get(data.get("kind") or "", _WAS_DERIVED_FROM)
    if data.get("basis") == V.BASIS_NAME:
        suggests = _node(V.NAME_SUGGESTS_DERIVED_FROM)
        yield Triple(s, suggests, o)
        yield from _assertion_triples(s, suggests, o, relation, data, {})
        return
    yield Triple(s, _WAS_DERIVED_FROM, o)
    if relation != _WAS_DERIVED_FROM:
        yield Triple(s, relation, o)
    is_revision = rel == V.SUCCESSOR_OF
    for item in _evidence_items(data):
        d = _hashed("derivation", s, relation, o, item)
        yield Triple(s, _node(V.P_QUALIFIED_DERIVATION), d)
        yield Triple(d, _TYPE, _node(V.DERIVATION_CLASS))
        if is_revision:
            yield Triple(s, _node(V.P_QUALIFIED_REVISION), d)
            yield Triple(d, _TYPE, _node(V.REVISION_CLASS))
        yield Triple(d, _node(V.P_ENTITY), o)
        yield Triple(d, _node(V.P_RELATION), relation)
        yield from _evidence_triples(d, item, data)


def _assertion_triples(
    s: NamedNode,
    predicate: NamedNode,
    o: NamedNode,
    relation: NamedNode,
    data: Mapping[str, Any],
    score: Mapping[str, str],
) -> Iterator[Triple]:
    """One mlkg:Assertion per evidence item of an edge that PROV cannot qualify.

    ``relation`` is the relation the assertion is about: the predicate itself, or for a
    name-based suggestion the lineage kind the names suggest. A score's fields are repeated on
    the assertion so that the sentence of one score is told apart from another's.
    """
    for item in _evidence_items(data):
        a = _hashed("assertion", s, predicate, o, item, relation, score)
        yield Triple(a, _TYPE, _node(V.ASSERTION_CLASS))
        yield Triple(a, _node(V.P_SUBJECT), s)
        yield Triple(a, _node(V.P_PREDICATE), predicate)
        yield Triple(a, _node(V.P_OBJECT), o)
        if relation != predicate:
            yield Triple(a, _node(V.P_RELATION), relation)
        yield from _score_triples(a, score)
        yield from _evidence_triples(a, item, data)


def _result_triples(
    model: NamedNode, dataset: NamedNode, score: Mapping[str, str], data: Mapping[str, Any]
) -> Iterator[Triple]:
    """The mlkg:EvaluationResult of a scored evaluatedOn edge, one per distinct score."""
    r = _hashed("result", model, dataset, score)
    for cls in V.EVALUATION_RESULT_CLASSES:
        yield Triple(r, _TYPE, _node(cls))
    yield Triple(r, _node(V.P_EVALUATED_MODEL), model)
    yield Triple(r, _node(V.P_EVALUATION_DATASET), dataset)
    yield from _score_triples(r, score)
    for paper in sorted({str(e["paper"]) for e in data.get("evidence") or () if e.get("paper")}):
        yield Triple(r, _node(V.P_SOURCE), entity_iri(paper))


def _score_fields(data: Mapping[str, Any]) -> dict[str, str]:
    fields = {"value": data.get("value"), "metric": data.get("metric")}
    fields |= {"split": data.get("split"), "setting": data.get("setting")}
    if fields["value"] in (None, ""):
        return {}
    return {name: str(value) for name, value in fields.items() if value not in (None, "")}


def _score_triples(subject: NamedNode, score: Mapping[str, str]) -> Iterator[Triple]:
    if "value" in score:
        yield Triple(subject, _node(V.P_HAS_VALUE), _score_value(score["value"]))
    for name, prop in (("metric", V.P_METRIC), ("split", V.P_SPLIT), ("setting", V.P_SETTING)):
        if name in score:
            yield Triple(subject, _node(prop), Literal(score[name]))


# --------------------------------------------------------------------------- evidence
def _evidence_items(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The edge's evidence; an edge without any still gets one node for basis and confidence."""
    items = [e for e in data.get("evidence") or () if isinstance(e, Mapping)]
    return items or [{}]


def _evidence_triples(
    subject: NamedNode, item: Mapping[str, Any], data: Mapping[str, Any]
) -> Iterator[Triple]:
    if item.get("paper"):
        yield Triple(subject, _node(V.P_SOURCE), entity_iri(str(item["paper"])))
    if item.get("sentence"):
        yield Triple(subject, _node(V.P_EVIDENCE_TEXT), Literal(str(item["sentence"])))
    for name, prop in (("start", V.P_EVIDENCE_START), ("end", V.P_EVIDENCE_END)):
        if isinstance(item.get(name), int):
            yield Triple(subject, _node(prop), Literal(str(item[name]), datatype=_XSD_INTEGER))
    if data.get("basis"):
        yield Triple(subject, _node(V.P_BASIS), Literal(str(data["basis"])))
    confidence = _decimal(item.get("confidence", data.get("confidence")))
    if confidence is not None:
        yield Triple(subject, _node(V.P_CONFIDENCE), confidence)
    if item.get("component"):
        yield Triple(subject, _node(V.P_COMPONENT), Literal(str(item["component"])))


def _hashed(kind: str, *parts: Any) -> NamedNode:
    """A deterministic IRI for a node the graph does not have, from everything it says."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return NamedNode(f"{V.ENT_NS}{kind}/{hashlib.sha1(payload.encode()).hexdigest()[:20]}")


# --------------------------------------------------------------------------- literals
def _decimal(number: Any) -> Literal | None:
    """An xsd:decimal of a float or int, written without an exponent (``0.9``, not ``9e-1``)."""
    if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number):
        return None
    return Literal(format(Decimal(repr(number)), "f"), datatype=_XSD_DECIMAL)


def _score_value(value: str) -> Literal:
    """A score as xsd:decimal when it is one number, else the text as written."""
    match = _NUMBER.match(value)
    if match:
        try:
            return Literal(format(Decimal(match.group(1)), "f"), datatype=_XSD_DECIMAL)
        except InvalidOperation:  # pragma: no cover - the regex only admits decimals
            pass
    return Literal(value)


def _date(value: str) -> Literal:
    """xsd:date, or gYearMonth/gYear for a partial date, or plain text if it is no date."""
    try:
        return Literal(date.fromisoformat(value).isoformat(), datatype=_node(V.XSD_DATE))
    except ValueError:
        pass
    if _YEAR_MONTH.match(value):
        return Literal(value, datatype=_node(V.XSD_G_YEAR_MONTH))
    if _YEAR.match(value):
        return Literal(value, datatype=_node(V.XSD_G_YEAR))
    return Literal(value)


def _url(url: str) -> Term:
    """schema:url as an IRI; a URL that is not a valid IRI is kept as text rather than lost."""
    try:
        return NamedNode(url)
    except ValueError:
        return Literal(url)


# --------------------------------------------------------------------------- ordering
#: subjects written after the entities: results, then qualifications, then assertions
_LATER_SUBJECTS = tuple(f"<{V.ENT_NS}{kind}/" for kind in ("result", "derivation", "assertion"))
#: predicates written first for each subject, by rewriting them to sort early in the key
_EARLY_PREDICATES = ((f" <{V.RDF_TYPE}> ", " <0> "), (f" <{V.P_LABEL}> ", " <1> "))


def _sorted_unique(triples: list[Triple]) -> list[Triple]:
    """Sort by the N-Triples text (one C-made string per triple), dropping duplicates.

    Entities come first, then results, qualifications and assertions; within a subject
    rdf:type and rdfs:label lead. Sorting on one string instead of a tuple of terms keeps a
    million-triple export to seconds.
    """
    keyed = []
    for triple in triples:
        key = str(triple)
        for long, short in _EARLY_PREDICATES:
            key = key.replace(long, short, 1)
        keyed.append((("1" if key.startswith(_LATER_SUBJECTS) else "0") + key, triple))
    keyed.sort(key=_first)
    out: list[Triple] = []
    previous = None
    for key, triple in keyed:
        if key != previous:
            out.append(triple)
            previous = key
    return out


def _first(pair: tuple[str, Triple]) -> str:
    return pair[0]
