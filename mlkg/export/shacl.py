"""SHACL validation of a built graph against ``shapes.ttl``, with a report people can read.

pySHACL works on rdflib graphs, and rdflib is slow at corpus scale. The shapes only look at
a few predicates, so the data graph handed to pySHACL is a CONSTRUCT of just those (every
``sh:path`` of the shapes plus ``rdf:type``) out of the Oxigraph store: the long abstracts and
most evidence stay behind, and what the shapes can see is exactly what is checked.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pyoxigraph
import rdflib
from rdflib import RDF, RDFS, URIRef

from mlkg import vocabulary as V
from mlkg.export.jsonld import compact

SH = rdflib.Namespace(V.SH_NS)


@dataclass(frozen=True, order=True)
class Violation:
    """One failed constraint: which shape, which node, which property, and why."""

    shape: str
    focus: str
    path: str
    message: str
    value: str = ""


@dataclass
class Report:
    """The outcome of :func:`validate`: whether the graph conforms, and what was checked."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)  # shape label -> focus nodes


@cache
def shapes_text() -> str:
    """The shipped shapes (Turtle)."""
    return resources.files("mlkg.export").joinpath("shapes.ttl").read_text(encoding="utf-8")


def load_shapes() -> rdflib.Graph:
    """The shapes as an rdflib graph, parsed anew so callers may keep or change it."""
    return rdflib.Graph().parse(data=shapes_text(), format="turtle")


def validate(store: pyoxigraph.Store) -> Report:
    """Validate the union of every graph of ``store`` against the shipped shapes."""
    import pyshacl  # slow to import: only when validating

    shapes = load_shapes()
    data = _data_graph(store, _shape_paths(shapes))
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, abort_on_first=False
    )
    violations = sorted(_violations(results, shapes))
    return Report(bool(conforms), violations, _checked(data, shapes))


def format_report(report: Report, source: str) -> str:
    """A plain-text report: one line per violation, grouped by shape, then a summary."""
    checked = ", ".join(f"{label} {n}" for label, n in report.checked.items())
    if report.conforms:
        return f"{source} conforms to the mlkg shapes (nodes checked: {checked or 'none'})."
    lines = [f"{source} does NOT conform to the mlkg shapes (nodes checked: {checked})."]
    by_shape = Counter(v.shape for v in report.violations)
    for shape in sorted(by_shape):
        lines.append(f"\n{shape}: {by_shape[shape]} violation(s)")
        for v in report.violations:
            if v.shape == shape:
                value = f" (value: {v.value})" if v.value and v.value != v.focus else ""
                path = f"  {v.path}" if v.path else ""
                lines.append(f"  {v.focus}{path}: {v.message}{value}")
    lines.append(f"\n{len(report.violations)} violation(s) in all.")
    return "\n".join(lines)


# --------------------------------------------------------------------------- internals
def _shape_paths(shapes: rdflib.Graph) -> list[str]:
    """Every predicate the shapes look at: their simple ``sh:path`` values and rdf:type."""
    paths = {str(p) for p in shapes.objects(None, SH.path) if isinstance(p, URIRef)}
    return sorted(paths | {V.RDF_TYPE})


def _data_graph(store: pyoxigraph.Store, predicates: list[str]) -> rdflib.Graph:
    values = " ".join(f"<{p}>" for p in predicates)
    query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}"
    triples = store.query(query, use_default_graph_as_union=True)
    data = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return rdflib.Graph().parse(data=data or b"", format="nt")


def _violations(results: rdflib.Graph, shapes: rdflib.Graph) -> list[Violation]:
    out = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        source = results.value(result, SH.sourceShape)
        shape = _shape_label(shapes, source)
        message = results.value(result, SH.resultMessage)
        if message is None and source is not None:
            message = shapes.value(source, SH.message)
        out.append(
            Violation(
                shape=shape,
                focus=_show(results.value(result, SH.focusNode)),
                path=_show(results.value(result, SH.resultPath)),
                message=str(message or "constraint violated"),
                value=_show(results.value(result, SH.value)),
            )
        )
    return out


def _shape_label(shapes: rdflib.Graph, property_shape: rdflib.term.Node | None) -> str:
    """The label of the node shape that a (property) shape belongs to."""
    node_shape = shapes.value(None, SH.property, property_shape) or property_shape
    label = shapes.value(node_shape, RDFS.label)
    return str(label) if label is not None else _show(node_shape)


def _checked(data: rdflib.Graph, shapes: rdflib.Graph) -> dict[str, int]:
    """How many focus nodes each node shape had (its target classes' instances)."""
    counts = {}
    for shape in sorted(shapes.subjects(RDF.type, SH.NodeShape)):
        classes = list(shapes.objects(shape, SH.targetClass))
        focus = {s for cls in classes for s in data.subjects(RDF.type, cls)}
        counts[_shape_label(shapes, shape)] = len(focus)
    return counts


def _show(term: rdflib.term.Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return compact(str(term))
    return str(term)
