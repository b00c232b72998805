"""The RDF terms of the export: cached vocabulary IRIs, entity IRIs and typed literals.

Kept apart from :mod:`mlkg.export.rdf` so that the statement logic reads as the mapping of
``docs/vocabulary.md`` and the lexical details (decimals without exponents, partial dates,
URLs that are not IRIs) live in one place.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from pyoxigraph import Literal, NamedNode

from mlkg import vocabulary as V

Term = NamedNode | Literal

# Vocabulary terms are made once: a large export uses each a million times. Entity IRIs are
# not kept here, so that a finished export leaves nothing behind.
_N: dict[str, NamedNode] = {}

#: ``84.2``, ``+3.1``, ``.5``, ``71%``: a score that is one number (a percent sign is dropped)
_NUMBER = re.compile(r"^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?\s*$")
_YEAR_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^\d{4}$")


def node(iri: str) -> NamedNode:
    """The (cached) NamedNode of a vocabulary IRI."""
    term = _N.get(iri)
    if term is None:
        term = _N[iri] = NamedNode(iri)
    return term


def entity_iri(node_id: str) -> NamedNode:
    """The IRI of a graph node: the entity namespace plus its readable id."""
    return NamedNode(V.ENT_NS + node_id)


def hashed(kind: str, *parts: Any) -> NamedNode:
    """A deterministic IRI for a node the graph does not have, from everything it says."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return NamedNode(f"{V.ENT_NS}{kind}/{hashlib.sha1(payload.encode()).hexdigest()[:20]}")


def decimal(number: Any) -> Literal | None:
    """An xsd:decimal of a float or int, written without an exponent (``0.9``, not ``9e-1``)."""
    if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number):
        return None
    return Literal(format(Decimal(repr(number)), "f"), datatype=node(V.XSD_DECIMAL))


def integer(number: int) -> Literal:
    """An xsd:integer (character offsets, support counts)."""
    return Literal(str(number), datatype=node(V.XSD_INTEGER))


def score_value(value: str) -> Literal:
    """A score as xsd:decimal when it is one number, else the text as written."""
    match = _NUMBER.match(value)
    if match:
        try:
            return Literal(format(Decimal(match.group(1)), "f"), datatype=node(V.XSD_DECIMAL))
        except InvalidOperation:  # pragma: no cover - the regex only admits decimals
            pass
    return Literal(value)


def date_literal(value: str) -> Literal:
    """xsd:date, or gYearMonth/gYear for a partial date, or plain text if it is no date."""
    try:
        return Literal(date.fromisoformat(value).isoformat(), datatype=node(V.XSD_DATE))
    except ValueError:
        pass
    if _YEAR_MONTH.match(value):
        return Literal(value, datatype=node(V.XSD_G_YEAR_MONTH))
    if _YEAR.match(value):
        return Literal(value, datatype=node(V.XSD_G_YEAR))
    return Literal(value)


def url(value: str) -> Term:
    """schema:url as an IRI; a URL that is not a valid IRI is kept as text rather than lost."""
    try:
        return NamedNode(value)
    except ValueError:
        return Literal(value)
