"""The ``mlkg`` command line: build, extract, eval.

Exit status: 0 when everything was read, 1 when some input was skipped (each skip is a
warning naming file and line), 2 for an error (missing path, no abstracts, bad option, or
any skip under ``--strict``).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import partial, wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from mlkg import __version__, jsontext
from mlkg.commands import register_all
from mlkg.extract.documents import InputWarning, Paper
from mlkg.extract.readers import InputError
from mlkg.extract.readers.paths import OUTPUT_MARKER
from mlkg.gcpause import no_gc
from mlkg.scale.cache import CACHE_DIR, ExtractionCache
from mlkg.scale.prefetch import Prefetch
from mlkg.scale.snapshot import ReadingSnapshot
from mlkg.scale.stages import (
    DEFAULT_BATCH,
    ExtractStats,
    StageTimer,
    extract_records,
    peak_rss_mib,
    read_papers,
)
from mlkg.scale.workers import Backend, BackendError, ProcessBackend, SerialBackend

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


WorkersOpt = Annotated[
    int,
    typer.Option(
        "--workers",
        "-j",
        min=1,
        help="Extraction processes on this machine (each loads the pipeline once).",
    ),
]
DaskOpt = Annotated[
    str | None,
    typer.Option(
        "--dask-scheduler",
        help="Run extraction on an existing Dask cluster, e.g. tcp://HOST:8786 "
        "(needs pip install 'mlkg\\[dask]' here and on the workers).",
        show_default=False,
    ),
]
BatchOpt = Annotated[
    int,
    typer.Option("--batch-size", min=1, help="Papers per extraction batch (and cache commit)."),
]


class _RateColumn(ProgressColumn):
    """Documents per second: rich's recent-speed estimate, else the average so far."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        if speed is None and task.elapsed:
            speed = task.completed / task.elapsed
        return Text("" if not speed else f"{speed:,.0f} docs/s")


class _Run:
    """Reading state shared by the commands: warnings collected as they happen."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.warnings: list[InputWarning] = []

    def warn(self, warning: InputWarning) -> None:
        self.warnings.append(warning)
        err.print(f"[yellow]warning:[/] {escape(str(warning))}", markup=True, soft_wrap=True)

    def progress(self) -> Progress:
        """A bar on interactive terminals only: not with --quiet, in CI or in a pipe."""
        interactive = err.is_terminal and not os.environ.get("CI")
        return Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=self.quiet or not interactive,
        )


_Command = TypeVar("_Command", bound=Callable[..., Any])


def _without_gc(command: _Command) -> _Command:
    """Run a command with Python's cyclic garbage collector paused (see :mod:`mlkg.gcpause`).

    Reading, de-duplication and the records make millions of objects and no reference
    cycles (extracting 1,000 abstracts in process leaves none), yet each full collection
    walks every live object: with the collector on, a rebuild of the corpus spent 4 s of its
    extract stage and 3 s after it collecting nothing. (The graph and the exports pause it
    themselves, for their other callers.) What the command made is frozen at the end, else
    the collector, resuming, would walk it all once more (2.5 s after a corpus build).
    """

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        with no_gc(freeze=True):
            return command(*args, **kwargs)

    return run  # type: ignore[return-value]


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/] {escape(message)}", markup=True, soft_wrap=True)
    return typer.Exit(2)


def _read_papers(
    run: _Run,
    inputs: list[str],
    input_format: str | None,
    strict: bool,
    timer: StageTimer | None = None,
    prefetch: Prefetch | None = None,
    snapshot: ReadingSnapshot | None = None,
) -> tuple[int, list[Paper]]:
    """Documents read and the papers they make; documents are never all held at once.
    With ``prefetch``, each paper's extraction starts as soon as it is read; with
    ``snapshot``, files unchanged since the last build are not read again."""
    timer = timer or StageTimer()
    with run.progress() as progress:
        task = progress.add_task("reading", total=None)
        try:
            count, papers = read_papers(
                inputs,
                input_format,
                run.warn,
                timer,
                lambda n: progress.update(task, completed=n),
                prefetch.offer if prefetch is not None else None,
                snapshot,
            )
        except InputError as error:
            raise _fail(str(error)) from None
        if prefetch is not None:
            prefetch.flush()
    if strict and run.warnings:
        raise _fail(f"{len(run.warnings)} input problem(s) and --strict is set")
    if not papers:
        raise _fail("no abstracts found in " + ", ".join(inputs))
    return count, papers


def _backend(workers: int, dask_scheduler: str | None) -> Backend:
    if dask_scheduler:
        if workers != 1:
            raise _fail("use either --workers (this machine) or --dask-scheduler (a cluster)")
        from mlkg.scale.dask_backend import DaskBackend

        try:
            return DaskBackend(dask_scheduler)
        except BackendError as error:
            raise _fail(str(error)) from None
    if workers == 1:
        return SerialBackend()
    backend = ProcessBackend(workers)
    backend.start()  # the workers load the pipeline while this process reads
    return backend


def _extract(
    run: _Run,
    papers: list[Paper],
    backend: Backend | None = None,
    cache: ExtractionCache | None = None,
    batch_size: int = DEFAULT_BATCH,
    stats: ExtractStats | None = None,
    prefetch: Prefetch | None = None,
) -> Iterator[dict]:
    """Records in paper order, with a progress bar; the backend is closed at the end."""
    backend = backend or SerialBackend()
    try:
        with run.progress() as progress:
            task = progress.add_task("extracting", total=len(papers))
            yield from extract_records(
                papers,
                backend,
                cache,
                batch_size,
                stats,
                lambda n: progress.advance(task, n),
                prefetch,
            )
    except BackendError as error:
        raise _fail(str(error)) from None
    finally:
        backend.close()


def _read_then_extract(
    run: _Run,
    inputs: list[str],
    input_format: str | None,
    strict: bool,
    backend: Backend,
    cache: ExtractionCache | None,
    batch_size: int,
    stats: ExtractStats,
    timer: StageTimer | None = None,
    snapshot: ReadingSnapshot | None = None,
) -> tuple[int, list[Paper], Iterator[dict]]:
    """``(documents read, papers, their records as they come)``.

    On a backend that runs beside this process, extraction starts while the input is still
    being read (:mod:`mlkg.scale.prefetch`). The caller closes the backend, whatever
    happens (the records close it too, once exhausted).
    """
    prefetch = Prefetch(backend, cache, batch_size) if Prefetch.useful(backend) else None
    count, papers = _read_papers(run, inputs, input_format, strict, timer, prefetch, snapshot)
    return count, papers, _extract(run, papers, backend, cache, batch_size, stats, prefetch)


def _write_jsonl(records: Iterable[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(jsontext.dumps(record) + "\n")


def _exit_status(run: _Run) -> None:
    if run.warnings:
        err.print(f"{len(run.warnings)} input problem(s) were skipped (see warnings above)")
        raise typer.Exit(1)


def _interrupted(cache: ExtractionCache | None) -> typer.Exit:
    """Ctrl-C while reading or extracting: finished batches are in the cache; say how many
    and how to resume."""
    kept = cache.added() if cache is not None else 0
    err.print(
        f"interrupted: {kept} newly extracted paper(s) are kept in the cache; "
        "run the same command again to resume"
        if cache is not None
        else "interrupted"
    )
    return typer.Exit(130)


@app.command()
@_without_gc
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
    workers: WorkersOpt = 1,
    dask_scheduler: DaskOpt = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help=f"Read and extract every abstract again; neither read nor update "
            f"OUT/{CACHE_DIR}/.",
        ),
    ] = False,
    batch_size: BatchOpt = DEFAULT_BATCH,
    timings: Annotated[
        Path | None,
        typer.Option(
            "--timings",
            help="Also write stage times, counts and peak memory as JSON to this file.",
            show_default=False,
        ),
    ] = None,
    html_focus: Annotated[
        str | None,
        typer.Option(
            "--html-focus",
            help="Draw graph.html around this model, dataset or method (any alias).",
            show_default=False,
        ),
    ] = None,
    depth: Annotated[
        int, typer.Option("--depth", help="With --html-focus: how many steps around it.")
    ] = 2,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Read abstracts, extract, and write the graph: graph.ttl, store/ (for mlkg query and
    mlkg serve), graph.html, graph.graphml, extractions.jsonl.

    Extraction results are cached in OUT/cache/: rebuilds extract only new or changed text.

    Input files that the last build read, unchanged since, are not read again (add new last).

    Example: mlkg build examples/ -o out --workers 2
    """
    from mlkg.export.formats import RDF_EXTENSIONS

    if rdf_format not in RDF_EXTENSIONS:
        raise _fail(f"unknown RDF format {rdf_format!r} (choose from {', '.join(RDF_EXTENSIONS)})")

    run = _Run(quiet)
    timer = StageTimer()
    # the workers first: their start-up (spaCy, the pipeline) overlaps this process's own
    # imports (spaCy, Oxigraph, networkx: seconds on a busy machine) and its reading
    backend = _backend(workers, dask_scheduler)
    try:
        from mlkg.export.outputs import ExportError, write_exports
        from mlkg.export.store import StoreError
        from mlkg.extract import pipeline
        from mlkg.graph.build import build_graph
    except BaseException:
        backend.close()
        raise
    stats = ExtractStats()
    cache = snapshot = None
    warn = partial(err.print, style="yellow", markup=False, soft_wrap=True)  # paths unbroken
    if not no_cache:  # opened at its first use: a build that reads nothing leaves none
        cache = ExtractionCache(output / CACHE_DIR, pipeline.PIPELINE_VERSION, warn=warn)
        snapshot = ReadingSnapshot(output / CACHE_DIR, pipeline.PIPELINE_VERSION, warn=warn)
    try:
        n_documents, papers, extracted = _read_then_extract(
            run,
            inputs,
            input_format or fmt,
            strict,
            backend,
            cache,
            batch_size,
            stats,
            timer,
            snapshot,
        )
        n_papers = len(papers)
        output.mkdir(parents=True, exist_ok=True)
        (output / OUTPUT_MARKER).write_text(
            "Written by mlkg build; mlkg does not read this folder as input.\n"
        )
        with timer.stage("extract"):
            records = list(extracted)
    except KeyboardInterrupt:
        raise _interrupted(cache) from None
    finally:
        backend.close()
        if cache is not None:
            cache.close()
    del papers  # the records hold the texts now
    with timer.stage("graph"):
        graph = build_graph(records)
    with timer.stage("jsonl"):
        _write_jsonl(records, output / "extractions.jsonl")
    # the summary only counts records: keep their ids, free the rest (texts, evidence)
    # before the exports, which need the graph alone and are the build's memory peak
    summary_records = [{"id": record["id"]} for record in records] if not quiet else []
    del records
    try:
        exported = write_exports(
            graph,
            output,
            rdf_format,
            timer,
            title=f"mlkg: {n_papers} papers",
            focus=html_focus,
            depth=depth,
            cache=None if no_cache else output / CACHE_DIR,
            warn=warn,
        )
    except (StoreError, ExportError, ValueError) as error:  # ValueError: a bad --html-focus
        raise _fail(str(error)) from None
    restored_files = snapshot.restored_files if snapshot is not None else 0
    restored_documents = snapshot.restored_documents if snapshot is not None else 0
    if timings is not None:
        counts = {
            "documents": n_documents,
            "restored_documents": restored_documents,
            "papers": n_papers,
            "store_changes": _store_changes(exported.store_changes),
        }
        _write_timings(timings, timer, counts, stats, backend, workers)
    if not quiet:
        _summary(run, n_documents, summary_records, graph, output, exported.rdf_file.name)
        if restored_files:
            err.print(
                f"reading: {restored_files} unchanged input file(s) "
                f"({restored_documents} abstracts) restored from {output}/{CACHE_DIR}/",
                soft_wrap=True,
            )
        err.print(_cache_line(stats, cache, output), soft_wrap=True)
        if exported.store_changes is not None:
            removed, added = exported.store_changes
            err.print(
                f"store: the last build's, updated: {removed} quad(s) removed, {added} added",
                soft_wrap=True,
            )
        err.print(timer.summary(), soft_wrap=True)
    global _SKIP_TEARDOWN
    _SKIP_TEARDOWN = True
    _exit_status(run)


def _cache_line(stats: ExtractStats, cache: ExtractionCache | None, output: Path) -> str:
    where = f"{output}/{CACHE_DIR}/" if cache is not None else "no cache (--no-cache)"
    return f"extraction: {stats.extracted} paper(s) extracted, {stats.cached} from {where}"


def _store_changes(changes: tuple[int, int] | None) -> dict[str, int] | None:
    return None if changes is None else {"removed": changes[0], "added": changes[1]}


def _write_timings(
    path: Path,
    timer: StageTimer,
    counts: dict[str, Any],
    stats: ExtractStats,
    backend: Backend,
    workers: int,
) -> None:
    """The build's figures as JSON, for benchmarks and CI trend lines; ``counts``: documents,
    restored_documents, papers, store_changes."""
    from mlkg.extract import pipeline

    report = {
        **counts,
        "extracted": stats.extracted,
        "cached": stats.cached,
        "pipeline_version": pipeline.PIPELINE_VERSION,
        "backend": type(backend).__name__,
        "workers": workers,
        "seconds": {name: round(value, 3) for name, value in timer.seconds.items()},
        "total_seconds": round(timer.total, 3),
        "background_seconds": {name: round(value, 3) for name, value in timer.background.items()},
        "cpu_seconds": {
            name: {who: round(value, 3) for who, value in cpu.items()}
            for name, cpu in timer.cpu.items()
        },
        "peak_rss_mib": peak_rss_mib(),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


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
@_without_gc
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
    workers: WorkersOpt = 1,
    dask_scheduler: DaskOpt = None,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            "--cache",
            help="Folder of an extraction cache to use and update (e.g. OUT/cache of a build).",
            show_default=False,
        ),
    ] = None,
    batch_size: BatchOpt = DEFAULT_BATCH,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Extract entities and relations, one JSON record per paper (no graph).

    Records are written as their batch completes, in input order.

    Example: mlkg extract examples/ -o extractions.jsonl
    """
    if fmt != "jsonl":
        raise _fail(f"unknown output format {fmt!r} (only jsonl)")
    run = _Run(quiet)
    backend = _backend(workers, dask_scheduler)  # before spaCy loads here: see build
    from mlkg.extract import pipeline

    warn = partial(err.print, style="yellow", markup=False)
    cache = ExtractionCache(cache_dir, pipeline.PIPELINE_VERSION, warn) if cache_dir else None
    stats = ExtractStats()
    try:
        _, _, records = _read_then_extract(
            run, inputs, input_format, strict, backend, cache, batch_size, stats
        )
        if output is None:
            for record in records:
                sys.stdout.write(jsontext.dumps(record) + "\n")
        else:
            _write_jsonl(records, output)
    except KeyboardInterrupt:
        raise _interrupted(cache) from None
    finally:
        backend.close()
        if cache is not None:
            cache.close()
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
    records = list(_extract(run, papers))
    report = score_records(load_gold(gold), records)
    typer.echo(format_report(report, title=f"mlkg {__version__} on {gold.name}"))
    if errors:
        typer.echo(format_errors(report))


register_all(app)


#: set by a finished ``build``: its graph is written and nothing is left to clean up
_SKIP_TEARDOWN = False


def main() -> None:
    """The ``mlkg`` command.

    A corpus build leaves millions of objects (the graph and its evidence) that Python
    would free one by one at exit, seconds that nobody waits for: once a build has written
    and flushed everything, the process ends without that teardown. Other commands (a
    server, a Dask client) exit normally, with their clean-up handlers.
    """
    try:
        app()
    except SystemExit as stop:
        if not _SKIP_TEARDOWN:
            raise
        code = stop.code
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code if isinstance(code, int) else int(code is not None))


if __name__ == "__main__":  # pragma: no cover
    main()
