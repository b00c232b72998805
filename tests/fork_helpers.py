"""Make ``mlkg.export.outputs`` write in turn: it forks a child only when no other thread
runs (forking a process with live threads is unsafe), so a test keeps one alive."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def another_thread_running() -> Iterator[None]:
    """A live thread for the duration of the block: exports inside it do not fork."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        yield
    finally:
        stop.set()
        other.join()
