"""The reading snapshot: a rebuild reads only the input files added since the last build.

Its promise is that restoring is invisible in the outputs: the same bytes as reading every
file again, including papers of the new files that are copies of papers read before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from build_helpers import timed_build as build

from mlkg.extract.dedup import PaperIndex
from mlkg.extract.readers import InputFile
from mlkg.scale.cache import CACHE_DIR, CACHE_FILE
from mlkg.scale.snapshot import SNAPSHOT_FILE, ReadingSnapshot
from mlkg.scale.synthetic import synthetic_records

OUTPUT_FILES = ("graph.ttl", "graph.graphml", "graph.html", "extractions.jsonl")
#: the first file has this many abstracts, plus one line that is not JSON
FIRST = 12


def _lines(records: list[dict]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


@pytest.fixture()
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    """``first.jsonl`` (12 abstracts and a malformed line) and ``second.jsonl``: three
    copies of first-file papers that only de-duplication's keys can match (a truncated
    copy, one with its opening sentence reworded, which only shared sentences can match, a
    longer one; none with an arXiv id) and three new papers."""
    records = list(synthetic_records(FIRST))
    for record in records[:6]:
        del record["id"]  # matched by text and sentences, not by arXiv id
    first = tmp_path / "first.jsonl"
    first.write_text(_lines(records[:4]) + "{not json\n" + _lines(records[4:]))

    truncated = dict(records[2], abstract=" ".join(records[2]["abstract"].split()[:45]) + " ...")
    opening, rest = records[3]["abstract"].split(". ", 1)
    reworded = dict(records[3], abstract=f"In this work, {opening.lower()}. {rest}")
    longer = dict(records[5], abstract=records[5]["abstract"] + " A new closing sentence here.")
    second = tmp_path / "second.jsonl"
    new = list(synthetic_records(3, start=FIRST))
    second.write_text(_lines([truncated, *new[:1], reworded, longer, *new[1:]]))
    return first, second


def _cli(*args: str | Path, seed: str) -> subprocess.CompletedProcess:
    """``mlkg ARGS`` in a new process with its own string-hash seed."""
    env = dict(os.environ, PYTHONHASHSEED=seed)
    command = [sys.executable, "-m", "mlkg.cli", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)


def _same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUT_FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_an_added_file_is_read_alone_and_the_outputs_are_the_same(
    inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    """Across processes (Python salts string hashes per process, the snapshot must not
    depend on them), with the first file's warning repeated and its copies merged."""
    first, second = inputs
    out, fresh, timings = tmp_path / "out", tmp_path / "fresh", tmp_path / "timings.json"
    assert _cli("build", first, "-o", out, "-q", seed="1").returncode == 1  # the bad line

    again = _cli("build", first, second, "-o", out, "--timings", timings, seed="2")
    everything = _cli("build", first, second, "-o", fresh, "--no-cache", "-q", seed="3")

    assert again.returncode == everything.returncode == 1
    assert f"{first.name}:5" in again.stderr  # the restored file's warning, repeated
    report = json.loads(timings.read_text())
    assert report["restored_documents"] == FIRST
    assert (report["documents"], report["papers"]) == (FIRST + 6, FIRST + 3)
    assert "reading: 1 unchanged input file(s) (12 abstracts) restored" in again.stderr
    _same_outputs(out, fresh)


def test_a_changed_file_is_read_again(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    first, second = inputs
    out = tmp_path / "out"
    first.write_text(first.read_text().replace("{not json\n", ""))
    build(first, second, "-o", out)
    with first.open("a") as more:
        more.write(_lines(list(synthetic_records(1, start=100))))

    rebuilt = build(first, second, "-o", out)

    assert rebuilt["restored_documents"] == 0
    assert rebuilt["papers"] == FIRST + 3 + 1
    assert rebuilt["extracted"] == 1  # the others come from the extraction cache


def test_unchanged_inputs_are_not_read_at_all(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    first, second = inputs
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    second.rename(first)  # one clean input file
    build(first, "-o", out)

    saved = (out / CACHE_DIR / SNAPSHOT_FILE).stat().st_mtime_ns
    again = build(first, "-o", out)
    build(first, "-o", fresh, "--no-cache")

    assert again["restored_documents"] == again["documents"] == 6
    assert (out / CACHE_DIR / SNAPSHOT_FILE).stat().st_mtime_ns == saved  # not written again
    _same_outputs(out, fresh)


def test_restored_papers_missing_from_the_extraction_cache_go_to_the_workers(
    inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    """With worker processes, papers restored from the snapshot are never handed out while
    reading (they are not read); those the cache lacks are extracted after it."""
    first, second = inputs
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    first.write_text(first.read_text().replace("{not json\n", ""))
    build(first, "-o", out, "--workers", "2")
    (out / CACHE_DIR / CACHE_FILE).unlink()  # the snapshot stays, the extractions go

    again = build(first, second, "-o", out, "--workers", "2")
    build(first, second, "-o", fresh, "--no-cache")

    assert again["restored_documents"] == FIRST
    assert (again["extracted"], again["cached"]) == (FIRST + 3, 0)
    _same_outputs(out, fresh)


def test_a_damaged_snapshot_is_ignored_with_a_warning(
    inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    first, second = inputs
    first.write_text(first.read_text().replace("{not json\n", ""))
    out = tmp_path / "out"
    build(first, "-o", out)
    (out / CACHE_DIR / SNAPSHOT_FILE).write_bytes(b"not a pickle")

    again = build(first, second, "-o", out)

    assert again["restored_documents"] == 0
    assert "ignoring the reading snapshot" in again["output"]
    assert again["papers"] == FIRST + 3
    assert (out / CACHE_DIR / SNAPSHOT_FILE).read_bytes() != b"not a pickle"  # replaced


def test_no_cache_leaves_no_snapshot(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    first, _ = inputs
    first.write_text(first.read_text().replace("{not json\n", ""))
    out = tmp_path / "out"
    build(first, "-o", out, "--no-cache")
    assert not (out / CACHE_DIR).exists()


def test_a_snapshot_serves_only_its_pipeline_version_and_input_format(tmp_path: Path) -> None:
    data = tmp_path / "a.txt"
    data.write_text("An abstract.\n")
    files = [InputFile(data, "a.txt")]
    first = ReadingSnapshot(tmp_path, "v1")
    assert first.restore(files, None).files == 0  # nothing saved yet
    first.save(1, [], PaperIndex())

    assert ReadingSnapshot(tmp_path, "v1").restore(files, None).files == 1
    assert ReadingSnapshot(tmp_path, "v2").restore(files, None).files == 0
    assert ReadingSnapshot(tmp_path, "v1").restore(files, "text").files == 0
    assert ReadingSnapshot(tmp_path, "v1").restore([], None).files == 0  # a file was dropped
