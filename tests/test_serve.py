"""``mlkg serve``: the store over the SPARQL 1.1 Protocol, tested as a user would use it.

The server is started as a real process on a free loopback port, queried with SPARQLWrapper
and with curl, sent an update (refused), and stopped with Ctrl-C (SIGINT).
"""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError

import pytest
from rdf_helpers import RDF_DATA, build, free_port, runner
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from mlkg import vocabulary as V
from mlkg.cli import app
from mlkg.commands.serve import _oxigraph_command

pytestmark = pytest.mark.skipif(
    _oxigraph_command() is None,
    reason="the oxigraph server is not installed (pip install oxigraph)",
)
PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in V.PREFIXES.items())
LEADERBOARD = (
    PREFIXES
    + """SELECT ?model ?value WHERE {
  ?r a mlkg:EvaluationResult ; fair4ml:evaluationDataset ?b ; fair4ml:evaluatedMLModel ?m ;
     mls:hasValue ?value . ?b rdfs:label "MMLU" . ?m rdfs:label ?model } ORDER BY DESC(?value)"""
)
EXPECTED = [
    ("Qwen2-72B", "84.2"),
    ("Qwen2-72B", "82.9"),
    ("Qwen2-72B-Instruct", "82.3"),
    ("Llama-3-70B", "79.3"),
]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve-out")
    build(RDF_DATA, folder)
    return folder


@pytest.fixture(scope="module")
def server(out: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``mlkg serve OUT --port P`` running; yields the endpoint URL it printed."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mlkg.cli", "serve", str(out), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = process.stdout.readline() if process.stdout else ""
    try:
        assert first.startswith("SPARQL endpoint: "), first + (process.stderr.read() or "")
        endpoint = first.split()[2]
        assert endpoint == f"http://127.0.0.1:{port}/query"
        yield endpoint, process
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_sparqlwrapper_queries_the_endpoint(server: tuple[str, subprocess.Popen[str]]) -> None:
    endpoint, _ = server
    client = SPARQLWrapper(endpoint)
    client.setQuery(LEADERBOARD)
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert [(b["model"]["value"], b["value"]["value"]) for b in bindings] == EXPECTED


def test_named_graphs_and_union_default_graph_over_http(
    server: tuple[str, subprocess.Popen[str]],
) -> None:
    endpoint, _ = server
    client = SPARQLWrapper(endpoint)
    client.setReturnFormat(JSON)
    client.setQuery(PREFIXES + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    [row] = client.query().convert()["results"]["bindings"]
    assert row["n"]["value"] == "4"  # one graph per paper


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_gets_sparql_results_json(server: tuple[str, subprocess.Popen[str]]) -> None:
    endpoint, _ = server
    done = subprocess.run(
        [
            "curl",
            "--silent",
            "--show-error",
            "--fail",
            "-H",
            "Accept: application/sparql-results+json",
            "--data-urlencode",
            f"query={LEADERBOARD}",
            endpoint,
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    bindings = json.loads(done.stdout)["results"]["bindings"]
    assert [(b["model"]["value"], b["value"]["value"]) for b in bindings] == EXPECTED


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_updates_are_refused(server: tuple[str, subprocess.Popen[str]]) -> None:
    endpoint, _ = server
    update_url = endpoint.removesuffix("/query") + "/update"
    insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    status = subprocess.run(
        [
            "curl",
            "--silent",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "-X",
            "POST",
            "-H",
            "Content-Type: application/sparql-update",
            "--data",
            insert,
            update_url,
        ],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    assert status == "403"
    client = SPARQLWrapper(endpoint, updateEndpoint=update_url)
    client.setMethod(POST)
    client.setQuery(insert)
    with pytest.raises(HTTPError) as refused:
        client.query()
    assert refused.value.code == 403
    client.setQuery("ASK { <urn:x> ?p ?o }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is False


def test_port_in_use_is_a_clear_error(out: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", str(out), "--port", str(port)])
    assert result.exit_code == 2
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "--port" in result.stderr and "Traceback" not in result.stderr


def test_missing_store_says_how_to_build_it(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", str(tmp_path), "--port", str(free_port())])
    assert result.exit_code == 2
    assert "mlkg build INPUT -o" in result.stderr


def test_ctrl_c_stops_server_and_frees_the_port(out: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mlkg.cli", "serve", str(out), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout and process.stdout.readline().startswith("SPARQL endpoint")
        process.send_signal(signal.SIGINT)
        stdout, _ = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0
    assert "server stopped" in stdout
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
