"""Where extraction batches run: this process, local worker processes, or (see
:mod:`mlkg.scale.dask_backend`) a Dask cluster.

Every backend runs the same function, :func:`extract_batch`: a list of texts in, a list of
compact JSON bodies out. Only strings cross process boundaries. spaCy ``Doc`` objects are
never sent: pickling them costs more than this pipeline's extraction (spaCy's own
``n_process=2`` measured slower than one process here), while a body is about 2 KB
of JSON that the driver needs anyway, for the cache.

Each process loads the pipeline once (:func:`mlkg.extract.pipeline.load_pipeline` is a
per-process singleton) and keeps it for every batch it is given. Results always come back
in submission order, so the records, and every output file, do not depend on the backend or
on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from mlkg import jsontext

__all__ = [
    "Backend",
    "BackendError",
    "ProcessBackend",
    "Result",
    "SerialBackend",
    "extract_batch",
]

#: one extraction at a time per process: the pipeline is shared, and the GIL would run
#: two threads' extraction one after the other anyway (Dask workers may have threads)
_LOCK = threading.Lock()


class BackendError(Exception):
    """A backend cannot run (missing package, unreachable scheduler, mismatched mlkg)."""


def extract_batch(texts: list[str]) -> tuple[str, list[str]]:
    """``(pipeline version, [JSON body per text])``: the unit of work of every backend.

    The version lets a driver refuse results from workers that run other rules.
    """
    from mlkg.extract import pipeline

    with _LOCK:
        bodies = pipeline.extract_bodies(texts, pipeline.load_pipeline())
    return pipeline.PIPELINE_VERSION, [jsontext.dumps(body) for body in bodies]


class Result(Protocol):
    """What a submitted batch gives back: a future, or a finished result."""

    def result(self) -> list[str]: ...

    def done(self) -> bool: ...


class Backend(Protocol):
    """Runs :func:`extract_batch` on batches of texts.

    ``window`` is how many batches may be in flight at once: enough to keep every worker
    busy while the driver waits for the oldest, few enough to bound the driver's memory.
    """

    window: int

    def submit(self, texts: list[str]) -> Result: ...

    def close(self) -> None: ...


class _Done:
    def __init__(self, bodies: list[str]) -> None:
        self._bodies = bodies

    def result(self) -> list[str]:
        return self._bodies

    def done(self) -> bool:
        return True


class SerialBackend:
    """Extraction in this process (``--workers 1``): each batch runs when submitted."""

    window = 1

    def submit(self, texts: list[str]) -> Result:
        return _Done(extract_batch(texts)[1])

    def close(self) -> None:
        pass


class _Bodies:
    """The bodies of a future of :func:`extract_batch` (its version is not checked)."""

    def __init__(self, future: Future[tuple[str, list[str]]]) -> None:
        self._future = future

    def done(self) -> bool:
        return self._future.done()

    def result(self) -> list[str]:
        try:
            return self._future.result()[1]
        except BrokenProcessPool as error:
            raise BackendError(
                f"an extraction worker process died ({error}); out of memory? "
                "--workers 1 runs extraction in this process and shows any error"
            ) from error


def _ignore_interrupt() -> None:
    """Worker initialiser: Ctrl-C is the driver's to handle (it stops the pool); workers
    that also caught it would print a traceback each."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up() -> None:
    _ignore_interrupt()
    from mlkg.extract.pipeline import load_pipeline

    load_pipeline()


class ProcessBackend:
    """``workers`` local processes (``--workers N``), each with its own pipeline.

    Processes are started with ``spawn``: ``fork`` would copy a driver that may hold
    threads (the progress bar's) and the whole de-duplicated input, and ``forkserver`` is
    not portable. :meth:`start` launches them early, so that their start-up (importing
    spaCy, building the pipeline: a few seconds) overlaps the driver's reading.
    """

    def __init__(self, workers: int) -> None:
        self.workers = workers
        # a few batches queued per worker: one slow batch at the head of the (ordered)
        # queue does not leave the other workers idle
        self.window = 4 * workers
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        """Launch the workers now; each loads the pipeline in its initialiser."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm_up,
            )
            for _ in range(self.workers):  # the pool spawns a process per waiting task
                self._pool.submit(int)

    def submit(self, texts: list[str]) -> Result:
        self.start()
        assert self._pool is not None
        return _Bodies(self._pool.submit(extract_batch, texts))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
