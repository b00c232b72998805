"""Every export of a build from one graph: RDF, the store, GraphML and the HTML explorer.

The work is spread over two cores, because a corpus build's exports are a third of its time:

* GraphML and HTML are written by a forked child process, which inherits the graph without
  copying or pickling it (where ``fork`` exists and no other thread runs; else in turn);
* meanwhile the RDF statements are generated and sorted once, giving the chosen RDF file and
  the N-Quads that Oxigraph's bulk loader turns into the store;
* the bulk loader runs in a background thread (it is Rust and releases the GIL).

The build then waits for both (the ``wait`` stage). The child's stages and the store's load
are reported in the timer's ``background``.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import networkx as nx

from mlkg.export.graphml import write_graphml
from mlkg.export.html import write_html
from mlkg.export.rdf import RDF_EXTENSIONS, RdfStatements
from mlkg.export.store import STORE_DIR, load_store_in_background
from mlkg.scale.stages import StageTimer

__all__ = ["ExportError", "write_exports"]

#: the store's input when the RDF file is not N-Quads itself; removed once loaded
STORE_INPUT = ".store-input.nq"


class ExportError(Exception):
    """Writing GraphML or HTML failed in the child process; the message says why."""


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

    Raises :class:`~mlkg.export.store.StoreError` if ``store/`` holds other files, and
    ``ValueError`` for a ``focus`` that names nothing in the graph.
    """
    output.mkdir(parents=True, exist_ok=True)
    views = _Views(graph, output, title, focus, depth)
    views.start()  # before any thread of ours exists: fork copies only the calling thread
    pending = None
    try:
        rdf_file = output / f"graph.{RDF_EXTENSIONS[rdf_format]}"
        with timer.stage("rdf"):
            statements = RdfStatements(graph)
            statements.write(rdf_file, rdf_format)
            if rdf_format == "nquads":
                store_input = rdf_file
            else:
                store_input = output / STORE_INPUT
                statements.write_store_input(store_input)
            del statements  # millions of strings: free them before waiting
        pending = load_store_in_background(
            store_input, output / STORE_DIR, remove_input=store_input != rdf_file
        )
        views.run_here_if_not_forked(timer)
        with timer.stage("wait"):
            views.join(timer)
    finally:
        views.stop()  # only if something failed first
        if pending is not None:  # a store is never left half-loaded, even after an error
            with timer.stage("wait"):
                timer.add_background("store", pending.result().seconds)
    return rdf_file


class _Views:
    """GraphML and HTML, written by a forked child while the parent writes RDF."""

    def __init__(
        self, graph: nx.MultiDiGraph, output: Path, title: str, focus: str | None, depth: int
    ) -> None:
        self._args = (graph, output, title, focus, depth)
        self._process: Any = None
        self._results: Connection | None = None

    def start(self) -> None:
        if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
            return
        context = multiprocessing.get_context("fork")
        self._results, sender = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_write_views_child, args=(sender, *self._args), name="mlkg-views"
        )
        self._process.start()
        sender.close()

    def run_here_if_not_forked(self, timer: StageTimer) -> None:
        if self._process is None:
            _write_views(timer, *self._args)

    def join(self, timer: StageTimer) -> None:
        """Wait for the child; its stage times go to the timer's background."""
        if self._process is None or self._results is None:
            return
        try:
            outcome = self._results.recv()
        except EOFError:  # the child died without a word (killed, out of memory)
            outcome = ("error", "ExportError", "the process writing GraphML and HTML died", {})
        self._process.join()
        for name, seconds in outcome[-1].items():
            timer.add_background(name, seconds)
        if outcome[0] == "error":
            _, kind, message, _ = outcome
            raise ValueError(message) if kind == "ValueError" else ExportError(message)

    def stop(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()


def _write_views(
    timer: StageTimer,
    graph: nx.MultiDiGraph,
    output: Path,
    title: str,
    focus: str | None,
    depth: int,
) -> None:
    with timer.stage("graphml"):
        write_graphml(graph, output / "graph.graphml")
    with timer.stage("html"):
        write_html(graph, output / "graph.html", title=title, focus=focus, depth=depth)


def _write_views_child(results: Connection, *args: Any) -> None:
    """The child's whole life: write, then send ("ok", times) or ("error", kind, why, times)."""
    timer = StageTimer()
    try:
        _write_views(timer, *args)
        results.send(("ok", timer.seconds))
    except BaseException as error:  # reported to the parent, which raises it there
        results.send(("error", type(error).__name__, str(error), timer.seconds))
    finally:
        results.close()
