"""``mlkg validate OUT``: check a built graph against the SHACL shapes it promises.

Exit status: 0 it conforms, 1 it does not (the report lists each violation), 2 an error (no
store, unreadable file).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

#: graph files that can be validated directly, by extension
_FILE_FORMATS = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".trig": "TRIG",
    ".jsonld": "JSON_LD",
}


def register(app: typer.Typer) -> None:
    app.command("validate")(validate)


def validate(
    output: Annotated[
        Path,
        typer.Argument(
            help="The folder written by mlkg build (its store/ is checked), or a graph file "
            "(.ttl, .nt, .nq, .trig, .jsonld)."
        ),
    ],
) -> None:
    """Validate a built graph with the SHACL shapes of mlkg (pySHACL) and print a report.

    Example: mlkg validate out
    """
    import pyoxigraph

    from mlkg.export.shacl import format_report
    from mlkg.export.shacl import validate as run_validation
    from mlkg.export.store import StoreError, open_store

    if output.is_file():
        rdf_format = _FILE_FORMATS.get(output.suffix.lower())
        if rdf_format is None:
            raise _fail(f"cannot read {output}: use one of {', '.join(_FILE_FORMATS)}")
        store = pyoxigraph.Store()
        try:
            store.bulk_load(path=str(output), format=getattr(pyoxigraph.RdfFormat, rdf_format))
        except (SyntaxError, OSError) as error:
            raise _fail(f"cannot read {output}: {error}") from None
        source = str(output)
    else:
        try:
            store = open_store(output)
        except StoreError as error:
            raise _fail(str(error)) from None
        source = str(output)
    report = run_validation(store)
    typer.echo(format_report(report, source))
    if not report.conforms:
        raise typer.Exit(1)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)
