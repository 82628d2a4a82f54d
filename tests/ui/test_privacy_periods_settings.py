"""Einstellungen › Datenschutz on the team server: the periods are the team's; a login without the
Datenschutz role sees them disabled with the reason, the Datenschutz role changes them for everyone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QSpinBox

from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.settings_dialog import SettingsDialog
from tests.postgres_server import PostgresCluster


def _address(cluster: PostgresCluster, url: str, role: str) -> str:
    return f"postgresql://{cluster.login(role)}@{url.split('@', 1)[1]}"


def _opened(qtbot, ctx: AppContext) -> SettingsDialog:
    """The Einstellungen, once the periods and the login's right have arrived from the server."""
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    section = next(s for s in dialog.sections if s.objectName() == "privacySettings")
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        pass
    return dialog


def _section(dialog: SettingsDialog) -> tuple[QSpinBox, QSpinBox, str]:
    section = next(s for s in dialog.sections if s.objectName() == "privacySettings")
    hint = section.findChild(QLabel, "privacyPeriodsHint")
    review, history = section.findChild(QSpinBox, "reviewYears"), section.findChild(QSpinBox, "historyYears")
    assert hint is not None and review is not None and history is not None
    return review, history, hint.text()


def test_an_editor_sees_the_periods_disabled_with_the_reason(
    qtbot, postgres_cluster: PostgresCluster, postgres_url: str, tmp_path: Path
) -> None:
    with Workspace.open(tmp_path / "emil", server=_address(postgres_cluster, postgres_url, "sic_bearbeiten")) as ws:
        ctx = AppContext(ws)
        dialog = _opened(qtbot, ctx)
        review, history, hint = _section(dialog)
        assert not review.isEnabled() and not history.isEnabled()
        assert (review.value(), history.value()) == (3, 10)
        assert "nur eine Anmeldung mit der Rolle „Datenschutz“" in hint
        review.setValue(1)  # as if the box had been changed: the dialog must not try to store it
        dialog.accept()  # the other settings of this PC are saved; the periods are not touched
        ctx.close()
        stored = {s.key: (s.value, s.updated_by) for s in ws.privacy_settings.list()}
        assert stored == {"history_retention_years": (10, "SIC Desktop"), "review_years": (3, "SIC Desktop")}


def test_the_datenschutz_role_changes_the_periods_for_the_whole_team(
    qtbot, postgres_cluster: PostgresCluster, postgres_url: str, tmp_path: Path
) -> None:
    with Workspace.open(tmp_path / "ds", server=_address(postgres_cluster, postgres_url, "sic_datenschutz")) as ws:
        ctx = AppContext(ws)
        dialog = _opened(qtbot, ctx)
        review, history, hint = _section(dialog)
        assert review.isEnabled() and hint == "Diese Fristen gelten für das ganze Team."
        history.setValue(5)
        dialog.accept()
        ctx.close()  # the change is written before the connection closes
    with Workspace.open(tmp_path / "kollegin", server=postgres_url) as colleague:
        assert colleague.privacy_settings.history_retention_years == 5
