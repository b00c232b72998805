"""RDF export: parses everywhere, answers the spec's example queries, keeps guesses out of PROV."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from export_sample_graph import (
    MMLU,
    PAPER_A,
    PAPER_B,
    QWEN2,
    QWEN2_72B,
    QWEN2_INSTRUCT,
    QWEN_7B,
    QWEN_14B,
    QWEN_CHAT,
    REPO,
    REPO_URL,
    WEBCRAWL,
    build_sample_graph,
)

from mlkg import vocabulary as V
from mlkg.export.rdf import RDF_FORMATS, graph_to_rdf, write_rdf

PREFIX_HEADER = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in V.PREFIXES.items())

# The three example queries of the RDF spec, verbatim apart from the PREFIX header.
Q_ANCESTORS = 'SELECT ?a WHERE { ?m rdfs:label "Qwen2-72B-Instruct" ; prov:wasDerivedFrom+ ?a }'
Q_LEADERBOARD = """SELECT ?model ?value WHERE {
  ?r a mlkg:EvaluationResult ; fair4ml:evaluationDataset ?b ; fair4ml:evaluatedMLModel ?m ;
     mls:hasValue ?value .
  ?b rdfs:label "MMLU" . ?m rdfs:label ?model } ORDER BY DESC(?value)"""
Q_EVIDENCE = """SELECT ?text ?paper WHERE {
  ?m rdfs:label "Qwen-Chat" ; prov:qualifiedDerivation ?d .
  ?d mlkg:evidenceText ?text ; dcterms:source ?paper }"""


def ent(node_id: str) -> str:
    return V.ENT_NS + node_id


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return build_sample_graph()


@pytest.fixture(scope="module")
def turtle(graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rdf") / "graph.ttl"
    write_rdf(graph, path)
    return path


@pytest.fixture(scope="module")
def store(turtle: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(turtle), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def rdf(turtle: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(turtle, format="turtle")


def select(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    """Rows of a SELECT as tuples of plain values (IRIs and literal lexical forms)."""
    return [tuple(term.value for term in row) for row in store.query(PREFIX_HEADER + query)]


def ask(store: ox.Store, pattern: str) -> bool:
    return bool(store.query(PREFIX_HEADER + f"ASK {{ {pattern} }}"))


# --------------------------------------------------------------------------- parsing
def test_turtle_parses_in_rdflib_and_pyoxigraph_with_the_same_triples(
    graph: nx.MultiDiGraph, store: ox.Store, rdf: rdflib.Graph
) -> None:
    triples = graph_to_rdf(graph)
    assert len(triples) == len(set(triples)) > 150
    assert len(rdf) == len(store) == len(triples)
    assert not any(isinstance(t.subject, ox.BlankNode) for t in triples)
    assert not any(isinstance(t.object, ox.BlankNode) for t in triples)


def test_turtle_declares_the_vocabulary_prefixes(turtle: Path) -> None:
    text = turtle.read_text(encoding="utf-8")
    for prefix, namespace in V.PREFIXES.items():
        assert f"@prefix {prefix}: <{namespace}> ." in text
    assert "ent:model\\/qwen2-72b-instruct" in text  # IRIs are abbreviated, hence readable


@pytest.mark.parametrize("fmt", ["nt", "xml", "jsonld", "n3"])
def test_other_formats_hold_the_same_triples(
    graph: nx.MultiDiGraph, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"graph.{fmt}"
    write_rdf(graph, path, fmt=fmt)
    parsed = rdflib.Graph().parse(path, format={"xml": "xml", "jsonld": "json-ld"}.get(fmt, fmt))
    assert len(parsed) == len(graph_to_rdf(graph))
    assert fmt in RDF_FORMATS


def test_unknown_format_is_refused(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown RDF format"):
        write_rdf(graph, tmp_path / "graph.x", fmt="csv")


# --------------------------------------------------------------------------- example queries
def test_ancestors_query_follows_text_lineage_only(store: ox.Store) -> None:
    ancestors = {row[0] for row in select(store, Q_ANCESTORS)}
    # fine-tuned from Qwen2-72B, which succeeds Qwen-14B, a size variant of Qwen-7B
    assert ancestors == {ent(QWEN2_72B), ent(QWEN_14B), ent(QWEN_7B)}
    assert ent(QWEN2) not in ancestors  # only the names suggest that one


def test_leaderboard_query_ranks_the_scores(store: ox.Store) -> None:
    rows = select(store, Q_LEADERBOARD)
    assert [(model, Decimal(value)) for model, value in rows] == [
        ("Qwen2-72B", Decimal("84.2")),
        ("Qwen2-72B-Instruct", Decimal("82.3")),
    ]
    datatypes = {row["value"].datatype.value for row in store.query(PREFIX_HEADER + Q_LEADERBOARD)}
    assert datatypes == {V.XSD_DECIMAL}


def test_evidence_query_returns_each_sentence_and_paper(store: ox.Store) -> None:
    rows = sorted(select(store, Q_EVIDENCE), key=lambda r: r[1])
    assert [paper for _, paper in rows] == [ent(PAPER_A), ent(PAPER_B)]
    assert rows[0][0].startswith("Qwen-Chat is obtained by supervised fine-tuning of Qwen-7B")
    assert rows[1][0] == "As in Qwen-Chat, which was fine-tuned from Qwen-7B, we use RLHF."


def test_example_queries_agree_in_rdflib(rdf: rdflib.Graph) -> None:
    assert len(list(rdf.query(PREFIX_HEADER + Q_ANCESTORS))) == 3
    assert [str(r[0]) for r in rdf.query(PREFIX_HEADER + Q_LEADERBOARD)] == [
        "Qwen2-72B",
        "Qwen2-72B-Instruct",
    ]
    assert len(list(rdf.query(PREFIX_HEADER + Q_EVIDENCE))) == 2


# --------------------------------------------------------------------------- lineage
def test_name_based_lineage_is_never_prov(store: ox.Store) -> None:
    s, o = f"<{ent(QWEN2_INSTRUCT)}>", f"<{ent(QWEN2)}>"
    assert ask(store, f"{s} mlkg:nameSuggestsDerivedFrom {o}")
    assert not ask(store, f"{s} ?p {o} . FILTER(STRSTARTS(STR(?p), STR(prov:)))")
    assert not ask(store, f"{s} mlkg:variantOf {o}")
    # the guess keeps its evidence through an assertion, with basis "name" and the kind guessed
    assert ask(
        store,
        f"""?a a mlkg:Assertion ; mlkg:subject {s} ; mlkg:predicate mlkg:nameSuggestsDerivedFrom ;
            mlkg:object {o} ; mlkg:basis "name" ; mlkg:relation mlkg:variantOf ;
            mlkg:extractor "mlkg_name_lineage" ; mlkg:evidenceText ?t""",
    )
    assert not ask(store, f"?d prov:entity {o}")


def test_derivation_writes_prov_and_the_kind_sub_property(store: ox.Store) -> None:
    s, o = f"<{ent(QWEN2_INSTRUCT)}>", f"<{ent(QWEN2_72B)}>"
    assert ask(store, f"{s} prov:wasDerivedFrom {o} ; mlkg:finetunedFrom {o}")
    assert ask(store, f"<{ent(QWEN_14B)}> mlkg:variantOf <{ent(QWEN_7B)}>")
    rows = select(
        store,
        f"""SELECT ?rel ?start ?end ?conf ?basis ?tool WHERE {{
            {s} prov:qualifiedDerivation ?d . ?d a prov:Derivation ; prov:entity {o} ;
            mlkg:relation ?rel ; mlkg:evidenceStart ?start ; mlkg:evidenceEnd ?end ;
            mlkg:confidence ?conf ; mlkg:basis ?basis ; mlkg:extractor ?tool ;
            dcterms:source <{ent(PAPER_B)}> }}""",
    )
    assert rows == [
        (V.LINEAGE_KIND_PREDICATE[V.FINETUNED], "51", "155", "0.9", "text", "mlkg_lineage")
    ]


def test_successor_is_a_revision_and_a_derivation(store: ox.Store) -> None:
    s, o = f"<{ent(QWEN2_72B)}>", f"<{ent(QWEN_14B)}>"
    assert ask(store, f"{s} prov:wasRevisionOf {o} ; prov:wasDerivedFrom {o}")
    assert ask(
        store,
        f"""{s} prov:qualifiedRevision ?d ; prov:qualifiedDerivation ?d .
            ?d a prov:Revision , prov:Derivation ; prov:entity {o} ;
            mlkg:relation prov:wasRevisionOf ; mlkg:evidenceText ?t""",
    )


# --------------------------------------------------------------------------- nodes
def test_paper_properties(store: ox.Store) -> None:
    paper = f"<{ent(PAPER_A)}>"
    assert ask(store, f"{paper} a mlkg:Paper , schema:ScholarlyArticle")
    assert ask(store, f'{paper} dcterms:identifier "arXiv:2309.16609"')
    assert ask(store, f'{paper} dcterms:date "2023-09-28"^^xsd:date')
    assert ask(store, f'{paper} dcterms:title "An open family of chat models"')
    assert ask(store, f'{paper} mlkg:comment "12 pages, 3 figures"')
    assert ask(store, f"{paper} schema:abstract ?text . FILTER(STRSTARTS(?text, 'We present'))")
    sources = select(store, f"SELECT ?s WHERE {{ {paper} mlkg:sourceFile ?s }}")
    assert sorted(sources) == [("001_notes.txt:4",), ("002_listing.txt:17",)]
    assert not ask(store, f"<{ent(PAPER_B)}> dcterms:title ?t")  # None is left out
    assert ask(
        store, f"{paper} mlkg:introduces <{ent(QWEN_CHAT)}> ; schema:mentions <{ent(WEBCRAWL)}>"
    )


def test_entities_carry_every_class_and_their_aliases(store: ox.Store) -> None:
    mmlu = f"<{ent(MMLU)}>"
    assert ask(store, f"{mmlu} a mlkg:Benchmark , mlkg:Dataset , schema:Dataset")
    assert ask(
        store,
        f'{mmlu} rdfs:label "MMLU" ; skos:altLabel "Massive Multitask Language Understanding"',
    )
    assert ask(store, f'<{ent(QWEN_7B)}> a mlkg:Model , fair4ml:MLModel ; skos:altLabel "Qwen 7B"')
    assert ask(store, f"<{ent(QWEN_7B)}> fair4ml:trainedOn <{ent(WEBCRAWL)}>")


def test_repository(store: ox.Store) -> None:
    repo = f"<{ent(REPO)}>"
    assert ask(store, f"{repo} a mlkg:Repository , schema:SoftwareSourceCode")
    assert ask(store, f'{repo} schema:url <{REPO_URL}> ; mlkg:repositoryKind "code"')
    assert ask(store, f"<{ent(PAPER_A)}> schema:codeRepository {repo}")
    assert ask(
        store,
        f"""?a a mlkg:Assertion ; mlkg:subject <{ent(PAPER_A)}> ;
            mlkg:predicate schema:codeRepository ; mlkg:object {repo} ;
            mlkg:evidenceText "Code is at {REPO_URL}." """,
    )


def test_evaluation_result_node(store: ox.Store) -> None:
    rows = select(
        store,
        f"""SELECT ?v ?metric ?setting ?paper WHERE {{
            ?r a mlkg:EvaluationResult , fair4ml:MLModelEvaluation ;
               fair4ml:evaluatedMLModel <{ent(QWEN2_INSTRUCT)}> ;
               fair4ml:evaluationDataset <{ent(MMLU)}> ; mls:hasValue ?v ;
               mlkg:metric ?metric ; mlkg:setting ?setting ; dcterms:source ?paper }}""",
    )
    assert rows == [("82.3", "accuracy", "5-shot", ent(PAPER_B))]
    assert ask(store, f"<{ent(QWEN2_INSTRUCT)}> mlkg:evaluatedOn <{ent(MMLU)}>")


def test_assertions_carry_the_evidence_of_other_edges(store: ox.Store) -> None:
    rows = select(
        store,
        f"""SELECT ?text ?start ?end ?conf ?tool WHERE {{
            ?a a mlkg:Assertion ; mlkg:subject <{ent(QWEN_7B)}> ; mlkg:predicate fair4ml:trainedOn ;
               mlkg:object <{ent(WEBCRAWL)}> ; mlkg:evidenceText ?text ; mlkg:evidenceStart ?start ;
               mlkg:evidenceEnd ?end ; mlkg:confidence ?conf ; mlkg:extractor ?tool }}""",
    )
    assert rows == [
        (
            "We present Qwen-7B and Qwen-14B, open base models pretrained on WebCrawl-3T.",
            "0",
            "76",
            "0.8",
            "mlkg_data",
        )
    ]


def test_scores_that_are_not_one_number_stay_text(tmp_path: Path) -> None:
    g = build_sample_graph()
    for _, _, data in g.edges(data=True):
        if data.get("value") == "82.3":
            data["value"] = "71.5%"
        elif data.get("value") == "84.2":
            data["value"] = "n/a"
    values = {
        t.object
        for t in graph_to_rdf(g)
        if t.predicate.value == V.P_HAS_VALUE and t.subject.value.startswith(ent("result/"))
    }
    decimal = ox.NamedNode(V.XSD_DECIMAL)
    assert values == {ox.Literal("71.5", datatype=decimal), ox.Literal("n/a")}


# --------------------------------------------------------------------------- determinism
def test_two_exports_are_byte_identical_whatever_the_insertion_order(
    graph: nx.MultiDiGraph, turtle: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.ttl"
    write_rdf(graph, again)
    assert again.read_bytes() == turtle.read_bytes()

    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    for u, v, key, data in reversed(list(graph.edges(keys=True, data=True))):
        shuffled.add_edge(u, v, key=key, **data)
    reordered = tmp_path / "reordered.ttl"
    write_rdf(shuffled, reordered)
    assert reordered.read_bytes() == turtle.read_bytes()
