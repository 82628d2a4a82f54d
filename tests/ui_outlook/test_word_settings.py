"""Einstellungen → Word: copy the shipped template to edit it, and the choice is kept."""

from __future__ import annotations

import docx

from sic_desktop.core.settings import Settings
from sic_desktop.ui.outlook.word_settings import WordSection
from sic_desktop.ui.settings_dialog import SettingsDialog


def test_the_copied_template_is_chosen_and_saved_in_the_settings(qtbot, ctx, workspace, answers, tmp_path):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    copy = tmp_path / "Unsere Vorlage.docx"
    answers.files.append(copy)

    next(s for s in dialog.sections if isinstance(s, WordSection)).copy_default()
    dialog.accept()

    assert "{{Einstufung}}" in docx.Document(str(copy)).sections[0].header.paragraphs[0].text
    assert Settings.load(workspace.folder.settings_file).word_template == str(copy)
