"""Einstellungen on an office screen: every explanation is readable, nothing overlaps."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from sic_desktop.ui.settings_dialog import SettingsDialog


def test_every_hint_gets_the_lines_it_needs_and_the_buttons_stay_on_screen(qtbot, window) -> None:
    window.resize(1366, 768)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(820, dialog.height())  # as wide as it opened on a 1,366 px office screen
    qtbot.wait(50)  # the layout settles
    hints = [label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()]
    assert hints
    for hint in hints:  # a wrapped hint squeezed into one line paints over the row above it
        assert hint.height() >= hint.heightForWidth(hint.width()), hint.text()
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    ok = next(button for button in dialog.findChildren(QPushButton) if button.text() == "OK")
    assert ok.isVisible()
