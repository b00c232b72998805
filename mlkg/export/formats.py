"""The RDF formats ``mlkg build --rdf-format`` offers: a module without imports, so the
command checks its options before loading Oxigraph, networkx and spaCy."""

from __future__ import annotations

__all__ = ["RDF_EXTENSIONS"]

#: the formats ``mlkg build --rdf-format`` offers, with the extension of ``graph.<ext>``
RDF_EXTENSIONS: dict[str, str] = {
    "turtle": "ttl",
    "nt": "nt",
    "nquads": "nq",
    "trig": "trig",
    "jsonld": "jsonld",
}
