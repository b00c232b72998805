"""The data that flows from the readers to the pipeline: documents, papers and warnings."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class InputWarning:
    """A problem with one file or line: reported, skipped, and the run goes on."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


@dataclass
class Document:
    """One abstract as read from one place in one file (before de-duplication).

    ``text`` is already cleaned: hard line breaks joined, LaTeX residue removed.
    ``source`` is ``"<file name>:<line>"``, the line where the abstract starts (1-based).
    """

    text: str
    source: str
    arxiv: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    title: str | None = None
    comment: str | None = None


@dataclass
class Paper:
    """One paper after de-duplication: every document that holds it is in ``sources``.

    ``text`` is the longest (fullest) copy; arXiv id, date, title and comment are taken from
    whichever copy has them. ``id`` comes from :func:`mlkg.naming.paper_id`.
    """

    id: str
    text: str
    sources: list[str] = field(default_factory=list)
    arxiv: str | None = None
    date: str | None = None
    title: str | None = None
    comment: str | None = None
