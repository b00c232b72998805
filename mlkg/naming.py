"""How names become keys and node ids, shared by extraction, graph, exporters and evaluation.

Two different functions on purpose:

* :func:`match_key` is the *comparison* key of the spec ("matching ignores case, spaces,
  hyphens and ``~``"): ``Chinese CLIP`` = ``Chinese-CLIP``, ``GPT4`` = ``GPT-4``.
* :func:`slug` is the *readable* id used in node ids and IRIs (``qwen2-72b-instruct``).

Neither ever strips a suffix or compares by substring: ``Qwen2-72B`` and
``Qwen2-72B-Instruct`` stay two keys, because a model is never its descendant.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from mlkg.vocabulary import TYPE_GROUP

_IGNORED_IN_MATCH = re.compile(r"[\s\-‐‑‒–—_~·]+")
_NOT_SLUG = re.compile(r"[^0-9a-z.+]+")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])-(?=[0-9])|(?<=[0-9])-(?=[a-z])")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return text.casefold()


@lru_cache(maxsize=1 << 16)
def match_key(name: str) -> str:
    """The key two names must share to be the same entity name (case, space, hyphen, ~)."""
    return _IGNORED_IN_MATCH.sub("", _fold(name)).strip(".")


@lru_cache(maxsize=1 << 16)
def slug(name: str) -> str:
    """A readable, IRI-safe id fragment: ``Qwen2-72B-Instruct`` -> ``qwen2-72b-instruct``.

    Hyphens at a letter/digit boundary are dropped so that ``GPT-4`` and ``GPT4`` share a
    slug; ``/`` becomes ``-`` so that ``ViT-L/14`` stays one path segment.
    """
    text = unicodedata.normalize("NFKD", _fold(name)).encode("ascii", "ignore").decode()
    text = _NOT_SLUG.sub("-", text).strip("-.")
    text = _LETTER_DIGIT.sub("", text)
    if not text:
        text = "x" + hashlib.sha1(name.encode()).hexdigest()[:10]
    return text


def entity_id(entity_type: str, name: str) -> str:
    """Graph node id of an entity: its identity group and slug (``model/qwen2-72b``).

    Dataset and Benchmark share the ``dataset/`` group, so a dataset that one paper scores
    on and another trains on is one node with a stable id (every benchmark is a dataset).
    """
    return f"{TYPE_GROUP[entity_type]}/{slug(name)}"


def paper_id(arxiv: str | None, text: str) -> str:
    """Graph node id of a paper: its arXiv id when known, else a hash of its normalised text."""
    if arxiv:
        return f"paper/arxiv-{arxiv.replace('/', '-')}"
    digest = hashlib.sha1(" ".join(text.split()).casefold().encode()).hexdigest()[:16]
    return f"paper/{digest}"


def repository_id(url: str) -> str:
    """Graph node id of a repository (the URL is already normalised)."""
    return "repository/" + hashlib.sha1(url.encode()).hexdigest()[:16]
