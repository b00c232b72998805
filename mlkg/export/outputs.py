"""Every export of a build from one graph: RDF, the store, GraphML and the HTML explorer.

The order is chosen for two cores. The RDF statements are generated and sorted once; they
give the chosen RDF file and the N-Quads that Oxigraph's bulk loader turns into the store.
The loader runs in a background thread (it is Rust and releases the GIL) while Python
writes GraphML and HTML, and the build waits for it at the end. The ``store`` stage time is
that wait, not the whole load.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from mlkg.export.graphml import write_graphml
from mlkg.export.html import write_html
from mlkg.export.rdf import RDF_EXTENSIONS, RdfStatements
from mlkg.export.store import STORE_DIR, load_store_in_background
from mlkg.scale.stages import StageTimer

__all__ = ["write_exports"]

#: the store's input when the RDF file is not N-Quads itself; removed once loaded
STORE_INPUT = ".store-input.nq"


def write_exports(
    graph: nx.MultiDiGraph,
    output: Path,
    rdf_format: str,
    timer: StageTimer,
    *,
    title: str,
    focus: str | None = None,
    depth: int = 2,
) -> Path:
    """Write ``graph.<ext>``, ``store/``, ``graph.graphml`` and ``graph.html``; return the
    RDF file's path.

    Raises :class:`~mlkg.export.store.StoreError` before writing anything if ``store/``
    holds other files, and ``ValueError`` for a ``focus`` that names nothing in the graph.
    """
    rdf_file = output / f"graph.{RDF_EXTENSIONS[rdf_format]}"
    with timer.stage("rdf"):
        statements = RdfStatements(graph)
        statements.write(rdf_file, rdf_format)
        if rdf_format == "nquads":
            store_input = rdf_file
        else:
            store_input = output / STORE_INPUT
            statements.write_store_input(store_input)
        del statements  # millions of terms: free them before the other exports
    pending = load_store_in_background(
        store_input, output / STORE_DIR, remove_input=store_input != rdf_file
    )
    try:
        with timer.stage("graphml"):
            write_graphml(graph, output / "graph.graphml")
        with timer.stage("html"):
            write_html(graph, output / "graph.html", title=title, focus=focus, depth=depth)
    finally:
        with timer.stage("store"):
            pending.result()
    return rdf_file
