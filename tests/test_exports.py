"""All exports of a build from one graph: the forked GraphML/HTML writer, the store loaded in
a thread, and the in-turn fallback that must write the same bytes."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from export_sample_graph import build_sample_graph

from mlkg.export.outputs import STORE_INPUT, write_exports
from mlkg.export.store import open_store
from mlkg.scale.stages import StageTimer

FILES = ("graph.ttl", "graph.graphml", "graph.html")


def export(out: Path, **options: object) -> StageTimer:
    timer = StageTimer()
    write_exports(build_sample_graph(), out, "turtle", timer, title="sample", **options)
    return timer


def background_of_export(out: Path) -> set[str]:
    """What ran alongside the stages of an export (in this process, once other tests may
    have left threads running, it may not fork)."""
    return set(export(out).background)


def test_forked_and_in_turn_exports_write_the_same_bytes(tmp_path: Path) -> None:
    # a fresh interpreter: earlier tests (Dask) leave threads behind in this one
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        background = pool.submit(background_of_export, tmp_path / "forked").result()
    assert background == {"store", "graphml", "html"}

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)  # a live thread: forking would be unsafe
    other.start()
    try:
        in_turn = export(tmp_path / "in-turn")
    finally:
        stop.set()
        other.join()
    assert {"graphml", "html"} <= set(in_turn.seconds)
    assert set(in_turn.background) == {"store"}

    for name in FILES:
        assert (tmp_path / "forked" / name).read_bytes() == (
            tmp_path / "in-turn" / name
        ).read_bytes()


def test_store_is_loaded_and_its_input_removed(tmp_path: Path) -> None:
    export(tmp_path)
    assert not (tmp_path / STORE_INPUT).exists()
    store = open_store(tmp_path)
    [row] = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(row["n"].value) > 0


def test_an_error_in_the_forked_writer_reaches_the_caller(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="NoSuchModel"):
        export(tmp_path, focus="NoSuchModel")
    # the RDF and the store were written before the error arrived, and are whole
    assert (tmp_path / "graph.ttl").stat().st_size > 0
    assert len(open_store(tmp_path)) > 0
