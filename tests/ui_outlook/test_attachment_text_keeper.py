"""New attachments become searchable in the background while the window stays usable."""

from __future__ import annotations

import io
from datetime import date

from sic_desktop.core.models import Note


def test_an_attachment_added_while_the_window_is_open_is_read_for_the_search(qtbot, window, workspace, settle):
    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    for number in range(12):
        workspace.attachments.add_stream(note.ref, io.BytesIO(f"Stadtteilfest {number}".encode()), f"n{number}.txt")
    qtbot.waitUntil(lambda: len(workspace.attachments.texts_for([note.ref]).get(note.ref, [])) == 12, timeout=60_000)
    settle()
    assert window.attachment_texts.read == 12
    assert workspace.attachments.pending_text(1) == []
