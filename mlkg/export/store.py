"""The embedded, persistent Oxigraph store that ``mlkg query`` and ``mlkg serve`` read.

``mlkg build`` writes it to ``OUT/store/`` (RocksDB files) so that querying needs no server
and never re-runs extraction. It holds the same quads as the N-Quads export: descriptions in
the default graph, one named graph per paper. Queries run with the default graph as the union
of all graphs (:data:`UNION`), so the spec's example queries work without ``GRAPH``, while
``GRAPH ?paper { ... }`` still tells which paper states a fact.

A new store is loaded into a fresh sibling folder and swapped in only when complete, so an
interrupted build never leaves a half-written store where the old one was. A rebuild that
knows what changed (:mod:`mlkg.export.saved_statements`) starts that folder as a checkpoint of
the old store (hard links to its files: instant) and applies only the difference
(:func:`update_store`): on the corpus, 1% new abstracts change about 100,000 of 2.8
million quads.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from itertools import islice
from pathlib import Path

import networkx as nx
import pyoxigraph

from mlkg.export.rdf import nquads_unsorted, text_stream
from mlkg.gcpause import no_gc

#: the folder name of the store inside a build output folder
STORE_DIR = "store"
#: pass as ``use_default_graph_as_union`` to every query (the server gets the same flag)
UNION = True
#: quads per bulk load (see :func:`write_store`)
_LOAD_QUADS = 500_000
#: files that every RocksDB folder has: how an old store is recognised before it is replaced
_ROCKSDB_FILES = ("CURRENT", "IDENTITY")
#: a file of ours in the store's folder: the token of the saved statements that the store
#: holds exactly (RocksDB leaves files it did not make alone)
TOKEN_FILE = "MLKG-STATEMENTS"


class StoreError(Exception):
    """No usable store where one was expected; the message says how to make one."""


def write_store(
    g: nx.MultiDiGraph, folder: str | os.PathLike[str], token: str | None = None
) -> int:
    """Write the graph's quads to a new Oxigraph store at ``folder``; return the quad count.
    ``token`` names the saved statements that hold the same quads (see :func:`store_token`).

    An existing store at ``folder`` is replaced. A folder that holds something else is left
    alone and :class:`StoreError` is raised, so a typo never deletes a user's files.

    The quads go to Oxigraph's bulk loader as N-Quads text, made as it reads them, in loads
    of :data:`_LOAD_QUADS`: one load of a corpus graph's 2.7 million quads held 2.8 GiB of
    buffers, loads of half a million hold under 1 GiB in about the same time. ``lenient``
    skips re-checking IRIs that :mod:`mlkg.export.rdf_terms` has checked already.
    """

    def fill(store: pyoxigraph.Store) -> None:
        lines = nquads_unsorted(g)
        while chunk := list(islice(lines, _LOAD_QUADS)):
            store.bulk_load(text_stream(chunk), pyoxigraph.RdfFormat.N_QUADS, lenient=True)

    with no_gc():
        return _fill_store(folder, fill, token)


def update_store(
    folder: str | os.PathLike[str], removed: Sequence[str], added: Sequence[str], token: str
) -> int:
    """Replace the store at ``folder`` by a copy without the quads of ``removed`` and with
    those of ``added`` (N-Quads lines); return the quad count.

    The copy starts as a RocksDB checkpoint of the old store, which hard-links its files, so
    its cost follows the difference, not the store. Like :func:`write_store`, it is swapped
    in only when complete; a server reading the old store keeps its files until it closes.
    """
    source = str(store_path(folder))

    def start(fresh: Path) -> None:
        os.rmdir(fresh)  # the checkpoint makes the folder itself
        pyoxigraph.Store.read_only(source).backup(str(fresh))

    def fill(store: pyoxigraph.Store) -> None:
        if removed:
            for quad in pyoxigraph.parse(text_stream(removed), pyoxigraph.RdfFormat.N_QUADS):
                store.remove(quad)
        if added:
            store.bulk_load(text_stream(added), pyoxigraph.RdfFormat.N_QUADS, lenient=True)
        store.flush()

    with no_gc():
        return _fill_store(folder, fill, token, start)


def store_token(folder: str | os.PathLike[str]) -> str | None:
    """The token :func:`write_store` or :func:`update_store` left in the store at ``folder``,
    or ``None`` (no store, or one written without a token)."""
    try:
        return (Path(folder) / TOKEN_FILE).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def check_replaceable(folder: str | os.PathLike[str]) -> None:
    """Raise :class:`StoreError` if ``folder`` holds something that is not a store."""
    target = Path(folder)
    if target.exists() and not _replaceable(target):
        raise StoreError(f"{target} exists and is not an Oxigraph store; not replacing it")


def _fill_store(
    folder: str | os.PathLike[str],
    fill: Callable[[pyoxigraph.Store], object],
    token: str | None,
    start: Callable[[Path], object] | None = None,
) -> int:
    """Make a store in a fresh sibling of ``folder`` (empty, or as ``start`` makes it), fill
    it, leave ``token`` in it, swap it in.

    No ``optimize()`` after the fill: the bulk loader writes sorted files that RocksDB takes
    in as they are, and compacting them again cost 5 s on a corpus store for no faster query.
    """
    check_replaceable(folder)
    target = Path(folder)
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        if start is not None:
            start(fresh)
        store = pyoxigraph.Store(str(fresh))
        fill(store)
        count = len(store)
        del store  # the last reference: closes RocksDB before the folder moves
        if token is not None:
            (fresh / TOKEN_FILE).write_text(f"{token}\n", encoding="utf-8")
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
