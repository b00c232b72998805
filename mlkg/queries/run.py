"""Running a SPARQL query on the store and writing its results for people or programs.

The vocabulary prefixes (``vocabulary.PREFIXES``) are passed to Oxigraph's parser rather than
pasted above the query, so the line and column of a syntax error are those of the user's own
text. Queries see the default graph as the union of all graphs (descriptions plus every
paper's graph), and ``GRAPH ?paper { ... }`` still reaches each paper's own statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyoxigraph
from pyoxigraph import (
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    QueryTriples,
    RdfFormat,
)

from mlkg import vocabulary as V
from mlkg.export.jsonld import compact
from mlkg.export.store import UNION

#: ``--format`` values and what they produce for SELECT / ASK results
RESULT_FORMATS: dict[str, QueryResultsFormat | None] = {
    "table": None,
    "csv": QueryResultsFormat.CSV,
    "tsv": QueryResultsFormat.TSV,
    "json": QueryResultsFormat.JSON,
}
#: what CONSTRUCT / DESCRIBE results become in each ``--format``
_GRAPH_FORMATS = {
    "table": RdfFormat.TURTLE,
    "csv": RdfFormat.N_TRIPLES,
    "tsv": RdfFormat.N_TRIPLES,
    "json": RdfFormat.JSON_LD,
}
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.I,
)
_POSITION = re.compile(r"^error at (\d+):(\d+):\s*", re.S)

Result = QuerySolutions | QueryBoolean | QueryTriples


@dataclass
class QuerySyntaxError(Exception):
    """A query that does not parse, with the parser's own message and its position."""

    message: str
    line: int | None = None
    column: int | None = None
    source_line: str = ""

    def __str__(self) -> str:
        if self.line is None:
            return f"malformed SPARQL query: {self.message}"
        where = f"line {self.line}, column {self.column}"
        text = f"malformed SPARQL query at {where}: {self.message}"
        if self.source_line:
            caret = " " * max((self.column or 1) - 1, 0) + "^"
            text += f"\n  {self.source_line}\n  {caret}"
        return text


class UpdateRefused(QuerySyntaxError):
    """An update (INSERT, DELETE, LOAD...) sent to the read-only query command."""

    def __str__(self) -> str:
        return self.message


def run_query(store: pyoxigraph.Store, query: str) -> Result:
    """Evaluate ``query`` with the vocabulary prefixes declared and the union default graph."""
    try:
        return store.query(query, prefixes=dict(V.PREFIXES), use_default_graph_as_union=UNION)
    except SyntaxError as error:
        if _UPDATE.search(query):
            raise UpdateRefused(
                "SPARQL updates are refused: the store is read-only. Queries are SELECT, ASK, "
                "CONSTRUCT or DESCRIBE; to change the graph, rebuild it with mlkg build."
            ) from None
        raise _syntax_error(str(error), query) from None


def render(result: Result, fmt: str = "table") -> bytes:
    """The results in ``fmt``: an aligned table, or SPARQL 1.1 CSV, TSV or JSON results."""
    if isinstance(result, QueryTriples):
        prefixes = dict(V.PREFIXES) if fmt == "table" else None
        return pyoxigraph.serialize(result, format=_GRAPH_FORMATS[fmt], prefixes=prefixes) or b""
    standard = RESULT_FORMATS[fmt]
    if standard is not None:
        return result.serialize(format=standard) or b""
    if isinstance(result, QueryBoolean):
        return b"true\n" if bool(result) else b"false\n"
    return table(result).encode("utf-8")


def table(solutions: QuerySolutions) -> str:
    """An aligned text table: IRIs as prefixed names, literals as their text, a row count."""
    names = [v.value for v in solutions.variables]
    rows = [[_cell(solution[name]) for name in names] for solution in solutions]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    lines = [
        "  ".join(name.ljust(w) for name, w in zip(names, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for row in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, NamedNode):
        return compact(term.value)
    if isinstance(term, Literal):
        return " ".join(term.value.split()) if "\n" in term.value else term.value
    return str(term)


def _syntax_error(message: str, query: str) -> QuerySyntaxError:
    match = _POSITION.match(message)
    if match is None:
        return QuerySyntaxError(message.strip())
    line, column = int(match.group(1)), int(match.group(2))
    lines = query.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    detail = " ".join(message[match.end() :].split())
    if "Prefix not found" in detail:  # Oxigraph lists every character a name may hold
        known = ", ".join(f"{p}:" for p in V.PREFIXES)
        detail = f"undeclared prefix (pre-declared: {known}; add a PREFIX line for others)"
    return QuerySyntaxError(detail, line, column, source)
