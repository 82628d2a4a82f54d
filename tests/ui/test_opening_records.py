"""Opening a record reads it on the reader lane: the record shown so far stays until the answer
arrives, the record asked for last wins, and nothing typed meanwhile is lost unasked."""

from __future__ import annotations

from sic_desktop.core.models import Organisation
from sic_desktop.ui.messages import LeaveChoice


def _second_asked_for_while_first_is_shown(window, ctx, settle):
    """„Erster Verein“ shown, „Zweiter Verein“ asked for; its read waits (as on a slow team server)."""
    first = ctx.ws.organisations.create(Organisation(name="Erster Verein"))
    second = ctx.ws.organisations.create(Organisation(name="Zweiter Verein"))
    window.open_record(first.ref)
    settle()
    page = window.current_page()
    ctx.ops.hold()
    page.show_record(second.ref)
    return page, first


def test_the_record_asked_for_last_is_shown_and_the_earlier_one_stays_until_then(qtbot, window, ctx, settle) -> None:
    first, second, third = (ctx.ws.organisations.create(Organisation(name=name))
                            for name in ("Erster Verein", "Zweiter Verein", "Dritter Verein"))
    window.open_record(first.ref)
    settle()
    page = window.current_page()
    ctx.ops.hold()  # the reads wait, as for a slow team server
    window.open_record(second.ref)
    window.open_record(third.ref)
    assert page.editor.ref == first.ref and page.editor.heading.text() == "Erster Verein"
    shown = []
    page.editor.shown.connect(lambda: shown.append(page.editor.heading.text()))
    ctx.ops.release()
    settle()
    assert shown == ["Dritter Verein"]  # the answer for „Zweiter Verein“ came too late to be shown
    assert page.editor.ref == third.ref


def test_typing_while_the_next_record_is_read_asks_before_it_replaces_the_input(
        qtbot, window, ctx, answers, settle) -> None:
    page, first = _second_asked_for_while_first_is_shown(window, ctx, settle)
    page.editor.form.widget("district").setText("Eving")
    answers.unsaved.append(LeaveChoice.STAY)
    ctx.ops.release()
    settle()
    assert answers.asked == ["unsaved: Erster Verein"]
    assert page.editor.ref == first.ref and page.editor.form.widget("district").text() == "Eving"
    assert page.selected_refs() == [first.ref], "the list marks the record the user stayed with"


def test_going_back_to_the_shown_record_while_another_is_read_keeps_it(qtbot, window, ctx, settle) -> None:
    page, first = _second_asked_for_while_first_is_shown(window, ctx, settle)
    page.show_record(first.ref)  # changed their mind before „Zweiter Verein“ arrived
    ctx.ops.release()
    settle()
    assert page.editor.ref == first.ref and page.selected_refs() == [first.ref]


def test_a_record_gone_before_it_was_read_is_reported_and_the_shown_one_stays(
        qtbot, window, ctx, settle, monkeypatch) -> None:
    first = ctx.ws.organisations.create(Organisation(name="Erster Verein"))
    gone = ctx.ws.organisations.create(Organisation(name="Aufgelöster Verein"))
    window.open_record(first.ref)
    settle()
    page = window.current_page()
    ctx.ws.trash.put([gone.ref])
    settle()
    reported: list[str] = []
    monkeypatch.setattr("sic_desktop.ui.editors.record_editor.messages.show_error",
                        lambda parent, error: reported.append(str(error)))
    window.open_record(gone.ref)
    settle()
    assert reported == [f"Organisation Nr. {gone.id} gibt es nicht (mehr)."]
    assert page.editor.ref == first.ref and page.editor.heading.text() == "Erster Verein"
