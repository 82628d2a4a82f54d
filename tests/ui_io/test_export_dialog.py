"""Datei → Exportieren … in the real window: the full export, contacts for Excel, the filtered list."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt

from sic_desktop.core.models import Membership, Note, Organisation, Person
from sic_desktop.ui.io.export_dialog import ExportDialog
from sic_desktop.ui.lists.list_page import ListPage
from sic_desktop.ui.saved_notice import SavedFileNotice


def _fill(ws) -> None:
    org = ws.organisations.create(Organisation(name="Quartiersinitiative Marten e.V.", sector="zivilgesellschaft"))
    ws.persons.create(Person(first_name="Anna", last_name="Schäfer", emails=["anna@marten.example"],
                             memberships=[Membership(organisation_id=org.id, function="Vorstand")]))
    ws.persons.create(Person(first_name="Jürgen", last_name="Weiß", notes="=1+1 rechnet Excel nicht"))
    ws.notes.create(Note(title="Workshop Kinderbetreuung", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    ws.notes.create(Note(title="Reflexion Netzwerk", kind="reflexionsgespraech", note_date=date(2026, 11, 24)))


def _export(qtbot, window, answers, settle, shown, choice: str, target) -> str:
    """Export ``choice`` to ``target`` through the dialog; returns the text of the chosen option."""
    answers.files.append(target)
    window.commands["export"].trigger()
    dialog = shown(window, ExportDialog)
    dialog.buttons[choice].setChecked(True)
    text = dialog.buttons[choice].text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    return text


def test_full_export_as_json_with_a_dated_name_and_the_open_folder_hint(qtbot, window, answers, settle, shown, tmp_path):
    _fill(window.ctx.ws)
    target = tmp_path / "alles.json"
    _export(qtbot, window, answers, settle, shown, "full", target)
    assert f"SIC-Desktop-Gesamtexport_{date.today().isoformat()}.json" in answers.asked[-1]
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "sic-desktop-export"
    assert [p["last_name"] for p in document["persons"]] == ["Schäfer", "Weiß"]
    notice = window.statusBar().findChild(SavedFileNotice)
    assert notice is not None and notice.path == target
    assert "„alles.json“ gespeichert" in notice.label.text() and "2 Kontakte" in notice.label.text()


def test_contacts_as_csv_for_excel(qtbot, window, answers, settle, shown, tmp_path):
    _fill(window.ctx.ws)
    target = tmp_path / "kontakte.csv"
    _export(qtbot, window, answers, settle, shown, "persons_csv", target)
    assert f"Kontakte_{date.today().isoformat()}.csv" in answers.asked[-1]
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with BOM correctly
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Anrede;Titel;Vorname;Nachname;Suffix;Firma")
    assert any(";Anna;Schäfer;;Quartiersinitiative Marten e.V.;" in line for line in lines)
    assert any("'=1+1 rechnet Excel nicht" in line for line in lines)  # the formula guard


def test_the_current_list_with_its_filter_as_csv(qtbot, window, answers, settle, shown, tmp_path):
    _fill(window.ctx.ws)
    notes = window.go_to("note")
    assert isinstance(notes, ListPage)
    qtbot.waitUntil(lambda: notes.model.rowCount() == 2)
    with qtbot.waitSignal(notes.loaded):
        notes.filters.text.setText("Kinderbetreuung")
    assert notes.model.rowCount() == 1
    target = tmp_path / "notizen.csv"
    assert "„Notizen“" in _export(qtbot, window, answers, settle, shown, "list_csv", target)
    assert f"Notizen_{date.today().isoformat()}.csv" in answers.asked[-1]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and "Workshop Kinderbetreuung" in lines[1]


def test_without_a_list_the_list_export_is_not_offered_and_cancel_writes_nothing(qtbot, window, answers, settle, shown, tmp_path):
    window.go_to("start")
    answers.files.append(None)  # the user cancels the save dialog
    window.commands["export"].trigger()
    dialog = shown(window, ExportDialog)
    assert not dialog.buttons["list_csv"].isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # still there to choose something else
    dialog.reject()
    settle()
    assert window.statusBar().findChild(SavedFileNotice) is None and not list(tmp_path.glob("*.json"))


def test_the_organisation_list_is_exported_with_address_website_email_and_phone(qtbot, window, answers, settle, shown, tmp_path):
    ws = window.ctx.ws
    ws.organisations.create(Organisation(name="Planerladen e.V.", street="Rückertstraße 4", postal_code="44147",
                                         city="Dortmund", website="https://planerladen.example",
                                         email="info@planerladen.example", phone="0231 8820700"))
    organisations = window.go_to("organisation")
    qtbot.waitUntil(lambda: organisations.model.rowCount() == 1)
    target = tmp_path / "organisationen.csv"
    _export(qtbot, window, answers, settle, shown, "list_csv", target)
    header, row = target.read_text(encoding="utf-8-sig").splitlines()
    assert header.startswith("Name;Kurzname;Sektor;Straße;PLZ;Ort;Stadtteil;Webseite;E-Mail;Telefon")
    assert "Planerladen e.V.;;;Rückertstraße 4;44147;Dortmund;;https://planerladen.example;" \
           "info@planerladen.example;0231 8820700" in row
