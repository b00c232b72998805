"""Plain-text inputs: one abstract per line, blank-line paragraphs, and arXiv listings.

The three shapes are read by one line-driven state machine, because real files mix them
(a listing whose abstracts are hard-wrapped, a one-per-line file with an odd blank line):

* A *group* is a run of non-blank lines; an ``Abstract:`` prefix also starts a new group.
  A group of short lines that does not break at sentence ends is one hard-wrapped
  paragraph; otherwise every line is its own unit (one abstract per line).
* A unit is an abstract when it has the shape of one: at least 40 words, or at least 15
  words with a sentence end. On the arXiv snapshot 99.9% of abstracts have 50+ words and
  99% of listing comments fewer than 30, so the ambiguous middle is small.
* ``arXiv:<id>`` and ``Created: <date>`` lines attach to the abstract above them; units
  of fewer than 70 words between that abstract and those lines are its comment
  (``30 pages, 9 figures``, ``Accepted by ICML``, a long acceptance note). Short units
  that no id or date follows are noise (``additional authors not shown``) and are
  skipped. ``Title:`` lines, and id/date lines that come before any abstract, belong to
  the abstract below them.
* Inside a paragraph only an id or a date line is metadata: a wrapped line that happens
  to start with ``categories:`` is text. An indented line continues the line above it
  (later paragraphs of one abstract), unless every line is indented.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from mlkg.extract.cleaning import clean_text
from mlkg.extract.documents import Document
from mlkg.extract.readers.fields import arxiv_id, parse_date
from mlkg.extract.readers.sources import TextSource

__all__ = ["read_text"]

#: "Abstract:", "ABSTRACT." or "Abstract — ", but not a wrapped line that starts with
#: "abstract-oriented" or "abstract. While" (lower case needs the colon)
_ABSTRACT_PREFIX = re.compile(
    r"^\s*(?:[Aa]bstract\s*:|(?:Abstract|ABSTRACT)\s*(?::|[.—–]|\s-)|ABSTRACT\s*:)\s*"
)
_ARXIV_LINE = re.compile(
    r"^\s*(?:arxiv\s*[:.]?\s*|(?:https?://)?(?:www\.)?arxiv\.org/abs/)(\S+?)(?:\s+\[[^\]]*\])?\s*$",
    re.IGNORECASE,
)
_FIELD_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z -]{0,20}?)\s*:\s*(.*)$")
_DATE_FIELDS = frozenset({"created", "date", "published", "submitted", "updated", "listed"})
_COMMENT_FIELDS = frozenset({"comment", "comments"})
_IGNORED_FIELDS = frozenset(
    {"author", "authors", "categories", "category", "journal-ref", "doi", "license",
     "report-no", "acm-class", "msc-class", "subjects"}
)  # fmt: skip
_SEPARATOR = re.compile(r"^\s*(?:\\\\|-{3,}|={3,}|\*{3,})\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?(?:\s|$)")
_ENDS_SENTENCE = re.compile(r"(?:[.!?][\"')\]]?|\S+://\S+|\S*github\.com/\S+)$")
_STARTS_SENTENCE = re.compile(r"^[\"'(\[]?[A-Z0-9]")

#: lines longer than this are never the hard-wrapped lines of one paragraph
_WRAP_WIDTH = 200
#: a group this long is a one-per-line file, not a paragraph: stream its lines as units
_MAX_GROUP_LINES = 200
_ABSTRACT_WORDS = 40
_SHORT_ABSTRACT_WORDS = 15
#: longer than any listing comment seen (the longest of 35k on the arXiv snapshot has 69
#: words): text this long after an abstract is never taken for that abstract's comment
_CERTAIN_ABSTRACT_WORDS = 70
_MAX_TRAILING = 16
#: lines this short in a group that is too short to be an abstract are separate comments
_COMMENT_LINE = 50

_ABSTRACT, _SHORT, _NOISE = "abstract", "short", "noise"


@dataclass
class _Unit:
    line: int
    text: str
    indented: bool = False


@dataclass
class _Pending:
    line: int
    text: str
    arxiv: str | None = None
    date: str | None = None
    title: str | None = None
    comment: str | None = None


def _kind(text: str) -> str:
    words = len(text.split())
    if words >= _ABSTRACT_WORDS:
        return _ABSTRACT
    if words >= _SHORT_ABSTRACT_WORDS and _SENTENCE_END.search(text):
        return _SHORT
    return _NOISE


def _is_wrapped(lines: list[str]) -> bool:
    """Whether a group of lines is one hard-wrapped paragraph rather than one per line."""
    if len(lines) < 2 or max(len(line) for line in lines) > _WRAP_WIDTH:
        return False
    return not all(
        _ENDS_SENTENCE.search(first) and _STARTS_SENTENCE.match(second)
        for first, second in itertools.pairwise(lines)
    )


def _per_line(group: list[_Unit], base_indented: bool) -> list[_Unit]:
    """One unit per line, except that an indented line continues the unit above it.

    (A multi-paragraph abstract kept on long lines marks its later paragraphs by
    indentation, as arXiv metadata does; a file that indents every line marks nothing.)
    """
    units: list[_Unit] = []
    for unit in group:
        if units and unit.indented and not base_indented:
            units[-1] = _Unit(units[-1].line, f"{units[-1].text}\n{unit.text}")
        else:
            units.append(unit)
    return units


class _TextReader:
    """The state machine of the module docstring, for one file."""

    def __init__(self, source: TextSource) -> None:
        self.source = source
        self.group: list[_Unit] = []
        self.group_indented = False
        self.streaming_group = False
        self.pending: _Pending | None = None
        self.trailing: list[_Unit] = []
        self.orphans: list[_Unit] = []
        self.forward: dict[str, str] = {}
        self.out: list[Document] = []

    # -------------------------------------------------------------- driving
    def run(self) -> Iterator[Document]:
        for number, line in self.source.lines():
            self.feed(number, line)
            if self.out:
                yield from self.out
                self.out.clear()
        self.end_group()
        self.flush_trailing()
        self.emit_pending()
        yield from self.out
        self.out.clear()

    def feed(self, number: int, line: str) -> None:
        stripped = line.strip()
        if not stripped or _SEPARATOR.match(stripped):
            self.end_group()
            return
        if self.meta_line(stripped):
            return
        prefix = _ABSTRACT_PREFIX.match(stripped)
        if prefix:
            self.end_group()
            stripped = stripped[prefix.end() :]
            if not stripped:
                return  # "Abstract:" alone: the text starts on the next line
        unit = _Unit(number, stripped, indented=line[:1].isspace())
        if not self.group:
            self.group_indented = unit.indented
        if self.streaming_group:
            # only the last unit is held back, in case indented lines continue it
            units = _per_line([*self.group, unit], self.group_indented)
            for done in units[:-1]:
                self.unit(done)
            self.group = units[-1:]
            return
        self.group.append(unit)
        if len(self.group) >= _MAX_GROUP_LINES:
            self.streaming_group = True
            units = _per_line(self.group, self.group_indented)
            for done in units[:-1]:
                self.unit(done)
            self.group = units[-1:]

    def end_group(self) -> None:
        group, self.group = self.group, []
        streaming, self.streaming_group = self.streaming_group, False
        if not group:
            return
        if not streaming and _is_wrapped([unit.text for unit in group]):
            # joined with line breaks: clean_text knows how to join "VQ-" + "VAE"
            joined = _Unit(group[0].line, "\n".join(unit.text for unit in group))
            # short lines that do not add up to an abstract are separate comment lines
            # ("Accepted by ICML" / "Work in progress"); long ones are one wrapped text
            separate = all(len(unit.text) < _COMMENT_LINE for unit in group[:-1])
            if _kind(joined.text) != _NOISE or not separate:
                self.unit(joined)
                return
        for unit in _per_line(group, self.group_indented):
            self.unit(unit)

    # -------------------------------------------------------------- metadata lines
    def meta_line(self, line: str) -> bool:
        """Handle an id/date/title/comment line; False when the line is ordinary text."""
        arxiv_match = _ARXIV_LINE.match(line)
        if arxiv_match:
            found = arxiv_id(arxiv_match.group(1))
            if found:
                self.end_group()
                self.attach("arxiv", found)
                return True
        field = _FIELD_LINE.match(line)
        if not field:
            return False
        # inside a paragraph only a date can be a field ("categories: (1) token choice ...")
        if self.group and field.group(1).strip().casefold() not in _DATE_FIELDS:
            return False
        name, value = field.group(1).strip().casefold(), field.group(2).strip()
        if name in _DATE_FIELDS:
            found = parse_date(value)
            if found is None:
                return False
            self.end_group()
            self.attach("date", found)
        elif name == "title" and value:
            self.end_group()
            self.forward["title"] = clean_text(value)
        elif name in _COMMENT_FIELDS and value:
            self.end_group()
            if self.forward or self.pending is None or self.pending.comment is not None:
                self.forward["comment"] = clean_text(value)
            else:
                self.pending.comment = clean_text(value)
        elif name in _IGNORED_FIELDS:
            self.end_group()
        else:
            return False
        return True

    def attach(self, name: str, value: str) -> None:
        """An id or date belongs to the abstract above it, unless that one already has it."""
        pending = self.pending
        if not self.forward and pending is not None and getattr(pending, name) is None:
            setattr(pending, name, value)
            self.add_comment(pending, self.trailing)
            self.trailing.clear()
        elif not self.forward and self.orphans:
            # the text above this id was too short to look like an abstract, yet an entry
            # of its own: keep it rather than shift every id below it by one abstract
            first, *rest = self.orphans
            self.orphans.clear()
            self.emit_pending()
            entry = self.start(first)
            setattr(entry, name, value)
            self.add_comment(entry, rest)
        else:
            self.flush_trailing()
            self.forward[name] = value

    @staticmethod
    def add_comment(pending: _Pending, units: list[_Unit]) -> None:
        if units:
            comment = "; ".join(clean_text(unit.text) for unit in units)
            pending.comment = f"{pending.comment}; {comment}" if pending.comment else comment

    # -------------------------------------------------------------- units
    def unit(self, unit: _Unit) -> None:
        kind = _kind(unit.text)
        pending = self.pending
        waiting = pending is not None and (pending.arxiv is None or pending.date is None)
        certain = len(unit.text.split()) >= _CERTAIN_ABSTRACT_WORDS
        if waiting and not certain and not self.forward:
            self.trailing.append(unit)
            if len(self.trailing) > _MAX_TRAILING:
                self.flush_trailing()
            return
        if kind == _NOISE:
            if pending is not None and not self.forward and len(self.orphans) < _MAX_TRAILING:
                self.orphans.append(unit)
            return
        self.flush_trailing()
        self.emit_pending()
        self.start(unit)

    def start(self, unit: _Unit) -> _Pending:
        """Make ``unit`` the abstract that following id, date and comment lines attach to."""
        forward, self.forward = self.forward, {}
        self.orphans.clear()
        self.pending = _Pending(
            unit.line,
            unit.text,
            arxiv=forward.get("arxiv"),
            date=forward.get("date"),
            title=forward.get("title"),
            comment=forward.get("comment"),
        )
        return self.pending

    def flush_trailing(self) -> None:
        """No id or date followed: abstract-shaped units are abstracts, the rest noise."""
        trailing, self.trailing = self.trailing, []
        for unit in trailing:
            if _kind(unit.text) != _NOISE:
                self.emit_pending()
                self.start(unit)

    def emit_pending(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        text = clean_text(pending.text)
        if text:
            self.out.append(
                Document(
                    text=text,
                    source=f"{self.source.label}:{pending.line}",
                    arxiv=pending.arxiv,
                    date=pending.date,
                    title=pending.title,
                    comment=pending.comment,
                )
            )


def read_text(source: TextSource) -> Iterator[Document]:
    """Documents of a plain-text file (any of the shapes in the module docstring)."""
    return _TextReader(source).run()
