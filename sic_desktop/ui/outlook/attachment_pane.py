"""„Anhänge“ beside a note, organisation, contact or cooperation: add by button or drag and drop,
images as thumbnails, open with the system's program, remove after a question.

Dropped files are attached as they are; a drag straight out of Outlook's message list may
hand over no file at all (Outlook offers „virtual files“ Qt cannot read), and the pane says
so instead of doing nothing. E-mail files (.eml, .msg) dropped here are attached like any
file; „Datei → E-Mail übernehmen …“ turns one into a note.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QFileInfo, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileIconProvider,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.services.attachments import ATTACHMENTS_FIELD, OWNER_TYPES, Attachment
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui import messages
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.flow_layout import FlowLayout
from sic_desktop.ui.icons import icon
from sic_desktop.ui.io import file_dialogs

THUMBNAIL = QSize(48, 48)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AttachmentPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ref: RecordRef | None = None
        self._attachments: dict[int, Attachment] = {}
        self._icons = QFileIconProvider()
        self.setObjectName("attachmentPane")
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("&Anhänge"), self)
        layout.addWidget(title)
        self.list = QListWidget(self)
        self.list.setObjectName("attachments")
        self.list.setAccessibleName(self.tr("Anhänge"))
        self.list.setIconSize(THUMBNAIL)
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(150)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        title.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        self.hint = QLabel(self.tr("Dateien hierher ziehen oder „Hinzufügen …“ wählen."), self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)
        buttons = FlowLayout()  # wraps on a narrow side pane instead of squeezing the editor
        self.add_button = QPushButton(icon("add"), self.tr("Hin&zufügen …"), self)
        self.add_button.clicked.connect(self.choose_and_add)
        self.open_button = QPushButton(self.tr("Ö&ffnen"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(icon("delete"), "", self)
        self.remove_button.setToolTip(self.tr("Anhang entfernen"))
        self.remove_button.setAccessibleName(self.tr("Anhang entfernen"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        ctx.changed.connect(self._on_changed)
        self.show_record(None)

    # -- showing ----------------------------------------------------------------------

    @property
    def ref(self) -> RecordRef | None:
        return self._ref

    def show_record(self, ref: RecordRef | None) -> None:
        """Show the attachments of ``ref``; records that cannot carry any leave the pane empty and off."""
        self._ref = ref if ref is not None and ref.type in OWNER_TYPES else None
        self.setEnabled(self._ref is not None)
        self._reload()

    def _reload(self) -> None:
        """Read on the reader lane; an answer for a record no longer shown is dropped."""
        wanted = self._ref
        if wanted is None:
            self._fill([])
            return
        self._ctx.ops.read(self, lambda ws: ws.attachments.for_record(wanted)).success(
            lambda attachments: self._fill(attachments) if wanted == self._ref else None).run()

    def _fill(self, attachments: list[Attachment]) -> None:
        self.list.clear()
        self._attachments = {a.id: a for a in attachments}
        for attachment in attachments:
            item = QListWidgetItem(self._icon(attachment), f"{attachment.name}\n{attachment.size_text}", self.list)
            item.setData(ID_ROLE, attachment.id)
            item.setToolTip(attachment.name)
        self.hint.setVisible(not attachments)
        self._update_buttons()

    def _icon(self, attachment: Attachment) -> QIcon:
        if attachment.is_image:
            reader = QImageReader(str(self._ctx.ws.attachments.store.path(attachment.sha256)))
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid():
                reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                return QIcon(QPixmap.fromImage(image))
        return self._icons.icon(QFileInfo(attachment.name))

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_changed(self, changes: ChangeSet) -> None:
        fields = changes.fields_of(self._ref) if self._ref is not None else frozenset()
        if fields is None or ATTACHMENTS_FIELD in fields:  # files added or removed, the record trashed …
            self._reload()

    def selected(self) -> list[Attachment]:
        return [self._attachments[item.data(ID_ROLE)] for item in self.list.selectedItems()]

    # -- acting -----------------------------------------------------------------------

    def choose_and_add(self) -> None:
        path = file_dialogs.choose_open_file(self, self.tr("Datei anhängen"), self.tr("Alle Dateien (*)"))
        if path is not None:
            self.add_files([path])

    def add_files(self, paths: list[Path]) -> None:
        ref = self._ref
        if ref is None or not paths:
            return

        def add(ws: Workspace) -> list[Attachment]:
            return [ws.attachments.add(ref, path) for path in paths]

        def done(added: list[Attachment]) -> None:
            names = ", ".join(f"„{a.name}“" for a in added)
            self._ctx.status_message.emit(self.tr("Angehängt: {names}").format(names=names))

        self._ctx.ops.write(self, add).success(done).run()

    def open_selected(self) -> None:
        """A checked copy under the file's own name in a temporary folder, opened with the system's program."""
        chosen = self.selected()[:1]
        if not chosen:
            return
        attachment = chosen[0]
        folder = Path(tempfile.mkdtemp(prefix="sic-anhang-"))

        def opened(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self._ctx.status_message.emit(
                    self.tr("Für „{name}“ ist kein Programm eingerichtet. Die Kopie liegt in {folder}.").format(
                        name=attachment.name, folder=path.parent
                    )
                )

        self._ctx.ops.read(self, lambda ws: ws.attachments.copy_to(attachment, folder)).success(opened).run()

    def remove_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        names = ", ".join(f"„{a.name}“" for a in chosen)
        if not messages.confirm(self, self.tr("{names} endgültig entfernen?").format(names=names), self.tr("&Entfernen")):
            return
        ids = [a.id for a in chosen]

        def remove(ws: Workspace) -> None:
            for attachment_id in ids:
                ws.attachments.remove(attachment_id)

        self._ctx.ops.write(self, remove).run()

    # -- drag and drop ----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        if self._ref is not None and (event.mimeData().hasUrls() or event.mimeData().formats()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._ref is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        paths = dropped_files(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)
        else:
            self._ctx.status_message.emit(
                self.tr("Es kam keine Datei an. Aus Outlook bitte die E-Mail zuerst in einen Ordner ziehen "
                        "(oder „Datei → Speichern unter“) und dann diese Datei hierher ziehen.")
            )


def dropped_files(urls: list[QUrl]) -> list[Path]:
    """The local files among dropped URLs (folders and web addresses are not attachments)."""
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and Path(url.toLocalFile()).is_file()]
