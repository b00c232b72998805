"""SHACL: the graphs mlkg builds conform to shapes.ttl, and ``mlkg validate`` reports breakage.

Validated: the graph of the project's own ``examples/`` (always), of ``tests/data/rdf``, and
of the seed abstracts when ``../shared`` is present.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdf_helpers import EXAMPLES, RDF_DATA, SEEDS, build, runner

from mlkg import vocabulary as V
from mlkg.cli import app
from mlkg.export.rdf import graph_to_quads
from mlkg.export.shacl import format_report, validate
from mlkg.export.store import open_store


def in_memory(out: Path) -> ox.Store:
    """A writable copy of a built store, flattened into one graph, to break on purpose."""
    store = ox.Store()
    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in open_store(out))
    return store


@pytest.fixture(scope="module")
def examples_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shacl-examples")
    build(EXAMPLES, out)
    return out


def test_examples_graph_conforms(examples_out: Path) -> None:
    report = validate(open_store(examples_out))
    assert report.conforms, format_report(report, "examples")
    assert report.checked["entity"] > 20 and report.checked["evaluation result"] > 0
    assert report.checked["repository"] > 0 and report.checked["paper"] == 8


def test_test_abstracts_graph_conforms(tmp_path: Path) -> None:
    graph = build(RDF_DATA, tmp_path)
    report = validate(open_store(tmp_path))
    assert report.conforms, format_report(report, "tests/data/rdf")
    assert report.checked["qualified derivation"] == 4
    store = ox.Store()
    store.bulk_extend(graph_to_quads(graph))  # the exporter's quads
    assert validate(store).conforms


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed abstracts (../shared/seeds) are absent")
def test_seeds_graph_conforms(tmp_path: Path) -> None:
    build(SEEDS, tmp_path)
    report = validate(open_store(tmp_path))
    assert report.conforms, format_report(report, "seeds")
    assert report.checked["paper"] > 30


def test_violations_are_found_and_reported(examples_out: Path) -> None:
    store = in_memory(examples_out)
    store.update(
        """DELETE { ?r mls:hasValue ?v } INSERT { ?r mls:hasValue "about half" }
           WHERE { ?r a mlkg:EvaluationResult ; mls:hasValue ?v } ;
           INSERT { ?m rdfs:label "second name" } WHERE { ?m a mlkg:Model ; rdfs:label "CLIP" } ;
           DELETE { ?d mlkg:evidenceText ?t }
           WHERE { ?d a prov:Derivation ; mlkg:evidenceText ?t } ;
           DELETE { ?r schema:url ?u } WHERE { ?r a mlkg:Repository ; schema:url ?u }""",
        prefixes=V.PREFIXES,
    )
    report = validate(store)
    assert not report.conforms
    shapes = {v.shape for v in report.violations}
    assert shapes == {"evaluation result", "entity", "qualified derivation", "repository"}
    [clip] = [v for v in report.violations if v.shape == "entity"]
    assert (clip.focus, clip.path) == ("ent:model/clip", "rdfs:label")
    text = format_report(report, "broken")
    assert "does NOT conform" in text
    assert "mls:hasValue: an evaluation result has exactly one mls:hasValue, an xsd:decimal" in text
    assert "(value: about half)" in text


def test_validate_command_exit_status(examples_out: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(examples_out)])
    assert result.exit_code == 0, result.output
    assert "conforms to the mlkg shapes" in result.stdout

    broken = in_memory(examples_out)
    broken.update(
        "DELETE { ?r schema:url ?u } WHERE { ?r a mlkg:Repository ; schema:url ?u }",
        prefixes=V.PREFIXES,
    )
    path = tmp_path / "broken.nq"
    ox.serialize(broken, str(path), ox.RdfFormat.N_QUADS)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert "a repository has exactly one schema:url" in result.stdout

    result = runner.invoke(app, ["validate", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "mlkg build INPUT -o" in result.stderr


def test_values_written_with_commas_are_decimals_in_the_graph(tmp_path: Path) -> None:
    abstracts = tmp_path / "in"
    abstracts.mkdir()
    (abstracts / "commas.txt").write_text(
        "We present KiswaBERT, a Swahili news classifier. KiswaBERT reaches an F1 of 89,4% on "
        "the KiswaNews benchmark, while mBERT obtains 1,204 on the TollQA benchmark.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build(abstracts, out)
    report = validate(open_store(out))
    assert report.conforms, format_report(report, "commas")
    values = {
        str(q.object.value)
        for q in open_store(out)
        if q.predicate == ox.NamedNode(V.P_HAS_VALUE)
        and isinstance(q.object, ox.Literal)
        and q.object.datatype == ox.NamedNode(V.XSD_DECIMAL)
    }
    assert {"89.4", "1204"} <= values
