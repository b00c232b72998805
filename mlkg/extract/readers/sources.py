"""Open one input file as a stream of numbered text lines, whatever its wrapping.

Compression is recognised by its magic bytes (not only by the ``.gz`` suffix), files are
streamed line by line so that a 40 MB snapshot never sits in memory, and every problem
(binary content, broken compression, bytes that are not UTF-8) is reported once through
the warning callback instead of stopping the run.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from mlkg.extract.documents import InputWarning

__all__ = ["Reporter", "TextSource", "open_source"]

_HEAD_BYTES = 64 * 1024
_COMPRESSED = (
    (b"\x1f\x8b", gzip.open, "gzip"),
    (b"BZh", bz2.open, "bzip2"),
    (b"\xfd7zXZ\x00", lzma.open, "xz"),
)
_COMPRESSED_SUFFIXES = (".gz", ".gzip", ".bz2", ".xz")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: bytes that never occur in text files (NUL and the C0 controls other than \t \n \f \r ESC)
_CONTROL = frozenset(range(0, 9)) | frozenset({11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23})
_CONTROL |= frozenset({24, 25, 26, 28, 29, 30, 31})
#: decompression and I/O errors that end a file early; what was read before is kept
_STREAM_ERRORS = (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)


@dataclass
class Reporter:
    """Sends warnings about one file, with its label, to the caller's ``warn``."""

    label: str
    warn: Callable[[InputWarning], None]
    count: int = 0

    def __call__(self, line: int | None, message: str) -> None:
        self.count += 1
        self.warn(InputWarning(self.label, line, message))


@dataclass
class TextSource:
    """A readable text file: its label, the name that tells its format, and its first KiBs."""

    path: Path
    label: str
    inner_name: str  # file name without the compression suffix (``papers.jsonl``)
    head: str  # start of the decoded text, for format sniffing
    opener: Callable[..., BinaryIO]
    encoding: str  # "utf-8" or "utf-16"
    report: Reporter
    _fallback_warned: bool = field(default=False, repr=False)

    def lines(self) -> Iterator[tuple[int, str]]:
        """``(line number, text)`` of every line, 1-based, without the line break.

        Lines that are not valid UTF-8 are read as Windows-1252 (the usual culprit) and the
        first such line is reported; a stream that breaks off is reported and ends early.
        """
        number = 0
        try:
            with self.opener(self.path, "rb") as stream:
                if self.encoding == "utf-16":
                    wrapper = io.TextIOWrapper(stream, encoding="utf-16", errors="replace")
                    for number, line in enumerate(wrapper, 1):
                        yield number, line.rstrip("\r\n")
                    return
                for number, raw in enumerate(stream, 1):
                    yield number, self._decode(number, raw)
        except _STREAM_ERRORS as error:
            self.report(number + 1, f"file is truncated or corrupt, reading stopped: {error}")

    def _decode(self, number: int, raw: bytes) -> str:
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        raw = raw.rstrip(b"\r\n")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            if not self._fallback_warned:
                self._fallback_warned = True
                self.report(number, "text is not valid UTF-8 from here on; read as Windows-1252")
            return raw.decode("cp1252", errors="replace")


def _opener_for(path: Path) -> tuple[Callable[..., BinaryIO], str | None]:
    with open(path, "rb") as raw:
        magic = raw.read(6)
    for prefix, opener, name in _COMPRESSED:
        if magic.startswith(prefix):
            return opener, name
    return open, None


def _inner_name(name: str) -> str:
    lowered = name.lower()
    for suffix in _COMPRESSED_SUFFIXES:
        if lowered.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    controls = sum(1 for byte in head[:8192] if byte in _CONTROL)
    return b"\x00" in head[:8192] or controls > len(head[:8192]) // 50


def _read_head(opener: Callable[..., BinaryIO], path: Path) -> bytes:
    """The first bytes of the (decompressed) file; a stream that breaks off early still
    gives what came before the break, and :meth:`TextSource.lines` reports the break."""
    chunks: list[bytes] = []
    size = 0
    with opener(path, "rb") as stream:
        while size < _HEAD_BYTES:
            try:
                chunk = stream.read(4096)
            except _STREAM_ERRORS:
                if not chunks:
                    raise
                break
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    return b"".join(chunks)


def open_source(path: Path, label: str, warn: Callable[[InputWarning], None]) -> TextSource | None:
    """A :class:`TextSource` for ``path``, or ``None`` after one warning if it is unreadable.

    Unreadable means: cannot be opened, broken compression, empty, or binary content.
    """
    report = Reporter(label, warn)
    try:
        opener, compression = _opener_for(path)
        head = _read_head(opener, path)
    except _STREAM_ERRORS as error:
        kind = "compressed file" if path.suffix.lower() in _COMPRESSED_SUFFIXES else "file"
        report(None, f"cannot read {kind}: {error}")
        return None
    if not head.strip():
        report(None, "file is empty")
        return None
    encoding = "utf-8"
    if head.startswith(_UTF16_BOMS):
        encoding = "utf-16"
        text_head = head.decode("utf-16", errors="replace")
    elif _looks_binary(head):
        what = f"{compression}-compressed " if compression else ""
        report(None, f"{what}file looks binary, not text; skipped")
        return None
    else:
        text_head = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    name = _inner_name(path.name) if compression else path.name
    return TextSource(path, label, name, text_head, opener, encoding, report)
