"""Screenshots at 1366 × 768 of the attachment pane and the e-mail import, for docs/screenshots.

    DISPLAY=:46 python tools/screenshots_outlook.py DATA_FOLDER docs/screenshots NOTE_NR [MAIL.eml]

DATA_FOLDER is a data folder with demo data whose note NOTE_NR has attachments
(``sic-desktop anhang add notiz NR …``); with MAIL.eml the e-mail import dialog is shown too.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from sic_desktop.core.record_ref import RecordRef, RecordType
    from sic_desktop.core.workspace import Workspace
    from sic_desktop.ui.context import AppContext
    from sic_desktop.ui.main_window import MainWindow

    folder, output, note_id = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    ws = Workspace.open(folder, user="m.becker")
    ctx = AppContext(ws)
    window = MainWindow(ctx)
    window.setGeometry(0, 0, 1366, 768)
    window.showMaximized()

    def settle(seconds: float = 3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def shot(name: str) -> None:
        settle()
        path = output / f"{name}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        print(path)

    settle()
    window.open_record(RecordRef(RecordType.NOTE, note_id))
    page = window.current_page()
    settle()
    page.attachment_pane.list.setCurrentRow(0)
    shot("attachments-pane")
    if len(sys.argv) > 4:
        from sic_desktop.ui.outlook.mail_import_dialog import MailImportDialog

        dialog = MailImportDialog(ctx, Path(sys.argv[4]), window)
        dialog.show()
        shot("mail-import")
        dialog.reject()
    window.close_discarding_changes()
    ctx.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
