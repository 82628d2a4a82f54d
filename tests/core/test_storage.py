"""Opening files: ours is opened, anything else is refused untouched, with a German reason."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from sic_desktop.core.errors import CorruptDatabaseError, NotOurFileError, SchemaTooNewError
from sic_desktop.core.models import Organisation
from sic_desktop.core.storage.schema import APPLICATION_ID, latest_version
from sic_desktop.core.workspace import Workspace


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_folder_gets_a_database_with_seeded_theme_fields(data_dir):
    with Workspace.open(data_dir) as ws:
        assert sorted(ws.themes.names().values()) == [
            "Arbeit im Quartier",
            "Corporate Social Responsibility",
            "Stiftungen",
            "Wirtschaft & Schule",
            "Work & Care",
        ]
        assert ws.database.journal_mode == "wal"
        version = ws.database.execute("PRAGMA user_version").fetchone()[0]
        assert version == latest_version()
        assert ws.database.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_data_survives_closing_and_reopening(data_dir):
    with Workspace.open(data_dir) as ws:
        ws.organisations.create(Organisation(name="Stiftung Weiß"))
    with Workspace.open(data_dir) as ws:
        assert [o.name for o in ws.organisations.list()] == ["Stiftung Weiß"]


def test_a_text_file_is_not_taken_for_a_database(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "sic-desktop.sqlite3"
    path.write_text("Name;Vorname\nSchäfer;Anna\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotOurFileError, match="keine SIC-Desktop-Datenbank"):
        Workspace.open(data_dir)
    assert digest(path) == before


def test_another_programs_sqlite_file_is_refused_untouched(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "sic-desktop.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunden (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotOurFileError, match="nicht von SIC Desktop"):
        Workspace.open(data_dir)
    assert digest(path) == before


def test_a_damaged_file_is_refused_untouched(data_dir):
    with Workspace.open(data_dir) as ws:
        ws.organisations.create(Organisation(name="Bürgerverein Eving e.V."))
    path = data_dir / "sic-desktop.sqlite3"
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # overwrite the schema page after the header
    path.write_bytes(bytes(raw))
    before = digest(path)
    with pytest.raises(CorruptDatabaseError, match="beschädigt"):
        Workspace.open(data_dir)
    assert digest(path) == before


def test_a_database_from_a_newer_version_is_refused_untouched(data_dir):
    with Workspace.open(data_dir):
        pass
    path = data_dir / "sic-desktop.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(SchemaTooNewError, match="neueren Version") as caught:
        Workspace.open(data_dir)
    assert f"Datenstand {latest_version() + 1}" in str(caught.value)
    assert digest(path) == before


def test_an_empty_file_becomes_a_new_database(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "sic-desktop.sqlite3").touch()
    with Workspace.open(data_dir) as ws:
        assert ws.database.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_network_drive_uses_the_rollback_journal_and_says_why(data_dir, monkeypatch):
    monkeypatch.setattr("sic_desktop.core.storage.opening.is_network_path", lambda path: True)
    with Workspace.open(data_dir) as ws:
        assert ws.database.journal_mode == "delete"
        assert ws.database.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert "Netzlaufwerk" in ws.database.journal_note


def test_a_file_back_from_a_network_drive_works_in_wal_mode_again(data_dir, monkeypatch):
    """WAL mode is kept in the file: a file in WAL mode opens without setting it anew, one that
    came back from a network drive is switched, and each stays as it was opened."""
    monkeypatch.setattr("sic_desktop.core.storage.opening.is_network_path", lambda path: True)
    Workspace.open(data_dir).close()
    monkeypatch.setattr("sic_desktop.core.storage.opening.is_network_path", lambda path: False)
    for _opening in range(2):
        with Workspace.open(data_dir) as ws:
            assert ws.database.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
