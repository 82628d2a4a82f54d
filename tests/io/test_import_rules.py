"""How an import decides per line, and that it is all or nothing: dry run, strict, failure, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sic_desktop.core.backups import list_backups
from sic_desktop.core.errors import SicError
from sic_desktop.core.models import Membership, Organisation, Person
from sic_desktop.core.progress import run_to_end
from sic_desktop.io import ColumnMapping, TargetKind, open_source, suggest_mapping
from sic_desktop.io.import_report import Outcome
from sic_desktop.io.importer import ImportOptions, import_file
from sic_desktop.io.remembered_mappings import mapping_for

HEADER = "Vorname;Nachname;E-Mail;Telefon;Titel;Firma;Position;Rechtsgrundlage\r\n"


def _csv(tmp_path: Path, *rows: str, name: str = "liste.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(row + "\r\n" for row in rows), encoding="utf-8")
    return path


def _outcomes(report):
    return [(line.line, line.outcome) for line in report.lines]


@pytest.fixture
def stiftung(workspace):
    """A stored organisation with Dr. Anna Schäfer in it."""
    org = workspace.organisations.create(Organisation(name="Stiftung Soziale Innovation"))
    workspace.persons.create(
        Person(first_name="Anna", last_name="Schäfer", title="Dr.", emails=["a.schaefer@stiftung.example"],
               memberships=[Membership(organisation_id=org.id, function="Vorständin")])
    )
    return org


def test_same_email_updates_the_stored_person_but_never_overwrites_a_value(
    workspace, stiftung, tmp_path, import_into
):
    path = _csv(tmp_path, "Anna;Schaefer;A.Schaefer@stiftung.example;0231 555-12;Prof.;Stiftung Soziale Innovation;Vorstand;")
    report = import_into(workspace, path)
    line = report.lines[0]
    assert line.outcome is Outcome.UPDATED
    assert line.messages == [
        "Gleiche E-Mail-Adresse wie „Anna Schäfer“ (Kontakt Nr. 1).",
        "Ergänzt: Telefon.",
        "Titel: Gespeichert ist „Dr.“; „Prof.“ aus der Datei wird nicht übernommen.",
        "Funktion bei „Stiftung Soziale Innovation“: Gespeichert ist „Vorständin“; „Vorstand“ aus der Datei "
        "wird nicht übernommen.",
    ]
    anna = workspace.persons.get(1)
    assert (anna.last_name, anna.title, anna.phones) == ("Schäfer", "Dr.", ["0231 555-12"])
    assert [m.function for m in anna.memberships] == ["Vorständin"]


def test_same_name_in_the_same_organisation_is_the_same_person(workspace, stiftung, tmp_path, import_into):
    report = import_into(workspace, _csv(tmp_path, "Anna;Schaefer;anna@privat.example;;;stiftung soziale innovation;;"))
    assert _outcomes(report) == [(2, Outcome.UPDATED)]
    assert workspace.persons.get(1).emails == ["a.schaefer@stiftung.example", "anna@privat.example"]
    assert workspace.organisations.count() == 1  # the organisation was found despite case and Umlaut


def test_a_similar_name_is_refused_as_possible_duplicate_unless_asked_for(workspace, stiftung, tmp_path, import_into):
    path = _csv(tmp_path, "Anna;Schäffer;;;;Stiftung Soziale Innovation;;")
    report = import_into(workspace, path)
    assert _outcomes(report) == [(2, Outcome.SKIPPED)]
    assert report.lines[0].messages == [
        "Möglicherweise doppelt: Ähnlicher Name in derselben Organisation: „Anna Schäfer“ (Kontakt Nr. 1)."
    ]
    assert _outcomes(import_into(workspace, path, create_possible_duplicates=True)) == [(2, Outcome.CREATED)]


def test_a_namesake_in_another_organisation_is_created_with_a_hint(workspace, stiftung, tmp_path, import_into):
    report = import_into(workspace, _csv(tmp_path, "Anna;Schäfer;;;;Caritas;;"))
    assert _outcomes(report) == [(2, Outcome.CREATED)]
    assert report.lines[0].messages == [
        "Einen Kontakt gleichen Namens gibt es schon bei einer anderen Organisation: „Anna Schäfer“ (Kontakt Nr. 1).",
        "Organisation „Caritas“ wird neu angelegt.",
    ]


def test_organisations_same_name_fills_in_a_shared_domain_is_pointed_out(workspace, tmp_path, import_into):
    workspace.organisations.create(Organisation(name="Jugendamt Dortmund", website="www.dortmund.example"))
    path = tmp_path / "organisationen.csv"
    path.write_text(
        "Name;Stadtteil;Webseite;Sektor\r\n"
        "jugendamt dortmund;Innenstadt;https://www.dortmund.example/jugend;Verwaltung\r\n"
        "Sozialamt Dortmund;;dortmund.example;Verwaltung\r\n",
        encoding="utf-8",
    )
    report = import_into(workspace, path, TargetKind.ORGANISATION)
    assert _outcomes(report) == [(2, Outcome.UPDATED), (3, Outcome.CREATED)]
    assert report.lines[0].messages == [
        "Gleicher Name wie Organisation Nr. 1.",
        "Ergänzt: Sektor, Stadtteil.",
        "Webseite: Gespeichert ist „www.dortmund.example“; „https://www.dortmund.example/jugend“ aus der Datei "
        "wird nicht übernommen.",
    ]
    assert report.lines[1].messages == [
        "Gleiche Internet-Domain wie „Jugendamt Dortmund“ (Organisation Nr. 1); bitte prüfen, ob es dieselbe "
        "Organisation ist."
    ]


def test_a_person_listed_twice_in_one_file_is_stored_once(workspace, tmp_path, import_into):
    path = _csv(
        tmp_path,
        "Jürgen;Weiß;jw@caritas.example;;;Caritas;;",
        "Jürgen;Weiss;JW@caritas.example;0231 1;;Caritas;Quartiersmanager;",
    )
    report = import_into(workspace, path)
    assert _outcomes(report) == [(2, Outcome.CREATED), (3, Outcome.UPDATED)]
    assert report.lines[1].messages[0] == "Gleiche E-Mail-Adresse wie „Jürgen Weiß“ (aus Zeile 2)."
    (weiss,) = workspace.persons.list()
    assert weiss.phones == ["0231 1"] and [m.function for m in weiss.memberships] == ["Quartiersmanager"]
    assert report.organisations_created == ["Caritas"]


def test_a_value_the_core_refuses_is_left_out_with_the_core_message(workspace, tmp_path, import_into):
    report = import_into(workspace, _csv(tmp_path, "Max;Heide;;;;;;Bauchgefühl", "Lena;Krüger;;;;;;Einwilligung"))
    assert _outcomes(report) == [(2, Outcome.CREATED), (3, Outcome.CREATED)]
    assert report.lines[0].messages == [
        "Rechtsgrundlage: „Bauchgefühl“ ist nicht vorgesehen. Möglich sind: Einwilligung, Berechtigtes Interesse, "
        "Öffentliche Aufgabe, Vertrag. Der Wert wird nicht übernommen."
    ]
    assert {p.last_name: p.legal_basis for p in workspace.persons.list()} == {"Heide": None, "Krüger": "einwilligung"}


def test_the_dry_run_reports_what_the_real_run_does_and_stores_nothing(workspace, stiftung, tmp_path, import_into, dump):
    path = _csv(
        tmp_path,
        "Anna;Schäfer;a.schaefer@stiftung.example;0231 1;;;;",
        ";;niemand@example.org;;;;;",
        "Max;Heide;max@;;;Nordstadtliebe e.V.;;",
        "Lena;Krüger;;;;;;Bauchgefühl",
    )
    before = dump(workspace)
    dry = import_into(workspace, path, dry_run=True)
    assert dump(workspace) == before and not dry.stored and dry.backup is None
    assert "Probelauf: Es wurde nichts gespeichert." in dry.summary()
    real = import_into(workspace, path)
    assert real.stored
    assert [(entry.line, entry.outcome, entry.messages) for entry in dry.lines] == [(entry.line, entry.outcome, entry.messages) for entry in real.lines]
    assert _outcomes(real) == [(2, Outcome.UPDATED), (3, Outcome.SKIPPED), (4, Outcome.CREATED), (5, Outcome.CREATED)]
    assert dry.organisations_created == real.organisations_created == ["Nordstadtliebe e.V."]


def test_strict_refuses_the_whole_file_for_one_refused_line(workspace, stiftung, tmp_path, import_into, dump):
    before = dump(workspace)
    report = import_into(workspace, _csv(tmp_path, "Jürgen;Weiß;;;;;;", ";;niemand@example.org;;;;;"), strict=True)
    assert _outcomes(report) == [(2, Outcome.CREATED), (3, Outcome.SKIPPED)]
    assert not report.stored and report.lines[0].ref is None
    assert "nichts gespeichert, weil Zeilen abgelehnt wurden" in report.summary()
    assert list(dump(workspace)) == before


def test_the_real_run_makes_a_backup_first(workspace, stiftung, tmp_path, import_into):
    report = import_into(workspace, _csv(tmp_path, "Jürgen;Weiß;;;;;;"))
    assert [b.path for b in list_backups(workspace.folder.backups_dir)] == [report.backup]
    assert report.backup.name.endswith("_vor-import.sqlite3")


def test_a_failure_half_way_leaves_the_database_as_it_was(workspace, stiftung, tmp_path, monkeypatch, dump):
    path = _csv(tmp_path, *(f"Person;Nummer{n};p{n}@example.org;;;;;" for n in range(30)))
    before = dump(workspace)
    created = workspace.persons.create_many

    def power_cut(records):
        if workspace.persons.count() >= 12:
            raise RuntimeError("Stromausfall")
        return created(records)

    monkeypatch.setattr(workspace.persons, "create_many", power_cut)
    source = open_source(path)
    with pytest.raises(RuntimeError):
        run_to_end(import_file(workspace, source, suggest_mapping(source.headers, TargetKind.PERSON),
                               ImportOptions(backup=False)))
    assert dump(workspace) == before


def test_closing_the_import_half_way_cancels_it(workspace, stiftung, tmp_path, dump):
    path = _csv(tmp_path, *(f"Person;Nummer{n};p{n}@example.org;;;;;" for n in range(450)))
    before = dump(workspace)
    source = open_source(path)
    work = import_file(workspace, source, suggest_mapping(source.headers, TargetKind.PERSON), ImportOptions(backup=False))
    steps = [next(work), next(work)]
    assert steps[-1].done == 200 and steps[-1].total == 450
    assert workspace.persons.count() == 1 + 200  # half-way: the rows are in the open transaction
    work.close()  # „Abbrechen“
    assert dump(workspace) == before


def test_a_stored_import_remembers_the_mapping_for_this_layout(workspace, tmp_path):
    path = _csv(tmp_path, "Anna;Schäfer;;;Vorstand;;;")
    source = open_source(path)
    mapping, remembered = mapping_for(workspace, source.headers, TargetKind.PERSON)
    assert not remembered and mapping.columns["Titel"] == "title"
    corrected = ColumnMapping(TargetKind.PERSON, {**mapping.columns, "Titel": "function"})
    del corrected.columns["Position"]
    run_to_end(import_file(workspace, source, corrected))
    # Next month's export of the same list, headers spelled a little differently.
    again = tmp_path / "naechster-monat.csv"
    again.write_text(HEADER.upper(), encoding="utf-8")
    mapping, remembered = mapping_for(workspace, open_source(again).headers, TargetKind.PERSON)
    assert remembered and mapping.columns["TITEL"] == "function" and "POSITION" not in mapping.columns


cells = st.text(alphabet=st.sampled_from(list("aäßZ é;,\"'\r\n=@.-+0123456789")), max_size=25)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(cells, min_size=8, max_size=8), max_size=6), strict=st.booleans())
def test_random_csv_rows_never_crash_the_importer(workspace, tmp_path, rows, strict):
    """Only a German SicError may end an import, whatever the cells hold (the workspace fills up on purpose)."""
    path = tmp_path / "zufall.csv"
    lines = [";".join('"' + cell.replace('"', '""') + '"' for cell in row) for row in rows]
    path.write_text(HEADER + "\r\n".join(lines), encoding="utf-8")
    try:
        source = open_source(path)
        for kind in TargetKind:
            mapping = suggest_mapping(source.headers, kind)
            for dry_run in (True, False):
                options = ImportOptions(dry_run=dry_run, strict=strict, backup=False)
                report = run_to_end(import_file(workspace, source, mapping, options))
                assert len(report.lines) <= len(rows)
    except SicError:
        pass


def test_the_report_is_saved_as_text_for_notepad(workspace, tmp_path, import_into):
    report = import_into(workspace, _csv(tmp_path, "Jürgen;Weiß;;;;;;", ";;x@y.example;;;;;"), dry_run=True)
    target = tmp_path / "bericht.txt"
    report.write_text(target)
    text = target.read_bytes().decode("utf-8-sig")
    assert text.startswith("Import aus „liste.csv“\r\n1 angelegt, 0 ergänzt, 0 unverändert, 1 nicht übernommen.")
    assert "Zeile 3: nicht übernommen – –\r\n  - Der Name fehlt" in text
