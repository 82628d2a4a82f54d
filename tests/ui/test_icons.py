"""Icons: each name the program asks for has its drawing, and an icon paints.

An icon reads its SVG file only when first painted (most are in menus, not in the
window's first picture), so a misspelt name would show nothing instead of failing at
start: this test names it.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor

from sic_desktop.core.record_ref import RecordType
from sic_desktop.shipped_files import resource_dir
from sic_desktop.ui.commands import COMMANDS
from sic_desktop.ui.icons import icon
from sic_desktop.ui.pages import PAGES

PACKAGE = Path(__file__).resolve().parents[2] / "sic_desktop"


def test_every_icon_the_program_names_has_its_drawing():
    written = {name for path in PACKAGE.rglob("*.py") for name in re.findall(r'icon\("([\w-]+)"\)', path.read_text("utf-8"))}
    from_data = {spec.icon for spec in PAGES} | {c.icon for c in COMMANDS if c.icon} | {t.value for t in RecordType}
    drawn = {path.stem for path in resource_dir("icons").glob("*.svg")}
    assert len(written) > 20
    assert (written | from_data) - drawn == set()


def test_an_icon_paints_its_drawing(qapp):
    image = icon("note").pixmap(22, 22).toImage()
    colours = {image.pixelColor(x, y).alpha() for x in range(22) for y in range(22)}
    assert colours - {0}, "nothing drawn"
    assert QColor(image.pixelColor(0, 0)).alpha() == 0  # the background stays transparent
