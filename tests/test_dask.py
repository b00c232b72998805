"""``mlkg build --dask-scheduler``: the same bytes as a single-process build.

A real ``distributed.LocalCluster`` (two worker processes, one thread each, loopback only,
no dashboard) stands in for a multi-machine cluster: tasks, their arguments and results are
serialised and cross process boundaries exactly as they would cross machines.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from build_helpers import timed_build
from typer.testing import CliRunner

from mlkg.cli import app
from mlkg.scale.synthetic import write_corpus

distributed = pytest.importorskip("distributed", reason="pip install -e '.[dask]'")

runner = CliRunner()
OUTPUT_FILES = ("graph.ttl", "graph.graphml", "graph.html", "extractions.jsonl")


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    with distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        host="127.0.0.1",
    ) as local:
        yield local


def test_dask_build_is_byte_identical_to_a_single_process_build(
    cluster: distributed.LocalCluster, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "papers.jsonl.gz", 150)
    timed_build(corpus, "-o", tmp_path / "local", "--no-cache")
    remote = timed_build(
        corpus,
        "-o",
        tmp_path / "dask",
        "--no-cache",
        "--batch-size",
        "10",  # 15 partitions over the two workers
        "--dask-scheduler",
        cluster.scheduler_address,
    )

    assert remote["backend"] == "DaskBackend" and remote["extracted"] == 150
    for name in OUTPUT_FILES:
        assert (tmp_path / "local" / name).read_bytes() == (
            tmp_path / "dask" / name
        ).read_bytes(), name
    # every worker took part, and each loaded the pipeline once, for all its partitions
    with distributed.Client(cluster.scheduler_address) as client:
        loads = client.run(_pipeline_loads)
    assert len(loads) == 2 and all(count == 1 for count in loads.values()), loads


def _pipeline_loads() -> int:
    """How many times this worker process built the pipeline (runs on the worker)."""
    from mlkg.extract.pipeline import load_pipeline

    return load_pipeline.cache_info().misses


def test_dask_build_uses_and_fills_the_cache(
    cluster: distributed.LocalCluster, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "papers.jsonl.gz", 30)
    out = tmp_path / "out"
    first = timed_build(corpus, "-o", out, "--dask-scheduler", cluster.scheduler_address)
    second = timed_build(corpus, "-o", out, "--dask-scheduler", cluster.scheduler_address)
    assert (first["extracted"], first["cached"]) == (30, 0)
    assert (second["extracted"], second["cached"]) == (0, 30)


def test_missing_dask_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "papers.jsonl", 3)
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    result = runner.invoke(
        app, ["build", str(corpus), "-o", str(tmp_path / "out"), "--dask-scheduler", "x:1"]
    )
    assert result.exit_code == 2
    assert "pip install 'mlkg[dask]'" in result.output
    assert not (tmp_path / "out").exists()
