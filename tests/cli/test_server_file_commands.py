"""The file commands on the team server: „check“ names the server and what IT checks itself; „backup“ and
„restore“ refuse in German, saying that IT backs the server up with pg_dump; an import into a server with data
needs no file backup (there is none to make) and stores its rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from sic_desktop.cli import main
from sic_desktop.core.models import Person
from sic_desktop.core.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "io" / "fixtures"


@pytest.fixture
def on_server(postgres_url: str, tmp_path: Path) -> list[str]:
    """The command line's options for this PC's data folder on a team server that holds one contact."""
    with Workspace.open(tmp_path / "pc", user="anna", server=postgres_url) as ws:
        ws.persons.create(Person(first_name="Jana", last_name="Wendelstein"))
    return ["--data-dir", str(tmp_path / "pc"), "--server", postgres_url]


def test_check_on_the_server_names_the_server_not_a_local_file(on_server, postgres_url, capsys):
    assert main([*on_server, "check"]) == 0
    out = capsys.readouterr().out
    database = postgres_url.rsplit("/", 1)[1]
    assert "Keine Probleme gefunden (Teamserver postgres@127.0.0.1:" in out
    assert f"Datenbank „{database}“)" in out
    assert "Die Dateien des Servers selbst prüft und sichert die IT (pg_dump" in out
    assert ".sqlite3" not in out


@pytest.mark.parametrize("command", [["backup"], ["backup", "-o", "kopie.sqlite3"], ["restore", "alt.sqlite3"]])
def test_backup_and_restore_refuse_on_the_server_and_say_what_it_does_instead(on_server, command, tmp_path, capsys):
    local = tmp_path / "pc"
    before = sorted(p.relative_to(local) for p in local.rglob("*"))
    command = [str(tmp_path / part) if part.endswith(".sqlite3") else part for part in command]
    assert main([*on_server, *command]) == 1
    err = capsys.readouterr().err
    assert "Die Daten liegen auf dem Teamserver" in err
    assert ("dort sichert die IT mit pg_dump" if command[0] == "backup" else "spielt die IT mit pg_restore zurück") in err
    assert not (tmp_path / "kopie.sqlite3").exists()
    assert sorted(p.relative_to(local) for p in local.rglob("*") if "logs" not in p.parts) == [
        p for p in before if "logs" not in p.parts
    ]  # no backup file, no database file put into the local folder


def test_an_import_into_a_server_with_data_stores_its_rows_without_a_file_backup(on_server, tmp_path, postgres_url):
    assert main([*on_server, "import", str(FIXTURES / "outlook_de_utf8_bom.csv")]) == 0
    with Workspace.open(tmp_path / "pc", server=postgres_url) as ws:
        assert len(ws.persons.all_ids()) > 1
    assert not list((tmp_path / "pc").rglob("*.sqlite3"))


def test_on_the_local_file_check_still_names_the_file(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "pc"), "check"]) == 0
    assert f"Keine Probleme gefunden ({tmp_path / 'pc'}" in capsys.readouterr().out


def test_demo_data_and_a_full_export_refuse_a_server_with_data_in_its_own_words(on_server, tmp_path, capsys):
    assert main([*on_server, "demo"]) == 1
    assert "Der Teamserver enthält bereits Daten. Demodaten werden nur auf einen leeren Teamserver" in (
        capsys.readouterr().err
    )
    export = tmp_path / "alles.json"
    assert main([*on_server, "export", "--format", "json", "-o", str(export)]) == 0
    capsys.readouterr()
    assert main([*on_server, "import", str(export)]) == 1
    err = capsys.readouterr().err
    assert "nur auf einen leeren Teamserver eingelesen werden" in err and "Datenordner" not in err


def test_an_attachment_of_another_pc_is_said_to_lie_on_that_pc(on_server, postgres_url, tmp_path, capsys):
    letter = tmp_path / "Einladung.pdf"
    letter.write_bytes(b"%PDF-1.4 Einladung")
    bernd = ["--data-dir", str(tmp_path / "bernd"), "--server", postgres_url]
    assert main([*on_server, "anhang", "add", "person", "1", str(letter)]) == 0
    capsys.readouterr()
    assert main([*bernd, "check"]) == 1
    err = capsys.readouterr().err
    assert "Die Datei des Anhangs „Einladung.pdf“ liegt nicht im Datenordner dieses Rechners" in err
    assert "aus einer Sicherung wiederherstellen" not in err
    assert main([*bernd, "anhang", "open", "1", "--ziel", str(tmp_path)]) == 1
    assert "im Datenordner des Rechners, auf dem sie angehängt wurden" in capsys.readouterr().err
