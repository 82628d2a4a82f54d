"""sic_desktop.io stays a file-format layer: no Qt, and from the core only
translation and error types, so it can be used (and tested) without either."""

from __future__ import annotations

import ast
from pathlib import Path

import sic_desktop.io

ALLOWED_CORE = {"sic_desktop.core.i18n", "sic_desktop.core.errors"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_io_imports_no_qt_and_only_translation_and_errors_from_the_core():
    modules = sorted(Path(sic_desktop.io.__file__).parent.glob("*.py"))
    assert len(modules) > 5
    for module in modules:
        for name in _imports(module):
            assert not name.startswith(("PySide", "PyQt", "shiboken")), (module.name, name)
            if name.startswith("sic_desktop.") and not name.startswith("sic_desktop.io"):
                assert name in ALLOWED_CORE, (module.name, name)
