"""Removing a link between two records from the „Verknüpft mit“ pane, with undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.services.links import Unlinked
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.undo import UndoStep


def unlink_records(ctx: AppContext, shown: RecordRef, linked: RecordRef, parent: QWidget) -> None:
    def done(unlinked: Unlinked) -> None:
        ctx.undo.push(
            UndoStep(
                QCoreApplication.translate("Unlinking", "Verknüpfung lösen"),
                lambda ws: ws.links.relink(unlinked),
                lambda ws: ws.links.unlink(shown, linked),
            )
        )
        ctx.status_message.emit(
            QCoreApplication.translate("Unlinking", "Verknüpfung gelöst. Rückgängig mit Strg+Z.")
        )

    ctx.ops.write(parent, lambda ws: ws.links.unlink(shown, linked)).success(done).run()
