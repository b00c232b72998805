"""The ``mlkg`` command line: build, extract, eval.

Exit status: 0 when everything was read, 1 when some input was skipped (each skip is a
warning naming file and line), 2 for an error (missing path, no abstracts, bad option, or
any skip under ``--strict``).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from mlkg import __version__
from mlkg.commands import register_all
from mlkg.extract.dedup import deduplicate
from mlkg.extract.documents import InputWarning, Paper
from mlkg.extract.readers import InputError, read_documents
from mlkg.extract.readers.paths import OUTPUT_MARKER

app = typer.Typer(
    help=(
        "Build a knowledge graph of ML models, methods, datasets, benchmarks, scores, "
        "repositories and lineage from paper abstracts."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)

InputsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders (read recursively) or glob patterns: text, arXiv listings, "
        "JSON Lines, CSV, or .gz of any of them.",
        show_default=False,
    ),
]
InputFormatOpt = Annotated[
    str | None,
    typer.Option(
        "--input-format",
        help="Force the input format (text, arxiv-listing, jsonl, csv) instead of detecting it.",
    ),
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Treat any skipped file or line as an error.")
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]


class _Run:
    """Reading state shared by the commands: warnings collected as they happen."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.warnings: list[InputWarning] = []

    def warn(self, warning: InputWarning) -> None:
        self.warnings.append(warning)
        err.print(f"[yellow]warning:[/] {warning}", markup=True, soft_wrap=True)

    def progress(self) -> Progress:
        interactive = err.is_terminal and not os.environ.get("CI")
        return Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=self.quiet or not interactive,
        )


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/] {message}", markup=True, soft_wrap=True)
    return typer.Exit(2)


def _read_papers(
    run: _Run, inputs: list[str], input_format: str | None, strict: bool
) -> tuple[int, list[Paper]]:
    try:
        documents = list(read_documents(inputs, input_format, warn=run.warn))
    except InputError as error:
        raise _fail(str(error)) from None
    if strict and run.warnings:
        raise _fail(f"{len(run.warnings)} input problem(s) and --strict is set")
    if not documents:
        raise _fail("no abstracts found in " + ", ".join(inputs))
    return len(documents), deduplicate(documents)


def _extract(run: _Run, papers: list[Paper]) -> list[dict]:
    from mlkg.extract.pipeline import extract

    records = []
    started = time.perf_counter()
    with run.progress() as progress:
        task = progress.add_task("extracting", total=len(papers), rate="")
        for record in extract(papers):
            records.append(record)
            elapsed = time.perf_counter() - started
            progress.update(task, advance=1, rate=f"{len(records) / max(elapsed, 1e-9):.0f} docs/s")
    return records


def _write_jsonl(records: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")


def _exit_status(run: _Run) -> None:
    if run.warnings:
        err.print(f"{len(run.warnings)} input problem(s) were skipped (see warnings above)")
        raise typer.Exit(1)


@app.command()
def build(
    inputs: InputsArg,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the graph files.")
    ] = Path("out"),
    input_format: InputFormatOpt = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="Same as --input-format.", hidden=True)
    ] = None,
    rdf_format: Annotated[
        str,
        typer.Option(
            "--rdf-format",
            help="RDF export: turtle, nt, nquads or trig (one graph per paper), jsonld.",
        ),
    ] = "turtle",
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Read abstracts, extract, and write the graph: graph.ttl, store/ (for mlkg query and
    mlkg serve), graph.html, graph.graphml, extractions.jsonl.

    Example: mlkg build examples/ -o out
    """
    from mlkg.export.graphml import write_graphml
    from mlkg.export.html import write_html
    from mlkg.export.rdf import RDF_EXTENSIONS, write_rdf
    from mlkg.export.store import StoreError, write_store
    from mlkg.graph.build import build_graph

    if rdf_format not in RDF_EXTENSIONS:
        raise _fail(f"unknown RDF format {rdf_format!r} (choose from {', '.join(RDF_EXTENSIONS)})")

    run = _Run(quiet)
    n_documents, papers = _read_papers(run, inputs, input_format or fmt, strict)
    records = _extract(run, papers)
    graph = build_graph(records)
    output.mkdir(parents=True, exist_ok=True)
    (output / OUTPUT_MARKER).write_text(
        "Written by mlkg build; mlkg does not read this folder as input.\n"
    )
    _write_jsonl(records, output / "extractions.jsonl")
    rdf_file = output / f"graph.{RDF_EXTENSIONS[rdf_format]}"
    write_rdf(graph, rdf_file, rdf_format)
    try:
        write_store(graph, output / "store")
    except StoreError as error:
        raise _fail(str(error)) from None
    write_graphml(graph, output / "graph.graphml")
    write_html(graph, output / "graph.html", title=f"mlkg: {len(papers)} papers")
    if not quiet:
        _summary(run, n_documents, records, graph, output, rdf_file.name)
    _exit_status(run)


def _summary(
    run: _Run, n_documents: int, records: list[dict], graph, output: Path, rdf_name: str
) -> None:
    nodes = Counter(data["type"] for _, data in graph.nodes(data=True))
    edges = Counter(data["rel"] for _, _, data in graph.edges(data=True))
    err.print(f"read {n_documents} abstracts -> {len(records)} papers after de-duplication")
    err.print("nodes: " + ", ".join(f"{t} {n}" for t, n in sorted(nodes.items())))
    err.print("edges: " + ", ".join(f"{r} {n}" for r, n in sorted(edges.items())))
    err.print(f"warnings: {len(run.warnings)}")
    report = graph.graph.get("report") or []
    shown = 20  # a corpus can have many; the rest stay in graph.graphml's "report"
    err.print(f"report: {len(report)} item(s) to check" + (":" if report else ""))
    for line in report[:shown]:
        err.print(f"  {line}", markup=False, soft_wrap=True)
    if len(report) > shown:
        err.print(
            f"  ... and {len(report) - shown} more (graph attribute 'report' in graph.graphml)"
        )
    err.print(f"wrote {output}/{rdf_name}, store/, graph.html, graph.graphml, extractions.jsonl")


@app.command()
def extract(
    inputs: InputsArg,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Output file (default: standard output)."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="Output format: jsonl (one record per paper).")
    ] = "jsonl",
    input_format: InputFormatOpt = None,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Extract entities and relations, one JSON record per paper (no graph).

    Example: mlkg extract examples/ -o extractions.jsonl
    """
    if fmt != "jsonl":
        raise _fail(f"unknown output format {fmt!r} (only jsonl)")
    run = _Run(quiet)
    _, papers = _read_papers(run, inputs, input_format, strict)
    records = _extract(run, papers)
    if output is None:
        for record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    else:
        _write_jsonl(records, output)
    _exit_status(run)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON Lines, spec format).")],
    inputs: InputsArg,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list each document's misses and false hits.")
    ] = False,
    input_format: InputFormatOpt = None,
) -> None:
    """Score extraction of INPUTS against GOLD, as the spec's "How it is scored" says.

    Example: mlkg eval gold.jsonl abstracts/
    """
    from mlkg.evaluation import evaluate as score_records
    from mlkg.evaluation import format_errors, format_report, load_gold

    if not gold.exists():
        raise _fail(f"gold file not found: {gold}")
    run = _Run(quiet=True)
    _, papers = _read_papers(run, inputs, input_format, strict=False)
    records = _extract(run, papers)
    report = score_records(load_gold(gold), records)
    typer.echo(format_report(report, title=f"mlkg {__version__} on {gold.name}"))
    if errors:
        typer.echo(format_errors(report))


register_all(app)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
