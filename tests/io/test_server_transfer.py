"""Moving in and out of the team server through the full JSON export: a local workspace read into an
empty server database and exported again, then read into a new local folder, gives the same bytes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.json_export import export_json
from sic_desktop.io.json_import import held_sections, import_json
from sic_desktop.io.server_transfer import export_from_server, transfer_to_server


def _export(ws: Workspace, path: Path) -> bytes:
    run_to_end(export_json(ws, path))
    return path.read_bytes()


def test_local_to_server_to_local_keeps_every_byte_of_the_full_export(postgres_url: str, tmp_path: Path):
    with Workspace.open(tmp_path / "lokal", user="anna") as local:
        run_to_end(load_demo(local, DemoSize(persons=40, notes=80), today=date(2026, 11, 25)))
        local.saved_searches.save("Kinderbetreuung Nordstadt", "kinderbetreuung nordstadt")
        original = _export(local, tmp_path / "lokal.json")
    with Workspace.open(tmp_path / "server-pc", user="bernd", server=postgres_url) as server:
        run_to_end(import_json(server, tmp_path / "lokal.json"))
        from_server = _export(server, tmp_path / "server.json")
    with Workspace.open(tmp_path / "wieder-lokal", user="carla") as back:
        run_to_end(import_json(back, tmp_path / "server.json"))
        round_trip = _export(back, tmp_path / "wieder-lokal.json")
    assert b'"Kinderbetreuung Nordstadt"' in original and len(original) > 30_000
    assert from_server == original
    assert round_trip == original


def test_a_cancelled_transfer_leaves_the_server_empty_and_a_cancelled_copy_no_folder(postgres_url: str, tmp_path: Path):
    with Workspace.open(tmp_path / "lokal", user="anna") as local:
        run_to_end(load_demo(local, DemoSize(persons=40, notes=80), today=date(2026, 11, 25)))
    with Workspace.open(tmp_path / "server-pc", user="bernd", server=postgres_url) as server:
        work = transfer_to_server(server, tmp_path / "lokal")
        while "eingelesen" not in next(work).message:  # until the import into the server is under way
            pass
        work.close()  # „Abbrechen“
        assert not held_sections(server)

        run_to_end(transfer_to_server(server, tmp_path / "lokal"))
        work = export_from_server(server, tmp_path / "kopie")
        next(work)
        work.close()
        assert not (tmp_path / "kopie").exists()
