"""``mlkg query``: exact rows for the shipped queries, the spec's run verbatim, clean errors.

The graph is built with ``mlkg build`` from the abstracts in ``tests/data/rdf`` (see
``rdf_helpers``); every query goes through the command line as a user types it.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdf_helpers import RDF_DATA, build, ent, runner

from mlkg.cli import app
from mlkg.queries import catalog

QWEN = ent("paper/arxiv-2399.20001")
OFA = ent("paper/arxiv-2399.20002")
METAMATH = ent("paper/arxiv-2399.20003")
HARNESS = ent("paper/arxiv-2399.20004")

# The three example queries of the vocabulary spec, verbatim (no PREFIX lines).
SPEC_ANCESTORS = 'SELECT ?a WHERE { ?m rdfs:label "Qwen2-72B-Instruct" ; prov:wasDerivedFrom+ ?a }'
SPEC_LEADERBOARD = (
    "SELECT ?model ?value WHERE {\n"
    "  ?r a mlkg:EvaluationResult ; fair4ml:evaluationDataset ?b ; "
    "fair4ml:evaluatedMLModel ?m ; mls:hasValue ?value .\n"
    '  ?b rdfs:label "MMLU" . ?m rdfs:label ?model } ORDER BY DESC(?value)'
)
SPEC_EVIDENCE = (
    'SELECT ?text ?paper WHERE { ?m rdfs:label "Qwen-Chat" ; prov:qualifiedDerivation ?d .\n'
    "  ?d mlkg:evidenceText ?text ; dcterms:source ?paper }"
)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("query-out")
    build(RDF_DATA, folder)
    return folder


def query(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["query", *args])
    return result.exit_code, result.stdout, result.stderr


def rows(out: Path, *args: str) -> list[tuple[str, ...]]:
    """The CSV rows (SPARQL 1.1 CSV results: IRIs and literals as plain text), header first."""
    code, stdout, stderr = query(str(out), *args, "--format", "csv")
    assert code == 0, stderr
    return [tuple(row) for row in csv.reader(io.StringIO(stdout))]


# --------------------------------------------------------------------------- shipped queries
def test_catalog_lists_the_documented_queries(out: Path) -> None:
    assert list(catalog()) == [
        "contested",
        "leaderboard",
        "lineage",
        "repos-of",
        "trained-on",
        "unreleased",
    ]
    code, stdout, _ = query(str(out), "--list")
    assert code == 0
    for named in catalog().values():
        assert named.summary and named.summary in stdout
        assert named.usage in stdout
    assert "leaderboard BENCHMARK" in stdout and "lineage MODEL" in stdout


def test_leaderboard(out: Path) -> None:
    assert rows(out, "leaderboard", "MMLU") == [
        ("model", "value", "metric", "split", "setting", "paper"),
        ("Qwen2-72B", "84.2", "", "", "", QWEN),
        ("Qwen2-72B", "82.9", "", "", "", HARNESS),
        ("Qwen2-72B-Instruct", "82.3", "", "", "", QWEN),
        ("Llama-3-70B", "79.3", "", "", "", HARNESS),
    ]
    # names match in any case; a metric is shown when the paper gives one
    assert rows(out, "leaderboard", "coco")[1:] == [("OFA", "150.2", "CIDEr", "", "", OFA)]


def test_lineage(out: Path) -> None:
    assert rows(out, "lineage", "Qwen2-72B-Instruct") == [
        ("child", "relation", "parent", "paper"),
        ("Qwen2-72B", "http://www.w3.org/ns/prov#wasRevisionOf", "Qwen1.5-72B", QWEN),
        ("Qwen2-72B", "https://w3id.org/mlkg/vocab#variantOf", "Qwen2", QWEN),
        ("Qwen2-72B-Instruct", "https://w3id.org/mlkg/vocab#finetunedFrom", "Qwen2-72B", QWEN),
    ]
    # from the middle of the family, descendants show too
    below = rows(out, "lineage", "qwen2")
    assert (
        "Qwen2-72B-Instruct",
        "https://w3id.org/mlkg/vocab#finetunedFrom",
        "Qwen2-72B",
        QWEN,
    ) in below


def test_names_match_ignoring_case_spaces_and_hyphens(out: Path) -> None:
    expected = rows(out, "lineage", "Qwen2-72B-Instruct")
    assert rows(out, "lineage", "qwen2 72b instruct") == expected
    assert rows(out, "trained-on", "gsm-8k")[1:] == [("MetaMath-7B", METAMATH)]


def test_repos_of(out: Path) -> None:
    assert rows(out, "repos-of", "OFA") == [
        ("url", "kind", "via"),
        # linked to the model itself too: the link's last part names it
        ("https://github.com/OFA-Sys/OFA", "code", ent("model/ofa")),
        ("https://github.com/OFA-Sys/OFA", "code", OFA),
    ]
    assert rows(out, "repos-of", "Qwen2-72B-Instruct")[1:] == [
        ("https://huggingface.co/Qwen/Qwen2-72B", "weights", QWEN)
    ]


def test_trained_on(out: Path) -> None:
    assert rows(out, "trained-on", "GSM8K") == [("model", "paper"), ("MetaMath-7B", METAMATH)]


def test_unreleased(out: Path) -> None:
    assert rows(out, "unreleased") == [("model", "paper"), ("MetaMath-7B", METAMATH)]


def test_contested(out: Path) -> None:
    assert rows(out, "contested") == [
        ("model", "benchmark", "metric", "split", "setting", "value", "paper"),
        ("Qwen2-72B", "MMLU", "", "", "", "84.2", QWEN),
        ("Qwen2-72B", "MMLU", "", "", "", "82.9", HARNESS),
    ]


def test_arguments_are_data_never_query_text(out: Path) -> None:
    hostile = 'MMLU" } ?r ?p ?o . } #\n'
    assert rows(out, "leaderboard", hostile) == [
        ("model", "value", "metric", "split", "setting", "paper")
    ]


def test_wrong_arguments_and_unknown_names(out: Path) -> None:
    code, _, stderr = query(str(out), "leaderboard")
    assert code == 2 and "leaderboard takes 1 argument (leaderboard BENCHMARK), got 0" in stderr
    code, _, stderr = query(str(out), "unreleased", "extra")
    assert code == 2 and "takes 0 arguments" in stderr
    code, _, stderr = query(str(out), "leaderbord", "MMLU")
    assert code == 2 and "no shipped query named 'leaderbord'" in stderr and "--list" in stderr
    code, _, stderr = query(str(out), "leaderboard MMLU")  # name and argument in one word
    assert code == 2 and "separate words: mlkg query OUT leaderboard ARGUMENT" in stderr
    code, _, stderr = query(str(out), "unreleased", "--format", "xml")
    assert code == 2 and "unknown --format 'xml'" in stderr


# --------------------------------------------------------------------------- the spec's queries
def test_spec_queries_work_verbatim(out: Path) -> None:
    ancestors = {row[0] for row in rows(out, SPEC_ANCESTORS)[1:]}
    assert ancestors == {ent("model/qwen2-72b"), ent("model/qwen2"), ent("model/qwen1.5-72b")}
    assert rows(out, SPEC_LEADERBOARD) == [
        ("model", "value"),
        ("Qwen2-72B", "84.2"),
        ("Qwen2-72B", "82.9"),
        ("Qwen2-72B-Instruct", "82.3"),
        ("Llama-3-70B", "79.3"),
    ]
    assert rows(out, SPEC_EVIDENCE) == [("text", "paper")]  # no Qwen-Chat in these abstracts


def test_evidence_query_on_our_own_lineage(out: Path) -> None:
    query_text = SPEC_EVIDENCE.replace("Qwen-Chat", "MetaMath-7B")
    assert rows(out, query_text)[1:] == [("MetaMath-7B is fine-tuned from Llama-2-7B.", METAMATH)]


# --------------------------------------------------------------------------- output formats
def test_table_is_aligned_with_prefixed_names(out: Path) -> None:
    code, stdout, _ = query(str(out), "trained-on", "GSM8K")
    assert code == 0
    assert stdout.splitlines() == [
        "model        paper",
        "-----------  --------------------------",
        "MetaMath-7B  ent:paper/arxiv-2399.20003",
        "(1 row)",
    ]


def test_json_is_sparql_results_json(out: Path) -> None:
    code, stdout, _ = query(str(out), "unreleased", "--format", "json")
    assert code == 0
    document = json.loads(stdout)
    assert document["head"]["vars"] == ["model", "paper"]
    [binding] = document["results"]["bindings"]
    assert binding["model"] == {"type": "literal", "value": "MetaMath-7B"}
    assert binding["paper"] == {"type": "uri", "value": METAMATH}


def test_tsv_writes_terms(out: Path) -> None:
    code, stdout, _ = query(str(out), "unreleased", "--format", "tsv")
    assert code == 0
    assert stdout.splitlines() == ["?model\t?paper", f'"MetaMath-7B"\t<{METAMATH}>']


def test_ask_construct_and_file(out: Path, tmp_path: Path) -> None:
    code, stdout, _ = query(str(out), "ASK { ?m mlkg:finetunedFrom ?p }")
    assert (code, stdout) == (0, "true\n")
    code, stdout, _ = query(str(out), "CONSTRUCT WHERE { ?m a mlkg:Model ; rdfs:label 'OFA' }")
    assert code == 0 and "ent:model\\/ofa rdfs:label" in stdout and "a mlkg:Model" in stdout
    rq = tmp_path / "mine.rq"
    rq.write_text(
        "# Models of a paper.\n# param: id  an arXiv id\nSELECT ?m WHERE {\n"
        "  VALUES ?id { \"x\" } ?p dcterms:identifier ?i FILTER(?i = CONCAT('arXiv:', ?id))\n"
        "  ?p mlkg:introduces ?e . ?e rdfs:label ?m } ORDER BY ?m\n"
    )
    assert rows(out, "--file", str(rq), "2399.20002") == [("m",), ("OFA",)]


def test_named_graphs_tell_who_said_what(out: Path) -> None:
    text = """SELECT ?paper WHERE { GRAPH ?paper { ?m mlkg:evaluatedOn ?b }
              ?m rdfs:label "Qwen2-72B" . ?b rdfs:label "MMLU" } ORDER BY ?paper"""
    assert rows(out, text) == [("paper",), (QWEN,), (HARNESS,)]


# --------------------------------------------------------------------------- errors
def test_malformed_query_reports_line_and_column(out: Path) -> None:
    code, stdout, stderr = query(str(out), "SELECT ?m WHERE {\n  ?m a mlkg:Model\n  FILTER(?m = }")
    assert code == 2 and stdout == ""
    assert "malformed SPARQL query at line 3, column" in stderr
    assert "FILTER(?m = }" in stderr and "Traceback" not in stderr
    code, _, stderr = query(str(out), "SELECT * WHERE { ?s nope:p ?o }")
    assert code == 2 and "line 1, column" in stderr and "undeclared prefix" in stderr


def test_updates_are_refused(out: Path) -> None:
    code, _, stderr = query(str(out), "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert code == 2 and "read-only" in stderr
    assert rows(out, "ASK { <urn:a> ?p ?o }".replace("ASK", "SELECT * WHERE"))[1:] == []


def test_missing_store_says_how_to_build_it(tmp_path: Path) -> None:
    code, _, stderr = query(str(tmp_path), "unreleased")
    assert code == 2
    assert f"no Oxigraph store in {tmp_path}" in stderr
    assert f"mlkg build INPUT -o {tmp_path}" in stderr
    code, _, stderr = query(str(tmp_path / "nowhere"), "unreleased")
    assert code == 2 and "does not exist" in stderr and "mlkg build INPUT -o" in stderr


def test_querying_needs_only_the_store_and_never_extracts(out: Path, tmp_path: Path) -> None:
    shutil.copytree(out / "store", tmp_path / "store")  # no abstracts, no extractions.jsonl
    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from mlkg.cli import app\n"
        f"result = CliRunner().invoke(app, ['query', {str(tmp_path)!r}, 'unreleased'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(result.stdout)\n"
        "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('mlkg.extract.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "MetaMath-7B" in done.stdout
    assert "'spacy'" not in done.stdout and "mlkg.extract.pipeline" not in done.stdout
