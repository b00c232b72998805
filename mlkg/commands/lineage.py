"""``mlkg lineage NAME --graph OUT/``: where a model comes from and what came from it.

Reads the graph ``mlkg build`` wrote (never re-runs extraction) and prints the ancestors
and descendants of one entity as a text tree, or as JSON for scripts, or writes the family
as an interactive page. The query logic is :mod:`mlkg.graph.lineage`; the output shapes are
documented in ``docs/lineage.md``.

Exit status: 0 answered, 2 an error (no graph, unknown or ambiguous name, bad option).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True, highlight=False)


def lineage_command(
    name: Annotated[
        str,
        typer.Argument(
            help="A model, method or dataset: any written form or alias, any case, or a "
            "node id such as model/qwen2-72b.",
            show_default=False,
        ),
    ],
    graph: Annotated[
        Path,
        typer.Option("--graph", "-g", help="Folder written by mlkg build, or its graph.graphml."),
    ] = Path("out"),
    entity_type: Annotated[
        str | None,
        typer.Option(
            "--type",
            help="Only consider nodes of this type (model, method, dataset, benchmark): for a "
            "name that several things share.",
        ),
    ] = None,
    ancestors: Annotated[
        bool, typer.Option("--ancestors", help="Only what NAME comes from.")
    ] = False,
    descendants: Annotated[
        bool, typer.Option("--descendants", help="Only what comes from NAME.")
    ] = False,
    depth: Annotated[
        int | None,
        typer.Option("--depth", min=1, help="Follow at most this many generations."),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="Output: text (a tree) or json (docs/lineage.md).")
    ] = "text",
    evidence: Annotated[
        bool, typer.Option("--evidence", help="Show the sentence behind each edge.")
    ] = False,
    text_only: Annotated[
        bool,
        typer.Option("--text-only", help="Hide lineage suggested only by the names."),
    ] = False,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Also write the family as an interactive HTML page."),
    ] = None,
) -> None:
    """Ancestors and descendants of NAME (derivedFrom, successorOf) in a built graph.

    Example: mlkg lineage Qwen2-72B-Instruct --graph out/ --evidence
    """
    from mlkg.graph.lineage import (
        LineageError,
        find_entity,
        lineage,
        load_graph,
        render_tree,
        to_json,
    )

    if fmt not in ("text", "json"):
        raise _fail(f"unknown format {fmt!r} (text or json)")
    if entity_type and entity_type.casefold() not in ("model", "method", "dataset", "benchmark"):
        raise _fail(f"unknown type {entity_type!r} (model, method, dataset or benchmark)")
    direction = "both"
    if ancestors != descendants:
        direction = "ancestors" if ancestors else "descendants"
    try:
        g = load_graph(graph)
        root = find_entity(g, name, entity_type)
    except LineageError as error:
        raise _fail(str(error)) from None
    result = lineage(g, root, direction=direction, depth=depth, text_only=text_only)
    if fmt == "json":
        typer.echo(json.dumps(to_json(g, result, query=name), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_tree(g, result, evidence=evidence))
    if html is not None:
        _write_page(g, result, html)


def _write_page(g, result, path: Path) -> None:
    """The family (its nodes and lineage edges) as an offline page, parents above children."""
    from mlkg.export.html import write_html
    from mlkg.graph.lineage import family_graph

    family = family_graph(g, result)
    label = g.nodes[result.root].get("label") or result.root
    path.parent.mkdir(parents=True, exist_ok=True)
    write_html(family, path, title=f"lineage of {label}", layout="hierarchical")
    err.print(f"wrote {path}")


def _fail(message: str) -> typer.Exit:
    err.print(f"[red]error:[/] {message}", markup=True, soft_wrap=True)
    return typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add ``mlkg lineage`` to the command line."""
    app.command("lineage")(lineage_command)
