"""How the search popup looks: the details of a hit (a note's date) stay readable on the highlighted
row in light and dark palettes, and the help gives way when a new search starts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from sic_desktop.core.models import Note
from sic_desktop.ui.global_search.html_delegate import HTML_ROLE, detail_colour
from sic_desktop.ui.item_roles import REF_ROLE


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour.getRgb()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio: 4.5 is what small text needs to be read."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette(*, dark: bool) -> QPalette:
    colours = {
        QPalette.ColorRole.Base: "#1e1e1e" if dark else "#ffffff",
        QPalette.ColorRole.Text: "#e6e6e6" if dark else "#000000",
        QPalette.ColorRole.Highlight: "#2a82da" if dark else "#308cc6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    result = QPalette()
    for role, name in colours.items():
        result.setColor(role, QColor(name))
    return result


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("selected", [False, True], ids=["row", "highlighted row"])
def test_a_hits_date_is_readable_on_its_row(qapp, dark, selected):
    colours = palette(dark=dark)
    background = colours.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
    text = colours.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    wanted = min(4.5, contrast(text, background))  # as readable as small text needs, or as the row's title
    assert contrast(detail_colour(colours, selected=selected), background) >= wanted


def test_a_hit_marks_its_date_as_a_detail_without_a_fixed_colour(qtbot, window, ctx, settle):
    ctx.ws.notes.create(Note(title="Quartiersrunde Husen", kind="gespraechsnotiz", note_date=dt.date(2026, 3, 4)))
    popup = window.show_search()
    popup.field.setText("Quartiersrunde")
    qtbot.waitUntil(lambda: popup.shown_text == "Quartiersrunde")
    hit = popup.results.currentItem()
    assert hit is not None and hit.data(0, REF_ROLE) is not None
    markup = hit.data(0, HTML_ROLE)
    assert "color" not in markup, "colours come from the palette, not from the markup"
    popup.hide()


def test_the_help_closes_when_a_new_search_starts(qtbot, window):
    popup = window.show_search()
    qtbot.mouseClick(popup.help_button, Qt.MouseButton.LeftButton)
    assert popup.help.isVisible() and not popup.results.isVisible()
    popup.field.setText("Husen")
    assert not popup.help.isVisible() and popup.results.isVisible()
    assert not popup.help_button.isChecked()
    qtbot.mouseClick(popup.help_button, Qt.MouseButton.LeftButton)
    popup.hide()
    window.show_search()
    assert not popup.help.isVisible(), "opening the search again starts with the results"
    popup.hide()
