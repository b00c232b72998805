"""Group documents into papers: the same abstract read from several files is one paper.

Three keys, tried in order for each document:

1. the arXiv id (the same id is the same paper, whatever its text: arXiv revises abstracts);
2. the normalised full text (case, spacing and punctuation ignored);
3. shared sentences: a near-copy (a truncated or lightly edited version) shares most of its
   sentences with the fuller copy. Two abstracts are one paper when at least two sentences
   and at least 60% of the shorter one's sentences are shared. A copy cut off early (at
   least 150 characters, often ending in ``...``) whose whole text is the start of the
   other is the same paper too. Abstracts that only open with the same words share no
   whole sentence, are not a prefix of each other, and stay apart.

Sentences (and the first 150 normalised characters) are indexed by hash, so each document
is compared only with the papers that share one with it: no all-pairs comparison, and 75k
abstracts take a few seconds. Two copies with *different* arXiv ids are never merged:
arXiv says they are different papers.

The index (:class:`PaperIndex`) is plain data with hashes that do not change from one
process to the next (BLAKE2b, not Python's salted ``hash``), so it can be saved after
reading and a later build can go on from it (:mod:`mlkg.scale.snapshot`).
"""

from __future__ import annotations

import hashlib
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from mlkg.extract.documents import Document, Paper
from mlkg.naming import paper_id

__all__ = ["PaperIndex", "deduplicate"]

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]?\s+")
#: punctuation and spacing never tell two copies of an abstract apart (str.translate is
#: several times faster than a regex substitution on 600k sentences)
_IGNORED = str.maketrans("", "", string.punctuation + string.whitespace + "\u00a0‐‑‒–—―“”‘’…·")
#: the ASCII part of it, for ``bytes.translate``: four times faster on ASCII text
_IGNORED_ASCII = (string.punctuation + string.whitespace).encode("ascii")
_COMPLETE_END = re.compile(r"(?:[.!?][\"')\]]?|://\S+)$")
#: sentences shorter than this (normalised characters) are too generic to identify a paper
_MIN_SENTENCE = 20
#: a sentence shared by this many papers is boilerplate ("Code is available.")
_COMMON = 25
_MIN_SHARED = 2
_SHARE = 0.6
#: a truncated copy must keep at least this much (normalised characters) to be matched
_MIN_PREFIX = 150


def _normalise(text: str) -> str:
    if text.isascii():  # casefold is lower, and only ASCII characters can be ignored
        return text.lower().encode("ascii").translate(None, _IGNORED_ASCII).decode("ascii")
    return unicodedata.normalize("NFKC", text).casefold().translate(_IGNORED)


def _digest(key: str) -> bytes:
    """8 bytes of BLAKE2b: the same in every process, unlike ``hash`` (collisions among a
    corpus's sentences are out of reach)."""
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def _strip_ellipsis(text: str) -> tuple[str, bool]:
    """The text without a trailing ``...`` and whether it had one (a truncated copy)."""
    text = text.rstrip()
    for mark in ("...", "…"):
        if text.endswith(mark):
            return text[: -len(mark)].rstrip(), True
    return text, False


def _keys(text: str) -> tuple[list[str], str]:
    """The normalised sentences long enough to identify a paper, in order, and the whole
    normalised text (without a trailing ellipsis).

    A last sentence cut off mid-way (a truncated copy, ``...``) is left out: it would never
    equal the full sentence of the complete copy and only lower the shared fraction. The
    sentence split only drops spacing and closing punctuation, which normalising drops
    anyway, so the whole text's key is its sentences' keys joined.
    """
    text, truncated = _strip_ellipsis(text)
    truncated = truncated or not _COMPLETE_END.search(text[-200:])
    parts = [_normalise(part) for part in _SENTENCE_SPLIT.split(text)]
    whole = "".join(parts)
    if truncated and len(parts) > 1:
        parts = parts[:-1]
    return [key for key in parts if len(key) >= _MIN_SENTENCE], whole


@dataclass
class _Group:
    order: int
    text: str
    sentence_count: int
    sources: list[str] = field(default_factory=list)
    arxiv: str | None = None
    date: str | None = None
    title: str | None = None
    comment: str | None = None

    def add(self, document: Document, sentence_count: int) -> None:
        if document.source not in self.sources:
            self.sources.append(document.source)
        if len(document.text) > len(self.text):
            self.text = document.text
            self.sentence_count = sentence_count
        self.arxiv = self.arxiv or document.arxiv
        self.date = self.date or document.date
        self.title = self.title or document.title
        self.comment = self.comment or document.comment


@dataclass(frozen=True)
class _Copy:
    """One document with its keys: distinct sentence hashes and normalised full text."""

    document: Document
    sentences: frozenset[bytes]
    normalised: str

    @classmethod
    def of(cls, document: Document) -> _Copy:
        sentences, whole = _keys(document.text)
        return cls(document, frozenset(map(_digest, sentences)), whole)


class PaperIndex:
    """The papers read so far and the three keys of the module docstring, each mapping to
    paper numbers: everything de-duplication knows, to go on with more documents later."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.by_arxiv: dict[str, int] = {}
        self.by_text: dict[bytes, int] = {}
        self.by_sentence: dict[bytes, list[int]] = {}
        self.by_opening: dict[str, list[int]] = {}

    def add_document(self, document: Document) -> bool:
        """File ``document`` under its paper; whether that paper is new."""
        return self.add(_Copy.of(document))

    def papers(self) -> list[Paper]:
        """One :class:`Paper` per paper so far, in the order each was first seen."""
        return [
            Paper(
                id=paper_id(group.arxiv, group.text),
                text=group.text,
                sources=group.sources,
                arxiv=group.arxiv,
                date=group.date,
                title=group.title,
                comment=group.comment,
            )
            for group in self.groups
        ]

    def find(self, copy: _Copy) -> int | None:
        arxiv = copy.document.arxiv
        if arxiv and arxiv in self.by_arxiv:
            return self.by_arxiv[arxiv]
        exact = self.by_text.get(_digest(copy.normalised))
        if exact is not None and self._compatible(exact, copy):
            return exact
        return self._near_copy(copy)

    def _compatible(self, number: int, copy: _Copy) -> bool:
        arxiv = self.groups[number].arxiv
        return not (arxiv and copy.document.arxiv and arxiv != copy.document.arxiv)

    def _is_near_copy(self, number: int, shared: int, copy: _Copy) -> bool:
        group = self.groups[number]
        shorter = max(1, min(len(copy.sentences), group.sentence_count))
        if shared >= _MIN_SHARED and shared >= _SHARE * shorter:
            return True
        # a copy cut off after its first sentence or two: the whole of one is the start of
        # the other (an abstract that merely opens the same way differs after the opening)
        theirs = _normalise(_strip_ellipsis(group.text)[0])
        short, long = sorted((copy.normalised, theirs), key=len)
        return len(short) >= _MIN_PREFIX and long.startswith(short)

    def _near_copy(self, copy: _Copy) -> int | None:
        shared: Counter[int] = Counter()
        for sentence in copy.sentences:
            postings = self.by_sentence.get(sentence)
            if postings and len(postings) < _COMMON:
                shared.update(postings)
        # the same opening (a truncated copy may not hold one whole sentence)
        for number in self.by_opening.get(copy.normalised[:_MIN_PREFIX], ()):
            shared.setdefault(number, 0)
        # most shared sentences first, then the earliest paper
        for number, count in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
            if self._compatible(number, copy) and self._is_near_copy(number, count, copy):
                return number
        return None

    def add(self, copy: _Copy) -> bool:
        """File ``copy`` under its paper; whether that paper is new."""
        number = self.find(copy)
        new = number is None
        if number is None:
            number = len(self.groups)
            self.groups.append(_Group(number, copy.document.text, len(copy.sentences)))
        group = self.groups[number]
        group.add(copy.document, len(copy.sentences))
        if group.arxiv:
            self.by_arxiv.setdefault(group.arxiv, number)
        self.by_text.setdefault(_digest(copy.normalised), number)
        for sentence in copy.sentences:
            postings = self.by_sentence.setdefault(sentence, [])
            if number not in postings and len(postings) < _COMMON:
                postings.append(number)
        if len(copy.normalised) >= _MIN_PREFIX:
            openers = self.by_opening.setdefault(copy.normalised[:_MIN_PREFIX], [])
            if number not in openers and len(openers) < _COMMON:
                openers.append(number)
        return new


def deduplicate(
    docs: Iterable[Document],
    on_new_paper: Callable[[str], None] | None = None,
    index: PaperIndex | None = None,
) -> list[Paper]:
    """One :class:`Paper` per paper, in the order each paper was first seen.

    ``on_new_paper`` is called with a paper's text when its first copy is read: the final
    text may still change (a longer copy later replaces it), but usually does not. With
    ``index``, the papers it holds come first and ``docs`` are matched against them too
    (the index is updated in place).

    A paper keeps its longest text, every source (first-seen order, no repeats) and the
    arXiv id, date, title and comment of the first copy that has each. Its id is
    :func:`mlkg.naming.paper_id` of that arXiv id and text.
    """
    index = PaperIndex() if index is None else index
    for document in docs:
        if index.add_document(document) and on_new_paper is not None:
            on_new_paper(document.text)
    return index.papers()
