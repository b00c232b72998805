"""Field values shared by every reader: arXiv ids, dates, and records with named fields.

JSON and CSV inputs name the same things differently (``update_date``, ``publicationDate``,
``Date``; ``externalIds.ArXiv``, ``arxiv_id``, an ``id`` that is an arXiv id). Keys are
compared case-, space- and punctuation-insensitively, so ``Abstract``, ``abstract`` and
``ABSTRACT`` are the same column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

__all__ = [
    "RecordFields",
    "arxiv_id",
    "has_text_column",
    "normalize_key",
    "parse_date",
    "record_fields",
]

_ARXIV_NEW = r"\d{4}\.\d{4,5}"
_ARXIV_OLD = r"[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]{2})?/\d{7}"
_ARXIV = re.compile(
    r"(?:arxiv\s*:?\s*|(?:https?://)?(?:www\.)?(?:export\.)?arxiv\.org/(?:abs|pdf)/)?"
    rf"({_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?(?:\.pdf)?",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
_KEY_NOISE = re.compile(r"[^0-9a-z]+")


def arxiv_id(value: Any) -> str | None:
    """The bare arXiv id in ``value`` (``arXiv:2305.14688v2`` -> ``2305.14688``), or None.

    The version is dropped: v1 and v3 of a paper are one paper.
    """
    if not isinstance(value, str):
        return None
    match = _ARXIV.fullmatch(value.strip())
    return match.group(1) if match else None


def parse_date(value: Any) -> str | None:
    """An ISO ``yyyy-mm-dd`` date from the usual spellings, or None.

    A bare year is not a date (``Document.date`` is always a full day).
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    match = _ISO_DATE.match(text)
    if match:
        try:
            return date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


@lru_cache(maxsize=4096)  # the same few column names, on every line of a file
def normalize_key(key: Any) -> str:
    """``"Update Date"``, ``"update_date"`` and ``"updateDate"`` all become ``updatedate``."""
    return _KEY_NOISE.sub("", str(key).casefold())


_TEXT_KEYS = ("abstract", "paperabstract", "abstracttext", "summary", "text")
_TITLE_KEYS = ("title", "papertitle")
_ARXIV_KEYS = ("arxiv", "arxivid", "arxividentifier", "eprint")
_ID_KEYS = ("id", "paperid", "identifier", "url", "link")
#: first version / publication first; a listing or last-update day only when nothing else
_DATE_KEYS = (
    "created",
    "published",
    "publicationdate",
    "publisheddate",
    "submitted",
    "submissiondate",
    "date",
    "listingdate",
    "updatedate",
    "updated",
)
_COMMENT_KEYS = ("comment", "comments", "journalref", "note", "notes")


@dataclass(frozen=True)
class RecordFields:
    """What a JSON object or CSV row says about one abstract (text still raw)."""

    text: str | None
    arxiv: str | None
    date: str | None
    title: str | None
    comment: str | None


def _first_string(record: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _first_version_date(record: Mapping[str, Any]) -> str | None:
    """arXiv snapshot ``versions``: ``[{"version": "v1", "created": "Mon, 2 Apr 2007 ..."}]``."""
    versions = record.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], Mapping):
        return parse_date(versions[0].get("created"))
    return None


def record_fields(raw: Mapping[str, Any]) -> RecordFields:
    """Read the abstract, arXiv id, date, title and comment out of one record.

    Understands the arXiv metadata snapshot (``id``, ``update_date``, ``versions``), the
    Semantic Scholar shape (``paperId``, ``externalIds.ArXiv``, ``publicationDate``; its
    ``year`` alone gives no date) and plain ``title``/``abstract`` tables.
    """
    record = {normalize_key(key): value for key, value in raw.items()}
    arxiv = None
    for key in _ARXIV_KEYS:
        arxiv = arxiv_id(record.get(key))
        if arxiv:
            break
    if arxiv is None:
        external = record.get("externalids")
        if isinstance(external, Mapping):
            arxiv = arxiv_id(
                _first_string({normalize_key(k): v for k, v in external.items()}, ("arxiv",))
            )
    if arxiv is None:
        for key in _ID_KEYS:
            arxiv = arxiv_id(record.get(key))
            if arxiv:
                break
    found_date = _first_version_date(record)
    if found_date is None:
        for key in _DATE_KEYS:
            found_date = parse_date(record[key]) if key in record else None
            if found_date:
                break
    return RecordFields(
        text=_first_string(record, _TEXT_KEYS),
        arxiv=arxiv,
        date=found_date,
        title=_first_string(record, _TITLE_KEYS),
        comment=_first_string(record, _COMMENT_KEYS),
    )


def has_text_column(keys: list[str]) -> bool:
    """Whether a header names an abstract column (``Abstract``, ``summary`` ...)."""
    return any(normalize_key(key) in _TEXT_KEYS for key in keys)
