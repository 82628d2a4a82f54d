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


# The storage's handles: the Workspace's ``database``, a Database's per-thread ``db``, a connection's ``conn``,
# and the services' private names for them.
STORAGE_HANDLES = frozenset({"database", "db", "conn", "_database", "_db"})
# Only the core opens transactions and runs SQL; a second storage backend plugs in behind it.
STORAGE_OWNER = ROOT / "sic_desktop" / "core"


def storage_access(source: str) -> list[str]:
    """Each use of a storage handle in ``source`` as „line: expression“ (reads, calls and imports alike).

    A data folder's ``database`` is the file's path, not a handle (``folder.database``,
    ``resolve_data_folder(...).database``): the only exception, by name of the folder.
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in STORAGE_HANDLES and not _data_folder_path(node):
            found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sic_desktop.core.storage"):
            found += [(node.lineno, f"import {a.name}") for a in node.names if a.name in {"Database", "connect"}]
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [(node.lineno, f"import {name}") for name in modules if name.split(".")[0] == "sqlite_utils"]
    return [f"{line}: {use}" for line, use in sorted(found)]


def _data_folder_path(node: ast.Attribute) -> bool:
    owner = node.value
    if isinstance(owner, ast.Call):
        owner = owner.func
    name = owner.attr if isinstance(owner, ast.Attribute) else owner.id if isinstance(owner, ast.Name) else ""
    return node.attr == "database" and name.endswith("folder")


def test_nothing_outside_the_core_touches_the_storage():
    offenders = [
        f"{path.relative_to(ROOT)}:{use}"
        for path in (ROOT / "sic_desktop").rglob("*.py")
        if STORAGE_OWNER not in path.parents
        for use in storage_access(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "add a core service method (or use ws.storage / ws.batch()) instead"


def test_the_storage_check_finds_every_kind_of_access():
    offending = """
from sic_desktop.core.storage.database import Database
import sqlite_utils
with ws.database.write():
    pass
self._ws.database.execute("DELETE FROM person")
rows = workspace.db.query("SELECT 1")
handle = ws.database
cursor = some.conn.cursor()
ws.notes._db.execute("UPDATE note SET title = ''")
"""
    assert [use.split(":")[0] for use in storage_access(offending)] == ["2", "3", "4", "6", "7", "8", "9", "10"]


def test_the_storage_check_lets_the_core_api_and_folder_paths_pass():
    allowed = """
from sic_desktop.core.storage.changes import ChangeSet
with ws.batch() as batch, batch.part():
    ws.trash.purge_many(refs)
note = ws.storage.journal_note
path = ws.folder.database
other = resolve_data_folder(None).database
"""
    assert storage_access(allowed) == []


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
