"""Read abstracts from files, folders and glob patterns into :class:`Document` objects.

``read_documents(["papers/", "extra.jsonl.gz"])`` yields one Document per abstract found,
in a deterministic order, with every text already cleaned. Each file's format is guessed
from its name and first bytes (``fmt`` forces one for all files):

* ``text`` and ``arxiv-listing`` (one reader): one abstract per line, ``Abstract:``
  prefix optional; blank-line paragraphs with hard-wrapped lines; arXiv listings where
  comment, ``arXiv:<id>`` and ``Created: <date>`` lines follow each abstract;
* ``jsonl``: JSON Lines, or one JSON document (array or object), in the arXiv snapshot
  or the Semantic Scholar shape;
* ``csv``: CSV or TSV whose header names an ``abstract`` column.

Gzip, bzip2 and xz files are decompressed on the fly and streamed. Bad input never stops
the run: each unreadable file or malformed line produces one
:class:`~mlkg.extract.documents.InputWarning` through ``warn`` and reading goes on. Only a
path that does not exist raises :class:`InputError`, before anything is read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from mlkg.extract.documents import Document, InputWarning
from mlkg.extract.readers.fields import has_text_column
from mlkg.extract.readers.paths import InputError, InputFile, expand_paths
from mlkg.extract.readers.sources import TextSource, open_source
from mlkg.extract.readers.structured import read_csv, read_json, read_jsonl
from mlkg.extract.readers.text import read_text

__all__ = [
    "FORMATS",
    "InputError",
    "InputFile",
    "check_format",
    "detect_format",
    "expand_paths",
    "read_documents",
    "read_file",
]

FORMATS = ("text", "arxiv-listing", "jsonl", "csv")
_ALIASES = {"json": "jsonl", "ndjson": "jsonl", "tsv": "csv", "txt": "text", "listing": "text"}
_logger = logging.getLogger("mlkg.readers")

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_CSV_SUFFIXES = (".csv", ".tsv", ".tab")


def _log_warning(warning: InputWarning) -> None:
    _logger.warning("%s", warning)


def check_format(fmt: str | None) -> str | None:
    """The reader name of a ``--input-format`` value (None: detect per file); raises
    :class:`InputError` for an unknown one."""
    if fmt is None:
        return None
    name = _ALIASES.get(fmt.casefold(), fmt.casefold())
    if name not in FORMATS:
        raise InputError(f"unknown input format {fmt!r} (choose from {', '.join(FORMATS)})")
    return "text" if name == "arxiv-listing" else name


def detect_format(source: TextSource) -> str:
    """``jsonl`` (also JSON documents), ``csv`` or ``text``, from the file name and head."""
    name = source.inner_name.lower()
    if name.endswith((*_JSONL_SUFFIXES, ".json")):
        return "jsonl"
    if name.endswith(_CSV_SUFFIXES):
        return "csv"
    head = source.head.lstrip()
    if head.startswith("{") or (head.startswith("[") and head[1:].lstrip()[:1] in ("{", "]")):
        return "jsonl"
    first_line = head.split("\n", 1)[0]
    for delimiter in (",", "\t", ";"):
        if delimiter in first_line and has_text_column(first_line.split(delimiter)):
            return "csv"
    return "text"


def _is_json_lines(source: TextSource) -> bool:
    """JSON Lines when the first line is a whole object; else one JSON document (array)."""
    head = source.head.lstrip()
    if head.startswith("["):
        return False
    first_line = head.split("\n", 1)[0]
    try:
        return isinstance(json.loads(first_line), dict)
    except json.JSONDecodeError:
        # a truncated first line of a .jsonl file is still JSON Lines
        return not source.inner_name.lower().endswith(".json")


def _read_source(source: TextSource, fmt: str) -> Iterator[Document]:
    if fmt == "csv":
        return read_csv(source)
    if fmt == "jsonl":
        return read_jsonl(source) if _is_json_lines(source) else read_json(source)
    return read_text(source)


def read_file(
    input_file: InputFile, fmt: str | None, warn: Callable[[InputWarning], None]
) -> Iterator[Document]:
    """The abstracts of one file (``fmt`` as :func:`check_format` returns it)."""
    source = open_source(input_file.path, input_file.label, warn)
    if source is None:
        return
    found = 0
    try:
        for document in _read_source(source, fmt or detect_format(source)):
            found += 1
            yield document
    except (OSError, UnicodeError) as error:  # unreadable mid-way: keep what was read
        source.report(None, f"reading stopped: {error}")
        return
    if not found and not source.report.count:
        source.report(None, "no abstracts found")


def read_documents(
    paths: Iterable[str | Path] | str | Path,
    fmt: str | None = None,
    warn: Callable[[InputWarning], None] = _log_warning,
) -> Iterator[Document]:
    """Every abstract in ``paths`` (files, folders read recursively, glob patterns).

    Raises :class:`InputError` at once when a path does not exist or ``fmt`` is unknown;
    every other problem is a warning (default: logged on the ``mlkg.readers`` logger).
    """
    chosen = check_format(fmt)
    files = expand_paths(paths, warn)

    def generate() -> Iterator[Document]:
        for input_file in files:
            yield from read_file(input_file, chosen, warn)

    return generate()
