"""The record picker (Organisation of a contact, target of a follow-up …) when its suggestions cannot be read."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sic_desktop.core.errors import StorageError
from sic_desktop.core.models import Organisation
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.editors.record_picker import RecordPicker


def test_suggestions_that_could_not_be_read_are_reported_and_the_picker_works_on(qtbot, ctx, settle, monkeypatch):
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    reported: list[str] = []
    monkeypatch.setattr("sic_desktop.ui.editors.record_picker.show_error", lambda parent, error: reported.append(str(error)))
    service = ctx.ws.suggestions
    works = service.suggest

    def away(*args, **kwargs):
        raise StorageError("Der Teamserver antwortet nicht.")

    monkeypatch.setattr(service, "suggest", away)
    picker = RecordPicker(ctx, (RecordType.ORGANISATION,))
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker, "stiftun")
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # before the (failing) answer
    settle()
    assert reported == ["Der Teamserver antwortet nicht."]

    monkeypatch.setattr(service, "suggest", works)  # the server is back
    qtbot.keyClicks(picker, "g")
    with qtbot.waitSignal(picker.picked) as picked:
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picked.args == [org.ref, "Stiftung Dortmund"]
