"""Erasures survive a restore in the window too: after opening a data folder (at start, after a
restore) and after reading a full export, the logged erasures the data predates are applied
again on the writer thread, and the user is told how many."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sic_desktop.privacy.erasure_log import ReapplyResult, reapply_erasures
from sic_desktop.ui.context import AppContext


def reapply_logged_erasures(ctx: AppContext, parent: QWidget, tell: Callable[[str], None] | None = None) -> None:
    """Apply the missing erasures; ``tell`` gets the German message, else a message box shows it."""

    def done(result: ReapplyResult) -> None:
        text = " ".join(filter(None, [result.message(), *result.problems]))
        if not text:
            return
        if tell is not None:
            tell(text)
        else:
            QMessageBox.information(parent, QCoreApplication.translate("ReapplyNotice", "Löschprotokoll"), text)

    ctx.ops.write(parent, reapply_erasures).success(done).run()
