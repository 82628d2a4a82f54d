"""Dependencies point one way: core at the bottom, the window and the command line on top.

Read from the sources, counting every import (also those inside functions and under
TYPE_CHECKING): a late import is still a dependency.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "sic_desktop"
HEADLESS = ("core", "search", "reports", "io", "network", "privacy")


def part_of(path: Path) -> str:
    """The top-level package (``core``) or module (``pdf_fonts``) of a source file."""
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)  # ``from sic_desktop import io``
    return names


def sources() -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if path.name not in ("__init__.py", "__main__.py")
            or path.parent != PACKAGE]


def dependencies() -> dict[str, set[str]]:
    """Top-level part → the other top-level parts it imports."""
    parts = {path.name.removesuffix(".py") for path in PACKAGE.iterdir() if path.suffix == ".py" or path.is_dir()}
    graph: dict[str, set[str]] = defaultdict(set)
    for path in sources():
        own = part_of(path)
        for name in imported_modules(path):
            words = name.split(".")
            if words[0] == "sic_desktop" and len(words) > 1 and words[1] in parts and words[1] != own:
                graph[own].add(words[1])
    return graph


def cycle_through(graph: dict[str, set[str]], start: str) -> list[str] | None:
    """A path start → … → start, if there is one."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for following in graph.get(node, ()):
            if following == start:
                return [*path, start]
            if following not in seen:
                seen.add(following)
                stack.append((following, [*path, following]))
    return None


def test_no_two_top_level_packages_import_each_other_in_a_circle():
    graph = dependencies()
    assert graph["reports"] and graph["ui"], "the graph was not read"
    cycles = [cycle for part in sorted(graph) if (cycle := cycle_through(graph, part))]
    assert cycles == []


def test_the_core_imports_no_other_package():
    assert dependencies()["core"] <= {"lazy_exports"}


def test_the_command_line_reaches_the_window_only_through_its_launcher():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (PACKAGE / "cli").rglob("*.py")
        if path.name != "gui.py" and any(name.startswith("sic_desktop.ui") for name in imported_modules(path))
    ]
    assert offenders == []


def test_only_the_window_and_the_selftest_import_the_window():
    offenders = [
        str(path.relative_to(ROOT))
        for path in sources()
        if part_of(path) not in ("ui", "selftest")
        and path.relative_to(PACKAGE).as_posix() != "cli/gui.py"
        and any(name.startswith("sic_desktop.ui") for name in imported_modules(path))
    ]
    assert offenders == []


def test_headless_and_drawing_code_use_no_qt_widgets():
    """The headless packages use no Qt at all (``test_architecture``); drawing paints with QtGui only."""
    offenders = [
        str(path.relative_to(ROOT))
        for part in (*HEADLESS, "drawing")
        for path in (PACKAGE / part).rglob("*.py")
        if any(name.startswith("PySide6.QtWidgets") for name in imported_modules(path))
    ]
    assert offenders == []
