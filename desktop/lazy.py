"""A package's public names, each loaded with its module on first use (PEP 562): importing the
package costs nothing until a name is used (``pagodesk list`` never loads httpx, the app's
first paint never loads the sandbox's server)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, modules: Mapping[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: ``modules`` maps each of its submodules to the
    names it gives; a name once loaded is kept in the package like any other."""
    where = {name: module for module, names in modules.items() for name in names}

    def load(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return load
