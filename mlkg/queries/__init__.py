"""Named SPARQL queries shipped with mlkg (``mlkg query OUT --list``), and how to bind them.

Each ``*.rq`` file here is a plain SPARQL query that runs as it is in any SPARQL tool (the
vocabulary prefixes pre-declared), preceded by a comment header:

.. code-block:: sparql

    # One-line summary.
    # param: benchmark  what the argument is (one line per parameter, in order)
    #
    # More explanation.
    SELECT ... WHERE { VALUES ?benchmark { "MMLU" } ... }

A parameter is the variable of a ``VALUES`` block whose value in the file is an example.
:func:`bind` replaces that value with the user's argument written as an escaped SPARQL
literal by pyoxigraph, so an argument is always data and never query text. (Oxigraph's own
substitution cannot be used: it requires the variable in the projection, and aggregates.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pyoxigraph import Literal

_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s*(.*)$")


class QueryArgumentError(ValueError):
    """The arguments do not fit the query's parameters."""


@dataclass(frozen=True)
class NamedQuery:
    """A shipped query: its name (the file name), documentation and text."""

    name: str
    summary: str
    params: tuple[tuple[str, str], ...]  # (variable, description)
    description: str
    text: str

    @property
    def usage(self) -> str:
        return " ".join([self.name, *(p.upper() for p, _ in self.params)])


def parse_header(name: str, text: str) -> NamedQuery:
    """Read the comment header of a query: summary, parameters, explanation."""
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    summary = header[0].lstrip("#").strip() if header else ""
    params = []
    description = []
    for line in header[1:]:
        match = _PARAM.match(line)
        if match:
            params.append((match.group(1), match.group(2).strip()))
        else:
            description.append(line.lstrip("#").strip())
    return NamedQuery(name, summary, tuple(params), "\n".join(description).strip(), text)


@cache
def catalog() -> dict[str, NamedQuery]:
    """Every shipped query by name, sorted by name."""
    files = resources.files(__name__)
    queries = {}
    for entry in sorted(files.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name.removesuffix(".rq")
            queries[name] = parse_header(name, entry.read_text(encoding="utf-8"))
    return queries


def bind(query: NamedQuery, args: list[str]) -> str:
    """The query text with each parameter's VALUES block set to the given argument."""
    if len(args) != len(query.params):
        expected = len(query.params)
        raise QueryArgumentError(
            f"{query.name} takes {expected} argument{'s' if expected != 1 else ''} "
            f"({query.usage}), got {len(args)}"
        )
    text = query.text
    for (param, _), value in zip(query.params, args, strict=True):
        block = re.compile(rf"VALUES\s+\?{param}\s*\{{[^}}]*\}}")
        if not block.search(text):
            raise QueryArgumentError(f"{query.name} has no 'VALUES ?{param} {{ ... }}' to bind")
        # the replacement is a function: re would read backslashes in a string template
        text = block.sub(_constant(f"VALUES ?{param} {{ {Literal(value)} }}"), text, count=1)
    return text


def _constant(text: str) -> Callable[[re.Match[str]], str]:
    """A re.sub replacement function that returns ``text`` as it is."""
    return lambda _match: text
