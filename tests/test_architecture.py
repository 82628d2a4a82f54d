"""The shape of the code base that the design relies on."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ("core", "search", "reports", "io", "network", "privacy")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_search_reports_and_io_never_import_qt():
    offenders = []
    for package in QT_FREE:
        for path in (ROOT / "sic_desktop" / package).rglob("*.py"):
            if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in imported_modules(path)):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_every_sub_package_is_listed_for_installation():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "sic_desktop").rglob("__init__.py")
    }
    assert found - listed == set(), "add them to [tool.setuptools] packages in pyproject.toml"


def test_widgets_run_no_sql():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "sic_desktop" / "ui").rglob("*.py")
        if {"sqlite3", "sqlite_utils"} & {name.split(".")[0] for name in imported_modules(path)}
        or ".execute(" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_importing_the_qt_free_packages_really_loads_no_qt():
    """Reading the sources misses indirect imports; ask a fresh interpreter what it loaded."""
    import json
    import subprocess
    import sys

    packages = [f"sic_desktop.{name}" for name in QT_FREE if (ROOT / "sic_desktop" / name).is_dir()]
    probe = f"import json, sys; import {', '.join(packages)}; print(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = set(json.loads(output.stdout))
    assert not {name for name in loaded if name.startswith(("PySide6", "shiboken6"))}
