"""Pairing gold documents with the predicted papers that hold them.

The gold keeps each abstract's *raw* text (LaTeX residue, ``96\\%``, ``VECO~2.0``) while a
predicted record holds the *cleaned* text of the fullest copy of the paper, so texts are
never compared as strings. Both are reduced to lower-case alphanumeric words with LaTeX
commands, braces and ``~`` removed, and compared on shared three-word shingles.

Why shingles and not a prefix: two different abstracts in the seeds open with the same
eight words, and a paper may be held in a shorter version than the gold's. A pair needs at
least half of the smaller text's shingles in common (the spec's "one contains most of the
other's sentences"), and among candidates the one sharing the most shingles wins, so a
stray fragment of an abstract never beats the abstract itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import Any

from mlkg.evaluation.normalize import normalize_arxiv

Doc = dict[str, Any]

SHINGLE = 3
#: the share of the smaller text's shingles two texts must have in common to be one paper
MIN_CONTAINMENT = 0.5
#: and at least this many shingles (fewer when a text is shorter than that)
MIN_SHARED = 5

_LATEX_COMMAND = re.compile(r"\\[A-Za-z]+\*?")
_WORD = re.compile(r"[^\W_]+")


def text_words(text: str) -> list[str]:
    """The words of a text, robust to the cleaning a reader applies to raw abstracts.

    ``\\textbf{A}udio`` -> ``audio``, ``\\url{https://x.org}`` -> ``https x org``,
    ``96\\%`` -> ``96``, ``VECO~2.0`` -> ``veco 2 0``.
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = _LATEX_COMMAND.sub("", text)
    text = text.replace("{", "").replace("}", "").replace("~", " ")
    return _WORD.findall(text.casefold())


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    """The set of ``size``-word sequences of a text (the whole text if it is shorter)."""
    words = text_words(text)
    if len(words) <= size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def align_documents(
    gold_docs: Sequence[Doc], predicted_records: Sequence[Doc]
) -> list[tuple[Doc, Doc | None]]:
    """Pair each gold document with the predicted record of the same paper (or ``None``).

    One-to-one: a record pairs with at most one gold document, so a system that merged two
    different papers into one record loses the second one's items as false negatives. The
    arXiv id decides when both sides have one (and two different ids never pair on text);
    otherwise the text does. The result is in gold order.
    """
    paired: dict[int, int] = {}  # gold index -> record index
    taken: set[int] = set()

    by_arxiv: dict[str, list[int]] = {}
    for index, record in enumerate(predicted_records):
        arxiv = normalize_arxiv(record.get("arxiv"))
        if arxiv:
            by_arxiv.setdefault(arxiv, []).append(index)
    for gold_index, doc in enumerate(gold_docs):
        arxiv = normalize_arxiv(doc.get("arxiv"))
        for index in by_arxiv.get(arxiv or "", []):
            if index not in taken:
                paired[gold_index] = index
                taken.add(index)
                break

    # index the (few) gold documents and stream the (many) records past them
    gold_shingles = [shingles(doc.get("text") or "") for doc in gold_docs]
    index_of: dict[tuple[str, ...], list[int]] = {}
    for gold_index, grams in enumerate(gold_shingles):
        if gold_index not in paired:
            for gram in grams:
                index_of.setdefault(gram, []).append(gold_index)

    candidates: list[tuple[int, float, int, int]] = []
    for index, record in enumerate(predicted_records):
        if index in taken:
            continue
        grams = shingles(record.get("text") or "")
        shared = Counter(g for gram in grams if gram in index_of for g in index_of[gram])
        record_arxiv = normalize_arxiv(record.get("arxiv"))
        for gold_index, count in shared.items():
            gold_arxiv = normalize_arxiv(gold_docs[gold_index].get("arxiv"))
            if gold_arxiv and record_arxiv and gold_arxiv != record_arxiv:
                continue
            smaller = min(len(grams), len(gold_shingles[gold_index]))
            containment = count / smaller
            if containment >= MIN_CONTAINMENT and count >= min(MIN_SHARED, smaller):
                candidates.append((count, containment, gold_index, index))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    for _, _, gold_index, index in candidates:
        if gold_index not in paired and index not in taken:
            paired[gold_index] = index
            taken.add(index)

    return [
        (doc, predicted_records[paired[i]] if i in paired else None)
        for i, doc in enumerate(gold_docs)
    ]


def unpaired_records(
    pairs: Sequence[tuple[Doc, Doc | None]], predicted_records: Sequence[Doc]
) -> list[Doc]:
    """The predicted records that no gold document paired with (ignored by the scorer)."""
    used = {id(record) for _, record in pairs if record is not None}
    return [record for record in predicted_records if id(record) not in used]
