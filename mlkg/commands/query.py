"""``mlkg query OUT ...``: SPARQL over the store that ``mlkg build`` wrote, no server needed.

Reads ``OUT/store`` read-only and never re-runs extraction, so it is instant and can run while
``mlkg serve`` serves the same store. Exit status: 0 results written, 2 an error (no store,
malformed query, unknown named query, wrong arguments).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

import typer

QUERY_HELP = (
    "A SPARQL query, or the name of a shipped query (see --list) followed by its arguments. "
    "The prefixes mlkg, ent, schema, prov, dcterms, skos, fair4ml, mls, rdf, rdfs, xsd, owl "
    "are pre-declared."
)
_NAME = re.compile(r"[A-Za-z][\w-]*")


def register(app: typer.Typer) -> None:
    app.command("query")(query)


def query(
    output: Annotated[
        Path, typer.Argument(help="The folder written by mlkg build (it holds store/).")
    ],
    text: Annotated[str | None, typer.Argument(help=QUERY_HELP, show_default=False)] = None,
    args: Annotated[
        list[str] | None, typer.Argument(help="Arguments of a named query.", show_default=False)
    ] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the SPARQL query from this file.")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option("--format", help="table (aligned, for people), csv, tsv or json."),
    ] = "table",
    list_queries: Annotated[
        bool, typer.Option("--list", help="List the shipped named queries and exit.")
    ] = False,
) -> None:
    """Run a SPARQL query on a built graph: aligned table, or CSV/TSV/JSON results.

    Examples: mlkg query out 'SELECT ?m WHERE { ?m a mlkg:Model }';
    mlkg query out leaderboard MMLU; mlkg query out --file q.rq --format csv
    """
    from mlkg.queries import catalog

    if list_queries:
        typer.echo(_listing(catalog()))
        return
    from mlkg.export.store import StoreError, open_store
    from mlkg.queries.run import RESULT_FORMATS, QuerySyntaxError, render, run_query

    if fmt not in RESULT_FORMATS:
        raise _fail(f"unknown --format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    sparql = _query_text(text, list(args or []), file)
    try:
        store = open_store(output)
    except StoreError as error:
        raise _fail(str(error)) from None
    try:
        result = run_query(store, sparql)
        data = render(result, fmt)
    except QuerySyntaxError as error:
        raise _fail(str(error)) from None
    except (RuntimeError, OSError, ValueError) as error:  # evaluation errors
        raise _fail(f"query failed: {error}") from None
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def _query_text(text: str | None, args: list[str], file: Path | None) -> str:
    """The SPARQL to run: from --file, a named query, or the text itself; arguments bound."""
    from mlkg.queries import QueryArgumentError, bind, catalog, parse_header

    if file is not None:
        if not file.is_file():
            raise _fail(f"query file not found: {file}")
        if text is not None:
            args = [text, *args]  # with --file, every positional is an argument
        named = parse_header(file.stem, file.read_text(encoding="utf-8"))
    elif text is None:
        raise _fail("give a SPARQL query, --file FILE, or a named query (mlkg query OUT --list)")
    elif _NAME.fullmatch(text):
        named = catalog().get(text)
        if named is None:
            known = ", ".join(catalog())
            raise _fail(f"no shipped query named {text!r} (known: {known}); see --list")
    else:
        first = text.split(maxsplit=1)[0] if text.strip() else ""
        if first in catalog() and "{" not in text:
            raise _fail(
                f"to run the shipped query {first!r}, give its name and each argument as "
                f"separate words: mlkg query OUT {first} ARGUMENT (quote an argument with spaces)"
            )
        if args:
            raise _fail("arguments are only for named queries and --file queries with parameters")
        return text
    if not named.params and not args:
        return named.text
    try:
        return bind(named, args)
    except QueryArgumentError as error:
        raise _fail(str(error)) from None


def _listing(queries: dict) -> str:
    lines = ["Shipped queries, run as: mlkg query OUT NAME [ARGUMENT]", ""]
    for named in queries.values():
        lines.append(f"{named.usage}")
        lines.append(f"    {named.summary}")
        for param, help_text in named.params:
            lines.append(f"    {param.upper()}: {help_text}")
        for line in named.description.splitlines():
            lines.append(f"    {line}".rstrip())
        lines.append("")
    return "\n".join(lines).rstrip()


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)
