"""The extraction cache: one body per (text, pipeline version), in ``OUT/cache/``.

Rebuilding a graph after adding a few abstracts should not extract the other 74,000 again.
Extraction depends only on the text and on the rules (:data:`PIPELINE_VERSION
<mlkg.extract.pipeline.PIPELINE_VERSION>`), so its result is stored under a hash of the
exact text the pipeline reads. That text is already normalised by the readers (line breaks
joined, LaTeX residue cleaned); it is hashed as it is and not normalised further, because
mention and evidence offsets point into it and two texts that differ only in spacing have
different offsets.

Storage is one SQLite file (the standard library's, crash-safe, one file to delete):

* each completed batch is one transaction, so a build that is interrupted (Ctrl-C, killed,
  out of memory) keeps every batch it finished, and the next build resumes from there;
* opening the cache with a new pipeline version deletes the entries of every other version:
  new rules invalidate all old results at once, and the file does not grow without bound;
* a file that is not a readable cache (damaged, or written by something else) is replaced,
  after a warning: a cache is only ever a shortcut.

Entries are the bodies of :func:`mlkg.extract.pipeline.extract_bodies` as compact JSON, so
a cached record is byte-identical to a freshly extracted one.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import TracebackType

__all__ = ["CACHE_DIR", "CACHE_FILE", "ExtractionCache", "text_key"]

#: the cache's folder inside a build output folder
CACHE_DIR = "cache"
CACHE_FILE = "extractions.sqlite"
#: keys per ``SELECT ... IN (...)``: below SQLite's oldest limit on bound parameters (999)
_CHUNK = 900
_SCHEMA = """
CREATE TABLE IF NOT EXISTS extractions (
    key BLOB NOT NULL,
    version TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (key, version)
) WITHOUT ROWID
"""


def text_key(text: str) -> bytes:
    """The cache key of a text: 16 bytes of BLAKE2b (collisions are out of reach)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class ExtractionCache:
    """Bodies of extraction records by text key, for one pipeline version."""

    def __init__(
        self, folder: str | Path, version: str, warn: Callable[[str], None] | None = None
    ) -> None:
        self.path = Path(folder) / CACHE_FILE
        self.version = version
        self._warn = warn
        self._connection: sqlite3.Connection | None = None
        self._rows_at_open = 0

    @property
    def _db(self) -> sqlite3.Connection:
        """The database, opened (and made) on first use: a build that stops before
        extracting anything (no abstracts in its input) leaves no cache folder behind."""
        if self._connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._connection = self._open()
            except sqlite3.DatabaseError as error:
                if self._warn is not None:
                    self._warn(f"{self.path} is not a usable cache ({error}); starting a new one")
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(f"{self.path}{suffix}").unlink(missing_ok=True)
                self._connection = self._open()
            self._rows_at_open = self._count()
        return self._connection

    def added(self) -> int:
        """Entries this object has added so far: what an interrupted build keeps. Counted in
        the database, so a batch committed just as Ctrl-C arrived is counted too."""
        return self._count() - self._rows_at_open if self._connection is not None else 0

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            # WAL: a commit survives the process being killed; readers never block the writer
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(_SCHEMA)
            with db:
                db.execute("BEGIN")
                db.execute("DELETE FROM extractions WHERE version != ?", (self.version,))
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, str]:
        """The stored bodies of those ``keys`` that have one."""
        found: dict[bytes, str] = {}
        for first in range(0, len(keys), _CHUNK):
            chunk = keys[first : first + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, body FROM extractions WHERE version = ? AND key IN ({marks})",
                (self.version, *chunk),
            )
            found.update(rows)
        return found

    def put_many(self, items: Iterable[tuple[bytes, str]]) -> None:
        """Store bodies in one transaction: all of them are kept, or none."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO extractions (key, version, body) VALUES (?, ?, ?)",
                ((key, self.version, body) for key, body in items),
            )

    def __len__(self) -> int:
        return self._count()

    def _count(self) -> int:
        (count,) = self._db.execute(
            "SELECT COUNT(*) FROM extractions WHERE version = ?", (self.version,)
        ).fetchone()
        return int(count)

    def close(self) -> None:
        """Fold the write-ahead log into the file and close it."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
