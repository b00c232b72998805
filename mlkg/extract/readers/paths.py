"""Turn the paths a user gives (files, folders, glob patterns) into the files to read.

Folders are walked recursively in sorted order so that two runs over the same folder give
the same documents in the same order (paper ids, sources and graph output depend on it).
Hidden files and folders (``.git``, ``.DS_Store``) are never inputs, and neither is a folder
that ``mlkg build`` wrote (it holds an :data:`OUTPUT_MARKER` file): a graph built into
``papers/graph/`` is not read back as abstracts on the next ``mlkg build papers/``.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from mlkg.extract.documents import InputWarning

__all__ = ["InputError", "InputFile", "expand_paths"]

_GLOB_CHARS = frozenset("*?[")
#: the file ``mlkg build`` leaves in its output folder
OUTPUT_MARKER = ".mlkg-output"


class InputError(Exception):
    """An input path that cannot be read at all (missing, or a pattern matching nothing).

    Raised before any document is produced; the message is one line meant for the user.
    """


@dataclass(frozen=True)
class InputFile:
    """One file to read and the name it goes by in ``Document.source``."""

    path: Path
    label: str


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _walk(folder: Path) -> list[InputFile]:
    """Visible files under ``folder``, sorted by their path relative to it."""
    found: list[InputFile] = []
    for root, dirs, files in os.walk(folder):
        if OUTPUT_MARKER in files:
            dirs[:] = []
            continue
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith("."):
                path = Path(root) / name
                found.append(InputFile(path, path.relative_to(folder).as_posix()))
    return sorted(found, key=lambda input_file: input_file.label)


def _glob_root(pattern: str) -> Path:
    """The folder above the first wildcard: labels of matched files are relative to it."""
    parts = Path(pattern).parts
    fixed: list[str] = []
    for part in parts:
        if _GLOB_CHARS & set(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _expand_one(argument: str | Path, warn: Callable[[InputWarning], None]) -> list[InputFile]:
    path = Path(argument).expanduser()
    if path.is_dir():
        found = _walk(path)
        if not found:
            warn(InputWarning(str(argument), None, "folder holds no input files"))
        return found
    if path.exists():
        return [InputFile(path, path.name)]
    text = str(argument)
    if _GLOB_CHARS & set(text):
        root = _glob_root(text)
        found: list[InputFile] = []
        for match in sorted(glob.glob(os.path.expanduser(text), recursive=True)):
            match_path = Path(match)
            try:
                relative = match_path.relative_to(root)
            except ValueError:
                relative = Path(match_path.name)
            if _is_hidden(relative):
                continue
            if match_path.is_dir():
                found.extend(_walk(match_path))
            elif match_path.is_file():
                found.append(InputFile(match_path, relative.as_posix()))
        if not found:
            raise InputError(f"no input files match the pattern {text!r}")
        return found
    raise InputError(f"input not found: {text}")


def expand_paths(
    paths: Iterable[str | Path] | str | Path, warn: Callable[[InputWarning], None]
) -> list[InputFile]:
    """Every file named by ``paths``, each once, in argument order then sorted order.

    Raises :class:`InputError` for a path that does not exist or a pattern that matches
    nothing, before anything is read, so a typo never produces a partial graph. An empty
    folder is only a warning: the other inputs are still worth reading.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    seen: set[Path] = set()
    files: list[InputFile] = []
    for argument in paths:
        for input_file in _expand_one(argument, warn):
            key = input_file.path.resolve()
            if key not in seen:
                seen.add(key)
                files.append(input_file)
    return files
