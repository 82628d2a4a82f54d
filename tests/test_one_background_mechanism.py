"""Every worker thread of the program starts in ``core/background.py`` (a ``Lane``), so that each
one closes its database connection when it ends and the window's reads and writes have one way
to the background."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
THE_MECHANISM = ROOT / "sic_desktop" / "core" / "background.py"
# The one child process: reading a PDF's text is pure Python that would hold the GIL and stall the
# window on any thread of its process (io/attachment_text_process.py says why).
THE_CHILD_PROCESS = ROOT / "sic_desktop" / "io" / "attachment_text_process.py"
# What starts a thread or a pool of them, in the standard library and in Qt.
THREAD_MAKERS = {
    "Thread", "Timer", "ThreadPoolExecutor", "ProcessPoolExecutor", "multiprocessing",
    "QThread", "QThreadPool", "QRunnable", "QtConcurrent", "start_new_thread",
}


def _names_used(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.alias):
            names.add(node.name.rsplit(".", 1)[-1])
    return names


def test_no_module_but_core_background_starts_a_thread() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(THREAD_MAKERS & _names_used(path))
        for path in (ROOT / "sic_desktop").rglob("*.py")
        if path not in (THE_MECHANISM, THE_CHILD_PROCESS) and THREAD_MAKERS & _names_used(path)
    }
    assert offenders == {}


def test_the_replaced_helpers_are_gone() -> None:
    assert not (ROOT / "sic_desktop" / "ui" / "taskman.py").exists()
    assert not (ROOT / "sic_desktop" / "ui" / "map" / "worker.py").exists()
