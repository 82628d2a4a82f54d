"""Opening the io dialogs: window-modal without blocking, deleted once their background work is in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from sic_desktop.ui.context import AppContext


def open_dialog(dialog: QDialog, ctx: AppContext) -> QDialog:
    """Show ``dialog`` window-modal; after it closes, delete it when no result is on its way to it."""

    def delete_when_idle() -> None:
        if ctx.ops.idle:
            ctx.ops.finished.disconnect(delete_when_idle)
            dialog.deleteLater()

    def closed(_result: int) -> None:
        ctx.ops.finished.connect(delete_when_idle)
        delete_when_idle()

    dialog.finished.connect(closed)
    dialog.open()
    return dialog
