"""Einstellungen → Suche → „Gleichbedeutende Begriffe“: the team's groups, saved and used at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sic_desktop.ui.settings_dialog import SettingsDialog
from sic_desktop.ui.synonyms_dialog import SynonymsDialog


def test_the_search_section_opens_the_dialog_and_saves_the_groups(qtbot, window, ctx, when_dialog) -> None:
    settings = SettingsDialog(ctx, window)
    qtbot.addWidget(settings)
    section = next(s for s in settings.sections if s.objectName() == "searchSettings")

    def fill(dialog: SynonymsDialog) -> None:
        assert "VHS = Volkshochschule" in dialog.findChild(type(dialog.own), "shippedSynonyms").toPlainText()
        dialog.own.setPlainText("QB = Quartiersbüro\nLaKo = Landeskoordinierung")
        dialog.accept()

    when_dialog(SynonymsDialog, fill)
    qtbot.mouseClick(section.synonyms, Qt.MouseButton.LeftButton)
    assert ctx.ws.search_synonyms.lines() == ["QB = Quartiersbüro", "LaKo = Landeskoordinierung"]


def test_a_line_without_a_second_term_is_named_and_nothing_is_saved(qtbot, ctx) -> None:
    ctx.ws.search_synonyms.replace("VHS = Volkshochschule")
    dialog = SynonymsDialog(ctx.ws)
    qtbot.addWidget(dialog)
    assert dialog.own.toPlainText() == "VHS = Volkshochschule"
    dialog.own.setPlainText("QB = Quartiersbüro\nStadtteilbüro")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "Zeile 2" in dialog.error.text()
    assert ctx.ws.search_synonyms.lines() == ["VHS = Volkshochschule"]
    dialog.own.setPlainText("QB = Quartiersbüro")
    assert not dialog.error.isVisibleTo(dialog)  # the message goes once the text changes
