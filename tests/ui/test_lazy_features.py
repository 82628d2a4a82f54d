"""The late-loaded features (ui/lazy.py) point at functions and classes that exist.

Each entry imports its feature when first used, so a renamed module or function would
only fail when a user clicks the menu item; this test (and mypy) finds it at once.
"""

from __future__ import annotations

import ast
import importlib
import inspect

from sic_desktop.ui import lazy


def _late_imports() -> list[tuple[str, str, str]]:
    """(entry, module, name) of every import inside a function of ui/lazy.py."""
    found = []
    for node in ast.parse(inspect.getsource(lazy)).body:
        if isinstance(node, ast.FunctionDef):
            for statement in ast.walk(node):
                if isinstance(statement, ast.ImportFrom):
                    found += [(node.name, statement.module or "", alias.name) for alias in statement.names]
    return found


def test_every_late_feature_imports_something_that_exists() -> None:
    imports = _late_imports()
    entries = [name for name, value in vars(lazy).items() if inspect.isfunction(value) and value.__module__ == lazy.__name__]
    assert sorted({entry for entry, _, _ in imports}) == sorted(entries)  # each entry loads its feature
    for entry, module, name in imports:
        assert hasattr(importlib.import_module(module), name), f"{entry}: {module}.{name} is gone"
