"""Reading gold and predicted files, and the string normalisations the scorer compares on.

Everything the scorer compares goes through one of these functions, on *both* sides, so a
difference in spelling that the spec forgives (URL scheme, trailing slash, ``74.0`` vs
``74``) can never show up as an error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from mlkg.extract.urls import normalize_url as _normalize_url
from mlkg.numbers import without_commas

_WHITESPACE = re.compile(r"\s+")
_ARXIV_PREFIX = re.compile(r"^(?:arxiv:|https?://arxiv\.org/(?:abs|pdf)/)", re.IGNORECASE)
_ARXIV_VERSION = re.compile(r"v\d+$")


def _read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """One JSON object per non-blank line; a bad line names its file and line number."""
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not valid JSON ({error.msg})") from error
            if not isinstance(row, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object per line")
            rows.append(row)
    return rows


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold file ("Gold file format" of the spec): one document per line.

    Missing lists are filled in as empty, and a document without an ``id`` gets
    ``line-<n>``, so that the scorer never has to guard against absent keys.
    """
    docs = _read_jsonl(path)
    for number, doc in enumerate(docs, start=1):
        doc.setdefault("id", f"line-{number}")
        doc.setdefault("text", "")
        for key in ("entities", "relations", "repositories"):
            if doc.get(key) is None:
                doc[key] = []
    return docs


def load_records(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Read predicted extraction records (``extractions.jsonl``) from one or more files."""
    records: list[dict[str, Any]] = []
    for path in paths:
        records.extend(_read_jsonl(path))
    return records


def normalize_url(url: object) -> str:
    """Normalise a repository URL for comparison, with the extractor's own rule.

    Both sides go through :func:`mlkg.extract.urls.normalize_url` (the spec's rule), so the
    scorer and the graph never disagree on what one repository is. Whitespace is removed
    first: a URL never contains any, and abstracts taken from PDFs often break one
    (``https://github. com/x``). A string too malformed to parse is compared as it is.
    """
    text = _WHITESPACE.sub("", str(url))
    try:
        return _normalize_url(text)
    except ValueError:
        return text


def normalize_value(value: object) -> str | None:
    """The comparison form of a score value, or ``None`` when there is no value.

    Decision: a trailing ``%`` is dropped and numbers
    compare numerically, so ``"74.0"``, ``"74"`` and ``"74.0%"`` are one value. The gold
    keeps the written form (trailing zeros), a system may not, and the written precision is
    not what the score triple is about. Non-numeric values compare case-insensitively.
    """
    if value is None or isinstance(value, bool):
        return None
    # ("1,204" is 1204 and "89,4" is 89.4, read as the RDF export reads them)
    text = without_commas(_WHITESPACE.sub("", str(value))).rstrip("%")
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text.casefold()
    if not number.is_finite():
        return text.casefold()
    if number.is_zero():
        return "0"
    return format(number.normalize(), "f")


def normalize_arxiv(arxiv: object) -> str | None:
    """An arXiv id without ``arXiv:`` prefix or version suffix (``2305.14688v2`` -> same paper)."""
    if not arxiv:
        return None
    text = _ARXIV_PREFIX.sub("", str(arxiv).strip())
    return _ARXIV_VERSION.sub("", text).casefold() or None
