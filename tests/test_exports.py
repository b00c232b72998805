"""All exports of a build from one graph: RDF and GraphML written by a forked process while
HTML too, while the store is written, and the in-turn fallback, which must write the same."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from export_sample_graph import build_sample_graph
from fork_helpers import another_thread_running

from mlkg.export.outputs import write_exports
from mlkg.export.store import open_store
from mlkg.scale.stages import StageTimer

FILES = ("graph.ttl", "graph.graphml", "graph.html")


def export(out: Path, **options: object) -> StageTimer:
    timer = StageTimer()
    write_exports(build_sample_graph(), out, "turtle", timer, title="sample", **options)
    return timer


def stages_of_export(out: Path) -> tuple[set[str], set[str]]:
    """The stages of an export, and what ran alongside them (in this process, once other
    tests may have left threads running, it may not fork)."""
    timer = export(out)
    return set(timer.seconds), set(timer.background)


def test_forked_and_in_turn_exports_write_the_same_bytes(tmp_path: Path) -> None:
    # a fresh interpreter: earlier tests (Dask) leave threads behind in this one
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        stages, background = pool.submit(stages_of_export, tmp_path / "forked").result()
    assert {"store", "wait"} <= stages and {"rdf", "graphml"} <= background
    assert ("html" in stages) != ("html" in background)  # by whichever was free first

    with another_thread_running():  # forking would be unsafe
        in_turn = export(tmp_path / "in-turn")
    assert {"rdf", "graphml", "store", "html"} <= set(in_turn.seconds)
    assert not in_turn.background

    for name in FILES:
        assert (tmp_path / "forked" / name).read_bytes() == (
            tmp_path / "in-turn" / name
        ).read_bytes()
    forked_store, in_turn_store = (open_store(tmp_path / n) for n in ("forked", "in-turn"))
    quads = {str(q) for q in forked_store}
    assert quads == {str(q) for q in in_turn_store}
    assert any(
        str(q.graph_name).startswith("<https://w3id.org/mlkg/entity/paper/") for q in forked_store
    )


def test_an_html_error_still_leaves_the_other_exports_whole(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="NoSuchModel"):
        export(tmp_path, focus="NoSuchModel")
    # the store and the forked writer's files were written before the error arrived
    assert (tmp_path / "graph.ttl").stat().st_size > 0
    assert len(open_store(tmp_path)) > 0
