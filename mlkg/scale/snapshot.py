"""What reading found, kept for the next build: the papers after the last build's input files.

Reading and de-duplicating the 74,728-abstract corpus takes about 13 s, the largest share of a
rebuild that only adds one file. So a build keeps, next to the extraction cache, the state of
de-duplication after its input files (:class:`~mlkg.extract.dedup.PaperIndex`: the papers
and their keys), each file's size and modification time, the number of abstracts read and
the warnings the files caused. The next build whose input files *start with* those files,
unchanged, restores that state, repeats the warnings, and reads only the files after them.
De-duplication depends only on the documents in order, so the papers are the same, in the
same order, as reading everything again (``tests/test_snapshot.py`` compares the outputs).

* A file whose size or modification time changed, that is gone, or that moved in the order
  means the snapshot does not apply: everything is read again (and the snapshot replaced).
  Appending a file (a new day's abstracts in a folder, named so that it sorts last, or a new
  argument at the end) is the case it serves.
* It is kept for one pipeline version (which fingerprints the reader and de-duplication
  code, see :data:`mlkg.extract.pipeline.PIPELINE_VERSION`) and one ``--input-format``.
* ``mlkg build --no-cache`` neither reads nor writes it. A snapshot that cannot be read is
  ignored after a warning. It is a pickle, read only from the build's own output folder:
  loading a pickle runs code, so do not build into a folder someone else wrote.
* It is written whole to a temporary file that then replaces the old one, so an
  interrupted build leaves the previous snapshot or the new one, never half of one.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mlkg.extract.dedup import PaperIndex
from mlkg.extract.documents import InputWarning
from mlkg.extract.readers import InputFile
from mlkg.gcpause import no_gc

__all__ = ["SNAPSHOT_FILE", "ReadingSnapshot", "Restored", "fingerprint"]

SNAPSHOT_FILE = "reading.pickle"
#: bump when the saved layout changes
_LAYOUT = 1

#: a file as the snapshot knows it: label, resolved path, size, modification time (ns)
Fingerprint = tuple[str, str, int, int]


@dataclass
class Restored:
    """The state after the first ``files`` input files, as the last build left it (none
    restored: zero files, no documents, an empty index)."""

    files: int = 0
    documents: int = 0
    warnings: list[InputWarning] = field(default_factory=list)
    index: PaperIndex = field(default_factory=PaperIndex)


class ReadingSnapshot:
    """``OUT/cache/reading.pickle``: :meth:`restore` before reading, :meth:`save` after."""

    def __init__(
        self, folder: str | Path, version: str, warn: Callable[[str], None] | None = None
    ) -> None:
        self.path = Path(folder) / SNAPSHOT_FILE
        self._version = version
        self._warn = warn
        #: the key and file fingerprints of this build, taken by :meth:`restore` before
        #: reading, so that a file changed while it is read is read again next time
        self._taken: tuple[tuple, list[Fingerprint | None]] | None = None
        #: how many files and abstracts :meth:`restore` gave (for the summary and timings;
        #: not the state itself, which the papers replace once read)
        self.restored_files = self.restored_documents = 0

    def restore(self, files: Sequence[InputFile], input_format: str | None) -> Restored:
        """The saved state, if the saved files are the first of ``files``, unchanged; else
        the empty state."""
        key = (_LAYOUT, self._version, input_format)
        prints = [fingerprint(f) for f in files]
        self._taken = key, prints
        saved = self._load()
        if saved is None or saved.get("key") != key:
            return Restored()
        known: list[Fingerprint] = saved["files"]
        if prints[: len(known)] != known:
            return Restored()
        self.restored_files, self.restored_documents = len(known), saved["documents"]
        return Restored(len(known), saved["documents"], saved["warnings"], saved["index"])

    def save(self, documents: int, warnings: Sequence[InputWarning], index: PaperIndex) -> None:
        """Keep the state after reading the files given to :meth:`restore`."""
        if self._taken is None:
            raise RuntimeError("ReadingSnapshot.save() before restore()")
        key, prints = self._taken
        if any(p is None for p in prints):
            return  # a file vanished while it was read: nothing safe to keep
        state = {
            "key": key,
            "files": prints,
            "documents": documents,
            "warnings": list(warnings),
            "index": index,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{SNAPSHOT_FILE}.", dir=self.path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(state, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def _load(self) -> dict | None:
        try:
            with self.path.open("rb") as source, no_gc():  # a million objects, no cycles
                state = pickle.load(source)
        except FileNotFoundError:
            return None
        except Exception as error:  # damaged, truncated, or from an incompatible release
            if self._warn is not None:
                self._warn(f"ignoring the reading snapshot {self.path} ({error}); reading all")
            return None
        return state if isinstance(state, dict) else None


def fingerprint(input_file: InputFile) -> Fingerprint | None:
    """What tells whether a file changed since the last build (None: it is gone)."""
    try:
        stat = input_file.path.stat()
    except OSError:
        return None
    return input_file.label, str(input_file.path.resolve()), stat.st_size, stat.st_mtime_ns
