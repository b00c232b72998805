"""A rebuild updates the store by the difference between its statements and the last
build's, and that is invisible: the same quads, and the same files, as loading afresh."""

from __future__ import annotations

import json
import multiprocessing
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import networkx as nx
import pytest
from export_sample_graph import QWEN2, build_sample_graph
from fork_helpers import another_thread_running

from mlkg.export.outputs import write_exports
from mlkg.export.rdf import RdfStatements, nquad_lines
from mlkg.export.saved_statements import STATEMENTS_FILE, SavedStatements
from mlkg.export.store import TOKEN_FILE, open_store, store_token
from mlkg.scale.cache import CACHE_DIR
from mlkg.scale.stages import StageTimer
from mlkg.scale.synthetic import write_corpus

FILES = ("graph.ttl", "graph.graphml", "graph.html")
OUTPUT_FILES = (*FILES, "extractions.jsonl")


def _quads(out: Path) -> set[str]:
    return {str(quad) for quad in open_store(out)}


def _smaller_sample_graph() -> nx.MultiDiGraph:
    """The sample graph without one model (and its edges): what a build before saw."""
    graph = build_sample_graph()
    graph.remove_node(QWEN2)  # 18 of its 298 statements
    return graph


def _export(graph: nx.MultiDiGraph, out: Path, cache: Path | None) -> StageTimer:
    timer = StageTimer()
    write_exports(graph, out, "turtle", timer, title="sample", cache=cache)
    return timer


def _update_in_a_fresh_interpreter(out: Path) -> StageTimer:
    """Export the smaller graph, then the whole one, saving statements in ``out/cache``."""
    _export(_smaller_sample_graph(), out, out / CACHE_DIR)
    return _export(build_sample_graph(), out, out / CACHE_DIR)


# ------------------------------------------------------------------ the exports
def test_an_update_writes_what_a_fresh_export_writes_forked_or_in_turn(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    _export(build_sample_graph(), fresh, None)

    # a fresh interpreter can fork (earlier tests leave threads behind in this one)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        forked = pool.submit(_update_in_a_fresh_interpreter, tmp_path / "forked").result()
    assert "diff" in forked.background  # the child compared the statements...
    assert {"graphml", "html", "store"} <= set(forked.seconds)  # ...the parent drew

    with another_thread_running():  # forking would be unsafe
        in_turn = _update_in_a_fresh_interpreter(tmp_path / "in-turn")
    assert "diff" in in_turn.seconds and not in_turn.background

    for out in (tmp_path / "forked", tmp_path / "in-turn"):
        for name in FILES:
            assert (out / name).read_bytes() == (fresh / name).read_bytes(), (out, name)
        assert _quads(out) == _quads(fresh)
        saved = SavedStatements(out / CACHE_DIR, out / "store")
        assert saved.previous() == out / CACHE_DIR / STATEMENTS_FILE  # ready for the next one


def test_the_difference_is_what_the_store_must_lose_and_gain(tmp_path: Path) -> None:
    whole, smaller = RdfStatements(build_sample_graph()), RdfStatements(_smaller_sample_graph())
    saved = SavedStatements(tmp_path, tmp_path / "store")
    saved.save(smaller.keyed)

    diff = saved.diff(whole.keyed, saved.path)
    assert diff is not None
    assert not diff.removed
    assert set(diff.added) == set(whole.nquads()) - set(smaller.nquads())
    assert any('"Qwen2"' in line for line in diff.added)

    backwards = saved.diff(smaller.keyed, saved.path)  # nothing changed
    assert backwards is not None and not backwards.removed and not backwards.added

    assert saved.diff(whole.keyed[:10], saved.path) is None  # most of it gone: load afresh


def test_statements_of_another_store_are_not_used(tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "out" / CACHE_DIR
    _export(_smaller_sample_graph(), out, cache)
    saved = SavedStatements(cache, out / "store")
    assert saved.previous() is not None
    header = saved.path.read_text().splitlines()[0]
    assert header.endswith(store_token(out / "store") or "no token")

    (out / "store" / TOKEN_FILE).write_text("another build\n")  # e.g. interrupted between
    assert saved.previous() is None
    timer = _export(build_sample_graph(), out, cache)
    assert "diff" not in {*timer.seconds, *timer.background}  # loaded afresh
    fresh = tmp_path / "fresh"
    _export(build_sample_graph(), fresh, None)
    assert _quads(out) == _quads(fresh)
    assert store_token(fresh / "store") is None  # no cache, no token: nothing to compare


def test_nquad_lines_of_the_keyed_statements_are_the_nquads_export() -> None:
    statements = RdfStatements(build_sample_graph())
    assert list(nquad_lines(statements.keyed)) == list(statements.nquads(by_graph=False))


# ------------------------------------------------------------------ mlkg build
def _build(*args: str | Path) -> subprocess.CompletedProcess:
    """``mlkg build ARGS`` in a new process (this one may not fork: other tests' threads)."""
    command = [sys.executable, "-m", "mlkg.cli", "build", *map(str, args)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Thirty generated abstracts, and a file of five new ones."""
    folder = tmp_path_factory.mktemp("corpus")
    first = write_corpus(folder / "first.jsonl.gz", 30)
    return first, write_corpus(folder / "second.jsonl.gz", 5, seed=1, start=1_000)


def test_a_rebuild_updates_the_store_and_writes_what_a_fresh_build_writes(
    corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    first, second = corpus
    out, fresh, timings = tmp_path / "out", tmp_path / "fresh", tmp_path / "timings.json"
    _build(first, "-o", out)
    _build(first, second, "-o", out, "--timings", timings)
    _build(first, second, "-o", fresh, "--no-cache")

    report = json.loads(timings.read_text())
    assert "diff" in report["background_seconds"]
    assert report["store_changes"]["removed"] == 0  # five papers added, nothing gone...
    assert report["store_changes"]["added"] > 5 * 10  # ...each with its graph's statements
    for name in OUTPUT_FILES:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    assert _quads(out) == _quads(fresh)

    back = _build(first, "-o", out)  # back to the first file alone: quads are removed
    _build(first, "-o", fresh, "--no-cache")
    assert _quads(out) == _quads(fresh)
    removed = re.search(
        r"store: the last build's, updated: (\d+) quad\(s\) removed, 0 added", back.stderr
    )
    assert removed and int(removed[1]) == report["store_changes"]["added"], back.stderr


def test_statements_that_cannot_be_saved_cost_a_warning_not_the_build(
    corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    first, second = corpus
    out = tmp_path / "out"
    (out / CACHE_DIR / STATEMENTS_FILE).mkdir(parents=True)  # where the file should go
    built = _build(first, "-o", out)
    assert f"could not save the RDF statements to {out / CACHE_DIR / STATEMENTS_FILE}" in (
        built.stderr
    )
    assert len(open_store(out)) > 0 and (out / "graph.ttl").stat().st_size > 0
    assert not [p for p in (out / CACHE_DIR).iterdir() if p.name.startswith(".")]  # no leftovers
    rebuilt = _build(first, second, "-o", out)
    assert "store: the last build's, updated" not in rebuilt.stderr  # loaded afresh
