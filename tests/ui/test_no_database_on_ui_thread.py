"""The window waits for no database: what a dialog or page reads or writes goes through ``ctx.ops``
(on the team server every statement is a network round trip that would freeze the window)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QComboBox

from sic_desktop.core.models import Cooperation, FollowUp, Membership, Note, Organisation, Partner, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.editors.record_picker import RecordPicker
from sic_desktop.ui.lists.list_filter_bar import FilterBar
from sic_desktop.ui.privacy.settings_section import PrivacySection
from sic_desktop.ui.settings_dialog import SettingsDialog
from tests.database_threads import spy_on_database_threads


def test_the_privacy_settings_read_and_store_the_periods_off_the_ui_thread(qtbot, ctx, settle, monkeypatch) -> None:
    threads = spy_on_database_threads(monkeypatch)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    section = dialog.findChild(PrivacySection)
    assert section is not None
    assert not section.review_years.isEnabled() and section.review_years.text() == "…"  # until the periods arrive
    qtbot.waitUntil(section.review_years.isEnabled)
    assert (section.review_years.value(), section.history_years.value()) == (3, 10)

    section.review_years.setValue(2)
    dialog.accept()
    settle()

    assert threads.used and threads.wrote and not threads.on_ui_thread
    assert ctx.ws.privacy_settings.review_years == 2


def test_the_papierkorb_reads_its_entries_off_the_ui_thread(qtbot, window, ctx, settle, monkeypatch) -> None:
    note = ctx.ws.notes.create(Note(title="Entwurf für den Beirat", note_date=date(2026, 11, 25)))
    ctx.ws.trash.put([note.ref])
    page = window.go_to("trash")
    settle()
    threads = spy_on_database_threads(monkeypatch)
    page.refresh()
    settle()
    assert page.refs() == [note.ref]
    assert threads.used and not threads.on_ui_thread


def test_trashing_counts_the_links_it_would_cut_off_the_ui_thread(
        qtbot, window, ctx, answers, settle, monkeypatch) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    ctx.ws.persons.create(Person(last_name="Schäfer", memberships=[Membership(organisation_id=org.id)]))
    window.open_record(org.ref)
    settle()
    threads = spy_on_database_threads(monkeypatch)
    answers.confirm.append(False)
    window.current_page().actions["trash"].trigger()
    settle()
    assert answers.asked == ["„Stiftung Dortmund“ ist mit einem Eintrag verknüpft (1 Kontakt).\n\nWas im Papierkorb "
                             "liegt, erscheint nicht mehr in Listen, Suche und Briefings, auch nicht seine offenen "
                             "Wiedervorlagen. Aus dem Papierkorb lässt es sich wiederherstellen (sofort auch mit Strg+Z)."]
    assert threads.used and not threads.on_ui_thread


def test_a_list_filter_reads_its_theme_fields_and_tags_off_the_ui_thread(qtbot, ctx, settle, monkeypatch) -> None:
    ctx.ws.organisations.create(Organisation(name="Kiezladen", tags=["Nachbarschaft"]))
    threads = spy_on_database_threads(monkeypatch)
    bar = FilterBar(ctx, RecordType.ORGANISATION)
    qtbot.addWidget(bar)
    tags = bar.findChild(QComboBox, "filter_tag")
    assert tags.count() == 1  # „Alle Schlagwörter“ until the tags arrive
    settle()
    assert tags.findText("Nachbarschaft") >= 0 and bar.findChild(QComboBox, "filter_theme_id").count() > 1
    assert threads.used and not threads.on_ui_thread


def test_a_picker_reads_its_suggestions_off_the_ui_thread_and_enter_takes_the_first(
        qtbot, ctx, settle, monkeypatch) -> None:
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund"))
    threads = spy_on_database_threads(monkeypatch)
    picker = RecordPicker(ctx, (RecordType.ORGANISATION,))
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker, "stiftung")
    with qtbot.waitSignal(picker.picked) as picked:
        qtbot.keyClick(picker, Qt.Key.Key_Return)  # before the suggestions arrived
    settle()
    assert picked.args == [org.ref, "Stiftung Dortmund"]
    assert threads.used and not threads.on_ui_thread


def test_the_tags_field_offers_the_tags_in_use_read_off_the_ui_thread(qtbot, window, ctx, settle, monkeypatch) -> None:
    ctx.ws.organisations.create(Organisation(name="Kiezladen", tags=["Nachbarschaft"]))
    page = window.new_record(RecordType.ORGANISATION)
    settle()
    tags = page.editor.form.widget("tags")
    threads = spy_on_database_threads(monkeypatch)
    QApplication.sendEvent(tags, QFocusEvent(QEvent.Type.FocusIn))  # entering the field asks afresh
    settle()
    assert tags._model.stringList() == ["Nachbarschaft"]  # what the completer offers
    assert threads.used and not threads.on_ui_thread


def test_opening_a_record_reads_it_and_its_panes_off_the_ui_thread(
        qtbot, window, ctx, settle, monkeypatch, tmp_path) -> None:
    theme_id = next(iter(ctx.ws.themes.names()))
    org = ctx.ws.organisations.create(Organisation(name="Stiftung Dortmund", theme_ids=[theme_id]))
    person = ctx.ws.persons.create(Person(last_name="Schäfer", memberships=[Membership(organisation_id=org.id)]))
    cooperation = ctx.ws.cooperations.create(
        Cooperation(title="Quartiersgarten", partners=[Partner(organisation_id=org.id)]))
    note = ctx.ws.notes.create(Note(title="Treffen im Kiezladen", note_date=date(2026, 11, 25),
                                    organisation_ids=[org.id], person_ids=[person.id]))
    ctx.ws.followups.create(FollowUp(target=note.ref, due_date=date(2026, 12, 1), text="Frau Schäfer anrufen"))
    flyer = tmp_path / "Flyer.txt"
    flyer.write_text("Einladung", encoding="utf-8")
    ctx.ws.attachments.add(org.ref, flyer)
    for record_type in (RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION, RecordType.NOTE):
        window.new_record(record_type)  # the pages are built (their own reads are tested elsewhere)
    settle()
    threads = spy_on_database_threads(monkeypatch)

    for ref in (org.ref, person.ref, cooperation.ref, note.ref):
        window.open_record(ref)
        settle()
        assert window.current_page().editor.ref == ref
    settle()

    page = window.current_page()
    assert page.editor.heading.text() == "Treffen im Kiezladen"
    persons = page.editor.form.widget("person_ids").list
    assert [persons.item(row).text() for row in range(persons.count())] == ["Schäfer"]
    assert [page.editor.followups.list.item(0).text()] == ["01.12.2026 – Frau Schäfer anrufen"]
    assert set(page.linked.refs()) >= {org.ref, person.ref}
    window.open_record(org.ref)
    settle()
    page = window.current_page()
    assert page.editor.form.widget("theme_ids").value() == [theme_id]
    assert page.attachment_pane.list.item(0).text().startswith("Flyer.txt")
    assert threads.used and not threads.on_ui_thread
