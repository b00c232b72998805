"""The RDF terms of the export, as N-Triples text: vocabulary IRIs, entity IRIs, literals.

Kept apart from :mod:`mlkg.export.rdf` so that the statement logic reads as the mapping of
``docs/vocabulary.md`` and the lexical details (decimals without exponents, partial dates,
URLs that are not IRIs) live in one place.

A term is its N-Triples text (``<iri>``, ``"text"^^<datatype>``), written exactly as
Oxigraph writes it. A corpus export has millions of statements; as text they are cheap to
make, sort and write, and Oxigraph parses them back where terms are needed (Turtle, TriG,
the store), in Rust.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from pyoxigraph import NamedNode

from mlkg import vocabulary as V
from mlkg.numbers import without_commas

#: a term in N-Triples syntax
Term = str

# Vocabulary terms are made once: a large export uses each a million times. Entity IRIs are
# not kept here, so that a finished export leaves nothing behind.
_N: dict[str, Term] = {}
#: what N-Triples escapes in a literal, as Oxigraph does: \b \t \n \f \r " \\ and
#: the other control characters as \uXXXX
_ESCAPES = {code: f"\\u{code:04X}" for code in [*range(0x20), 0x7F]}
_ESCAPES |= {8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\"}
#: a character that :data:`_ESCAPES` changes (most literals have none: a quick test)
_NEEDS_ESCAPE = re.compile('[\x00-\x1f\x7f"\\\\]')
#: an entity id that needs no IRI check: the characters of mlkg's slugs and paper ids
_SAFE_ID = re.compile(r"[A-Za-z0-9._~/:-]+")

#: ``84.2``, ``+3.1``, ``.5``, ``71%``: a score that is one number (a percent sign is dropped)
_NUMBER = re.compile(r"^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%?\s*$")
_YEAR_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^\d{4}$")


def node(iri: str) -> Term:
    """The (cached) term of a vocabulary IRI, checked once."""
    term = _N.get(iri)
    if term is None:
        term = _N[iri] = str(NamedNode(iri))
    return term


def entity_iri(node_id: str) -> Term:
    """The IRI of a graph node: the entity namespace plus its readable id.

    Raises ``ValueError`` for an id that cannot be part of an IRI.
    """
    if _SAFE_ID.fullmatch(node_id):
        return f"<{V.ENT_NS}{node_id}>"
    return str(NamedNode(V.ENT_NS + node_id))


def hashed(kind: str, *parts: Any) -> Term:
    """A deterministic IRI for a node the graph does not have, from everything it says."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return f"<{V.ENT_NS}{kind}/{hashlib.sha1(payload.encode()).hexdigest()[:20]}>"


def literal(text: str, datatype: str | None = None) -> Term:
    """A literal of ``text``, typed by the IRI ``datatype`` (none: a plain string)."""
    quoted = f'"{text.translate(_ESCAPES) if _NEEDS_ESCAPE.search(text) else text}"'
    return quoted if datatype is None else f"{quoted}^^{node(datatype)}"


def decimal(number: Any) -> Term | None:
    """An xsd:decimal of a float or int, written without an exponent (``0.9``, not ``9e-1``)."""
    if isinstance(number, bool) or not isinstance(number, int | float) or not math.isfinite(number):
        return None
    return literal(format(Decimal(repr(number)), "f"), V.XSD_DECIMAL)


def integer(number: int) -> Term:
    """An xsd:integer (character offsets, support counts)."""
    return literal(str(number), V.XSD_INTEGER)


def score_value(value: str) -> Term:
    """A score as xsd:decimal when it is one number, else the text as written. A number
    written with commas is read as the text means it: "1,204" is 1204 (a thousands
    separator: groups of three after a first group that is no zero) and "89,4" or "0,874"
    is 89.4 or 0.874 (a decimal comma)."""
    match = _NUMBER.match(without_commas(value))
    if match:
        try:
            return literal(format(Decimal(match.group(1)), "f"), V.XSD_DECIMAL)
        except InvalidOperation:  # pragma: no cover - the regex only admits decimals
            pass
    return literal(value)


def date_literal(value: str) -> Term:
    """xsd:date, or gYearMonth/gYear for a partial date, or plain text if it is no date."""
    try:
        return literal(date.fromisoformat(value).isoformat(), V.XSD_DATE)
    except ValueError:
        pass
    if _YEAR_MONTH.match(value):
        return literal(value, V.XSD_G_YEAR_MONTH)
    if _YEAR.match(value):
        return literal(value, V.XSD_G_YEAR)
    return literal(value)


def url(value: str) -> Term:
    """schema:url as an IRI; a URL that is not a valid IRI is kept as text rather than lost."""
    try:
        return str(NamedNode(value))
    except ValueError:
        return literal(value)
