"""A package's short names, imported from their modules when first used (PEP 562).

``from sic_desktop.io import open_source`` stays the way to reach a package's
public names, but importing one module of the package (``io.csv_export`` for the
change-history export, ``search.documents`` for the window's names search) no
longer imports all of it: the window's start loads neither openpyxl, reportlab
nor whoosh that way. The package lists its names per module; the same imports
under ``TYPE_CHECKING`` give a type checker the real types, and
``tests/test_architecture.py`` keeps both in step.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(
    package: str, names_by_module: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: ``{"csv_export": ("write_table_csv", …)}``."""
    module_of = {name: module for module, names in names_by_module.items() for name in names}

    def module_getattr(name: str) -> Any:
        module = module_of.get(name)
        if module is None:  # also how ``from package import submodule`` learns to import it
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)  # the next use finds it without this call
        return value

    def module_dir() -> list[str]:
        return sorted({*vars(sys.modules[package]), *module_of})

    return module_getattr, module_dir
