"""Deletion rules after DIN 66398, the Art. 14 duty to inform, and the Löschkonzept and Art. 30 record built on them."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date

import docx
import pytest
from pypdf import PdfReader

from sic_desktop.cli import main
from sic_desktop.core.errors import ValidationError
from sic_desktop.core.models import Cooperation, Partner, Person
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.services.deletion_rules import months_after
from sic_desktop.io import ImportOptions, import_file, open_source
from sic_desktop.io.column_mapping import suggest_mapping
from sic_desktop.io.rows import TargetKind
from sic_desktop.privacy.review import ReviewReason, review_list

TODAY = date(2026, 11, 25)


def _due(workspace) -> dict[str, tuple[ReviewReason, ...]]:
    return {item.name: item.reasons for item in review_list(workspace, TODAY)}


def _created_on(workspace, person_id: int, day: str) -> None:
    """Back-date a contact's creation (the day it was collected) as an old data folder has it."""
    with workspace.database.write():
        workspace.database.execute("UPDATE person SET created_at = ? WHERE id = ?", [f"{day}T09:00:00+00:00", person_id])


def test_a_contract_contact_is_due_three_years_after_its_last_cooperation_ended_not_while_one_runs(workspace):
    person = workspace.persons.create(Person(last_name="Lange", legal_basis="vertrag", last_contact=date(2019, 1, 1)))
    workspace.cooperations.create(Cooperation(
        title="Repair-Café", status="beendet", end_date=date(2023, 6, 30), partners=[Partner(person_id=person.id)]))
    running = workspace.cooperations.create(Cooperation(title="Quartiersküche", status="umsetzung",
                                                        partners=[Partner(person_id=person.id)]))
    assert _due(workspace) == {}  # the old last contact does not count while a cooperation runs
    workspace.cooperations.trash(running.id)
    assert review_list(workspace, date(2026, 6, 30)) == []  # the last day of the period
    [item] = review_list(workspace, date(2026, 7, 1))
    assert item.reasons == (ReviewReason.COOPERATION_ENDED,)
    assert item.reason_texts == ("Löschfrist abgelaufen am 30.06.2026 (3 Jahre nach Ende der Kooperation)",)


def test_the_rule_of_each_legal_basis_decides_and_the_office_changes_it(workspace):
    workspace.persons.create(Person(last_name="Amt", legal_basis="oeffentliche_aufgabe", last_contact=date(2024, 1, 10)))
    workspace.persons.create(Person(last_name="Interesse", legal_basis="berechtigtes_interesse",
                                    last_contact=date(2024, 1, 10)))
    assert _due(workspace) == {"Interesse": (ReviewReason.CONTACT_OLD,)}  # two years for this kind by default
    rule = workspace.deletion_rules.by_kind()["kontakt_oeffentliche_aufgabe"]
    stored = workspace.deletion_rules.update(replace(rule, period_months=12, reason="  Kurzlebige Kontakte  "))
    assert (stored.reason, stored.updated_by, stored.deletion_class) == (
        "Kurzlebige Kontakte", "testerin", "1 Jahr nach dem letzten Kontakt")
    assert set(_due(workspace)) == {"Amt", "Interesse"}


def test_a_bad_rule_is_refused_with_a_german_message(workspace):
    rule = workspace.deletion_rules.by_kind()["kontakt_einwilligung"]
    with pytest.raises(ValidationError, match="zwischen 0 und 360 Monaten"):
        workspace.deletion_rules.update(replace(rule, period_months=-1))
    with pytest.raises(ValidationError, match="„nie“ ist nicht vorgesehen"):
        workspace.deletion_rules.update(replace(rule, start_event="nie"))
    assert workspace.deletion_rules.by_kind()["kontakt_einwilligung"] == rule


def test_contacts_from_third_parties_not_informed_within_a_month_come_up(workspace):
    told = workspace.persons.create(Person(last_name="Informiert", legal_basis="oeffentliche_aufgabe",
                                           source="dritte", informed_on=date(2026, 10, 20), last_contact=TODAY))
    untold = workspace.persons.create(Person(last_name="Uninformiert", legal_basis="oeffentliche_aufgabe",
                                             source="Dritte", last_contact=TODAY))
    fresh = workspace.persons.create(Person(last_name="Neu", legal_basis="oeffentliche_aufgabe", source="dritte",
                                            last_contact=TODAY))
    own = workspace.persons.create(Person(last_name="Selbst", legal_basis="oeffentliche_aufgabe", source="selbst",
                                          last_contact=TODAY))
    for person, day in ((told, "2026-10-01"), (untold, "2026-10-24"), (fresh, "2026-10-26"), (own, "2026-01-01")):
        _created_on(workspace, person.id, day)
    assert _due(workspace) == {"Uninformiert": (ReviewReason.NOT_INFORMED,)}
    [item] = review_list(workspace, TODAY)
    assert item.reason_texts == ("von Dritten erhoben, nach einem Monat noch nicht informiert (Art. 14)",)
    workspace.keep_decisions.add(untold.id, "Wird beim nächsten Treffen informiert", TODAY)
    assert _due(workspace) == {"Uninformiert": (ReviewReason.NOT_INFORMED,)}, "keeping does not replace informing"


def test_an_import_marks_new_contacts_with_the_file_and_the_day(workspace, tmp_path):
    path = tmp_path / "liste_quartiersbuero.csv"
    path.write_text("Vorname;Nachname;E-Mail\nIda;Kern;ida.kern@example.org\n", encoding="utf-8")
    source = open_source(path)
    mapping = suggest_mapping(source.headers, TargetKind.PERSON)
    run_to_end(import_file(workspace, source, mapping, ImportOptions()))
    [person] = workspace.persons.get_many(workspace.persons.ids())
    assert person.source == "import"
    assert person.source_note.startswith("Datei „liste_quartiersbuero.csv“, importiert am ")


def test_the_deletion_concept_as_csv(capsys, workspace, tmp_path):
    target = tmp_path / "loeschkonzept.csv"
    assert main(["privacy", "loeschkonzept", "-o", str(target)]) == 0
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Art der Daten", "Löschklasse (Frist und Beginn)", "Begründung", "Festgelegt"]
    assert rows[1][:2] == ["Kontaktdaten mit Einwilligung", "3 Jahre nach Erteilung der Einwilligung"]
    assert any(row[0] == "Sicherungen der Datenbank" for row in rows)


def test_the_record_of_processing_names_rules_measures_and_the_log(capsys, workspace, tmp_path):
    person = workspace.persons.create(Person(last_name="Kern", legal_basis="einwilligung", source="visitenkarte"))
    workspace.privacy_log.add("auskunft", "Anfrage per Brief", f"Kontakt Nr. {person.id}")
    target = tmp_path / "verzeichnis.pdf"
    assert main(["privacy", "verzeichnis", "-o", str(target)]) == 0
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(target).pages).split())
    for expected in ("Verzeichnis von Verarbeitungstätigkeiten", "3 Jahre nach Erteilung der Einwilligung",
                     "Keine durch SIC Desktop", "Visitenkarte", "Anfrage per Brief", f"Kontakt Nr. {person.id}",
                     "von der Dienststelle zu ergänzen"):
        assert expected in text, expected
    assert "Kern" not in text  # the record counts contacts, it names none
    word = tmp_path / "verzeichnis.docx"
    assert main(["privacy", "verzeichnis", "-o", str(word)]) == 0  # for the officer to complete in Word
    document = docx.Document(str(word))
    words = " ".join([p.text for p in document.paragraphs]
                     + [cell.text for table in document.tables for row in table.rows for cell in row.cells])
    assert "Verzeichnis von Verarbeitungstätigkeiten" in words and "Anfrage per Brief" in words
    assert "Kern" not in words
    assert main(["privacy", "verzeichnis", "-o", str(tmp_path / "verzeichnis.txt")]) == 2
    assert "als PDF (.pdf) oder Word-Datei (.docx)" in capsys.readouterr().err


def test_periods_in_months_end_on_the_same_day_or_the_months_last():
    assert months_after(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert months_after(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert months_after(date(2023, 6, 30), 36) == date(2026, 6, 30)
    assert months_after(date(9999, 1, 5), 36) == date.max  # a cooperation „ending“ 9999 is never due
