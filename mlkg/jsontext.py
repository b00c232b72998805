"""JSON text of the big outputs, made by orjson (Rust) instead of the standard library.

A corpus build turns hundreds of thousands of records and evidence lists into JSON: the
standard library's encoder took seconds of every build and rebuild for it, orjson a third.
The text is compact (no spaces after ``,`` and ``:``), UTF-8 and deterministic. Values orjson
refuses but JSON can hold (a lone surrogate, an integer beyond 64 bits) fall back to the
standard library, escaped to ASCII, so that nothing is lost and the file stays valid UTF-8;
what JSON cannot hold (a set) raises ``TypeError``, as :func:`json.dumps` does.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

__all__ = ["dumps", "loads"]

_FALLBACK = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), sort_keys=False).encode
_FALLBACK_SORTED = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), sort_keys=True).encode


def dumps(value: Any, *, sort_keys: bool = False) -> str:
    """Compact JSON text of ``value``; object keys sorted when ``sort_keys``.

    Raises ``TypeError`` for values JSON cannot represent (as :func:`json.dumps` does).
    """
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS if sort_keys else 0).decode()
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return (_FALLBACK_SORTED if sort_keys else _FALLBACK)(value)


def loads(text: str | bytes) -> Any:
    """The value of a JSON text (raises ``ValueError`` when it is not JSON)."""
    return orjson.loads(text)
