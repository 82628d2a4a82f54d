"""A fast start: what the window and ``--version`` load before the user sees anything.

The window is started through the real entry point in a fresh interpreter; when it
has been painted (the moment ``benchmarks/ui_startup.py`` times), the child lists
the modules it has loaded. The libraries of exports, briefings, the map and the
full-text index load when first used, not for the first picture.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("openpyxl", "reportlab", "docx", "whoosh", "numpy", "networkx", "PIL", "pypdf", "markdown_it")

LOADED_AT_FIRST_PAINT = r"""
import json, sys
from PySide6.QtWidgets import QApplication
import sic_desktop.ui.app as app

def report():
    import PySide6.QtCore
    qt_namespace = ["Qt's enums"] if "Qt" in vars(PySide6.QtCore) else []  # built when ``Qt`` is first named
    print(json.dumps(sorted(sys.modules) + qt_namespace), flush=True)
    QApplication.instance().exit(0)

app._print_shown_marker = report  # the moment the benchmark waits for
from sic_desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def loaded_modules(args: list[str], *, env: dict[str, str] | None = None) -> set[str]:
    output = subprocess.run(
        [sys.executable, "-c", *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120, env=env
    )
    # The module list is one JSON line; the start's marker lines may come before or after it.
    return set(json.loads(next(line for line in output.stdout.splitlines() if line.startswith("["))))


def heavy(modules: set[str]) -> set[str]:
    return {name for name in modules if name.split(".")[0] in HEAVY}


@pytest.mark.parametrize("demo", [False, True], ids=["new folder", "demo data"])
def test_the_window_is_painted_before_any_heavy_library_loads(tmp_path: Path, demo: bool):
    folder = tmp_path / "daten"
    if demo:  # a folder with records, a search index and a backup to be made
        subprocess.run([sys.executable, "-m", "sic_desktop", "--data-dir", str(folder), "demo", "--persons", "20",
                        "--notes", "40"], cwd=ROOT, check=True, capture_output=True, timeout=300)
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "SIC_DESKTOP_PRINT_WHEN_SHOWN": "1"}
    loaded = loaded_modules([LOADED_AT_FIRST_PAINT, str(folder)], env=env)
    assert "sic_desktop.ui.main_window" in loaded  # the probe really saw the window
    assert heavy(loaded) == set()
    # PySide6 builds the 90-odd enum classes of Qt's namespace in Python when ``Qt`` is first named: a fifth
    # of what a bare window needs to appear. The first picture needs none of them (see ui/first_paint.py).
    assert "Qt's enums" not in loaded
    # The full-text index, the backup and the erasure log start after the first paint; the first
    # page is the start page, so no list page and no record editor is needed for it.
    assert not {"sic_desktop.search.index", "sic_desktop.core.database_check", "sic_desktop.privacy.erasure",
                "sic_desktop.ui.lists.list_page", "sic_desktop.ui.editors.record_editor"} & loaded
    # An up-to-date file opens and reads with sqlite3 alone; sqlite-utils (click, pluggy, dateutil) runs
    # migrations only. A new folder is migrated, so it may load there.
    if demo:
        assert not {"sqlite_utils", "click", "pluggy", "dateutil"} & loaded
    # The Workspace makes its services on first use: those the start page does not read stay unloaded,
    # and so does the process that reads attachment text (multiprocessing).
    assert not {"sic_desktop.core.services.impact", "sic_desktop.core.services.network",
                "sic_desktop.core.services.duplicates", "sic_desktop.core.services.deletion_rules",
                "multiprocessing"} & loaded
    # Nor the record classes (their dataclasses compile their methods as they load): the first picture
    # names record types only (core/record_ref.py); the records come with the start page's data.
    assert not {"sic_desktop.core.models", "sic_desktop.core.validation",
                "sic_desktop.core.services.record_service"} & loaded
    # Nor what only a click or a drop needs: the team server form, the attachment pane, the trash.
    assert not {"sic_desktop.ui.team_server_connect", "sic_desktop.ui.outlook.attachment_pane",
                "sic_desktop.ui.io.file_dialogs", "sic_desktop.ui.trash_page"} & loaded
    # An intact, up-to-date file opens without the backups (a new folder has no file yet: its backups are
    # looked for, as a lost file is refused; the migrations' library brings OpenSSL and uuid).
    if demo:
        assert not {"sic_desktop.core.backups", "sic_desktop.core.restore", "hashlib", "uuid",
                    "importlib.resources"} & loaded


COLLECTOR_AROUND_FIRST_PAINT = r"""
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import sic_desktop.ui.app as app

def report():
    at_paint = gc.isenabled()
    def after():
        print("COLLECTOR", at_paint, gc.isenabled(), flush=True)
        QApplication.instance().exit(0)
    QTimer.singleShot(0, after)

app._print_shown_marker = report
from sic_desktop.cli import main
code = main(["--data-dir", sys.argv[1]])
print("AFTER", gc.isenabled(), flush=True)
sys.exit(code)
"""


def test_the_garbage_collector_is_off_until_the_window_is_painted(tmp_path: Path):
    """The start's objects live until the end: collecting them while the window is built is wasted time;
    once it is painted the collector works as always, and after the window it is on as well."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "SIC_DESKTOP_PRINT_WHEN_SHOWN": "1"}
    output = subprocess.run([sys.executable, "-c", COLLECTOR_AROUND_FIRST_PAINT, str(tmp_path / "daten")], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=120, env=env).stdout.splitlines()
    assert "COLLECTOR False True" in output
    assert output[-1] == "AFTER True"


def test_what_the_window_needs_without_qt_loads_before_it(tmp_path: Path):
    """PySide6's feature switch reads the source of every module imported after PySide6: the start's modules
    that need no Qt come first (``cli.gui.BEFORE_QT``)."""
    probe = "import json, sys\nfrom sic_desktop.cli.gui import BEFORE_QT\nimport importlib\n" \
            "for name in BEFORE_QT: importlib.import_module(name)\nprint(json.dumps(list(sys.modules)))"
    assert not {name for name in loaded_modules([probe]) if name.split(".")[0] == "PySide6"}
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "SIC_DESKTOP_PRINT_WHEN_SHOWN": "1"}
    for _start in range(2):  # the first start makes the database; the second opens it as every later one
        output = subprocess.run([sys.executable, "-c", IN_ORDER_AT_FIRST_PAINT, str(tmp_path / "daten")], cwd=ROOT,
                                capture_output=True, text=True, check=True, timeout=120, env=env)
    in_order = json.loads(output.stdout.strip().splitlines()[-1])
    ours_after_qt = [name for name in in_order[in_order.index("PySide6"):] if name.startswith("sic_desktop.")]
    assert "sic_desktop.ui.main_window" in ours_after_qt
    assert [name for name in ours_after_qt if not _uses_qt(name)] == []


def test_version_loads_neither_qt_nor_the_database_library():
    probe = "import json, sys\nfrom sic_desktop.cli import main\ntry:\n    main(['--version'])\n" \
            "except SystemExit:\n    print(json.dumps(sorted(sys.modules)))"
    loaded = loaded_modules([probe])
    assert not {name for name in loaded if name.split(".")[0] in ("PySide6", "sqlite_utils", *HEAVY)}


def test_a_package_loads_only_the_module_asked_for():
    """``io.csv_export`` (the change-history export) must not pull in the Excel reader."""
    probe = "import json, sys\nimport sic_desktop.io.csv_export, sic_desktop.search.index_state, sic_desktop.reports.glyphs\n" \
            "print(json.dumps(sorted(sys.modules)))"
    assert heavy(loaded_modules([probe])) == set()


@pytest.mark.parametrize("package", ["io", "reports", "search"])
def test_each_short_name_of_a_package_is_found(package: str):
    """The names a package lists load from the module it names (see ``lazy_exports``), also
    once all its modules are imported (a module named like a name would hide it)."""
    module = importlib.import_module(f"sic_desktop.{package}")
    for info in pkgutil.walk_packages(module.__path__, f"{module.__name__}."):
        importlib.import_module(info.name)
    assert module.__all__
    assert [name for name in module.__all__ if isinstance(getattr(module, name), ModuleType)] == []
    assert set(module.__all__) <= set(dir(module))
    with pytest.raises(AttributeError):
        module.no_such_name  # noqa: B018


# The window started as by the command, untouched until painted: sys.modules in the order of loading.
IN_ORDER_AT_FIRST_PAINT = r"""
import builtins, json, os, sys
_print = builtins.print
def report_when_shown(*args, **kwargs):
    if args and args[0] == "SIC-DESKTOP-WINDOW-SHOWN":
        _print(json.dumps(list(sys.modules)), flush=True)
        os._exit(0)
    _print(*args, **kwargs)
builtins.print = report_when_shown
from sic_desktop.cli import main
main(["--data-dir", sys.argv[1]])
"""


def _uses_qt(module: str) -> bool:
    path = ROOT / Path(*module.split("."))
    source = (path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).read_text("utf-8")
    return "PySide6" in source
