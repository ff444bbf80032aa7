"""Plug-in packages: one module per variant (a scale kind, an indicator form), found by import.

A package whose every module (but `base`) defines variants of one base class builds its
registry here, so adding a variant is adding a module: nothing else lists them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def discover(
    package: str, path: Iterable[str], base: type[T], key: Callable[[type[T]], str]
) -> dict[str, type[T]]:
    """Every subclass of `base` defined in a module of `package` (not `base`), by `key`."""
    found: dict[str, type[T]] = {}
    for info in sorted(pkgutil.iter_modules(path), key=lambda m: m.name):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, base) and value.__module__ == module.__name__:
                name = key(value)
                assert name not in found, f"'{name}' defined twice in {package}"
                found[name] = value
    return found
