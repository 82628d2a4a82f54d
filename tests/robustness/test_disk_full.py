"""A full disk or a read-only data folder while saving: an error in German, the typed text stays.

The disk is made „full“ for real, by SQLite itself: ``PRAGMA max_page_count`` lets
the file grow no further, so SQLite answers exactly as on a full disk („database
or disk is full“). A read-only folder is SQLite's ``query_only``, which fails like
a read-only file („attempt to write a readonly database“) – changing file modes
would not do, as tests may run as root and an open file stays writable.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from sic_desktop.core.models import Organisation
from sic_desktop.core.record_ref import RecordType

LONG_TEXT = "Protokoll des Workshops in Marten. " * 3000  # about 100 KB: needs new pages


def _limit_writes(ctx, settle, pragma: str) -> None:
    """Run a PRAGMA on the writer thread's own connection, where saves happen."""
    ctx.ops.write(None, lambda ws: ws.database.execute(pragma).fetchall()).run()
    settle()


def _error_box_text(qtbot) -> str:
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    text = box.text()
    box.close()
    return text


@pytest.mark.parametrize(
    ("limit", "lift", "message"),
    [
        ("PRAGMA max_page_count = {pages}", "PRAGMA max_page_count = 1073741823", "Der Datenträger ist voll."),
        ("PRAGMA query_only = 1", "PRAGMA query_only = 0", "Der Datenordner ist schreibgeschützt."),
    ],
    ids=["disk-full", "read-only"],
)
def test_failed_save_keeps_the_input_and_loses_nothing_stored(qtbot, window, ctx, settle, limit, lift, message):
    ws = ctx.ws
    ws.organisations.create(Organisation(name="Quartiersinitiative Marten e.V."))
    pages = ws.database.execute("PRAGMA page_count").fetchone()[0]
    _limit_writes(ctx, settle, limit.format(pages=pages))

    notes = window.new_record(RecordType.NOTE)
    form = notes.editor.form
    form.widget("title").setText("Workshop Nachbarschaftsladen")
    form.widget("text").set_value(LONG_TEXT)
    qtbot.mouseClick(notes.editor.save_button, Qt.MouseButton.LeftButton)
    settle()

    assert _error_box_text(qtbot).startswith(message)
    assert notes.editor.is_dirty()
    assert form.widget("title").text() == "Workshop Nachbarschaftsladen"
    assert notes.editor.collect().text.strip() == LONG_TEXT.strip()  # all of it, as typed
    assert ws.notes.count() == 0
    assert [o.name for o in ws.organisations.list()] == ["Quartiersinitiative Marten e.V."]
    raw = sqlite3.connect(ws.folder.database)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()

    _limit_writes(ctx, settle, lift)  # space freed / rights given back: the same input saves
    with qtbot.waitSignal(notes.editor.saved, timeout=5000):
        qtbot.mouseClick(notes.editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert ws.notes.list()[0].text == LONG_TEXT.strip()
