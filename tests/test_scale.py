"""Big inputs: streaming reads, the extraction cache, resuming, worker processes, progress.

Inputs are generated here (:mod:`mlkg.scale.synthetic`) or written inline; nothing comes
from outside the project.
"""

from __future__ import annotations

import gc
import gzip
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import traceback
import tracemalloc
from io import StringIO
from pathlib import Path

import pytest
from build_helpers import timed_build as build
from rich.console import Console
from typer.testing import CliRunner

from mlkg import cli
from mlkg.cli import app
from mlkg.extract import pipeline
from mlkg.extract.documents import Paper
from mlkg.extract.readers import read_documents
from mlkg.scale.cache import CACHE_DIR, CACHE_FILE, ExtractionCache, text_key
from mlkg.scale.stages import StageTimer, extract_records, read_papers
from mlkg.scale.synthetic import synthetic_abstract, synthetic_records, write_corpus
from mlkg.scale.workers import SerialBackend

runner = CliRunner()
OUTPUT_FILES = ("graph.ttl", "graph.graphml", "graph.html", "extractions.jsonl")


def assert_same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUT_FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty generated abstracts in one gzipped JSON Lines file."""
    return write_corpus(tmp_path_factory.mktemp("corpus") / "papers.jsonl.gz", 40)


# ------------------------------------------------------------------ streaming
def _padded_corpus(path: Path, count: int, unique: int, padding: int) -> int:
    """``count`` JSON lines cycling over ``unique`` papers, each line padded with a field
    the readers ignore; returns the uncompressed size."""
    records = list(synthetic_records(unique))
    size = 0
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for number in range(count):
            record = dict(records[number % unique], authors="x" * padding)
            line = json.dumps(record) + "\n"
            size += len(line)
            out.write(line)
    return size


def _peak_bytes(work) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_gzip_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl.gz"
    size = _padded_corpus(path, count=1500, unique=1500, padding=12_000)
    assert size > 18_000_000

    count, peak = _peak_bytes(lambda: sum(1 for _ in read_documents([path])))

    assert count == 1500
    # the whole file, or even a tenth of it, never sits in memory at once
    assert peak < size / 20, f"peak {peak} bytes for a {size}-byte file"


def test_reading_for_a_build_holds_papers_not_documents(tmp_path: Path) -> None:
    """4,000 documents of 100 papers (each read 40 times): memory follows the 100."""
    path = tmp_path / "repeated.jsonl.gz"
    _padded_corpus(path, count=4000, unique=100, padding=0)
    one_text = len(synthetic_abstract(0))

    (count, papers), peak = _peak_bytes(
        lambda: read_papers([path], None, warn=print, timer=StageTimer())
    )

    assert count == 4000 and len(papers) == 100
    assert all(len(paper.sources) == 40 for paper in papers)
    # holding the 4,000 documents' texts alone would take 4000 * one_text bytes
    assert peak < 4000 * one_text / 3, f"peak {peak} bytes"


# ------------------------------------------------------------------ cache
def test_rebuild_takes_every_record_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build(corpus, "-o", out)
    copy = tmp_path / "first"
    copy.mkdir()
    for name in OUTPUT_FILES:
        (copy / name).write_bytes((out / name).read_bytes())

    second = build(corpus, "-o", out)

    assert (first["extracted"], first["cached"]) == (40, 0)
    assert (second["extracted"], second["cached"]) == (0, 40)
    assert "extraction: 0 paper(s) extracted, 40 from" in second["output"]
    assert_same_outputs(copy, out)


def test_only_new_and_changed_abstracts_are_extracted(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(corpus, "-o", out)
    more = tmp_path / "more.jsonl"
    records = list(synthetic_records(3, start=40))  # three new papers
    changed = next(synthetic_records(1, start=7))  # paper 7 again, with a revised abstract
    changed["abstract"] += " We also report results on 12 further languages."
    more.write_text("".join(json.dumps(r) + "\n" for r in [*records, changed]))

    report = build(corpus, more, "-o", out)
    clean = build(corpus, more, "-o", tmp_path / "clean", "--no-cache")

    assert report["papers"] == 43
    assert (report["extracted"], report["cached"]) == (4, 39)
    assert_same_outputs(out, tmp_path / "clean")
    assert clean["cached"] == 0


def test_a_new_pipeline_version_invalidates_the_cache(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus, "-o", out)
    monkeypatch.setattr(pipeline, "PIPELINE_VERSION", pipeline.PIPELINE_VERSION + ".next")

    report = build(corpus, "-o", out)

    assert (report["extracted"], report["cached"]) == (40, 0)
    with sqlite3.connect(out / CACHE_DIR / CACHE_FILE) as db:
        versions = db.execute("SELECT version, COUNT(*) FROM extractions GROUP BY 1").fetchall()
    assert versions == [(pipeline.PIPELINE_VERSION, 40)]  # old entries are gone


def test_no_cache_neither_reads_nor_writes_it(corpus: Path, tmp_path: Path) -> None:
    fresh = build(corpus, "-o", tmp_path / "fresh", "--no-cache")
    assert not (tmp_path / "fresh" / CACHE_DIR).exists()
    assert (fresh["extracted"], fresh["cached"]) == (40, 0)

    out = tmp_path / "out"
    build(corpus, "-o", out)
    again = build(corpus, "-o", out, "--no-cache")
    assert (again["extracted"], again["cached"]) == (40, 0)
    assert_same_outputs(out, tmp_path / "fresh")


def test_a_damaged_cache_is_replaced_with_a_warning(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / CACHE_DIR).mkdir(parents=True)
    (out / CACHE_DIR / CACHE_FILE).write_text("not a database, " * 400)

    report = build(corpus, "-o", out)

    assert "is not a usable cache" in report["output"]
    assert (report["extracted"], report["cached"]) == (40, 0)
    assert build(corpus, "-o", out)["cached"] == 40


def test_cached_records_equal_fresh_ones_and_serve_any_paper_id(tmp_path: Path) -> None:
    texts = [synthetic_abstract(i).replace("\n", " ") for i in range(6)]
    papers = [Paper(id=f"paper/p{i}", text=text) for i, text in enumerate(texts)]
    fresh = list(pipeline.extract(papers))
    with ExtractionCache(tmp_path, pipeline.PIPELINE_VERSION) as cache:
        assert list(extract_records(papers, SerialBackend(), cache, batch_size=4)) == fresh
        assert len(cache) == 6
        assert set(cache.get_many([text_key(t) for t in texts])) == {text_key(t) for t in texts}
        # the same text under another paper id: the cached body names the new paper
        other = Paper(id="paper/other", text=texts[0], sources=["x.txt:1"])
        [record] = extract_records([other], SerialBackend(), cache)
    heads = {r["head"] for r in record["relations"] if r["rel"] == "introduces"}
    assert heads == {"paper/other"}
    assert record["sources"] == ["x.txt:1"]


# ------------------------------------------------------------------ interruption
def test_a_killed_build_resumes_from_the_cache(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "papers.jsonl.gz", 400)
    out = tmp_path / "out"
    database = out / CACHE_DIR / CACHE_FILE
    process = subprocess.Popen(
        [sys.executable, "-m", "mlkg.cli", "build", str(corpus), "-o", str(out), *KILLABLE],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    kept = 0
    try:
        deadline = time.monotonic() + 120
        while kept < 60 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
            kept = _cached_entries(database)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert 60 <= kept < 400, "the build was not caught mid-way"
    assert not (out / "graph.ttl").exists()

    resumed = build(corpus, "-o", out)
    clean = build(corpus, "-o", tmp_path / "clean", "--no-cache")

    assert resumed["cached"] >= kept
    assert resumed["extracted"] + resumed["cached"] == 400
    assert_same_outputs(out, tmp_path / "clean")
    assert clean["extracted"] == 400


KILLABLE = ("--batch-size", "10", "--quiet")


def _cached_entries(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or locked for a moment
        return 0


def test_ctrl_c_with_workers_reports_what_the_cache_kept(tmp_path: Path) -> None:
    """With workers, extraction runs while the input is read: Ctrl-C at any moment says
    exactly how many results the cache holds, and the next build takes them from there."""
    corpus = write_corpus(tmp_path / "papers.jsonl.gz", 1200)  # seconds of extraction
    out = tmp_path / "out"
    command = [sys.executable, "-m", "mlkg.cli", "build", str(corpus), "-o", str(out)]
    process = subprocess.Popen(
        [*command, "--workers", "2", *KILLABLE],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal has it
    )
    deadline = time.monotonic() + 120
    while _cached_entries(out / CACHE_DIR / CACHE_FILE) < 40 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=120)

    assert process.returncode == 130, errors
    kept = _cached_entries(out / CACHE_DIR / CACHE_FILE)
    assert 40 <= kept < 1200, "the build was not caught mid-way"
    assert f"interrupted: {kept} newly extracted paper(s) are kept" in " ".join(errors.split())
    assert build(corpus, "-o", out)["cached"] == kept


def test_ctrl_c_keeps_finished_batches(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mlkg.scale import workers

    calls = []
    real = workers.extract_batch

    def interrupted_on_the_third_batch(texts: list[str]) -> tuple[str, list[str]]:
        calls.append(len(texts))
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(texts)

    monkeypatch.setattr(workers, "extract_batch", interrupted_on_the_third_batch)
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--batch-size", "10"])

    assert result.exit_code == 130
    assert "20 newly extracted paper(s) are kept in the cache" in result.output
    monkeypatch.undo()
    assert build(corpus, "-o", out)["cached"] == 20


# ------------------------------------------------------------------ workers
def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "papers.jsonl.gz", 100)
    one = build(corpus, "-o", tmp_path / "one", "--no-cache", "--batch-size", "10")
    two = build(
        corpus, "-o", tmp_path / "two", "--no-cache", "--batch-size", "10", "--workers", "2"
    )

    assert one["backend"] == "SerialBackend" and two["backend"] == "ProcessBackend"
    assert two["extracted"] == 100
    assert_same_outputs(tmp_path / "one", tmp_path / "two")


def test_extract_command_streams_the_same_records_with_workers(
    corpus: Path, tmp_path: Path
) -> None:
    outputs = []
    for workers in ("1", "2"):
        target = tmp_path / f"records-{workers}.jsonl"
        cache = tmp_path / f"cache-{workers}"
        options = ["--workers", workers, "--batch-size", "7", "--cache", str(cache)]
        result = runner.invoke(app, ["extract", str(corpus), "-o", str(target), *options])
        assert result.exit_code == 0, result.output
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 40
    with ExtractionCache(tmp_path / "cache-2", pipeline.PIPELINE_VERSION) as cache:
        assert len(cache) == 40


def test_workers_and_dask_are_exclusive(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["build", str(corpus), "-o", str(tmp_path), "--workers", "2", "--dask-scheduler", "x:1"],
    )
    assert result.exit_code == 2
    assert "either --workers" in result.output


# ------------------------------------------------------------------ progress and summary
def test_a_build_pauses_the_garbage_collector_and_resumes_it(corpus: Path, tmp_path: Path) -> None:
    """Millions of cycle-free objects: a corpus build must not walk them all again and again
    (nor once more when the collector resumes). Collections that the command line library
    causes before the command runs are not the build's."""
    package = str(Path(cli.__file__).parent) + os.sep
    in_build = []

    def note(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            frames = traceback.extract_stack()
            in_build.extend(f.filename for f in frames if f.filename.startswith(package))

    gc.enable()
    gc.callbacks.append(note)
    try:
        result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "out"), "-q"])
    finally:
        gc.callbacks.remove(note)
    assert result.exit_code == 0, result.output
    assert in_build == []
    assert gc.isenabled()


def test_summary_lists_stage_times(corpus: Path, tmp_path: Path) -> None:
    report = build(corpus, "-o", tmp_path / "out")
    [line] = [line for line in report["output"].splitlines() if line.startswith("time: ")]
    stages = ("read", "dedup", "extract", "graph", "store", "wait")
    for stage in stages:
        assert f" {stage} " in line
        assert report["seconds"][stage] >= 0
    # RDF, GraphML and HTML are written by a forked process, or in turn where forking is
    # unsafe (here, when earlier tests left Dask's threads running)
    for stage in ("rdf", "graphml", "html"):
        assert f" {stage} " in line
        assert {**report["seconds"], **report["background_seconds"]}[stage] >= 0
    assert line.index(" read ") < line.index(" extract ") < line.index(" html ")
    assert sum(report["seconds"].values()) == pytest.approx(report["total_seconds"], abs=0.01)


def _bar_output(monkeypatch: pytest.MonkeyPatch, corpus: Path, out: Path, *extra: str) -> str:
    screen = StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    monkeypatch.setattr(cli, "err", console)
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return screen.getvalue()


def test_progress_bar_on_a_terminal_only(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    shown = _bar_output(monkeypatch, corpus, tmp_path / "a", "--no-cache")
    assert "extracting" in shown and "docs/s" in shown and "40/40" in shown

    assert "extracting" not in _bar_output(monkeypatch, corpus, tmp_path / "b", "--quiet")
    monkeypatch.setenv("CI", "true")
    in_ci = _bar_output(monkeypatch, corpus, tmp_path / "c")
    assert "extracting" not in in_ci and "time: " in in_ci


def test_editing_any_rule_file_changes_the_pipeline_version(tmp_path: Path) -> None:
    """A cache must never serve results of old rules, even when nobody bumps the number."""
    package = Path(pipeline.__file__).resolve().parents[1]
    copy = tmp_path / "mlkg"
    shutil.copytree(package / "extract", copy / "extract")
    for name in ("naming.py", "vocabulary.py"):
        shutil.copy(package / name, copy / name)
    original = pipeline._fingerprint(copy)
    assert original == pipeline._fingerprint(package)  # the version depends on content only
    assert re.fullmatch(
        r"\d+\.\d+\.\d+\+rules\.\d+\.[0-9a-f]{12}\.spacy[\w.]+\.wordfreq[\w.]+",
        pipeline.PIPELINE_VERSION,
    )

    lexicon = next((copy / "extract" / "lexicon").glob("*.txt"))
    lexicon.write_text(lexicon.read_text() + "ZorvexNet\n")
    assert pipeline._fingerprint(copy) != original
    shutil.rmtree(copy / "extract" / "lexicon")
    shutil.copytree(package / "extract" / "lexicon", copy / "extract" / "lexicon")
    assert pipeline._fingerprint(copy) == original


def test_pipeline_version_is_read_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache and the Dask check read the module constant, so configuration (or a new
    release) changes it everywhere at once."""
    monkeypatch.setattr(pipeline, "PIPELINE_VERSION", "test-version")
    from mlkg.scale import workers

    version, bodies = workers.extract_batch(["We present FooLM-7B, a model."])
    assert version == "test-version" and len(bodies) == 1
