"""Reads new attachments for the search in the background, a few files at a time.

Each small batch (``extract_batch``) runs as a long read of ``ctx.ops``: a closing window
waits at most for one batch, and neither saves (the writer) nor the search popup (the quick
reader) queue behind a 300-page PDF. The files themselves are read in a child process
(``TextReadingProcess``): pypdf's work on a thread of this process would hold the GIL and stall
the window. It starts with the window and whenever a
record with attachments changed; the status bar counts the files read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from sic_desktop.core.services.attachments import ATTACHMENTS_FIELD, OWNER_TYPES
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.io.attachment_text import extract_batch
from sic_desktop.io.attachment_text_process import TextReadingProcess
from sic_desktop.ui.context import AppContext

FILES_PER_STEP = 5


class AttachmentTextKeeper(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._parent = ctx, parent
        self._running = False
        self._again = False
        self.read = 0  # files read since the window opened
        self._process = TextReadingProcess()
        ctx.ws.add_closer(self._process.close)  # after the last batch: the workspace closes behind the operations
        ctx.changed.connect(self._on_changed)
        QTimer.singleShot(0, self, self.start)

    def start(self) -> None:
        if self._running:
            self._again = True
            return
        if not self._ctx.ws.attachments.pending_text(1):  # one indexed query: nothing to read, no operation
            return
        self._running = True
        self._step()

    def _step(self) -> None:
        self._ctx.ops.long_read(self._parent, lambda ws: extract_batch(ws, FILES_PER_STEP, self._process.read)).success(self._stepped).failure(
            lambda _error: self._stop()
        ).run()

    def _stepped(self, count: int) -> None:
        self.read += count
        if count:
            self._ctx.status_message.emit(
                QCoreApplication.translate("AttachmentTextKeeper", "Anhänge für die Suche gelesen: {count}").format(count=self.read)
            )
            QTimer.singleShot(0, self, self._step)
        elif self._again:
            self._again = False
            QTimer.singleShot(0, self, self._step)
        else:
            self._stop()

    def _stop(self) -> None:
        self._running = False

    def _on_changed(self, changes: ChangeSet) -> None:
        # A file added (restored records' files were read before); not the texts this keeper stored.
        if any(c.ref.type in OWNER_TYPES and ATTACHMENTS_FIELD in c.fields for c in changes.changes):
            self.start()
