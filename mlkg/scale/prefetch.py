"""Extraction that starts while the input is still being read.

De-duplication must see every document before it knows the final papers (a later, longer
copy replaces a paper's text), so extraction used to wait for the whole input: on a corpus,
20 seconds in which the worker processes sat idle. Instead, each paper's text is sent to
the workers as soon as de-duplication first sees the paper, and the records are then made
in paper order from what came back.

This is safe because extraction depends on the text alone: results are looked up by text
key (:func:`mlkg.scale.cache.text_key`), exactly like the cache. A paper whose text a later
copy replaced simply finds nothing here and is extracted again; the output is the same,
byte for byte, as without prefetching. Finished batches go to the cache as they arrive, so
an interrupted build keeps them.

Only backends that run beside this process gain from it (worker processes, a Dask
cluster); :class:`~mlkg.scale.workers.SerialBackend` would extract while reading, for
nothing. At most a few times the backend's window of batches is in flight: reading is
faster than extraction, and sending a whole corpus at once would hold every text in the
process pool's queue or on the Dask scheduler. Once that many are out, reading waits for
the oldest, so the workers stay busy and memory stays bounded.
"""

from __future__ import annotations

from collections import deque

from mlkg.scale.cache import ExtractionCache, text_key
from mlkg.scale.workers import Backend, Result

__all__ = ["Prefetch"]


#: batches in flight while reading, in backend windows
_WINDOWS = 4


class Prefetch:
    """Texts sent for extraction as they are read; their bodies, by text key, on demand."""

    def __init__(self, backend: Backend, cache: ExtractionCache | None, batch_size: int) -> None:
        self._backend = backend
        self._cache = cache
        self._batch_size = batch_size
        self._waiting: list[str] = []  # texts not yet sent: less than a batch
        self._known: set[bytes] = set()  # keys sent, cached or found: never sent twice
        self._in_flight: deque[tuple[list[bytes], Result]] = deque()
        self._of_key: dict[bytes, Result] = {}  # key -> its batch, until the batch is in
        self._bodies: dict[bytes, tuple[str, bool]] = {}  # key -> (body, freshly extracted)
        self._limit = _WINDOWS * backend.window  # batches in flight while reading

    @staticmethod
    def useful(backend: Backend) -> bool:
        """Whether ``backend`` extracts beside this process (more than one batch in flight)."""
        return backend.window > 1

    def offer(self, text: str) -> None:
        """A new paper's text: sent with the next full batch. Finished batches are
        collected on the way, waiting for the oldest only when the limit is out."""
        self._waiting.append(text)
        if len(self._waiting) >= self._batch_size:
            self._send()
        self._collect(wait=len(self._in_flight) >= self._limit)

    def flush(self) -> None:
        """Send the last, partial batch: the input has been read."""
        if self._waiting:
            self._send()

    def take(self, key: bytes) -> tuple[str, bool] | None:
        """``(body, freshly extracted)`` for a text key, waiting for its batch if it is
        still running; ``None`` for a text this never saw (extract it the usual way)."""
        while key in self._of_key:  # sent, and its batch not in yet
            self._collect(wait=True)
        return self._bodies.pop(key, None)

    def _send(self) -> None:
        texts, self._waiting = self._waiting, []
        keys: dict[bytes, str] = {}
        for text in texts:
            key = text_key(text)
            if key not in self._known:
                keys[key] = text
                self._known.add(key)
        found = self._cache.get_many(list(keys)) if self._cache is not None else {}
        for key, body in found.items():
            self._bodies[key] = (body, False)
        missing = [key for key in keys if key not in found]
        if missing:
            result = self._backend.submit([keys[key] for key in missing])
            self._in_flight.append((missing, result))
            self._of_key.update(dict.fromkeys(missing, result))

    def _collect(self, wait: bool) -> None:
        """Take in finished batches, oldest first; with ``wait``, at least the oldest."""
        while self._in_flight and (wait or self._in_flight[0][1].done()):
            keys, result = self._in_flight.popleft()
            bodies = result.result()
            if self._cache is not None:
                self._cache.put_many(zip(keys, bodies, strict=True))
            for key, body in zip(keys, bodies, strict=True):
                self._bodies[key] = (body, True)
                del self._of_key[key]
            wait = False
