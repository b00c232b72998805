"""The embedded, persistent Oxigraph store that ``mlkg query`` and ``mlkg serve`` read.

``mlkg build`` writes it to ``OUT/store/`` (RocksDB files) so that querying needs no server
and never re-runs extraction. It holds the same quads as the N-Quads export: descriptions in
the default graph, one named graph per paper. Queries run with the default graph as the union
of all graphs (:data:`UNION`), so the spec's example queries work without ``GRAPH``, while
``GRAPH ?paper { ... }`` still tells which paper states a fact.

A new store is loaded into a fresh sibling folder and swapped in only when complete, so an
interrupted build never leaves a half-written store where the old one was.

``mlkg build`` loads the store from an N-Quads file with Oxigraph's bulk loader in a
background thread (:func:`load_store_in_background`): the loader is Rust code that releases
the GIL, so it runs on the second core while Python writes GraphML and HTML.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph

from mlkg.export.rdf import RdfStatements

#: the folder name of the store inside a build output folder
STORE_DIR = "store"
#: pass as ``use_default_graph_as_union`` to every query (the server gets the same flag)
UNION = True
#: files that every RocksDB folder has: how an old store is recognised before it is replaced
_ROCKSDB_FILES = ("CURRENT", "IDENTITY")


class StoreError(Exception):
    """No usable store where one was expected; the message says how to make one."""


def write_store(g: nx.MultiDiGraph, folder: str | os.PathLike[str]) -> int:
    """Write the graph's quads to a new Oxigraph store at ``folder``; return the quad count.

    An existing store at ``folder`` is replaced. A folder that holds something else is left
    alone and :class:`StoreError` is raised, so a typo never deletes a user's files.
    """
    quads = RdfStatements(g).quads(by_graph=False)
    return _fill_store(folder, lambda store: store.bulk_extend(quads))


def load_store(nquads: str | os.PathLike[str], folder: str | os.PathLike[str]) -> int:
    """Bulk-load an N-Quads file into a new store at ``folder`` (replaced as by
    :func:`write_store`); return the quad count."""
    path = os.fspath(nquads)
    return _fill_store(
        folder, lambda store: store.bulk_load(path=path, format=pyoxigraph.RdfFormat.N_QUADS)
    )


@dataclass(frozen=True)
class StoreLoad:
    """A finished background load: how many quads, in how many seconds."""

    quads: int
    seconds: float


def load_store_in_background(
    nquads: str | os.PathLike[str], folder: str | os.PathLike[str], remove_input: bool = False
) -> Future[StoreLoad]:
    """:func:`load_store` in a thread.

    With ``remove_input`` the N-Quads file is deleted once loaded (or once the load failed).
    The thread is not a daemon: an interpreter that exits waits for the store to be whole.
    """
    check_replaceable(folder)
    pool = ThreadPoolExecutor(1, thread_name_prefix="mlkg-store")

    def run() -> StoreLoad:
        started = time.perf_counter()
        try:
            return StoreLoad(load_store(nquads, folder), time.perf_counter() - started)
        finally:
            if remove_input:
                Path(nquads).unlink(missing_ok=True)

    future = pool.submit(run)
    pool.shutdown(wait=False)
    return future


def check_replaceable(folder: str | os.PathLike[str]) -> None:
    """Raise :class:`StoreError` if ``folder`` holds something that is not a store."""
    target = Path(folder)
    if target.exists() and not _replaceable(target):
        raise StoreError(f"{target} exists and is not an Oxigraph store; not replacing it")


def _fill_store(folder: str | os.PathLike[str], fill: Callable[[pyoxigraph.Store], object]) -> int:
    """Make a store in a fresh sibling of ``folder``, fill it, compact it, swap it in."""
    check_replaceable(folder)
    target = Path(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        store = pyoxigraph.Store(str(fresh))
        fill(store)
        store.optimize()
        count = len(store)
        del store  # the last reference: closes RocksDB before the folder moves
        _swap(fresh, target)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return count


def store_path(output: str | os.PathLike[str]) -> Path:
    """The store of a build output folder (``OUT/store``), or ``output`` if it is a store."""
    output = Path(output)
    for candidate in (output / STORE_DIR, output):
        if _is_store(candidate):
            return candidate
    if not output.exists():
        problem = f"{output} does not exist"
    else:
        problem = f"no Oxigraph store in {output} (expected {output / STORE_DIR})"
    raise StoreError(f"{problem}; build one with: mlkg build INPUT -o {output}")


def open_store(output: str | os.PathLike[str]) -> pyoxigraph.Store:
    """Open the store of a build output folder read-only (a server may be reading it too)."""
    path = store_path(output)
    try:
        return pyoxigraph.Store.read_only(str(path))
    except OSError as error:
        raise StoreError(f"cannot open the store {path}: {error}") from None


def _is_store(path: Path) -> bool:
    return path.is_dir() and all((path / name).is_file() for name in _ROCKSDB_FILES)


def _replaceable(path: Path) -> bool:
    return _is_store(path) or (path.is_dir() and not any(path.iterdir()))


def _swap(fresh: Path, target: Path) -> None:
    """Put ``fresh`` at ``target``: the old store moves aside first, then is deleted."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        target.rename(old)
    fresh.rename(target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
