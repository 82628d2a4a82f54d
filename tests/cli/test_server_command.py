"""The team server from IT's side and from two colleagues' side, against a real PostgreSQL server:
``sic-desktop server init|upgrade|status``, ``--server`` for the other commands, version checks,
roles enforced by the server, and two clients saving the same record."""

from __future__ import annotations

import pytest
from psycopg import connect

from sic_desktop.cli import main
from sic_desktop.core.errors import ConflictError, SchemaTooNewError, StorageError
from sic_desktop.core.models import Person
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase
from tests.postgres_server import PostgresCluster


def _set_server_version(url: str, version: int) -> None:
    with connect(url, autocommit=True) as conn:
        conn.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'", [str(version)])


def test_it_sets_up_an_empty_server_and_the_status_says_it_fits(postgres_cluster: PostgresCluster, capsys, data_dir):
    url = postgres_cluster.empty_database()
    assert main(["--server", url, "server", "status"]) == 1
    assert "noch nicht eingerichtet" in capsys.readouterr().out

    assert main(["--server", url, "server", "init"]) == 0
    assert f"Datenstand {latest_version()} (vorher 0)" in capsys.readouterr().out
    assert main(["--server", url, "server", "status"]) == 0
    out = capsys.readouterr().out
    assert "sic_bearbeiten, sic_datenschutz, sic_lesen" in out and "passen zusammen" in out

    assert main(["--server", url, "server", "init"]) == 1
    assert "schon eingerichtet" in capsys.readouterr().err
    assert main(["--server", url, "server", "upgrade"]) == 0


def test_every_command_works_on_the_server_given_by_option_or_environment(postgres_url, data_dir, capsys, monkeypatch):
    with Workspace.open(data_dir, user="anna", server=postgres_url) as ws:
        ws.persons.create(Person(first_name="Jana", last_name="Özdemir"))
    assert main(["--server", postgres_url, "list", "kontakte"]) == 0
    assert "Özdemir" in capsys.readouterr().out
    assert not (data_dir / "sic-desktop.sqlite3").exists()  # nothing went into the local folder

    monkeypatch.setenv("SIC_DESKTOP_SERVER", postgres_url)
    assert main(["list", "kontakte"]) == 0
    assert "Özdemir" in capsys.readouterr().out


@pytest.mark.parametrize("offset, advice", [(1, "aktualisieren"), (-1, "sic-desktop server upgrade")])
def test_a_client_refuses_a_server_of_another_version_naming_both(postgres_url, data_dir, capsys, offset, advice):
    server = latest_version() + offset
    _set_server_version(postgres_url, server)
    with pytest.raises(SchemaTooNewError, match=f"Datenstand {server}.*Datenstand {latest_version()}"):
        Workspace.open(data_dir, server=postgres_url)
    assert main(["--server", postgres_url, "list", "kontakte"]) == 1
    assert advice in capsys.readouterr().err


def test_a_newer_server_is_not_migrated_back(postgres_url, capsys):
    _set_server_version(postgres_url, latest_version() + 1)
    assert main(["--server", postgres_url, "server", "upgrade"]) == 1
    assert "bitte SIC Desktop aktualisieren" in capsys.readouterr().err.replace("Bitte", "bitte")


def test_a_reader_cannot_write_and_an_editor_cannot_erase(postgres_cluster: PostgresCluster, postgres_url, data_dir):
    with Workspace.open(data_dir, user="datenschutz", server=postgres_url) as ws:
        jana = ws.persons.create(Person(first_name="Jana", last_name="Özdemir"))
    host = postgres_url.split("@", 1)[1]
    reader = f"postgresql://{postgres_cluster.login('sic_lesen')}@{host}"
    editor = f"postgresql://{postgres_cluster.login('sic_bearbeiten')}@{host}"

    with Workspace.open(data_dir, user="lena", server=reader) as ws:
        assert [p.last_name for p in ws.persons.list()] == ["Özdemir"]
        with pytest.raises(StorageError, match="verweigert"):
            ws.persons.create(Person(first_name="Neu", last_name="Niemand"))
        with pytest.raises(StorageError, match="verweigert"):
            ws.persons.trash(jana.id)

    with Workspace.open(data_dir, server=editor) as ws:
        emil = ws.persons.create(Person(first_name="Emil", last_name="Berg"))
        assert emil.created_by == editor.split("//")[1].split("@")[0]  # the database login, also in the history
        with pytest.raises(StorageError, match="verweigert"):
            erase(ws, jana.id, reason="Widerspruch")
        assert ws.persons.get(jana.id).last_name == "Özdemir"  # nothing half-erased

    with connect(postgres_url) as conn:
        names = [row[0] for row in conn.execute("SELECT last_name FROM person ORDER BY id")]
    assert names == ["Özdemir", "Berg"]  # the server itself holds what the roles allowed, no more


def test_two_clients_saving_one_record_the_second_is_refused_naming_the_first(postgres_url, data_dir, tmp_path):
    with Workspace.open(data_dir, user="anna", server=postgres_url) as anna, \
            Workspace.open(tmp_path / "zweiter-pc", user="bernd", server=postgres_url) as bernd:
        jana = anna.persons.create(Person(first_name="Jana", last_name="Özdemir"))
        annas_copy, bernds_copy = anna.persons.get(jana.id), bernd.persons.get(jana.id)
        annas_copy.notes = "Rückruf vereinbart"
        anna.persons.update(annas_copy)
        bernds_copy.notes = "Hat abgesagt"
        with pytest.raises(ConflictError, match="von anna geändert"):
            bernd.persons.update(bernds_copy)
        assert bernd.persons.get(jana.id).notes == "Rückruf vereinbart"  # nothing lost, nothing overwritten
