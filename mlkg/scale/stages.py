"""The build's stages with their timings: read and de-duplicate, then extract in batches.

Memory follows the graph, not the input: documents stream from the readers straight into
de-duplication, which keeps one text per *paper* (the graph keeps it too, as the paper
node's ``text``) and small hash indexes, never the list of documents; extraction then runs
batch by batch, through the cache and a backend, and only the records stay. A ``.jsonl.gz``
of any size is read line by line (:mod:`mlkg.extract.readers.sources`).
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from mlkg import jsontext
from mlkg.extract.dedup import deduplicate
from mlkg.extract.documents import Document, InputWarning, Paper
from mlkg.extract.readers import check_format, expand_paths, read_file
from mlkg.scale.cache import ExtractionCache, text_key
from mlkg.scale.snapshot import ReadingSnapshot, Restored
from mlkg.scale.workers import Backend, Result

if TYPE_CHECKING:
    from mlkg.scale.prefetch import Prefetch

__all__ = [
    "DEFAULT_BATCH",
    "ExtractStats",
    "StageTimer",
    "extract_records",
    "peak_rss_mib",
    "read_papers",
]

#: papers per batch: large enough that a worker's round trip is cheap next to the batch's
#: extraction (~0.5 s), small enough for a smooth progress bar and little lost on a kill
DEFAULT_BATCH = 256
#: the stages of ``mlkg build``, in the order the summary lists them
STAGES = ("read", "dedup", "extract", "graph", "jsonl", "rdf", "store", "graphml", "html", "wait")


@dataclass
class StageTimer:
    """Wall-clock seconds per stage (a stage may be timed in several pieces), and the CPU
    seconds of this process and of finished child processes (worker pools are joined at
    the end of the extract stage), which tell a slow stage from a starved one.

    Work that runs alongside the stages (the store's bulk load in a thread, GraphML and
    HTML in a forked process) is listed apart in ``background``: the stages add up to the
    wall time, the background does not add to it.
    """

    seconds: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, dict[str, float]] = field(default_factory=dict)
    background: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started, times = time.perf_counter(), os.times()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - started)
            self.add_cpu(name, times)

    def add_cpu(self, name: str, since: os.times_result) -> None:
        """Count the CPU seconds used since ``since`` (an ``os.times()``) for ``name``."""
        now = os.times()
        cpu = self.cpu.setdefault(name, {"driver": 0.0, "children": 0.0})
        cpu["driver"] += now.user + now.system - since.user - since.system
        cpu["children"] += (
            now.children_user + now.children_system - since.children_user - since.children_system
        )

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def add_background(self, name: str, seconds: float) -> None:
        self.background[name] = self.background.get(name, 0.0) + seconds

    @property
    def total(self) -> float:
        return sum(self.seconds.values())

    def summary(self) -> str:
        """One line: ``time: read 5.1 s, ...; total 98.3 s; alongside: store 20.1 s``."""
        line = f"time: {_listed(self.seconds)}; total {_seconds(self.total)}"
        if self.background:
            line += f"; alongside them: {_listed(self.background)}"
        return line


def _listed(seconds: dict[str, float]) -> str:
    names = [name for name in STAGES if name in seconds]
    names += sorted(set(seconds) - set(STAGES))
    return ", ".join(f"{name} {_seconds(seconds[name])}" for name in names)


def _seconds(value: float) -> str:
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


class _TimedDocuments:
    """Passes documents through, counting them and the time spent producing them (the
    readers are generators, so reading and de-duplication interleave)."""

    def __init__(
        self, documents: Iterable[Document], every: Callable[[int], None] | None, count: int = 0
    ):
        self._documents = iter(documents)
        self._every = every
        self.count = count
        self.seconds = 0.0

    def __iter__(self) -> Iterator[Document]:
        while True:
            started = time.perf_counter()
            document = next(self._documents, None)
            self.seconds += time.perf_counter() - started
            if document is None:
                return
            self.count += 1
            if self._every is not None and not self.count % 1000:
                self._every(self.count)
            yield document


class _TimedCalls:
    """Calls a function, adding up the time spent in it."""

    def __init__(self, function: Callable[[str], None]) -> None:
        self._function = function
        self.seconds = 0.0

    def __call__(self, text: str) -> None:
        started = time.perf_counter()
        self._function(text)
        self.seconds += time.perf_counter() - started


def read_papers(
    inputs: Sequence[str | Path],
    input_format: str | None,
    warn: Callable[[InputWarning], None],
    timer: StageTimer,
    progress: Callable[[int], None] | None = None,
    on_new_paper: Callable[[str], None] | None = None,
    snapshot: ReadingSnapshot | None = None,
) -> tuple[int, list[Paper]]:
    """``(documents read, papers)``: the input streamed into de-duplication.

    Raises :class:`~mlkg.extract.readers.InputError` for a missing path. ``progress`` is
    called with the number of documents read so far, every thousand documents, and
    ``on_new_paper`` with the text of each paper when it is first seen (see
    :mod:`mlkg.scale.prefetch`); the time spent in it is extraction's, not reading's.

    With a ``snapshot`` (:mod:`mlkg.scale.snapshot`), the files that the last build read
    and that have not changed since are not read again: their papers, document count and
    warnings are restored (restoring counts as reading), and the state after all the files
    is saved for the next build (counted as de-duplication). Papers restored are not passed
    to ``on_new_paper``.
    """
    started, times = time.perf_counter(), os.times()
    fmt = check_format(input_format)
    files = expand_paths(inputs, warn)
    start = snapshot.restore(files, fmt) if snapshot is not None else Restored()
    restoring = time.perf_counter() - started
    warnings = list(start.warnings)
    for warning in warnings:
        warn(warning)

    def keep_and_warn(warning: InputWarning) -> None:
        warnings.append(warning)
        warn(warning)

    documents = _TimedDocuments(
        (d for f in files[start.files :] for d in read_file(f, fmt, keep_and_warn)),
        progress,
        start.documents,
    )
    offered = _TimedCalls(on_new_paper) if on_new_paper is not None else None
    papers = deduplicate(documents, offered, start.index)
    if snapshot is not None and start.files < len(files):  # else it holds this state already
        snapshot.save(documents.count, warnings, start.index)
    handed_out = offered.seconds if offered is not None else 0.0
    timer.add("read", restoring + documents.seconds)
    timer.add("dedup", time.perf_counter() - started - restoring - documents.seconds - handed_out)
    timer.add("extract", handed_out)  # sending texts out, and waiting for the workers
    timer.add_cpu("read", times)  # reading and de-duplication interleave: one CPU figure
    return documents.count, papers


@dataclass
class ExtractStats:
    """How many papers were extracted and how many came from the cache."""

    extracted: int = 0
    cached: int = 0


@dataclass
class _Batch:
    papers: list[Paper]
    keys: list[bytes]
    bodies: dict[int, str]  # position in the batch -> cached or prefetched body
    missing: list[int]  # positions to extract
    prefetched: int = 0  # bodies that the prefetch extracted (the others were cached)
    pending: Result | None = None


def extract_records(
    papers: Iterable[Paper],
    backend: Backend,
    cache: ExtractionCache | None = None,
    batch_size: int = DEFAULT_BATCH,
    stats: ExtractStats | None = None,
    advance: Callable[[int], None] | None = None,
    prefetch: Prefetch | None = None,
) -> Iterator[dict]:
    """The extraction record of every paper, in order.

    Papers go in batches: each batch's bodies are taken from ``prefetch`` (extraction
    started while reading) or looked up in the cache at once, the others are sent to
    ``backend``, and up to ``backend.window`` batches are in flight while the
    oldest is awaited. A batch's new bodies are written to the cache in one transaction as
    soon as it completes, so an interrupted build keeps every finished batch.
    """
    stats = stats if stats is not None else ExtractStats()
    queue: deque[_Batch] = deque()
    in_flight = 0
    papers = iter(papers)
    while chunk := list(islice(papers, batch_size)):
        batch = _plan(chunk, cache, prefetch)
        if batch.missing:
            batch.pending = backend.submit([chunk[i].text for i in batch.missing])
            in_flight += 1
        queue.append(batch)
        # results leave in order: cached batches wait behind the ones still extracting
        while queue and (
            queue[0].pending is None
            or in_flight >= backend.window
            or len(queue) > 4 * backend.window
        ):
            head = queue.popleft()
            in_flight -= head.pending is not None
            yield from _finish(head, cache, stats, advance)
    while queue:
        yield from _finish(queue.popleft(), cache, stats, advance)


def _plan(chunk: list[Paper], cache: ExtractionCache | None, prefetch: Prefetch | None) -> _Batch:
    keys = [text_key(paper.text) for paper in chunk]
    bodies: dict[int, str] = {}
    prefetched = 0
    if prefetch is not None:
        for i, key in enumerate(keys):
            taken = prefetch.take(key)
            if taken is not None:
                bodies[i] = taken[0]
                prefetched += taken[1]
    rest = [key for i, key in enumerate(keys) if i not in bodies]
    found = cache.get_many(rest) if cache is not None and rest else {}
    for i, key in enumerate(keys):
        if i not in bodies and key in found:
            bodies[i] = found[key]
    missing = [i for i in range(len(chunk)) if i not in bodies]
    return _Batch(chunk, keys, bodies, missing, prefetched)


def _finish(
    batch: _Batch,
    cache: ExtractionCache | None,
    stats: ExtractStats,
    advance: Callable[[int], None] | None,
) -> Iterator[dict]:
    if batch.pending is not None:
        fresh = batch.pending.result()
        batch.bodies.update(zip(batch.missing, fresh, strict=True))
        if cache is not None:
            cache.put_many((batch.keys[i], batch.bodies[i]) for i in batch.missing)
    stats.extracted += len(batch.missing) + batch.prefetched
    stats.cached += len(batch.papers) - len(batch.missing) - batch.prefetched
    if advance is not None:
        advance(len(batch.papers))
    from mlkg.extract.pipeline import record_from_body  # spaCy: only once extraction runs

    for i, paper in enumerate(batch.papers):
        yield record_from_body(paper, jsontext.loads(batch.bodies[i]))


def peak_rss_mib() -> dict[str, float] | None:
    """Peak resident memory in MiB of this process and of its largest finished child (the
    worker processes, once the pool is shut down); ``None`` where ``resource`` is missing."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    unit = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024  # bytes vs KiB
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * unit
    return {"driver": round(own, 1), "largest_child": round(child, 1)}
