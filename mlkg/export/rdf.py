"""The graph as RDF in the vocabulary of ``docs/vocabulary.md``: triples, or quads per paper.

A corpus graph has millions of statements, so they are made as N-Triples text
(:mod:`mlkg.export.rdf_terms`), sorted as strings, written as text for N-Triples and
N-Quads, and parsed back by Oxigraph (Rust) for Turtle, TriG and the store. Neither rdflib
objects nor pyoxigraph terms are made per statement: at this scale those cost minutes.

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

import io
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import IO, Any

import networkx as nx
from pyoxigraph import Quad, RdfFormat, Triple, parse, serialize

from mlkg import vocabulary as V
from mlkg.export.rdf_terms import (
    Term,
    date_literal,
    decimal,
    entity_iri,
    hashed,
    integer,
    literal,
    node,
    score_value,
    url,
)
from mlkg.gcpause import no_gc

log = logging.getLogger(__name__)

#: a triple as N-Triples text without the final " ."
Line = str
#: a triple and the node id of the paper whose named graph holds it ("" = default graph)
Statement = tuple[str, Line]
#: statements per chunk written at once
_CHUNK = 50_000

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

#: the format names :func:`write_rdf` accepts (aliases included)
RDF_FORMATS: tuple[str, ...] = tuple(sorted(_FORMATS))

_TYPE = node(V.RDF_TYPE)
_LINEAGE_KIND = {kind: node(p) for kind, p in V.LINEAGE_KIND_PREDICATE.items()}
_WAS_DERIVED_FROM = node(V.WAS_DERIVED_FROM)
_WAS_REVISION_OF = node(V.RELATION_PREDICATE[V.SUCCESSOR_OF])
_MENTIONS = node(V.RELATION_PREDICATE[V.MENTIONS])


# --------------------------------------------------------------------------- public API
class RdfStatements:
    """Every statement of a graph, generated and sorted once for all the exports of a build.

    Generating a corpus graph's few million statements and sorting them is most of the cost
    of an export, so ``mlkg build`` makes them once and writes the chosen format and the
    store's N-Quads from the same sorted list.
    """

    def __init__(self, g: nx.MultiDiGraph) -> None:
        with no_gc():
            #: ``sort key + NUL + paper id`` per statement, sorted, unique (one string each
            #: keeps a corpus export's memory down; the triple is restored from the key)
            self._keyed = _sorted_unique(statements(g))

    # ------------------------------------------------------------------ text
    def ntriples(self) -> Iterator[str]:
        """The N-Triples lines of every triple (the union of all graphs), unique, sorted."""
        previous = None
        for item in self._keyed:
            key = item[: item.rindex("\0")]
            if key != previous:
                previous = key
                yield f"{_line_of(key)} .\n"

    def nquads(self, by_graph: bool = True) -> Iterator[str]:
        """The N-Quads lines: descriptions in the default graph, each paper's statements in
        its own graph. ``by_graph`` groups them, default graph first, then papers by IRI (so
        that TriG writes each graph once); otherwise they stay in triple order, which a bulk
        loader does not mind."""
        keyed: Iterable[str] = self._keyed
        if by_graph:  # a stable sort keeps the triple order inside each graph
            keyed = sorted(keyed, key=_graph_order)
        return nquad_lines(keyed)

    @property
    def keyed(self) -> list[str]:
        """The statements as ``sort key + NUL + paper id``, sorted, unique: the form in which
        a build saves them and a rebuild compares them (:func:`nquad_lines` makes them
        N-Quads). Do not modify the list."""
        return self._keyed

    # ------------------------------------------------------------------ terms
    def triples(self) -> list[Triple]:
        """Every triple (the union of all graphs) as pyoxigraph terms, in a stable order."""
        data = "".join(self.ntriples()).encode()
        return list(parse(data, RdfFormat.N_TRIPLES))

    def quads(self, by_graph: bool = True) -> list[Quad]:
        """Every quad as pyoxigraph terms (see :meth:`nquads`)."""
        return list(parse("".join(self.nquads(by_graph)).encode(), RdfFormat.N_QUADS))

    # ------------------------------------------------------------------ files
    def write(self, path: str | os.PathLike[str], fmt: str = "turtle") -> None:
        """Write ``fmt`` to ``path`` (see :func:`write_rdf`)."""
        rdf_format = _rdf_format(fmt)
        if rdf_format == RdfFormat.JSON_LD:
            from mlkg.export.jsonld import write_jsonld

            write_jsonld(self.triples(), path)
            return
        with no_gc():
            if rdf_format == RdfFormat.N_TRIPLES:
                _write_lines(path, self.ntriples())
            elif rdf_format == RdfFormat.N_QUADS:
                _write_lines(path, self.nquads())
            else:
                source = _source_format(rdf_format)
                parsed = parse(text_stream(self._lines(source)), source)
                serialize(parsed, os.fspath(path), rdf_format, prefixes=dict(V.PREFIXES))

    def write_or_hand_over(
        self, path: str | os.PathLike[str], fmt: str, lines_file: str | os.PathLike[str]
    ) -> bool:
        """Write ``fmt`` to ``path`` like :meth:`write`; or, for a format that Oxigraph
        serialises from N-Triples or N-Quads lines (Turtle, TriG, N3, RDF/XML), write only
        those lines to ``lines_file`` and return True: :func:`serialize_lines` finishes the
        file, in another process if that one is idle, while this one goes on."""
        rdf_format = _rdf_format(fmt)
        if rdf_format in (RdfFormat.JSON_LD, RdfFormat.N_TRIPLES, RdfFormat.N_QUADS):
            self.write(path, fmt)
            return False
        with no_gc():
            _write_lines(lines_file, self._lines(_source_format(rdf_format)))
        return True

    def _lines(self, source: RdfFormat) -> Iterator[str]:
        return self.nquads() if source == RdfFormat.N_QUADS else self.ntriples()


def nquad_lines(keyed: Iterable[str]) -> Iterator[str]:
    """The N-Quads line of each ``sort key + NUL + paper id`` (see :attr:`RdfStatements.keyed`)."""
    names: dict[str, str] = {"": ""}
    for item in keyed:
        split = item.rindex("\0")
        graph_id = item[split + 1 :]
        name = names.get(graph_id)
        if name is None:
            name = names[graph_id] = f" {entity_iri(graph_id)}"
        yield f"{_line_of(item[:split])}{name} .\n"


def nquads_unsorted(g: nx.MultiDiGraph) -> Iterator[str]:
    """Every quad as an N-Quads line, unsorted and possibly repeated: for a bulk loader,
    which sorts and de-duplicates anyway, without the memory and time of sorting here."""
    names: dict[str, str] = {"": ""}
    for graph_id, line in statements(g):
        name = names.get(graph_id)
        if name is None:
            name = names[graph_id] = f" {entity_iri(graph_id)}"
        yield f"{line}{name} .\n"


class _LineStream(io.RawIOBase):
    """A binary stream over text lines, for Oxigraph's parsers to read without the whole
    text being in memory or on disk."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while len(self._pending) < len(target):
            chunk = list(islice(self._lines, _CHUNK // 5))
            if not chunk:
                break
            self._pending += "".join(chunk).encode()
        size = min(len(target), len(self._pending))
        target[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def text_stream(lines: Iterable[str]) -> IO[bytes]:
    """The UTF-8 bytes of ``lines`` as a readable stream."""
    return io.BufferedReader(_LineStream(lines), 1 << 20)


def _write_lines(target: str | os.PathLike[str] | IO[str], lines: Iterable[str]) -> None:
    """Write text lines in chunks (one ``write`` per line would cost seconds at scale)."""
    if not hasattr(target, "write"):
        with open(target, "w", encoding="utf-8", newline="\n") as out:
            _write_lines(out, lines)
        return
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= _CHUNK:
            target.write("".join(chunk))
            chunk.clear()
    target.write("".join(chunk))


def serialize_lines(
    lines_file: str | os.PathLike[str], path: str | os.PathLike[str], fmt: str
) -> None:
    """Finish :meth:`RdfStatements.write_or_hand_over`: write ``fmt`` to ``path`` from the
    lines in ``lines_file``, which Oxigraph parses as it reads them, and delete that file."""
    rdf_format = _rdf_format(fmt)
    try:
        parsed = parse(path=lines_file, format=_source_format(rdf_format))
        serialize(parsed, os.fspath(path), rdf_format, prefixes=dict(V.PREFIXES))
    finally:
        os.unlink(lines_file)


def _rdf_format(fmt: str) -> RdfFormat:
    try:
        return _FORMATS[fmt.lower()]
    except KeyError:
        known = sorted(_FORMATS)
        raise ValueError(f"unknown RDF format {fmt!r}; use one of {known}") from None


def _source_format(rdf_format: RdfFormat) -> RdfFormat:
    """What Oxigraph serialises ``rdf_format`` from: N-Quads for TriG (one graph per
    paper), N-Triples (the union) for the others."""
    return RdfFormat.N_QUADS if rdf_format == RdfFormat.TRIG else RdfFormat.N_TRIPLES


def graph_to_rdf(g: nx.MultiDiGraph) -> list[Triple]:
    """Every triple of the graph (the union of all its graphs), unique, in a stable order."""
    return RdfStatements(g).triples()


def graph_to_quads(g: nx.MultiDiGraph) -> list[Quad]:
    """Every quad: descriptions in the default graph, each paper's statements in its own graph.

    Sorted (default graph first, then papers by IRI) so that TriG writes each graph once.
    """
    return RdfStatements(g).quads()


def write_rdf(g: nx.MultiDiGraph, path: str | os.PathLike[str], fmt: str = "turtle") -> None:
    """Write the graph to ``path`` as ``fmt``: turtle, nt, nquads, trig, jsonld (also n3, xml).

    N-Quads and TriG keep one named graph per paper; the other formats write the union.
    JSON-LD is compacted with the context of ``mlkg/export/context.jsonld``.
    """
    RdfStatements(g).write(path, fmt)


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
            yield "", _line(s, _TYPE, node(cls))
    if data.get("label"):
        yield "", _line(s, node(V.P_LABEL), literal(str(data["label"])))
    if V.PAPER in types:
        yield from (("", t) for t in _paper_triples(s, data))
    elif V.REPOSITORY in types:
        yield from (("", t) for t in _repository_triples(s, data))
    else:
        for alias in data.get("aliases") or ():
            yield "", _line(s, node(V.P_ALT_LABEL), literal(str(alias)))
        # ``papers`` restates the mentions edges; writing it too keeps a graph without them whole
        for paper in data.get("papers") or ():
            if paper in g:
                yield str(paper), _line(entity_iri(str(paper)), _MENTIONS, s)


def _paper_triples(s: Term, data: Mapping[str, Any]) -> Iterator[Line]:
    if data.get("arxiv"):
        yield _line(s, node(V.P_IDENTIFIER), literal(f"arXiv:{data['arxiv']}"))
    if data.get("date"):
        yield _line(s, node(V.P_DATE), date_literal(str(data["date"])))
    for attr, prop in (("title", V.P_TITLE), ("text", V.P_ABSTRACT), ("comment", V.P_COMMENT)):
        if data.get(attr):
            yield _line(s, node(prop), literal(str(data[attr])))
    for source in data.get("sources") or ():
        yield _line(s, node(V.P_SOURCE_FILE), literal(str(source)))


def _repository_triples(s: Term, data: Mapping[str, Any]) -> Iterator[Line]:
    if data.get("url"):
        yield _line(s, node(V.P_URL), url(str(data["url"])))
    kind = data.get("kind")
    if kind:
        yield _line(s, node(V.P_REPOSITORY_KIND), literal(str(kind)))
        if kind in V.REPOSITORY_KIND_CLASS:
            yield _line(s, _TYPE, node(V.REPOSITORY_KIND_CLASS[kind]))


# --------------------------------------------------------------------------- edges
def _edge_statements(u: str, v: str, key: str, data: Mapping[str, Any]) -> Iterator[Statement]:
    rel = data.get("rel") or key.split(":", 1)[0]
    s, o = entity_iri(u), entity_iri(v)
    papers = _papers(data)
    if rel == V.MENTIONS:  # the head is the mentioning paper itself
        yield u, _line(s, _MENTIONS, o)
    elif rel in V.LINEAGE_RELATIONS:
        yield from _lineage_statements(s, o, rel, data, papers)
    elif rel in V.RELATION_PREDICATE:
        predicate = node(V.RELATION_PREDICATE[rel])
        yield from _in_each(papers, _line(s, predicate, o))
        score = _score_fields(data) if rel == V.EVALUATED_ON else {}
        if score:
            yield from _result_statements(s, o, score, papers)
        yield from _assertion_statements(s, predicate, o, predicate, data, score)
    else:
        log.warning("no RDF predicate for relation %r (edge %s -> %s); skipped", rel, u, v)


def _lineage_statements(
    s: Term, o: Term, rel: str, data: Mapping[str, Any], papers: list[str]
) -> Iterator[Statement]:
    """derivedFrom/successorOf: PROV with qualification, or only a name-based suggestion."""
    if rel == V.SUCCESSOR_OF:
        relation = _WAS_REVISION_OF
    else:
        relation = _LINEAGE_KIND.get(data.get("kind") or "", _WAS_DERIVED_FROM)
    if data.get("basis") == V.BASIS_NAME:
        suggests = node(V.NAME_SUGGESTS_DERIVED_FROM)
        yield from _in_each(papers, _line(s, suggests, o))
        yield from _assertion_statements(s, suggests, o, relation, data, {})
        return
    yield from _in_each(papers, _line(s, _WAS_DERIVED_FROM, o))
    if relation != _WAS_DERIVED_FROM:
        yield from _in_each(papers, _line(s, relation, o))
    is_revision = rel == V.SUCCESSOR_OF
    for item in _evidence_items(data):
        paper = str(item.get("paper") or "")
        d = hashed("derivation", s, relation, o, item)
        yield paper, _line(s, node(V.P_QUALIFIED_DERIVATION), d)
        yield paper, _line(d, _TYPE, node(V.DERIVATION_CLASS))
        if is_revision:
            yield paper, _line(s, node(V.P_QUALIFIED_REVISION), d)
            yield paper, _line(d, _TYPE, node(V.REVISION_CLASS))
        yield paper, _line(d, node(V.P_ENTITY), o)
        yield paper, _line(d, node(V.P_RELATION), relation)
        yield from _in_each([paper], *_evidence_triples(d, item, data))


def _assertion_statements(
    s: Term,
    predicate: Term,
    o: Term,
    relation: Term,
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
            _line(a, _TYPE, node(V.ASSERTION_CLASS)),
            _line(a, node(V.P_SUBJECT), s),
            _line(a, node(V.P_PREDICATE), predicate),
            _line(a, node(V.P_OBJECT), o),
        ]
        if relation != predicate:
            triples.append(_line(a, node(V.P_RELATION), relation))
        triples.extend(_score_triples(a, score))
        triples.extend(_evidence_triples(a, item, data))
        yield from _in_each([paper], *triples)


def _result_statements(
    model: Term, dataset: Term, score: Mapping[str, str], papers: list[str]
) -> Iterator[Statement]:
    """The mlkg:EvaluationResult of a scored evaluatedOn edge, one per distinct score.

    Its description is repeated in the graph of every paper that reports the score, each with
    that paper as dcterms:source, so the union lists every source of one result node.
    """
    r = hashed("result", model, dataset, score)
    triples = [_line(r, _TYPE, node(cls)) for cls in V.EVALUATION_RESULT_CLASSES]
    triples.append(_line(r, node(V.P_EVALUATED_MODEL), model))
    triples.append(_line(r, node(V.P_EVALUATION_DATASET), dataset))
    triples.extend(_score_triples(r, score))
    for paper in papers:
        yield from _in_each([paper], *triples)
        if paper:
            yield paper, _line(r, node(V.P_SOURCE), entity_iri(paper))


def _score_fields(data: Mapping[str, Any]) -> dict[str, str]:
    fields = {"value": data.get("value"), "metric": data.get("metric")}
    fields |= {"split": data.get("split"), "setting": data.get("setting")}
    if fields["value"] in (None, ""):
        return {}
    return {name: str(value) for name, value in fields.items() if value not in (None, "")}


def _score_triples(subject: Term, score: Mapping[str, str]) -> Iterator[Line]:
    if "value" in score:
        yield _line(subject, node(V.P_HAS_VALUE), score_value(score["value"]))
    for name, prop in (("metric", V.P_METRIC), ("split", V.P_SPLIT), ("setting", V.P_SETTING)):
        if name in score:
            yield _line(subject, node(prop), literal(score[name]))


# --------------------------------------------------------------------------- evidence
def _papers(data: Mapping[str, Any]) -> list[str]:
    """The papers that state an edge, sorted; [""] (the default graph) when none is known."""
    items = data.get("evidence") or ()
    papers = {str(e["paper"]) for e in items if isinstance(e, Mapping) and e.get("paper")}
    return sorted(papers) or [""]


def _in_each(papers: Iterable[str], *triples: Line) -> Iterator[Statement]:
    for paper in papers:
        for triple in triples:
            yield paper, triple


def _evidence_items(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The edge's evidence; an edge without any still gets one node for basis and confidence."""
    items = [e for e in data.get("evidence") or () if isinstance(e, Mapping)]
    return items or [{}]


def _evidence_triples(
    subject: Term, item: Mapping[str, Any], data: Mapping[str, Any]
) -> list[Line]:
    triples = []
    if item.get("paper"):
        triples.append(_line(subject, node(V.P_SOURCE), entity_iri(str(item["paper"]))))
    if item.get("sentence"):
        triples.append(_line(subject, node(V.P_EVIDENCE_TEXT), literal(str(item["sentence"]))))
    for name, prop in (("start", V.P_EVIDENCE_START), ("end", V.P_EVIDENCE_END)):
        if isinstance(item.get(name), int):
            triples.append(_line(subject, node(prop), integer(item[name])))
    if data.get("basis"):
        triples.append(_line(subject, node(V.P_BASIS), literal(str(data["basis"]))))
    confidence = decimal(item.get("confidence", data.get("confidence")))
    if confidence is not None:
        triples.append(_line(subject, node(V.P_CONFIDENCE), confidence))
    if item.get("component"):
        triples.append(_line(subject, node(V.P_COMPONENT), literal(str(item["component"]))))
    support = data.get("support")
    if isinstance(support, int) and not isinstance(support, bool):
        triples.append(_line(subject, node(V.P_SUPPORT), integer(support)))
    return triples


# --------------------------------------------------------------------------- ordering
#: subjects written after the entities: results, then qualifications, then assertions
_LATER_SUBJECTS = tuple(f"<{V.ENT_NS}{kind}/" for kind in ("result", "derivation", "assertion"))
#: rdf:type and rdfs:label, written first for each subject: the key renames them <0>, <1>
_TYPE_IN_LINE = f" {_TYPE} "
_LABEL_IN_LINE = f" {node(V.P_LABEL)} "


def _line(s: Term, p: Term, o: Term) -> Line:
    return f"{s} {p} {o}"


def _triple_key(line: Line) -> str:
    """Sort key: the N-Triples text with rdf:type and then rdfs:label first for a subject.

    Entities come first, then results, qualifications and assertions. Sorting on one string
    instead of a tuple of terms keeps a million-triple export to seconds. A subject IRI has
    no space, so the predicate starts at the first space.
    """
    gap = line.index(" ")
    if line.startswith(_TYPE_IN_LINE, gap):
        line = f"{line[:gap]} <0> {line[gap + len(_TYPE_IN_LINE) :]}"
    elif line.startswith(_LABEL_IN_LINE, gap):
        line = f"{line[:gap]} <1> {line[gap + len(_LABEL_IN_LINE) :]}"
    return ("1" if line.startswith(_LATER_SUBJECTS) else "0") + line


def _line_of(key: str) -> Line:
    """The statement a :func:`_triple_key` was made from."""
    line = key[1:]
    gap = line.index(" ")
    if line.startswith(" <0> ", gap):
        return f"{line[:gap]}{_TYPE_IN_LINE}{line[gap + 5 :]}"
    if line.startswith(" <1> ", gap):
        return f"{line[:gap]}{_LABEL_IN_LINE}{line[gap + 5 :]}"
    return line


def _sorted_unique(items: Iterable[Statement]) -> list[str]:
    """``key + NUL + paper id`` of each statement, sorted, each (triple, paper) once.

    NUL sorts before every character (and N-Triples escapes it), so the strings order like
    the (key, paper) pairs.
    """
    keyed = [f"{_triple_key(line)}\0{graph_id}" for graph_id, line in items]
    keyed.sort()  # the statements come in runs that are sorted already: fast
    out: list[str] = []
    previous = None
    for item in keyed:
        if item != previous:
            out.append(item)
            previous = item
    return out


def _graph_order(item: str) -> str:
    """The default graph first, then the papers' graphs by id."""
    graph_id = item[item.rindex("\0") + 1 :]
    return f"1{graph_id}" if graph_id else "0"
