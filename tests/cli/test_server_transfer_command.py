"""``sic-desktop server transfer|export``: a local data folder moved onto the empty team server and back,
through the full export, against a real PostgreSQL server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sic_desktop.cli import main
from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.models import Person
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.json_export import export_json


def _full_export(ws: Workspace, path: Path) -> bytes:
    run_to_end(export_json(ws, path))
    return path.read_bytes()


def test_a_local_folder_goes_onto_the_server_and_back_without_loss(postgres_url, tmp_path, capsys, monkeypatch):
    local = tmp_path / "lokal"
    with Workspace.open(local, user="anna") as ws:
        run_to_end(load_demo(ws, DemoSize(persons=20, notes=30), today=date(2026, 11, 25)))
        ws.saved_searches.save("Kita Nordstadt", "kita nordstadt")
        original = _full_export(ws, tmp_path / "lokal.json")
    monkeypatch.setenv("SIC_DESKTOP_SERVER", postgres_url)  # the local folder is read as a file all the same

    assert main(["--data-dir", str(tmp_path / "pc"), "server", "transfer", "--from-folder", str(local)]) == 0
    assert "Auf den Teamserver übertragen: " in capsys.readouterr().out
    with Workspace.open(tmp_path / "pc", server=postgres_url) as server:
        assert _full_export(server, tmp_path / "server.json") == original
        assert [s.name for s in server.saved_searches.list()] == ["Kita Nordstadt"]

    back = tmp_path / "wieder-lokal"
    assert main(["--data-dir", str(tmp_path / "pc"), "server", "export", "--to-folder", str(back)]) == 0
    assert "Vom Teamserver in den Datenordner" in capsys.readouterr().out
    with Workspace.open(back, local=True) as ws:
        assert _full_export(ws, tmp_path / "zurueck.json") == original


def test_a_server_that_holds_data_is_refused_naming_what_is_there(postgres_url, tmp_path, capsys):
    local = tmp_path / "lokal"
    with Workspace.open(local, user="anna") as ws:
        ws.persons.create(Person(first_name="Jana", last_name="Özdemir"))
    with Workspace.open(tmp_path / "pc", user="bernd", server=postgres_url) as server:
        server.persons.create(Person(first_name="Tom", last_name="Berger"))
        server.persons.create(Person(first_name="Ute", last_name="Kaya"))

    args = ["--server", postgres_url, "--data-dir", str(tmp_path / "pc"), "server", "transfer", "--from-folder"]
    assert main([*args, str(local)]) == 1
    error = capsys.readouterr().err
    assert "schon Daten (2 Kontakte" in error and "Es wurde nichts übertragen." in error
    with Workspace.open(tmp_path / "pc", server=postgres_url) as server:
        assert sorted(p.last_name for p in server.persons.list()) == ["Berger", "Kaya"]

    assert main([*args, str(tmp_path / "gibt-es-nicht")]) == 1
    assert "keine Daten von SIC Desktop" in capsys.readouterr().err


def test_the_export_refuses_a_folder_that_is_not_empty(postgres_url, tmp_path, capsys):
    target = tmp_path / "voll"
    target.mkdir()
    (target / "brief.docx").write_text("wichtig", encoding="utf-8")
    args = ["--server", postgres_url, "--data-dir", str(tmp_path / "pc"), "server", "export", "-o", str(target)]
    assert main(args) == 1
    assert "ist nicht leer" in capsys.readouterr().err
    assert [p.name for p in target.iterdir()] == ["brief.docx"]
    assert main(["--data-dir", str(tmp_path / "lokal"), "server", "transfer", "--from-folder", str(target)]) == 1
    assert "Bitte den Teamserver angeben" in capsys.readouterr().err


def test_the_datenschutz_role_may_transfer_with_the_numbers_kept(postgres_cluster, postgres_url, tmp_path, capsys):
    local = tmp_path / "lokal"
    with Workspace.open(local, user="anna") as ws:
        run_to_end(load_demo(ws, DemoSize(persons=5, notes=5), today=date(2026, 11, 25)))
        original = _full_export(ws, tmp_path / "lokal.json")
    login = postgres_cluster.login("sic_datenschutz")
    server = f"postgresql://{login}@{postgres_url.split('@', 1)[1]}"
    assert main(["--server", server, "--data-dir", str(tmp_path / "pc"), "server", "transfer",
                 "--from-folder", str(local)]) == 0
    with Workspace.open(tmp_path / "pc", server=server) as ws:
        assert _full_export(ws, tmp_path / "server.json") == original
        created = ws.persons.create(Person(first_name="Neu", last_name="Nach-Uebertragung"))
        assert created.id == max(ws.persons.all_ids())  # numbering goes on after the transferred numbers
