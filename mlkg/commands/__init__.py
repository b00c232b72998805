"""Sub-commands of ``mlkg`` beyond build / extract / eval, one module each.

Every module here defines ``register(app: typer.Typer) -> None``; :func:`register_all` finds
them, so adding a command never means editing a shared file.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer


def register_all(app: typer.Typer) -> None:
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)
