"""The statements of the last build, kept so that a rebuild updates the store by difference.

Loading a corpus graph's 2.8 million quads into a new store is the longest export (about
25 s), yet a rebuild after adding 1% new abstracts changes a few percent of them. So a build
saves its statements, sorted and unique (the form the RDF export makes anyway, see
:attr:`~mlkg.export.rdf.RdfStatements.keyed`), in ``OUT/cache/statements.txt``, and the next
build compares its own with them in one merge pass and applies only the difference to a
checkpoint of the old store (:func:`~mlkg.export.store.update_store`).

That is only right if the store holds exactly the saved statements. Both carry the same
random token, written last, when each is complete: the file's first line and a file in the
store's folder (:data:`~mlkg.export.store.TOKEN_FILE`). An interrupted build, a ``--no-cache``
build, or a store replaced by hand leaves different tokens (or none), and the next build
loads the store afresh.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mlkg.export.rdf import nquad_lines
from mlkg.export.store import store_token

__all__ = ["STATEMENTS_FILE", "SavedStatements", "StoreDiff"]

#: the file in the cache folder
STATEMENTS_FILE = "statements.txt"
#: the first word of the file's first line; a new layout of the statements needs a new one
_FORMAT = "mlkg-statements/1"
#: past this share of the statements changed, loading the store afresh costs less
RELOAD_SHARE = 0.25
#: lines written at once
_CHUNK = 50_000


def print_warning(message: str) -> None:
    """The default ``warn``: to standard error."""
    print(message, file=sys.stderr)


@dataclass(frozen=True)
class StoreDiff:
    """What a store must lose and gain to hold a build's statements: N-Quads lines."""

    removed: list[str]
    added: list[str]


@dataclass
class SavedStatements:
    """The saved statements of the build at ``cache`` whose store is at ``store``."""

    cache: Path
    store: Path
    #: says why statements could not be saved (the build goes on: they are a cache)
    warn: Callable[[str], object] = print_warning
    #: this build's token, for the statements it saves and the store it writes
    token: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def path(self) -> Path:
        return self.cache / STATEMENTS_FILE

    def previous(self) -> Path | None:
        """The saved statements if the store at :attr:`store` holds exactly them, else None."""
        token = store_token(self.store)
        if token is None:
            return None
        try:
            with open(self.path, encoding="utf-8", newline="\n") as saved:
                header = saved.readline()
        except (OSError, UnicodeDecodeError):
            return None
        return self.path if header == _header(token) else None

    def diff(self, keyed: list[str], previous: Path) -> StoreDiff | None:
        """What changes from the statements saved at ``previous`` to ``keyed`` (sorted and
        unique, as :attr:`~mlkg.export.rdf.RdfStatements.keyed`), or ``None`` when more than
        :data:`RELOAD_SHARE` of them changed.

        Both lists are sorted, so one merge pass over the file finds the difference without
        holding the old statements in memory.
        """
        limit = max(1, int(len(keyed) * RELOAD_SHARE))
        removed: list[str] = []
        added: list[str] = []
        new, end = 0, len(keyed)
        try:
            with open(previous, encoding="utf-8", newline="\n") as saved:
                saved.readline()  # the header, checked by previous()
                for line in saved:
                    old = line[:-1]
                    while new < end and keyed[new] < old:
                        added.append(keyed[new])
                        new += 1
                    if new < end and keyed[new] == old:
                        new += 1
                    else:
                        removed.append(old)
                    if len(removed) + len(added) > limit:
                        return None
        except (OSError, UnicodeDecodeError):  # gone or damaged since previous(): load afresh
            return None
        added.extend(keyed[new:])
        if len(removed) + len(added) > limit:
            return None
        return StoreDiff(list(nquad_lines(removed)), list(nquad_lines(added)))

    def save(self, keyed: list[str]) -> None:
        """Write ``keyed`` with this build's token; atomic, so never half a file. A file
        that cannot be written (disk full) costs the next build a fresh store, after a
        warning, not this build its outputs."""
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            self.cache.mkdir(parents=True, exist_ok=True)
            with open(partial, "w", encoding="utf-8", newline="\n") as out:
                out.write(_header(self.token))
                for start in range(0, len(keyed), _CHUNK):
                    out.write("\n".join(keyed[start : start + _CHUNK]))
                    out.write("\n")
            os.replace(partial, self.path)
        except OSError as error:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            self.warn(
                f"warning: could not save the RDF statements to {self.path} ({error}); "
                "the next build loads the store afresh"
            )
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise


def _header(token: str) -> str:
    return f"{_FORMAT} {token}\n"
