"""„Endgültig löschen“ in the Papierkorb: the chosen records are gone for good, in one step of the core."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from sic_desktop.core.models import FollowUp, Note, Organisation
from sic_desktop.ui.trash_page import TrashPage


def test_purging_the_chosen_entries_deletes_them_and_what_belongs_to_them(
    qtbot, window, ctx, settle, answers
) -> None:
    ws = ctx.ws
    kita = ws.organisations.create(Organisation(name="Kita Sonnenschein"))
    followup = ws.followups.create(FollowUp(due_date=date(2026, 12, 10), text="Zurückrufen", target=kita.ref))
    note = ws.notes.create(Note(title="Gespräch Kita", kind="gespraechsnotiz", note_date=date(2026, 11, 20)))
    kept = ws.notes.create(Note(title="Bleibt im Papierkorb", kind="gespraechsnotiz", note_date=date(2026, 11, 21)))
    ws.trash.put([kita.ref, followup.ref, note.ref, kept.ref])
    trash = window.go_to("trash")
    assert isinstance(trash, TrashPage)
    qtbot.waitUntil(lambda: len(trash.refs()) == 4)

    for index, ref in enumerate(trash.refs()):
        trash.tree.topLevelItem(index).setSelected(ref != kept.ref)
    answers.confirm = [True]
    qtbot.mouseClick(trash.purge_button, Qt.MouseButton.LeftButton)
    settle()

    assert answers.asked == ["3 Einträge endgültig löschen? Das kann nicht rückgängig gemacht werden."]
    qtbot.waitUntil(lambda: trash.refs() == [kept.ref])
    assert [item.ref for item in ws.trash.items()] == [kept.ref]
    assert not ws.followups.exists(followup.id, include_trashed=True)
    assert not ws.organisations.exists(kita.id, include_trashed=True)
