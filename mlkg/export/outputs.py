"""Every export of a build from one graph: RDF, the store, GraphML and the HTML explorer.

The work is spread over two cores, because a corpus build's exports are a third of its time.
A forked child process, which inherits the graph without copying or pickling it, writes the
RDF file, GraphML and HTML, while this process fills the store (its statements streamed to
Oxigraph's bulk loader, the longest single export); the build then waits for the child
(the ``wait`` stage), whose times are reported in the timer's ``background``.

A rebuild whose store holds the statements the last build saved
(:mod:`mlkg.export.saved_statements`) shares the work the other way round: the child makes
the statements, compares them with the saved ones and sends the difference here, writes the
RDF file's lines (N-Triples) and saves the statements; meanwhile this process writes GraphML
and HTML, applies the difference to a checkpoint of the old store instead of loading every
quad again, and has Oxigraph serialise the lines as Turtle (or TriG), which would otherwise
keep the child busy while this process waits.

The child never touches the store: RocksDB keeps native threads and locks that a forked
process must not use. Where ``fork`` is missing or unsafe (another Python thread is
running), everything is written in turn, in this process.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import networkx as nx

from mlkg.export.formats import RDF_EXTENSIONS
from mlkg.export.graphml import write_graphml
from mlkg.export.html import write_html
from mlkg.export.rdf import RdfStatements, serialize_lines
from mlkg.export.saved_statements import SavedStatements, StoreDiff, print_warning
from mlkg.export.store import STORE_DIR, check_replaceable, update_store, write_store
from mlkg.scale.stages import StageTimer

__all__ = ["ExportError", "Exported", "write_exports"]


class ExportError(Exception):
    """Writing RDF, GraphML or HTML failed in the child process; the message says why."""


@dataclass(frozen=True)
class Exported:
    """What :func:`write_exports` wrote, for the build's summary."""

    rdf_file: Path
    #: (removed, added) quads when the last build's store was updated, None when loaded afresh
    store_changes: tuple[int, int] | None


def write_exports(
    graph: nx.MultiDiGraph,
    output: Path,
    rdf_format: str,
    timer: StageTimer,
    *,
    title: str,
    focus: str | None = None,
    depth: int = 2,
    cache: Path | None = None,
    warn: Callable[[str], object] = print_warning,
) -> Exported:
    """Write ``graph.<ext>``, ``store/``, ``graph.graphml`` and ``graph.html``.

    With a ``cache`` folder, the statements are saved there for the next build, and the
    store is updated by difference if it holds the last saved ones; ``warn`` says why they
    could not be saved, if so.

    Raises :class:`~mlkg.export.store.StoreError` before writing anything if ``store/``
    holds other files, and ``ValueError`` for a ``focus`` that names nothing in the graph
    (once the other files are written).
    """
    output.mkdir(parents=True, exist_ok=True)
    store = output / STORE_DIR
    check_replaceable(store)
    saved = SavedStatements(cache, store, warn) if cache is not None else None
    files = _Files(
        graph,
        output / f"graph.{RDF_EXTENSIONS[rdf_format]}",
        rdf_format,
        output,
        title=title,
        focus=focus,
        depth=depth,
        saved=saved,
        previous=saved.previous() if saved is not None else None,
    )
    writer = _FileWriter(files)
    writer.start()
    try:
        if files.previous is None:
            with timer.stage("store"):
                write_store(graph, store, files.token)
            writer.write_the_rest_here(timer)
        else:
            writer.write_and_update_store(timer)
    finally:  # the files are never left half-written, even after an error here
        with timer.stage("wait"):
            writer.join(timer)
    return Exported(files.rdf_file, writer.store_changes)


class _FileWriter:
    """RDF, GraphML and HTML, written by a forked child while the parent fills the store
    (HTML by whichever is free first); in an update, RDF's lines and the difference by the
    child, GraphML, HTML, the store and the RDF file by the parent."""

    def __init__(self, files: _Files) -> None:
        self._files = files
        self._process: Any = None
        self._results: Connection | None = None
        self._outcome: tuple[Any, ...] | None = None
        #: set by whichever process starts graph.html first (see _claim)
        self._html_taken: Any = None
        #: (removed, added) once the store is updated by difference
        self.store_changes: tuple[int, int] | None = None

    def start(self) -> None:
        if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
            return
        context = multiprocessing.get_context("fork")
        self._results, sender = context.Pipe(duplex=False)
        self._html_taken = context.Value("b", 0)
        self._process = context.Process(
            target=_write_files_child,
            args=(sender, self._files, self._html_taken),
            name="mlkg-files",
        )
        self._process.start()
        sender.close()

    def write_the_rest_here(self, timer: StageTimer) -> None:
        """After the store: everything, if there is no child; else graph.html, if the child
        (busy with RDF and GraphML) has not started it yet."""
        if self._process is None:
            self._files.write(timer, drawings=True, on_diff=self._update_store(timer))
        elif _claim(self._html_taken):
            self._files.write_html(timer)

    def write_and_update_store(self, timer: StageTimer) -> None:
        """An update: GraphML and HTML here while the child compares the statements, then
        the store from the difference it sends (or everything in turn without a child)."""
        if self._process is None or self._results is None:
            self.write_the_rest_here(timer)
            return
        self._files.write_drawings(timer)
        with timer.stage("store"):
            message = self._receive()
        if message[0] != "diff":  # the child failed before comparing: join() reports it
            self._outcome = message
            return
        self._update_store(timer)(message[1])
        with timer.stage("wait"):
            message = self._receive()
        if message[0] != "lines":  # the format needs no serialiser, or the child failed
            self._outcome = message
            return
        with timer.stage("rdf"):  # the child saves the statements meanwhile
            files = self._files
            serialize_lines(files.lines_file, files.rdf_file, files.rdf_format)

    def _update_store(self, timer: StageTimer) -> Callable[[StoreDiff | None], None]:
        def update(diff: StoreDiff | None) -> None:
            saved = self._files.saved
            assert saved is not None  # a difference needs saved statements
            with timer.stage("store"):
                store = self._files.output / STORE_DIR
                if diff is None:  # too much changed: loading afresh costs less
                    write_store(self._files.graph, store, saved.token)
                else:
                    update_store(store, diff.removed, diff.added, saved.token)
                    self.store_changes = (len(diff.removed), len(diff.added))

        return update

    def _receive(self) -> tuple[Any, ...]:
        assert self._results is not None
        try:
            return self._results.recv()
        except EOFError:  # the child died without a word (killed, out of memory)
            return ("error", ("ExportError", "the process writing RDF, GraphML and HTML died"), {})

    def join(self, timer: StageTimer) -> None:
        """Wait for the child; its stage times go to the timer's background."""
        if self._process is None or self._results is None:
            return
        outcome = self._outcome or self._receive()
        while outcome[0] in ("diff", "lines"):  # not taken after an error here
            outcome = self._receive()
        self._process.join()
        self._process = None
        self._files.lines_file.unlink(missing_ok=True)
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
    #: where this build saves its statements (None: --no-cache)
    saved: SavedStatements | None
    #: the last build's statements, which the store holds: the store is updated by difference
    previous: Path | None

    @property
    def token(self) -> str | None:
        return self.saved.token if self.saved is not None else None

    @property
    def lines_file(self) -> Path:
        """Where the child hands the RDF file's lines over to the parent to serialise."""
        return self.rdf_file.with_name(f".{self.rdf_file.name}.lines")

    def write(
        self,
        timer: StageTimer,
        *,
        drawings: bool,
        on_diff: Callable[[StoreDiff | None], None],
        on_lines: Callable[[], None] | None = None,
        html_is_mine: Callable[[], bool] = lambda: True,
    ) -> None:
        """The RDF file, then GraphML and HTML if ``drawings``; in an update, the difference
        goes to ``on_diff`` as soon as it is known (``None``: too much changed). With
        ``on_lines``, a format that Oxigraph serialises (Turtle) is only written as lines
        to :attr:`lines_file`, and ``on_lines`` is called for someone else to finish it.
        HTML is left out if ``html_is_mine()`` says the other process has it."""
        with timer.stage("rdf"):
            statements = RdfStatements(self.graph)
        if self.saved is not None and self.previous is not None:
            with timer.stage("diff"):
                diff = self.saved.diff(statements.keyed, self.previous)
            on_diff(diff)
        with timer.stage("rdf"):
            if on_lines is None:
                statements.write(self.rdf_file, self.rdf_format)
            elif statements.write_or_hand_over(self.rdf_file, self.rdf_format, self.lines_file):
                on_lines()
        if self.saved is not None:
            with timer.stage("statements"):
                self.saved.save(statements.keyed)
        del statements
        if drawings:
            self.write_drawings(timer, html_is_mine)

    def write_drawings(
        self, timer: StageTimer, html_is_mine: Callable[[], bool] = lambda: True
    ) -> None:
        with timer.stage("graphml"):
            write_graphml(self.graph, self.output / "graph.graphml")
        if html_is_mine():
            self.write_html(timer)

    def write_html(self, timer: StageTimer) -> None:
        with timer.stage("html"):
            write_html(
                self.graph,
                self.output / "graph.html",
                title=self.title,
                focus=self.focus,
                depth=self.depth,
            )


def _claim(taken: Any) -> bool:
    """True for the first process to ask for the shared flag ``taken``: the store's bulk
    load and the child's RDF and GraphML take about as long, so whichever ends first
    writes graph.html."""
    with taken.get_lock():
        first, taken.value = not taken.value, 1
    return first


def _write_files_child(results: Connection, files: _Files, html_taken: Any) -> None:
    """The child's whole life: write, then send ("ok", times) or
    ("error", (kind, why), times); in an update, first ("diff", difference) and
    ("lines",) when the RDF file's lines are ready for the parent."""
    timer = StageTimer()
    try:
        update = files.previous is not None  # the parent draws, then serialises the RDF
        files.write(
            timer,
            drawings=not update,
            on_diff=lambda diff: results.send(("diff", diff)),
            on_lines=(lambda: results.send(("lines",))) if update else None,
            html_is_mine=lambda: _claim(html_taken),
        )
        results.send(("ok", timer.seconds))
    except BaseException as error:  # reported to the parent, which raises it there
        results.send(("error", (type(error).__name__, str(error)), timer.seconds))
    finally:
        results.close()
