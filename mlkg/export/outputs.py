"""Every export of a build from one graph: RDF, the store, GraphML and the HTML explorer.

The work is spread over two cores, because a corpus build's exports are a third of its time.
A forked child process, which inherits the graph without copying or pickling it, writes the
RDF file, GraphML and HTML, while this process fills the store (its statements streamed to
Oxigraph's bulk loader, the longest single export); the build then waits for the child
(the ``wait`` stage), whose times are reported in the timer's ``background``.

The child never touches the store: RocksDB keeps native threads and locks that a forked
process must not use. Where ``fork`` is missing or unsafe (another Python thread is
running), everything is written in turn, in this process.
"""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import networkx as nx

from mlkg.export.formats import RDF_EXTENSIONS
from mlkg.export.graphml import write_graphml
from mlkg.export.html import write_html
from mlkg.export.rdf import write_rdf
from mlkg.export.store import STORE_DIR, check_replaceable, write_store
from mlkg.scale.stages import StageTimer

__all__ = ["ExportError", "write_exports"]


class ExportError(Exception):
    """Writing RDF, GraphML or HTML failed in the child process; the message says why."""


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
    holds other files, and ``ValueError`` for a ``focus`` that names nothing in the graph
    (once the other files are written).
    """
    output.mkdir(parents=True, exist_ok=True)
    check_replaceable(output / STORE_DIR)
    rdf_file = output / f"graph.{RDF_EXTENSIONS[rdf_format]}"
    files = _FileWriter(
        _Files(graph, rdf_file, rdf_format, output, title=title, focus=focus, depth=depth)
    )
    files.start()
    try:
        with timer.stage("store"):
            write_store(graph, output / STORE_DIR)
        files.write_here_if_not_forked(timer)
    finally:  # the files are never left half-written, even after an error here
        with timer.stage("wait"):
            files.join(timer)
    return rdf_file


class _FileWriter:
    """RDF, GraphML and HTML, written by a forked child while the parent fills the store."""

    def __init__(self, files: _Files) -> None:
        self._files = files
        self._process: Any = None
        self._results: Connection | None = None

    def start(self) -> None:
        if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
            return
        context = multiprocessing.get_context("fork")
        self._results, sender = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_write_files_child, args=(sender, self._files), name="mlkg-files"
        )
        self._process.start()
        sender.close()

    def write_here_if_not_forked(self, timer: StageTimer) -> None:
        if self._process is None:
            self._files.write(timer)

    def join(self, timer: StageTimer) -> None:
        """Wait for the child; its stage times go to the timer's background."""
        if self._process is None or self._results is None:
            return
        try:
            outcome = self._results.recv()
        except EOFError:  # the child died without a word (killed, out of memory)
            outcome = ("error", "the process writing RDF, GraphML and HTML died", {})
        self._process.join()
        self._process = None
        for name, seconds in outcome[-1].items():
            timer.add_background(name, seconds)
        if outcome[0] == "error":  # a ValueError is an --html-focus that names nothing
            kind, message = outcome[1]
            raise ValueError(message) if kind == "ValueError" else ExportError(message)


@dataclass(frozen=True)
class _Files:
    """The exports that do not touch the store, and how to write them."""

    graph: nx.MultiDiGraph
    rdf_file: Path
    rdf_format: str
    output: Path
    title: str
    focus: str | None
    depth: int

    def write(self, timer: StageTimer) -> None:
        with timer.stage("rdf"):
            write_rdf(self.graph, self.rdf_file, self.rdf_format)
        with timer.stage("graphml"):
            write_graphml(self.graph, self.output / "graph.graphml")
        with timer.stage("html"):
            write_html(
                self.graph,
                self.output / "graph.html",
                title=self.title,
                focus=self.focus,
                depth=self.depth,
            )


def _write_files_child(results: Connection, files: _Files) -> None:
    """The child's whole life: write, then send ("ok", times) or
    ("error", (kind, why), times)."""
    timer = StageTimer()
    try:
        files.write(timer)
        results.send(("ok", timer.seconds))
    except BaseException as error:  # reported to the parent, which raises it there
        results.send(("error", (type(error).__name__, str(error)), timer.seconds))
    finally:
        results.close()
