"""What the map view and the gap view share: following data changes, and the export menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.storage.changes import ChangeSet
from sic_desktop.drawing.figure_files import save_figure
from sic_desktop.network.canvas import Figure

if TYPE_CHECKING:
    from sic_desktop.ui.context import AppContext


# What the network snapshot is made of: a saved note or follow-up leaves map and gaps as they are.
_SHOWN_TYPES = frozenset({RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.THEME})


class ChangeFollower(QObject):
    """Calls ``refresh`` shortly after saved changes of what the view shows while it is visible,
    else when it is next shown."""

    def __init__(self, ctx: AppContext, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view, self._refresh = view, refresh
        self.stale = True
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self._run)
        ctx.changed.connect(self._on_changed)

    def shown(self) -> None:
        if self.stale:
            self._run()

    def _on_changed(self, changes: ChangeSet) -> None:
        if not any(change.ref.type in _SHOWN_TYPES for change in changes.changes):
            return
        if self._view.isVisible():
            self._timer.start()
        else:
            self.stale = True

    def _run(self) -> None:
        self.stale = False
        self._refresh()


def export_button(what: str, save: Callable[[str], None]) -> QToolButton:
    """„Exportieren“ with PDF and PNG; ``save`` gets "pdf" or "png". ``what`` is „Karte“ or „Lücken“."""
    button = QToolButton()
    button.setText(translate("Map", "Exportieren"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.addAction(translate("Map", "{what} als PDF speichern …").format(what=what), lambda: save("pdf"))
    menu.addAction(translate("Map", "{what} als PNG-Bild speichern …").format(what=what), lambda: save("png"))
    button.setMenu(menu)
    return button


def save_figure_as(parent: QWidget, kind: str, file_stem: str, title: str, compose: Callable[[], Figure]) -> None:
    """Ask where to save, then write the figure; a problem is shown, not raised."""
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Map", "„{title}“ speichern").format(title=title), str(Path.home() / f"{file_stem}.{kind}"),
        translate("Map", "PDF-Dokument (*.pdf)") if kind == "pdf" else translate("Map", "PNG-Bild (*.png)"),
    )
    if not name:
        return
    try:
        save_figure(compose(), Path(name), title=title)
    except SicError as error:
        QMessageBox.warning(parent, title, str(error))
