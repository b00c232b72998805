"""Oxigraph vs plain rdflib on a graph of a million triples or more: write, parse, query.

Not a test: a script that prints figures. It generates a synthetic graph in the shape of the
graph contract (``docs/formats.md``: papers, models, datasets, methods, repositories, every
relation with its evidence), exports it with mlkg's own exporter, then times the same work
with pyoxigraph and with rdflib (no oxrdflib plugin):

* serialise the triples as Turtle;
* parse that Turtle file;
* one aggregate SPARQL query (mean score and number of results per benchmark);
* and, for Oxigraph only, the persistent store that ``mlkg build`` writes and a query on it.

Run: ``python bench/rdf_bench.py`` (``--papers N`` to change the size, ``--skip-rdflib`` for
the Oxigraph side only). Memory: about 4 GB for rdflib at the default size.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph
import rdflib

from mlkg import vocabulary as V
from mlkg.export.rdf import graph_to_rdf, write_rdf
from mlkg.export.store import open_store, write_store
from mlkg.naming import entity_id, repository_id

AGGREGATE = """
SELECT ?benchmark (COUNT(?r) AS ?results) (AVG(?value) AS ?mean) WHERE {
  ?r a mlkg:EvaluationResult ; fair4ml:evaluationDataset ?b ; mls:hasValue ?value .
  ?b rdfs:label ?benchmark .
} GROUP BY ?benchmark ORDER BY DESC(?results) LIMIT 10
"""
PREFIX_HEADER = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in V.PREFIXES.items())
SENTENCES = (
    "{a} is fine-tuned from {b} on instruction data.",
    "{a} scores {v} on {d}, ahead of {b}.",
    "We train {a} on {t} and release the weights.",
    "Compared with {b}, {a} needs half the compute.",
)


def synthetic_graph(papers: int, seed: int = 7) -> nx.MultiDiGraph:
    """A graph in the contract's shape: ~150 triples per paper once exported."""
    rng = random.Random(seed)
    models = [f"Model-{i}-{rng.choice('BMK')}" for i in range(max(papers * 3, 10))]
    datasets = [f"Data-{i}" for i in range(max(papers // 4, 10))]
    benchmarks = [f"Bench-{i}" for i in range(max(papers // 20, 10))]
    methods = [f"Method-{i}" for i in range(max(papers // 4, 10))]
    g = nx.MultiDiGraph()
    for kind, names in (
        (V.MODEL, models),
        (V.DATASET, datasets),
        (V.BENCHMARK, benchmarks),
        (V.METHOD, methods),
    ):
        for name in names:
            g.add_node(
                entity_id(kind, name),
                type=kind,
                types=V.all_types(kind),
                label=name,
                aliases=[name.replace("-", " ")],
                papers=[],
            )
    for p in range(papers):
        paper = f"paper/arxiv-2399.{p:05d}"
        a, b = rng.sample(models, 2)
        data, bench = rng.choice(datasets), rng.choice(benchmarks)
        sentences = [
            s.format(a=a, b=b, d=bench, t=data, v=round(rng.uniform(10, 95), 1)) for s in SENTENCES
        ]
        text = " ".join(sentences)
        g.add_node(
            paper,
            type=V.PAPER,
            types=[V.PAPER],
            label=f"arXiv:2399.{p:05d}",
            arxiv=f"2399.{p:05d}",
            date=f"2399-{1 + p % 12:02d}-{1 + p % 28:02d}",
            title=None,
            comment="9 pages",
            sources=[f"bench.txt:{p + 1}"],
            text=text,
        )
        offsets = _offsets(sentences)

        def ev(i: int, conf: float, paper: str = paper, offsets: list = offsets) -> dict[str, Any]:
            start, end, sentence = offsets[i]
            return {
                "paper": paper,
                "sentence": sentence,
                "start": start,
                "end": end,
                "component": "bench",
                "confidence": conf,
            }

        entities = [entity_id(V.MODEL, a), entity_id(V.MODEL, b)]
        entities += [entity_id(V.DATASET, data), entity_id(V.BENCHMARK, bench)]
        entities.append(entity_id(V.METHOD, rng.choice(methods)))
        for node in entities:
            g.nodes[node]["papers"].append(paper)
            _edge(g, paper, node, V.MENTIONS, [])
        _edge(g, paper, entities[0], V.INTRODUCES, [ev(0, 0.8)])
        _edge(g, entities[0], entities[1], V.DERIVED_FROM, [ev(0, 0.9)], kind=V.FINETUNED)
        _edge(g, entities[0], entities[2], V.TRAINED_ON, [ev(2, 0.7)])
        _edge(g, entities[0], entities[1], V.COMPARED_WITH, [ev(3, 0.7)])
        for model in entities[:2]:
            value = f"{rng.uniform(10, 95):.1f}"
            _edge(g, model, entities[3], V.EVALUATED_ON, [ev(1, 0.85)], value=value)
            _edge(g, model, entities[3], V.EVALUATED_ON, [ev(1, 0.8)], value=value, metric="acc")
        url = f"https://github.com/bench-lab/model-{p}"
        repo = repository_id(url)
        g.add_node(repo, type=V.REPOSITORY, types=[V.REPOSITORY], label=url, url=url, kind="code")
        g.nodes[repo]["papers"] = [paper]
        _edge(g, paper, repo, V.HAS_REPOSITORY, [ev(2, 0.95)])
    return g


def _offsets(sentences: list[str]) -> list[tuple[int, int, str]]:
    out, start = [], 0
    for sentence in sentences:
        out.append((start, start + len(sentence), sentence))
        start += len(sentence) + 1
    return out


def _edge(g: nx.MultiDiGraph, u: str, v: str, rel: str, evidence: list, **fields: Any) -> None:
    key = rel + "".join(f":{fields[k]}" for k in ("kind", "value", "metric") if fields.get(k))
    g.add_edge(
        u,
        v,
        key=key,
        rel=rel,
        kind=fields.get("kind"),
        value=fields.get("value"),
        metric=fields.get("metric"),
        split=None,
        setting=None,
        basis=V.BASIS_TEXT,
        confidence=max((e["confidence"] for e in evidence), default=1.0),
        support=len({e["paper"] for e in evidence}),
        evidence=evidence,
    )


def timed(label: str, action: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    print(f"  {label:<44} {seconds:8.2f} s", flush=True)
    return seconds, result


def oxigraph_side(g: nx.MultiDiGraph, folder: Path) -> dict[str, Any]:
    """mlkg's export and Oxigraph: returns the timings and the query rows to compare."""
    ttl = folder / "graph.ttl"
    figures: dict[str, Any] = {}
    print("mlkg export (pyoxigraph terms):")
    _, triples = timed("graph -> triples (mlkg.export.rdf)", lambda: graph_to_rdf(g))
    figures["triples"] = len(triples)
    print(f"  {len(triples):,} triples")
    if len(triples) < 1_000_000:
        print("  (fewer than 1M triples: raise --papers)")
    prefixes = dict(V.PREFIXES)
    figures["serialise"], _ = timed(
        "Oxigraph: serialise Turtle",
        lambda: pyoxigraph.serialize(
            triples, str(ttl), pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes
        ),
    )
    triples.clear()
    timed("mlkg write_rdf turtle (triples + write)", lambda: write_rdf(g, ttl))
    timed("mlkg write_store (quads per paper, RocksDB)", lambda: write_store(g, folder / "store"))

    def parse() -> pyoxigraph.Store:
        store = pyoxigraph.Store()
        store.bulk_load(path=str(ttl), format=pyoxigraph.RdfFormat.TURTLE)
        return store

    figures["parse"], memory = timed("Oxigraph: parse Turtle (in-memory store)", parse)
    figures["query"], figures["rows"] = timed(
        "Oxigraph: aggregate SPARQL query",
        lambda: list(memory.query(AGGREGATE, prefixes=prefixes)),
    )
    disk = open_store(folder)
    timed(
        "Oxigraph: same query on the persistent store",
        lambda: list(disk.query(AGGREGATE, prefixes=prefixes, use_default_graph_as_union=True)),
    )
    top = figures["rows"][0]
    print(f"  top benchmark: {top['benchmark'].value}, {top['results'].value} results")
    return figures


def rdflib_side(ttl: Path, folder: Path) -> dict[str, Any]:
    """The same work with plain rdflib (no oxrdflib store plugin)."""
    figures: dict[str, Any] = {}
    print("plain rdflib (no oxrdflib):")
    figures["parse"], graph = timed(
        "rdflib: parse Turtle", lambda: rdflib.Graph().parse(str(ttl), format="turtle")
    )
    figures["serialise"], _ = timed(
        "rdflib: serialise Turtle",
        lambda: graph.serialize(destination=str(folder / "rdflib.ttl"), format="turtle"),
    )
    figures["query"], figures["rows"] = timed(
        "rdflib: aggregate SPARQL query", lambda: list(graph.query(PREFIX_HEADER + AGGREGATE))
    )
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=7000, help="synthetic papers (7000 ~ 1.2M)")
    parser.add_argument("--skip-rdflib", action="store_true", help="time Oxigraph only")
    options = parser.parse_args(argv)

    print(f"generating a synthetic graph of {options.papers} papers ...", flush=True)
    g = synthetic_graph(options.papers)
    print(f"  networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    with tempfile.TemporaryDirectory(prefix="mlkg-bench-") as tmp:
        folder = Path(tmp)
        ox = oxigraph_side(g, folder)
        if options.skip_rdflib:
            return
        rd = rdflib_side(folder / "graph.ttl", folder)
    assert len(rd["rows"]) == len(ox["rows"]), "both engines must agree"
    print(f"Oxigraph vs rdflib on {ox['triples']:,} triples:")
    for step in ("serialise", "parse", "query"):
        print(
            f"  {step:<10} Oxigraph {ox[step]:7.2f} s   rdflib {rd[step]:7.2f} s"
            f"   {rd[step] / max(ox[step], 1e-9):5.1f}x faster"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
