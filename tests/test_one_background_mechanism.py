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


def _names_used(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.alias):  # each part: ``import multiprocessing.pool`` is multiprocessing too
            names.update(node.name.split("."))
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.update(node.module.split("."))
    return names


def thread_makers(source: str) -> list[str]:
    return sorted(THREAD_MAKERS & _names_used(source))


def test_no_module_but_core_background_starts_a_thread() -> None:
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in (ROOT / "sic_desktop").rglob("*.py")
        if path not in (THE_MECHANISM, THE_CHILD_PROCESS) and (found := thread_makers(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_check_finds_every_way_to_start_a_thread() -> None:
    """Lines of the helpers the lanes replaced (ui/taskman.py, ui/map/worker.py) and the other ways."""
    caught = {
        "self._writer = ThreadPoolExecutor(max_workers=1)": ["ThreadPoolExecutor"],
        "from PySide6.QtCore import QObject, QRunnable, QThreadPool": ["QRunnable", "QThreadPool"],
        "QThreadPool.globalInstance().start(job)": ["QThreadPool"],
        "import threading\nthreading.Thread(target=work).start()": ["Thread"],
        "from threading import Timer as Later": ["Timer"],
        "import concurrent.futures\nconcurrent.futures.ProcessPoolExecutor()": ["ProcessPoolExecutor"],
        "import multiprocessing.pool": ["multiprocessing"],
        "from multiprocessing import Pool": ["multiprocessing"],
        "class Worker(QThread):\n    pass": ["QThread"],
        "_thread.start_new_thread(work, ())": ["start_new_thread"],
    }
    assert {source: thread_makers(source) for source in caught} == caught
    assert thread_makers("ctx.ops.read(self, lambda ws: ws.notes.get(1)).success(self.show).run()") == []
