"""``mlkg build`` end to end on abstracts written for the tests, as a user runs it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
import rdflib
from typer.testing import CliRunner

from mlkg.cli import app

DATA = Path(__file__).parent / "data" / "e2e"
SHARED = Path(__file__).resolve().parents[2] / "shared"
runner = CliRunner()


def build(*args: str):
    return runner.invoke(app, ["build", *args])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = build(str(DATA), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_every_output(built: Path) -> None:
    for name in ("graph.ttl", "graph.html", "graph.graphml", "extractions.jsonl"):
        assert (built / name).stat().st_size > 0


def test_summary_counts_documents_and_papers(tmp_path: Path) -> None:
    result = build(str(DATA), "-o", str(tmp_path))
    assert "read 4 abstracts -> 3 papers after de-duplication" in result.output
    assert "warnings: 0" in result.output


def test_duplicate_abstract_is_one_paper_with_both_sources(built: Path) -> None:
    records = [json.loads(line) for line in (built / "extractions.jsonl").open()]
    assert len(records) == 3
    [orca] = [r for r in records if r["arxiv"] == "2399.01234"]
    assert orca["sources"] == ["one_per_line.txt:1", "release_listing.txt:1"]
    assert orca["date"] == "2399-01-15" and orca["comment"] == "12 pages, 4 figures"


def test_records_have_the_documented_fields(built: Path) -> None:
    record = json.loads((built / "extractions.jsonl").open().readline())
    assert {
        "id",
        "arxiv",
        "date",
        "title",
        "comment",
        "sources",
        "text",
        "entities",
        "relations",
        "repositories",
    } <= set(record)
    entity = record["entities"][0]
    assert {"name", "type", "types", "id", "mentions"} <= set(entity)
    relation = record["relations"][0]
    assert {
        "head",
        "rel",
        "tail",
        "kind",
        "value",
        "metric",
        "split",
        "setting",
        "basis",
        "confidence",
        "evidence",
    } <= set(relation)


def test_turtle_parses_in_rdflib_and_oxigraph_alike(built: Path) -> None:
    data = (built / "graph.ttl").read_bytes()
    graph = rdflib.Graph().parse(data=data, format="turtle")
    store = pyoxigraph.Store()
    store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(graph) == len(store) > 100
    rows = store.query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX prov: <http://www.w3.org/ns/prov#> "
        'SELECT ?a WHERE { ?m rdfs:label "Orca-Lite-8B-Chat" ; prov:wasDerivedFrom+ ?a }'
    )
    assert len(list(rows)) >= 1


def test_html_has_no_remote_references(built: Path) -> None:
    page = (built / "graph.html").read_text()
    remote = re.findall(r"<(?:script|link)[^>]+(?:src|href)=[\"']https?://", page)
    assert remote == []
    assert "Orca-Lite-8B-Chat" in page


def test_graphml_rereads_in_networkx(built: Path) -> None:
    graph = nx.read_graphml(built / "graph.graphml")
    labels = {data.get("label") for _, data in graph.nodes(data=True)}
    assert {"Orca-Lite-8B", "MMLU", "PhraseCap"} <= labels


def test_two_builds_are_byte_identical(built: Path, tmp_path: Path) -> None:
    assert build(str(DATA), "-o", str(tmp_path), "-q").exit_code == 0
    for name in ("graph.ttl", "graph.html", "graph.graphml", "extractions.jsonl"):
        assert (tmp_path / name).read_bytes() == (built / name).read_bytes(), name


def test_the_committed_example_graph_is_what_a_build_writes_now(tmp_path: Path) -> None:
    """``examples/graph/`` is what the README shows; an extraction or format change must
    refresh it (``mlkg build examples -o OUT``, then copy the four files)."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    assert build(str(examples), "-o", str(tmp_path), "-q", "--no-cache").exit_code == 0
    for name in ("graph.ttl", "graph.html", "graph.graphml", "extractions.jsonl"):
        committed = (examples / "graph" / name).read_bytes()
        assert (tmp_path / name).read_bytes() == committed, f"examples/graph/{name} is stale"


def test_missing_path_is_a_one_line_error(tmp_path: Path) -> None:
    result = build(str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "nope.txt" in result.output and "Traceback" not in result.output


def test_bad_files_are_skipped_with_a_warning_and_the_rest_is_built(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(DATA, inputs)
    (inputs / "broken.jsonl").write_text('{"id": "2399.00001", "abstract": "We intro\n')
    (inputs / "blob.bin").write_bytes(bytes(range(256)) * 4)
    result = build(str(inputs), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    assert "broken.jsonl:1" in result.output and "blob.bin" in result.output
    assert "3 papers after de-duplication" in result.output
    strict = build(str(inputs), "-o", str(tmp_path / "strict"), "--strict")
    assert strict.exit_code == 2


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds is not present")
def test_seeds_quality_floor() -> None:
    from mlkg.evaluation import evaluate, load_gold
    from mlkg.extract.dedup import deduplicate
    from mlkg.extract.pipeline import extract
    from mlkg.extract.readers import read_documents

    documents = list(read_documents([SHARED / "seeds"]))
    assert len(documents) == 49
    papers = deduplicate(documents)
    assert len(papers) == 41
    report = evaluate(load_gold(SHARED / "gold" / "seeds.jsonl"), list(extract(papers)))
    assert report.counts["repository"].f1 == 1.0
    assert report.counts["entity"].f1 >= 0.85


def test_a_build_output_folder_is_not_read_back_as_input(tmp_path: Path) -> None:
    inputs = tmp_path / "papers"
    shutil.copytree(DATA, inputs)
    assert build(str(inputs), "-o", str(inputs / "graph"), "-q").exit_code == 0
    again = build(str(inputs), "-o", str(tmp_path / "again"))
    assert again.exit_code == 0, again.output
    assert "read 4 abstracts -> 3 papers" in again.output


def test_extract_writes_records_into_a_new_folder(tmp_path: Path) -> None:
    target = tmp_path / "new" / "records.jsonl"
    result = runner.invoke(app, ["extract", str(DATA), "-o", str(target), "-q"])
    assert result.exit_code == 0, result.output
    assert len(target.read_text().splitlines()) == 3


def test_outputs_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Python randomises set order per process: no output may depend on it."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "mlkg.cli", "build", str(DATA), "-o", str(out), "-q"],
            check=True,
            env=env,
            capture_output=True,
        )
        outputs.append(out)
    for name in ("graph.html", "graph.ttl", "graph.graphml", "extractions.jsonl"):
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name


def test_html_focus_draws_the_neighbourhood_of_one_name(tmp_path: Path) -> None:
    result = build(str(DATA), "-o", str(tmp_path), "-q", "--html-focus", "orca-lite-8b")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "graph.html").read_text()
    assert "Orca-Lite-8B-Chat" in page and "PhraseCap" not in page
    unknown = build(str(DATA), "-o", str(tmp_path / "x"), "-q", "--html-focus", "NoSuchModel")
    assert unknown.exit_code == 2 and "NoSuchModel" in unknown.output
