"""The Datenschutz screens in the real window: review list, keep, erase, access request, history."""

from __future__ import annotations

import json
import threading
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from sic_desktop.core.models import Note
from sic_desktop.core.services.privacy_settings import HISTORY_RETENTION, REVIEW
from sic_desktop.privacy.review import review_list
from sic_desktop.ui.privacy import actions, keep_dialog
from sic_desktop.ui.privacy.erase_dialog import EraseDialog
from sic_desktop.ui.privacy.erasure_report_dialog import ErasureReportDialog
from sic_desktop.ui.privacy.history_dialog import HistoryDialog
from sic_desktop.ui.privacy.keep_dialog import KeepDialog
from sic_desktop.ui.privacy.review_model import ReviewTableModel
from sic_desktop.ui.privacy.review_page import ReviewPage
from sic_desktop.ui.privacy.settings_section import PrivacySection
from sic_desktop.ui.progress_dialog import ProgressDialog
from sic_desktop.ui.settings_dialog import SettingsDialog
from tests.database_threads import spy_on_database_threads


def _review_page(qtbot, window, ctx, subject) -> ReviewPage:
    page = window.go_to("privacy")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # the subject and the colleague without legal basis
    assert page.select_person(subject.person.id)
    return page


def _open_dialog(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_model_passes_qt_model_checks(qtmodeltester, workspace, subject):
    model = ReviewTableModel()
    model.set_items(review_list(workspace))
    qtmodeltester.check(model, force_py=True)


def test_review_page_shows_reasons_and_keep_needs_a_reason(qtbot, window, ctx, subject, when_dialog, settle):
    page = _review_page(qtbot, window, ctx, subject)
    row = page.model.row_of(subject.person.id)
    shown = [page.model.index(row, column).data() for column in range(2, 5)]
    assert shown == ["Löschfrist abgelaufen", "3 Jahre nach Erteilung der Einwilligung", "03.02.2023"]
    tooltip = page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Löschfrist abgelaufen am 03.02.2023 (3 Jahre nach Erteilung der Einwilligung)")
    assert page.count_label.text() == "2 Kontakte zur Prüfung"

    seen: list[str] = []

    def answer(dialog: KeepDialog) -> None:
        dialog.accept()  # no reason typed
        qtbot.waitUntil(lambda: dialog.message.isVisible())
        seen.append(dialog.message.text())
        dialog.reason.setPlainText("Beiratsmitglied bis 2028")
        dialog.accept()

    when_dialog(KeepDialog, answer)
    qtbot.mouseClick(page.buttons["keep"], Qt.MouseButton.LeftButton)
    settle()
    assert seen == ["Bitte begründen, warum der Kontakt gespeichert bleibt."]
    assert next(d.reason for d in ctx.ws.keep_decisions.for_person(subject.person.id)) == "Beiratsmitglied bis 2028"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_of(subject.person.id) is None
    assert page.count_label.text() == "1 Kontakt zur Prüfung"


def test_the_review_page_the_keep_dialog_and_the_history_read_off_the_ui_thread(
        qtbot, window, ctx, subject, when_dialog, settle, monkeypatch, reference_day):
    monkeypatch.setattr(keep_dialog, "today", lambda: reference_day)
    threads = spy_on_database_threads(monkeypatch)
    page = _review_page(qtbot, window, ctx, subject)
    assert "(gilt 3 Jahre)" in page.intro.text()
    intros: list[str] = []

    def look(dialog: KeepDialog) -> None:
        intros.append(dialog.findChildren(QLabel)[0].text())
        dialog.reject()

    when_dialog(KeepDialog, look)
    qtbot.mouseClick(page.buttons["keep"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.buttons["history"], Qt.MouseButton.LeftButton)
    history = _open_dialog(HistoryDialog)
    settle()

    assert intros and "Am 25.11.2029 erscheint der Kontakt wieder" in intros[0]  # today (pinned) + 3 years
    assert history.windowTitle() == "Änderungsprotokoll: Dr. Wilhelmine Quästenberg"
    assert "Einträge werden nach 10 Jahren gelöscht." in history.hint.text() and history.rows()
    assert threads.used and not threads.on_ui_thread
    history.close()


def test_one_year_is_one_jahr_on_the_page_in_the_history_and_in_the_settings(qtbot, window, ctx, subject, settle):
    ctx.ws.privacy_settings.update({REVIEW: 1, HISTORY_RETENTION: 1})
    page = _review_page(qtbot, window, ctx, subject)
    assert "(gilt 1 Jahr)" in page.intro.text()
    qtbot.mouseClick(page.buttons["history"], Qt.MouseButton.LeftButton)
    history = _open_dialog(HistoryDialog)
    qtbot.waitUntil(lambda: bool(history.hint.text()))
    assert "Einträge werden nach 1 Jahr gelöscht." in history.hint.text()
    history.close()

    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    section = dialog.findChild(PrivacySection)
    qtbot.waitUntil(section.review_years.isEnabled)
    assert section.review_years.text() == "1 Jahr"
    section.review_years.setValue(2)
    assert section.review_years.text() == "2 Jahre"
    dialog.reject()
    settle()


def test_delete_asks_then_reports_the_texts_to_check(qtbot, window, ctx, subject, when_dialog, settle):
    mention = ctx.ws.notes.create(
        Note(title="Stadtteilrunde", note_date=date(2026, 3, 3), text="Frau Quästenberg sagt zu.")
    )
    ctx.ws.database.backup_to(ctx.ws.folder.backups_dir / "sicherung.sqlite3")
    page = _review_page(qtbot, window, ctx, subject)
    asked: list[tuple[str, list, str]] = []

    def confirm(dialog: EraseDialog) -> None:
        asked.append((dialog.summary.text(), dialog.mentions.refs(), dialog.backups.text()))
        dialog.confirm_button.click()

    when_dialog(EraseDialog, confirm)
    qtbot.mouseClick(page.buttons["delete"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, ErasureReportDialog) for w in QApplication.topLevelWidgets()))
    settle()
    [(summary, refs, backups)] = asked
    assert "„Dr. Wilhelmine Quästenberg“ wird endgültig gelöscht, nicht in den Papierkorb gelegt" in summary
    assert refs == [mention.ref] and "sicherung.sqlite3" in backups
    assert not ctx.ws.persons.exists(subject.person.id, include_trashed=True)

    report = _open_dialog(ErasureReportDialog)
    assert report.summary.text().startswith("„Dr. Wilhelmine Quästenberg“ wurde endgültig gelöscht.")
    assert report.mentions.refs() == [mention.ref]
    report.mentions.itemActivated.emit(report.mentions.topLevelItem(0), 0)
    qtbot.waitUntil(lambda: window.current_page().editor.ref == mention.ref)  # opened to edit the text by hand
    report.close()
    qtbot.waitUntil(lambda: page.model.row_of(subject.person.id) is None)


def test_cancel_changes_nothing(qtbot, window, ctx, subject, when_dialog, settle):
    page = _review_page(qtbot, window, ctx, subject)
    when_dialog(EraseDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(page.buttons["anonymise"], Qt.MouseButton.LeftButton)
    settle()
    qtbot.waitUntil(lambda: not any(isinstance(w, EraseDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    assert ctx.ws.persons.get(subject.person.id).last_name == "Quästenberg"


def test_anonymise_from_the_persons_list(qtbot, window, ctx, subject, when_dialog, settle):
    window.open_record(subject.person.ref)
    settle()
    persons = window.current_page()
    assert "anonymise" in persons.actions and "erase" in persons.actions
    when_dialog(EraseDialog, lambda dialog: dialog.confirm_button.click())
    persons.actions["anonymise"].trigger()
    qtbot.waitUntil(lambda: ctx.ws.persons.get(subject.person.id).anonymised_at is not None, timeout=5000)
    settle()
    qtbot.waitUntil(lambda: persons.editor.form.widget("last_name").text() == "anonymisierte Person")
    _open_dialog(ErasureReportDialog).close()


def test_erasure_shows_its_progress_without_a_cancel_that_could_not_stop_it(qtbot, window, ctx, subject, when_dialog,
                                                                            settle):
    merging, go_on = threading.Event(), threading.Event()

    def slow_index_merge(refs):  # stands in for the search index, which merges for ~35 s on a big data set
        merging.set()
        go_on.wait(10)

    unregister = ctx.ws.add_purger(slow_index_merge)
    try:
        window.open_record(subject.person.ref)
        settle()
        when_dialog(EraseDialog, lambda dialog: dialog.confirm_button.click())
        window.current_page().actions["erase"].trigger()
        qtbot.waitUntil(merging.is_set)
        assert not ctx.ws.persons.exists(subject.person.id, include_trashed=True)  # committed before the merge
        qtbot.waitUntil(lambda: any(isinstance(w, ProgressDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
        progress = _open_dialog(ProgressDialog)
        assert progress.labelText() == "Die Person wird endgültig gelöscht und aus dem Suchindex entfernt …"
        assert not [button for button in progress.findChildren(QPushButton) if button.isVisible()]
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        assert progress.isVisible() and progress.labelText().startswith("Die Person wird endgültig gelöscht")
    finally:
        go_on.set()
        unregister()
    qtbot.waitUntil(lambda: any(isinstance(w, ErasureReportDialog) for w in QApplication.topLevelWidgets()))
    settle()
    assert not any(isinstance(w, ProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    _open_dialog(ErasureReportDialog).close()


def test_history_dialog_lists_changes_and_exports_csv(qtbot, window, ctx, subject, tmp_path, settle):
    window.open_record(subject.linked_note.ref)
    settle()
    notes = window.current_page()
    notes.actions["history"].trigger()
    dialog = _open_dialog(HistoryDialog)
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1)
    assert dialog.rows()[0][1:3] == ["testerin", "angelegt"]
    dialog.export_to(tmp_path / "protokoll.csv")
    settle()
    assert "angelegt" in (tmp_path / "protokoll.csv").read_text(encoding="utf-8-sig")
    dialog.close()


def test_access_request_from_the_window(qtbot, window, ctx, subject, tmp_path, settle):
    actions.export_access_to(ctx, [subject.person.ref], tmp_path, window)
    settle()
    [json_file] = tmp_path.glob("*.json")
    assert json.loads(json_file.read_text(encoding="utf-8"))["person"]["last_name"] == "Quästenberg"
    assert len(list(tmp_path.glob("*.pdf"))) == 1


def test_review_period_is_set_in_the_settings(qtbot, window, ctx, subject, settle):
    dialog = SettingsDialog(ctx, window)
    section = next(s for s in dialog.sections if s.objectName() == "privacySettings")
    qtbot.waitUntil(section.review_years.isEnabled)  # the periods arrived
    section.review_years.setValue(6)
    section.history_years.setValue(4)
    dialog.accept()
    settle()
    assert (ctx.ws.privacy_settings.review_years, ctx.ws.privacy_settings.history_retention_years) == (6, 4)
    assert "privacy_review_years" not in ctx.ws.folder.settings_file.read_text(encoding="utf-8")  # the team's, not this PC's
    page = window.go_to("privacy")
    # The subject's keep decision of 1 January 2022 now holds for six years; the colleague stays.
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_of(subject.person.id) is None
