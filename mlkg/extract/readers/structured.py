"""Inputs with named fields: JSON Lines, JSON documents, and CSV/TSV tables.

The standard library does the parsing (``json``, ``csv``); this module only maps fields to
:class:`~mlkg.extract.documents.Document` and turns every bad record into one warning that
names the line, so that one broken line never costs the rest of the file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from mlkg.extract.cleaning import clean_text
from mlkg.extract.documents import Document
from mlkg.extract.readers.fields import has_text_column, normalize_key, record_fields
from mlkg.extract.readers.sources import TextSource

__all__ = ["read_csv", "read_json", "read_jsonl"]

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"


class _Missing:
    """Counts records without an abstract: one summary warning per file, not one per record.

    (Semantic Scholar exports often hold thousands of papers without an abstract; that is
    not malformed input, but the user should know how many were left out.)
    """

    def __init__(self, source: TextSource) -> None:
        self.source = source
        self.count = 0
        self.first_line: int | None = None

    def add(self, line: int) -> None:
        self.count += 1
        if self.first_line is None:
            self.first_line = line

    def report(self) -> None:
        if self.count:
            noun = "record has" if self.count == 1 else "records have"
            self.source.report(self.first_line, f"{self.count} {noun} no abstract; skipped")


def _document(source: TextSource, line: int, record: Mapping[str, Any]) -> Document | None:
    fields = record_fields(record)
    text = clean_text(fields.text) if fields.text else ""
    if not text:
        return None
    return Document(
        text=text,
        source=f"{source.label}:{line}",
        arxiv=fields.arxiv,
        date=fields.date,
        title=clean_text(fields.title) if fields.title else None,
        comment=clean_text(fields.comment) if fields.comment else None,
    )


def _records_in(value: Any) -> list[Mapping[str, Any]] | None:
    """The records a JSON value holds: itself, or the first list of objects inside it."""
    if isinstance(value, Mapping):
        if has_text_column(list(value)):
            return [value]
        for inner in value.values():
            if isinstance(inner, list) and inner and all(isinstance(x, Mapping) for x in inner):
                return inner
        return [value]
    if isinstance(value, list):
        records = [item for item in value if isinstance(item, Mapping)]
        return records or None
    return None


# ------------------------------------------------------------------ JSON Lines
def read_jsonl(source: TextSource) -> Iterator[Document]:
    """One JSON object per line (arXiv snapshot, Semantic Scholar); streamed."""
    missing = _Missing(source)
    for number, line in source.lines():
        stripped = line.strip()
        if not stripped:
            continue
        try:
            value = json.loads(stripped)
        except json.JSONDecodeError as error:
            source.report(number, f"malformed JSON ({error.msg}, column {error.colno}); skipped")
            continue
        yield from _documents_of(source, number, value, missing)
    missing.report()


# ------------------------------------------------------------------ JSON documents
def _line_counter(text: str) -> Callable[[int], int]:
    """A function from character offset to 1-based line, for increasing offsets."""
    state = {"offset": 0, "line": 1}

    def line_at(offset: int) -> int:
        state["line"] += text.count("\n", state["offset"], offset)
        state["offset"] = offset
        return state["line"]

    return line_at


def _skip(text: str, position: int, chars: str) -> int:
    while position < len(text) and text[position] in chars:
        position += 1
    return position


def _array_items(source: TextSource, text: str, start: int) -> Iterator[tuple[int, Any]]:
    """``(line, item)`` of a top-level array beginning at ``text[start] == "["``."""
    line_at = _line_counter(text)
    position = _skip(text, start + 1, _WHITESPACE)
    while position < len(text) and text[position] != "]":
        try:
            item, end = _DECODER.raw_decode(text, position)
        except json.JSONDecodeError as error:
            source.report(error.lineno, f"malformed JSON ({error.msg}); rest of file skipped")
            return
        yield line_at(position), item
        position = _skip(text, end, _WHITESPACE)
        if position < len(text) and text[position] == ",":
            position = _skip(text, position + 1, _WHITESPACE)
        elif position < len(text) and text[position] != "]":
            source.report(line_at(position), "malformed JSON (expected ',' or ']'); rest skipped")
            return


def _documents_of(
    source: TextSource, line: int, value: Any, missing: _Missing
) -> Iterator[Document]:
    records = _records_in(value)
    if records is None:
        source.report(line, "not a JSON object with an abstract; skipped")
        return
    for record in records:
        document = _document(source, line, record)
        if document is None:
            missing.add(line)
        else:
            yield document


def read_json(source: TextSource) -> Iterator[Document]:
    """A JSON document: an array of records, one record, or an object holding a record list.

    Unlike JSON Lines this needs the whole file in memory; large inputs should be JSONL.
    """
    text = "\n".join(line for _, line in source.lines())
    missing = _Missing(source)
    line_at = _line_counter(text)
    position = _skip(text, 0, _WHITESPACE)
    while position < len(text):
        if text[position] == "[":
            for line, item in _array_items(source, text, position):
                yield from _documents_of(source, line, item, missing)
            break
        try:
            value, end = _DECODER.raw_decode(text, position)
        except json.JSONDecodeError as error:
            source.report(error.lineno, f"malformed JSON ({error.msg}); rest of file skipped")
            break
        yield from _documents_of(source, line_at(position), value, missing)
        position = _skip(text, end, _WHITESPACE)
    missing.report()


# ------------------------------------------------------------------ CSV / TSV
def _delimiter(source: TextSource) -> str:
    if source.inner_name.lower().endswith((".tsv", ".tab")):
        return "\t"
    header = source.head.split("\n", 1)[0]
    counts = {delimiter: header.count(delimiter) for delimiter in (",", "\t", ";")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def read_csv(source: TextSource) -> Iterator[Document]:
    """A table whose header names an abstract column (case-insensitive); rows streamed.

    Optional columns: title, id / arxiv / arxiv_id, date / created / published, comment.
    """
    lines = (line + "\n" for _, line in source.lines())
    reader = csv.reader(lines, delimiter=_delimiter(source))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        source.report(1, "no CSV header found; skipped")
        return
    if not has_text_column(header):
        shown = ", ".join(column.strip() for column in header[:8])
        source.report(1, f"CSV header has no 'abstract' column (columns: {shown}); skipped")
        return
    keys = [normalize_key(column) for column in header]
    missing = _Missing(source)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            source.report(start, f"malformed CSV ({error}); rest of file skipped")
            break
        if not any(cell.strip() for cell in row):
            continue
        document = _document(source, start, dict(zip(keys, row, strict=False)))
        if document is None:
            missing.add(start)
        else:
            yield document
    missing.report()
