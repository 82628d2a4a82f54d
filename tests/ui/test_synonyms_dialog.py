"""Einstellungen → Suche → „Gleichbedeutende Begriffe“: the team's groups, saved and used at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sic_desktop.ui.settings_dialog import SettingsDialog
from sic_desktop.ui.synonyms_dialog import SynonymsDialog
from tests.database_threads import spy_on_database_threads


def test_the_search_section_opens_the_dialog_and_saves_the_groups(qtbot, window, ctx, when_dialog) -> None:
    settings = SettingsDialog(ctx, window)
    qtbot.addWidget(settings)
    section = next(s for s in settings.sections if s.objectName() == "searchSettings")

    def fill(dialog: SynonymsDialog) -> None:
        assert "VHS = Volkshochschule" in dialog.findChild(type(dialog.own), "shippedSynonyms").toPlainText()
        qtbot.waitUntil(dialog.own.isEnabled)  # the team's groups arrived
        dialog.own.setPlainText("QB = Quartiersbüro\nLaKo = Landeskoordinierung")
        dialog.accept()

    when_dialog(SynonymsDialog, fill)
    qtbot.mouseClick(section.synonyms, Qt.MouseButton.LeftButton)
    assert ctx.ws.search_synonyms.lines() == ["QB = Quartiersbüro", "LaKo = Landeskoordinierung"]


def test_a_line_without_a_second_term_is_named_and_nothing_is_saved(qtbot, ctx, settle) -> None:
    ctx.ws.search_synonyms.replace("VHS = Volkshochschule")
    dialog = SynonymsDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):
        pass
    assert dialog.own.toPlainText() == "VHS = Volkshochschule"
    dialog.own.setPlainText("QB = Quartiersbüro\nStadtteilbüro")
    dialog.accept()
    settle()
    assert dialog.error.isVisibleTo(dialog) and "Zeile 2" in dialog.error.text()
    assert ctx.ws.search_synonyms.lines() == ["VHS = Volkshochschule"]
    dialog.own.setPlainText("QB = Quartiersbüro")
    assert not dialog.error.isVisibleTo(dialog)  # the message goes once the text changes


def test_the_groups_are_read_and_saved_off_the_ui_thread(qtbot, ctx, settle, monkeypatch) -> None:
    ctx.ws.search_synonyms.replace("VHS = Volkshochschule")
    threads = spy_on_database_threads(monkeypatch)
    dialog = SynonymsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.own.isEnabled() and not dialog.save_button.isEnabled()  # until the groups arrive
    with qtbot.waitSignal(dialog.loaded):
        pass
    dialog.own.setPlainText("VHS = Volkshochschule\nQB = Quartiersbüro")
    dialog.accept()
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert threads.used and threads.wrote and not threads.on_ui_thread
    assert ctx.ws.search_synonyms.lines() == ["VHS = Volkshochschule", "QB = Quartiersbüro"]
