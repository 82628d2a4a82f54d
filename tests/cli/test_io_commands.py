"""import, export, backup, restore and duplicates on the command line, as IT scripts call them."""

from __future__ import annotations

import json
from pathlib import Path

from sic_desktop.cli import main
from sic_desktop.core.backups import list_backups
from sic_desktop.core.instance_lock import acquire_instance_lock
from sic_desktop.core.models import Organisation, Person
from sic_desktop.core.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "io" / "fixtures"


def _names(data_dir: Path) -> list[str]:
    with Workspace.open(data_dir, user="x") as ws:
        return sorted(p.full_name for p in ws.persons.list())


def test_a_dry_run_prints_the_report_and_stores_nothing(data_dir, capsys):
    assert main(["import", str(FIXTURES / "excel_semicolon_cp1252.csv"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Probelauf: Es wurde nichts gespeichert." in out
    assert "Zeile 5: angelegt – Max von der Heide (Verein Nordstadtliebe e.V.)\n  - E-Mail: „max@“ ist keine" in out
    assert "Zeile 6: angelegt – Ohne Namen GmbH" in out
    assert "Die Zeile nennt nur eine Firma und wird als Organisation übernommen." in out
    assert _names(data_dir) == []


def test_an_import_stores_and_saves_its_report(data_dir, tmp_path, capsys):
    report = tmp_path / "bericht.csv"
    assert main(["import", str(FIXTURES / "outlook_de_utf8_bom.csv"), "--report", str(report)]) == 0
    assert _names(data_dir) == ["Dr. Anna Schäfer", "Jürgen Weiß", "Selin Öztürk"]
    assert report.read_bytes().decode("utf-8-sig").startswith("Zeile;Ergebnis;Datensatz;Hinweis\r\n2;angelegt;")
    assert "Spaltenzuordnung vorgeschlagen" in capsys.readouterr().err


def test_strict_refuses_the_whole_file(data_dir, capsys):
    assert main(["import", str(FIXTURES / "excel_semicolon_cp1252.csv"), "--strict"]) == 1
    assert "weil Zeilen abgelehnt wurden" in capsys.readouterr().out
    assert _names(data_dir) == []


def test_organisations_from_a_chosen_sheet_with_a_mapping_file(data_dir, tmp_path, capsys):
    mapping = tmp_path / "zuordnung.json"
    mapping.write_text(json.dumps({"kind": "organisation", "columns": {"Organisation": "Name", "Stadtteil": "district"}}))
    assert main(["import", str(FIXTURES / "contacts.xlsx"), "--sheet", "Organisationen", "--mapping", str(mapping)]) == 0
    with Workspace.open(data_dir, user="x") as ws:
        assert [(o.name, o.district) for o in ws.organisations.list()] == [("Nordstadtliebe e.V.", "Nordstadt")]


def test_export_json_and_read_it_into_an_empty_folder(workspace, data_dir, tmp_path, capsys):
    workspace.persons.create(Person(first_name="Anna", last_name="Schäfer"))
    workspace.close()
    first, second = tmp_path / "alles.json", tmp_path / "wieder.json"
    assert main(["export", "--format", "json", "-o", str(first)]) == 0
    empty = str(tmp_path / "leer")
    assert main(["--data-dir", empty, "import", str(first)]) == 0
    assert "Gesamtexport eingelesen" in capsys.readouterr().out
    assert main(["--data-dir", empty, "export", "--format", "json", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert main(["export", "--format", "json", "--filter", "x", "-o", str(first)]) == 1
    assert "enthält immer alles" in capsys.readouterr().err


def test_export_persons_and_lists(workspace, tmp_path, capsys):
    org = workspace.organisations.create(Organisation(name="Caritas", sector="zivilgesellschaft"))
    workspace.persons.create(Person(first_name="Anna", last_name="Schäfer"))
    workspace.persons.create(Person(first_name="Jürgen", last_name="Weiß"))
    assert main(["export", "--format", "csv", "--filter", "weiss", "-o", str(tmp_path / "k.csv")]) == 0
    assert "1 Kontakt exportiert" in capsys.readouterr().out
    assert main(["export", "--format", "vcard", "-o", str(tmp_path / "k.vcf")]) == 0
    assert (tmp_path / "k.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 2
    assert main(["export", "--format", "csv", "--type", "organisationen", "-o", str(tmp_path / "o.csv")]) == 0
    assert (tmp_path / "o.csv").read_text(encoding="utf-8-sig").splitlines()[1].startswith(f"{org.name};;Zivilgesellschaft")
    assert main(["export", "--format", "vcard", "--type", "notizen", "-o", str(tmp_path / "n.vcf")]) == 1


def test_backup_and_restore(workspace, data_dir, tmp_path, capsys):
    workspace.persons.create(Person(first_name="Anna", last_name="Schäfer"))
    workspace.close()
    copy = tmp_path / "kopie.sqlite3"
    assert main(["backup", "-o", str(copy)]) == 0
    assert main(["backup"]) == 0
    assert [b.reason for b in list_backups(data_dir / "backups")] == ["manuell"]
    with Workspace.open(data_dir, user="x") as ws:
        ws.persons.create(Person(first_name="Jürgen", last_name="Weiß"))
    assert main(["restore", str(copy)]) == 0
    assert "Die bisherige Datenbank ist aufbewahrt" in capsys.readouterr().out
    assert _names(data_dir) == ["Anna Schäfer"]


def test_restore_refuses_a_foreign_file_and_an_open_data_folder(workspace, data_dir, tmp_path, capsys):
    workspace.close()
    foreign = tmp_path / "kontakte.csv"
    foreign.write_text("Vorname;Nachname\n", encoding="utf-8")
    assert main(["restore", str(foreign)]) == 1
    assert "keine SIC-Desktop-Datenbank" in capsys.readouterr().err
    copy = tmp_path / "kopie.sqlite3"
    assert main(["backup", "-o", str(copy)]) == 0
    with acquire_instance_lock(data_dir):
        assert main(["restore", str(copy)]) == 1
    assert "bereits geöffnet" in capsys.readouterr().err


def test_duplicates_as_text_and_json(workspace, capsys):
    workspace.persons.create(Person(first_name="Anna", last_name="Schäfer", emails=["a@b.example"]))
    workspace.persons.create(Person(first_name="Anna", last_name="Schaefer", emails=["A@b.example"]))
    assert main(["duplicates"]) == 0
    assert "Kontakt Nr. 1 „Anna Schäfer“ und Nr. 2 „Anna Schaefer“: gleiche E-Mail-Adresse a@b.example" in (
        capsys.readouterr().out
    )
    assert main(["duplicates", "--json"]) == 0
    (pair,) = json.loads(capsys.readouterr().out)
    assert (pair["type"], pair["first_id"], pair["second_id"]) == ("person", 1, 2)


def test_duplicates_only_for_persons_and_organisations(data_dir, capsys):
    assert main(["duplicates", "--type", "notizen"]) == 1
    assert "nur bei Kontakten und Organisationen" in capsys.readouterr().err
