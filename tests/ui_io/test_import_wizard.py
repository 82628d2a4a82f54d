"""The import wizard in the real window: file, column mapping with preview, dry run, import, report."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QRadioButton, QWizard

from sic_desktop.core.models import Membership, Organisation, Person
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.io import Outcome, TargetKind, export_json, remembered_mapping
from sic_desktop.ui.io import import_plan
from sic_desktop.ui.io.import_wizard import CHECK, MAPPING, RESULT, ImportWizard
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.progress_dialog import ProgressDialog


def _open_wizard(qtbot, window, answers, shown, path) -> ImportWizard:
    answers.files.append(path)
    window.commands["import"].trigger()
    wizard = shown(window, ImportWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.mouseClick(wizard.file_page.findChild(QPushButton, "browse"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.file_page.isComplete)
    return wizard


def _next(qtbot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _column(preview, header: str) -> list[str]:
    headers = [preview.horizontalHeaderItem(c).text() for c in range(preview.columnCount())]
    column = headers.index(header)
    return [preview.item(row, column).text() for row in range(preview.rowCount())]


def _lines(view) -> list[tuple[str, str]]:
    model = view.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_outlook_csv_through_mapping_dry_run_and_import_ends_up_in_the_contact_list(qtbot, window, answers, shown, settle, io_fixtures):
    ws = window.ctx.ws
    wizard = _open_wizard(qtbot, window, answers, shown, io_fixtures / "outlook_de_utf8_bom.csv")
    assert "CSV, Trennzeichen Semikolon" in wizard.file_page.status.text()
    assert "Ctrl+I" in window.commands["import"].shortcut().toString()

    # Step 2: Outlook's German columns are recognised; the preview shows the rows as they will be stored.
    _next(qtbot, wizard)
    assert wizard.currentId() == MAPPING
    page = wizard.mapping_page
    assert page.plan.mapping.columns["Vorname"] == "first_name"
    assert page.plan.mapping.columns["Firma"] == "organisation"
    assert "Geburtstag" not in page.plan.mapping.columns  # private data is never suggested
    assert _column(page.preview, "Nachname") == ["Weiß", "Schäfer", "Öztürk"]
    assert _column(page.preview, "Zeile") == ["2", "5", "6"]
    assert "interne Exchange-Adresse" in _column(page.preview, "Hinweise")[2]
    assert "Kennt alle Träger" in _column(page.preview, "Notizen")[0]
    # The user leaves the notes out: the preview follows at once.
    notes = next(row.combo for row in page._rows if row.header == "Notizen")
    notes.setCurrentIndex(notes.findData(None))
    headers = [page.preview.horizontalHeaderItem(c).text() for c in range(page.preview.columnCount())]
    assert "Notizen" not in headers and "notes" not in page.plan.mapping.columns.values()

    # Step 3: the dry run reports per line, with the file's line numbers, and stores nothing.
    _next(qtbot, wizard)
    assert wizard.currentId() == CHECK
    qtbot.waitUntil(wizard.check_page.isComplete)
    report = wizard.check_page.report
    assert _lines(report) == [("2", "angelegt"), ("5", "angelegt"), ("6", "angelegt")]
    assert "Probelauf" in report.summary.text()
    assert ws.persons.count() == 0 and ws.organisations.count() == 0
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Jetzt &importieren"

    # Step 4: the real import.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == RESULT
    qtbot.waitUntil(wizard.result_page.isComplete)
    result = wizard.result_page.report
    assert result.report.stored and result.report.count(Outcome.CREATED) == 3
    assert "Gespeichert" in result.summary.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

    names = sorted(p.last_name for p in ws.persons.list())
    assert names == ["Schäfer", "Weiß", "Öztürk"]
    assert all(not p.notes for p in ws.persons.list())  # the column the user left out
    persons = window.go_to("person")
    assert isinstance(persons, ListPage)
    qtbot.waitUntil(lambda: persons.model.rowCount() == 3)
    listed = {persons.model.index(row, 0).data() for row in range(3)}
    assert listed == {"Schäfer, Dr. Anna", "Weiß, Jürgen", "Öztürk, Selin"}

    # Next time a file with the same columns gets the mapping remembered from this import.
    settle()
    wizard = _open_wizard(qtbot, window, answers, shown, io_fixtures / "outlook_de_utf8_bom.csv")
    _next(qtbot, wizard)
    assert "letzten Import" in wizard.mapping_page.origin.text()
    assert "Notizen" not in wizard.mapping_page.plan.mapping.columns
    wizard.reject()


def test_cancel_during_the_import_leaves_the_data_unchanged(qtbot, window, answers, shown, monkeypatch, settle, io_fixtures):
    ws = window.ctx.ws
    wizard = _open_wizard(qtbot, window, answers, shown, io_fixtures / "outlook_de_utf8_bom.csv")
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.check_page.isComplete)

    # Hold the real import at its first progress step, inside its transaction, until „Abbrechen“ is pressed.
    reached, release = threading.Event(), threading.Event()
    real_import = import_plan.import_file

    def held(*args, **kwargs):
        work = real_import(*args, **kwargs)
        step = next(work)
        reached.set()
        release.wait(10)
        yield step
        return (yield from work)

    monkeypatch.setattr(import_plan, "import_file", held)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set)  # the lines are inserted, not yet committed
    progress = wizard.result_page.findChild(ProgressDialog)  # not the dry run's, which may await deletion
    progress.reject()  # Escape / „Abbrechen“
    release.set()
    qtbot.waitUntil(wizard.result_page.isComplete)
    assert "Abgebrochen. Es wurde nichts geändert." in wizard.result_page.report.summary.text()
    settle()
    assert ws.persons.count() == 0 and ws.organisations.count() == 0 and not ws.history.since()
    headers = wizard.plan.file.source.headers
    assert remembered_mapping(ws, headers, TargetKind.PERSON) is None  # only a stored import remembers it
    assert not list(ws.folder.backups_dir.glob("*vor-import*"))  # an empty folder needs no copy
    wizard.accept()


def test_a_broken_vcard_shows_the_line_and_why(qtbot, window, answers, shown, tmp_path, io_fixtures):
    wizard = _open_wizard(qtbot, window, answers, shown, io_fixtures / "broken.vcf")
    assert "vCard" in wizard.file_page.status.text()
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.check_page.isComplete)
    view = wizard.check_page.report
    assert _lines(view) == [("1", "angelegt"), ("5", "nicht übernommen"), ("9", "angelegt")]
    view.table.setCurrentIndex(view.model.index(1, 0))
    assert "Zeile 5" in view.details.text() and "„END:VCARD“ fehlt" in view.details.text()
    view.filter.setCurrentIndex(view.filter.findData("refused"))
    assert _lines(view) == [("5", "nicht übernommen")]

    # The report can be saved, as text and as CSV for Excel.
    answers.files += [tmp_path / "bericht.txt", tmp_path / "bericht.csv"]
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    text = (tmp_path / "bericht.txt").read_text(encoding="utf-8-sig")
    assert "Zeile 5: nicht übernommen – Anna Schäfer" in text and "Probelauf" in text
    table = (tmp_path / "bericht.csv").read_text(encoding="utf-8-sig").splitlines()
    assert table[0] == "Zeile;Ergebnis;Datensatz;Hinweis" and table[2].startswith("5;nicht übernommen;Anna Schäfer;")
    assert "Bericht gespeichert" in view.summary.text()

    # „Alles oder nichts“: the same check again; one refused line means nothing would be stored.
    qtbot.mouseClick(wizard.check_page.strict, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Alles oder nichts“ würde nichts gespeichert" in view.summary.text())
    assert not wizard.check_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.reject()


def test_an_unreadable_file_is_explained_on_the_first_page(qtbot, window, answers, shown, tmp_path):
    broken = tmp_path / "kontakte.xlsx"
    broken.write_bytes(b"PK\x03\x04 kein echtes Excel")
    answers.files.append(broken)
    window.commands["import"].trigger()
    wizard = shown(window, ImportWizard)
    qtbot.mouseClick(wizard.file_page.findChild(QPushButton, "browse"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kann nicht gelesen werden" in wizard.file_page.status.text())
    assert "„kontakte.xlsx“" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()
    assert window.ctx.ws.persons.count() == 0


def test_a_workbook_sheet_of_organisations(qtbot, window, answers, shown, io_fixtures):
    ws = window.ctx.ws
    wizard = _open_wizard(qtbot, window, answers, shown, io_fixtures / "contacts.xlsx")
    page = wizard.file_page
    assert page.sheet.isVisible() and [page.sheet.itemText(i) for i in range(page.sheet.count())] == [
        "Kontakte", "Organisationen"]
    page.sheet.setFocus()
    qtbot.keyClick(page.sheet, Qt.Key.Key_Down)  # the keyboard chooses the second sheet
    qtbot.waitUntil(lambda: page.isComplete() and "Blatt „Organisationen“" in page.status.text())
    qtbot.mouseClick(page.findChild(QRadioButton, "kind_organisation"), Qt.MouseButton.LeftButton)
    _next(qtbot, wizard)
    assert wizard.mapping_page.plan.mapping.columns == {
        "Organisation": "name", "Stadtteil": "district", "Sektor": "sector"}
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.check_page.isComplete)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.result_page.isComplete)
    [org] = ws.organisations.list()
    assert (org.name, org.district, org.sector) == ("Nordstadtliebe e.V.", "Nordstadt", "zivilgesellschaft")
    assert ws.persons.count() == 0
    # A double-click on a line of the report closes the wizard and opens the record.
    table = wizard.result_page.report.table
    table.doubleClicked.emit(table.model().index(0, 2))
    assert not wizard.isVisible()
    page = window.current_page()
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.editor.ref == org.ref)


def test_our_full_export_goes_into_an_empty_folder_only(qtbot, window, answers, shown, settle, tmp_path):
    with Workspace.open(tmp_path / "alter-rechner", user="m.becker") as old:
        org = old.organisations.create(Organisation(name="Stiftung Nord"))
        old.organisations.trash(old.organisations.create(Organisation(name="Im Papierkorb e.V.")).id)
        anna = old.persons.create(Person(first_name="Anna", last_name="Schäfer",
                                         memberships=[Membership(organisation_id=org.id)]))
        old.keep_decisions.add(anna.id, "Beirat der Stiftung")
        old.saved_searches.save("Stiftungen", "Stiftung typ:organisation")
        export = tmp_path / "alles.json"
        run_to_end(export_json(old, export))

    ws = window.ctx.ws
    wizard = _open_wizard(qtbot, window, answers, shown, export)
    assert "Gesamtexport von SIC Desktop" in wizard.file_page.status.text()
    assert not wizard.file_page.findChild(QRadioButton, "kind_person").isVisible()
    _next(qtbot, wizard)
    assert wizard.currentId() == CHECK  # no column step
    qtbot.waitUntil(wizard.check_page.isComplete)
    assert "kann eingelesen werden: 5 Themenfelder, 2 Organisationen, 1 Kontakt, " in wizard.check_page.report.summary.text()
    assert "1 Datenschutz-Begründung, 1 gespeicherte Suche" in wizard.check_page.report.summary.text()
    assert ws.organisations.count() == 0
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.result_page.isComplete)
    assert "eingelesen" in wizard.result_page.report.summary.text()
    assert [p.memberships[0].organisation_id for p in ws.persons.list()] == [org.id]  # the same numbers
    assert ws.organisations.get(2, include_trashed=True).deleted_by == "m.becker"
    assert [s.name for s in ws.saved_searches.list()] == ["Stiftungen"]
    wizard.accept()
    settle()

    # A second time the folder is not empty: refused in German, nothing stored.
    wizard = _open_wizard(qtbot, window, answers, shown, export)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: "nur in einen leeren Datenordner" in wizard.check_page.report.summary.text())
    assert not wizard.check_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.reject()
    assert ws.persons.count() == 1
