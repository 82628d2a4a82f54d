"""Screenshots of the real window with demo data, for the docs and for looking at the UI.

    python tools/screenshots.py docs/screenshots            # under its own Xvfb
    python tools/screenshots.py OUT --language en --persons 300 --notes 1000

The script starts itself again under ``xvfb-run`` (package xvfb) with a screen of an
office PC, 1,366 × 768, and the window filling it. It saves the start page, each list
with a record open, a note in the formatted view and in the editor, Kartierung, Lücken,
Datenschutz, Papierkorb, the search popup, every dialog of the menus and of an
organisation's „Datensatz“ menu, and the import wizard (column step and dry run),
duplicates and backups. Then, in a second run, the start page on a 1,920 × 1,080
screen at 150 % scaling (``QT_SCALE_FACTOR=1.5``: 1,280 × 720 logical pixels).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OFFICE = (1366, 768)
FULL_HD = (1920, 1080)
# Menu commands and record actions whose dialogs are shot, with the file name they get.
MENU_DIALOGS = (("theme_report", "20-dialog-theme-report"), ("export", "21-dialog-export"),
                ("settings", "22-dialog-settings"), ("themes", "23-dialog-themes"),
                ("handbook", "24-dialog-guide"), ("shortcuts", "25-dialog-shortcuts"), ("about", "26-dialog-about"))
RECORD_DIALOGS = (("briefing", "27-dialog-briefing"), ("history", "28-dialog-history"))


def _rerun_under_xvfb(screen: tuple[int, int], extra: list[str], environment: dict[str, str]) -> int:
    if not shutil.which("xvfb-run"):
        sys.exit("Kein xvfb-run gefunden: bitte „apt-get install -y xvfb“.")
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {screen[0]}x{screen[1]}x24", sys.executable, *sys.argv, *extra]
    return subprocess.call(command, env=os.environ | environment | {"SIC_SCREENSHOTS_UNDER_XVFB": "1"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", choices=("de", "en"), default="de")
    parser.add_argument("--persons", type=int, default=120)
    parser.add_argument("--notes", type=int, default=300)
    parser.add_argument("--scaled", action="store_true", help=argparse.SUPPRESS)  # the 150 % run
    args = parser.parse_args()
    if not os.environ.get("SIC_SCREENSHOTS_UNDER_XVFB"):
        result = _rerun_under_xvfb(OFFICE, [], {})
        return result or _rerun_under_xvfb(FULL_HD, ["--scaled"], {"QT_SCALE_FACTOR": "1.5"})
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sic-screens-") as folder:
        return _take(args, Path(folder))


def _take(args: argparse.Namespace, folder: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from sic_desktop.core.demo import DemoSize, load_demo
    from sic_desktop.core.progress import run_to_end
    from sic_desktop.core.workspace import Workspace
    from sic_desktop.ui.context import AppContext
    from sic_desktop.ui.main_window import MainWindow
    from sic_desktop.ui.translations import install_translations

    app = QApplication(sys.argv)
    translators = install_translations(app, args.language)  # noqa: F841 (kept alive)
    ws = Workspace.open(folder / "daten", user="m.becker")
    run_to_end(load_demo(ws, DemoSize(args.persons, args.notes)))
    ctx = AppContext(ws)
    window = MainWindow(ctx)
    screen = app.primaryScreen().geometry()
    window.setGeometry(screen)
    window.show()

    def settle(condition: Callable[[], bool] = lambda: True, seconds: float = 10) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            if ctx.ops.idle and condition():
                break
            time.sleep(0.01)
        for _ in range(20):  # let layouts and repaints finish
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str) -> None:
        settle()
        path = args.output / f"{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        print(path)

    settle()
    if args.scaled:
        shot("01-start-1920x1080-150")
    else:
        _page_shots(window, ws, settle, shot)
        _dialog_shots(window, ws, settle, shot)
        _io_shots(window, ws, folder, settle, shot)
    window.close_discarding_changes()
    ctx.close()
    ws.close()
    return 0


def _page_shots(window, ws, settle: Callable, shot: Callable[[str], None]) -> None:
    """Every page of the navigation; the lists with a record open."""
    from sic_desktop.core.record_ref import RecordRef, RecordType
    from sic_desktop.core.services.list_query import ListQuery

    shot("01-start")
    for number, record_type in enumerate(
        (RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.NOTE, RecordType.FOLLOWUP), start=2
    ):
        ids = ws.service(record_type).ids(ListQuery(limit=3))
        window.open_record(RecordRef(record_type, ids[-1]))
        page = window.current_page()
        settle(lambda: page.model.rowCount() > 0)
        shot(f"{number:02d}-{record_type.value}")
    reflection = ws.notes.ids(ListQuery(kind="reflexionsgespraech", limit=1))[0]
    window.open_record(RecordRef(RecordType.NOTE, reflection))
    shot("07-note-view")
    window.current_page().editor.form.widget("text").edit.setFocus()
    shot("08-note-edit")
    window.current_page().editor.revert()
    for name, key in (("09-trash", "trash"), ("15-map", "map"), ("16-gaps", "gaps"), ("17-privacy", "privacy")):
        page = window.go_to(key)
        settle(lambda: window.ctx.ops.idle, seconds=3 if key != "map" else 30)
        if key == "map":
            settle(lambda: page.progress.isHidden(), seconds=60)
        shot(name)
    popup = window.show_search()
    popup.field.setText("quartier")
    settle(lambda: popup.shown_text == "quartier")
    shot("10-search")
    popup.hide()


def _dialog_shots(window, ws, settle: Callable, shot: Callable[[str], None]) -> None:
    """The dialogs of the menus and of an organisation's record actions, each shot and closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from sic_desktop.core.record_ref import RecordRef, RecordType
    from sic_desktop.core.services.list_query import ListQuery

    def shoot_dialog(trigger: Callable[[], None], name: str) -> None:
        before = set(QApplication.topLevelWidgets())
        done: list[QDialog] = []

        def catch() -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible() and widget not in before and not done:
                    done.append(widget)
                    timer.stop()
                    settle()
                    shot(name)
                    widget.reject()

        timer = QTimer(interval=50)
        timer.timeout.connect(catch)
        timer.start()
        trigger()
        settle(lambda: bool(done), seconds=5)
        timer.stop()

    window.open_record(RecordRef(RecordType.ORGANISATION, ws.organisations.ids(ListQuery(limit=1))[0]))
    settle()
    for key, name in MENU_DIALOGS:
        shoot_dialog(window.commands[key].trigger, name)
    page = window.current_page()
    for key, name in RECORD_DIALOGS:
        shoot_dialog(page.actions[key].trigger, name)


# An Outlook export as office staff bring it: one known contact, new ones, a broken address, a line without name.
OUTLOOK_CSV = """Anrede;Vorname;Nachname;Firma;Position;E-Mail-Adresse;Telefon geschäftlich;Kategorien;Notizen;Geburtstag
Frau;Agnieszka;Becker;Familienzentrum Innenstadt-West;Schulsozialarbeiterin;agnieszka.becker41@familienzentruminnenstad.de;0231 5110299;Familie;;
Herr;Jonas;Krämer;Quartiersbüro Nordstadt;Quartiersmanager;j.kraemer@quartier-nord.example;0231 4471120;Arbeit im Quartier;Ruft meist vormittags zurück.;03.04.1981
Frau Dr.;Miriam;Yılmaz;Stiftung Soziale Innovation;Vorständin;m.yilmaz@stiftung-si.example;0231 555-12;Stiftungen;;
Herr;Tobias;Lange;Caritasverband Dortmund e.V.;Referent;tobias.lange(at)caritas.example;;;;
;;;Verein Nordstadtliebe e.V.;;info@nordstadtliebe.example;;;;
Frau;Sabine;Wójcik;TU Dortmund;Projektleitung;sabine.wojcik@tu-dortmund.example;0231 755-4400;Wissenschaft;;
"""


def _io_shots(window, ws, folder: Path, settle: Callable, shot: Callable[[str], None]) -> None:
    """The import wizard's column step and dry run, the duplicates dialog, the backup list."""
    from datetime import datetime, timedelta

    from sic_desktop.core.backups import make_backup
    from sic_desktop.core.models import Person
    from sic_desktop.core.services.list_query import ListQuery
    from sic_desktop.ui.io import file_dialogs
    from sic_desktop.ui.io.backup_dialog import open_backup_dialog
    from sic_desktop.ui.io.duplicates_dialog import open_duplicates_dialog
    from sic_desktop.ui.io.import_wizard import open_import_wizard

    window.go_to("person")
    source = folder / "Kontakte aus Outlook.csv"
    source.write_text(OUTLOOK_CSV, encoding="utf-8-sig")
    file_dialogs.choose_open_file = lambda *args: source
    wizard = open_import_wizard(window)
    wizard.file_page.browse()
    settle(wizard.file_page.isComplete)
    wizard.next()
    shot("11-import-mapping")
    wizard.next()
    settle(wizard.check_page.isComplete)
    report = wizard.check_page.report
    report.table.setCurrentIndex(report.model.index(3, 0))
    shot("12-import-report")
    wizard.reject()

    first = ws.persons.get(ws.persons.ids(ListQuery(limit=1))[0])
    ws.persons.create(Person(first_name=first.first_name, last_name=first.last_name + "n", emails=[],
                             phones=["0231 999 12 12"], memberships=first.memberships))
    dialog = open_duplicates_dialog(window)
    settle(lambda: dialog.pairs.topLevelItemCount() > 0)
    settle(lambda: dialog.merge_button.isEnabled())
    shot("13-duplicates")
    dialog.reject()

    now = datetime.now().replace(microsecond=0)
    for days, reason in ((40, "start"), (9, "start"), (3, "vor-update-datenstand-2"), (2, "start"),
                         (1, "vor-import"), (1, "start"), (0, "manuell"), (0, "start")):
        made = now - timedelta(days=days, hours=days % 3, minutes=7 * days)
        make_backup(ws.database, ws.folder.backups_dir, reason, now=made)
    backups = open_backup_dialog(window)
    settle(lambda: backups.tree.topLevelItemCount() > 0)
    shot("14-backups")
    backups.reject()


if __name__ == "__main__":
    sys.exit(main())
