"""Compact JSON-LD of the exported triples, with the context of ``context.jsonld``.

pyoxigraph writes only expanded JSON-LD (full IRIs everywhere), which nobody reads by eye.
Compacting with the shipped context is simple here because the graph is flat: one node
object per subject, keys and types as prefixed names (``rdfs:label``, ``mlkg:Model``),
references as ``{"@id": "ent:model/qwen2-72b"}``. No JSON-LD library is needed and a
million triples stay a matter of seconds.

The context is embedded in the document rather than referenced by URL, so the file parses
offline in rdflib, pyoxigraph or any JSON-LD processor; ``context.jsonld`` is the same object,
shipped for applications that want to compact their own JSON-LD against our terms.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from pyoxigraph import Literal, NamedNode, Triple

from mlkg import vocabulary as V

_XSD_STRING = V.XSD_NS + "string"
_LANG_STRING = V.RDF_NS + "langString"


@cache
def context() -> dict[str, str]:
    """The JSON-LD context shipped in the package: the vocabulary's prefixes."""
    text = resources.files("mlkg.export").joinpath("context.jsonld").read_text(encoding="utf-8")
    return dict(json.loads(text)["@context"])


def compact(iri: str) -> str:
    """``prefix:local`` for an IRI in one of the context's namespaces, else the IRI itself."""
    for prefix, namespace in _namespaces():
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if local and not local.startswith("//"):
                return f"{prefix}:{local}"
    return iri


@cache
def _namespaces() -> tuple[tuple[str, str], ...]:
    """Longest namespace first, so ``ent:`` wins over a shorter namespace it extends."""
    return tuple(sorted(context().items(), key=lambda item: -len(item[1])))


def to_jsonld(triples: Iterable[Triple]) -> dict[str, Any]:
    """The JSON-LD document: the context and one node object per subject, in triple order."""
    nodes: dict[str, dict[str, Any]] = {}
    for triple in triples:
        subject = triple.subject
        if not isinstance(subject, NamedNode):  # the export has no blank nodes or RDF 1.2
            raise TypeError(f"cannot write {subject!r} as a JSON-LD node id")
        obj = nodes.get(subject.value)
        if obj is None:
            obj = nodes[subject.value] = {"@id": compact(subject.value)}
        if triple.predicate.value == V.RDF_TYPE and isinstance(triple.object, NamedNode):
            obj.setdefault("@type", []).append(compact(triple.object.value))
        else:
            obj.setdefault(compact(triple.predicate.value), []).append(_value(triple.object))
    graph = [{key: _single(values) for key, values in obj.items()} for obj in nodes.values()]
    return {"@context": context(), "@graph": graph}


def write_jsonld(triples: Iterable[Triple], path: str | os.PathLike[str]) -> None:
    """Write ``triples`` as compact JSON-LD to ``path`` (UTF-8, one key per line)."""
    document = to_jsonld(triples)
    with open(path, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.write("\n")


def _value(term: Any) -> Any:
    if isinstance(term, NamedNode):
        return {"@id": compact(term.value)}
    if isinstance(term, Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _LANG_STRING):
            return term.value
        return {"@value": term.value, "@type": compact(datatype)}
    raise TypeError(f"cannot write {term!r} as a JSON-LD value")


def _single(values: Any) -> Any:
    """A one-element list is written as its element: the usual compact form."""
    if isinstance(values, list) and len(values) == 1:
        return values[0]
    return values
