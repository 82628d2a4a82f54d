"""An unreachable or lost team server: a German message, nothing half-saved, and the next try works."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from psycopg import connect

from sic_desktop.core.errors import StorageError
from sic_desktop.core.models import Person
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_is_named_in_german(data_dir: Path):
    with pytest.raises(StorageError, match=r"Der Teamserver „.*127\.0\.0\.1.*“ ist nicht erreichbar"):
        Workspace.open(data_dir, server=f"postgresql://anna@127.0.0.1:{_closed_port()}/sic")


def test_a_connection_dropped_while_idle_is_replaced_and_the_save_arrives_once(postgres_url: str, data_dir: Path):
    """A server restart or network break between two saves costs the user nothing (a save cut off in
    the middle is refused whole and offered again: tests/ui/test_teamserver_unreachable.py)."""
    with Workspace.open(data_dir, user="anna", server=postgres_url) as ws:
        jana = ws.persons.create(Person(first_name="Jana", last_name="Özdemir"))
        with connect(postgres_url, autocommit=True) as admin:  # the network drops this client's connection
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE application_name = 'SIC Desktop' AND pid <> pg_backend_pid()")
        jana.notes = "Rückruf vereinbart"
        saved = ws.persons.update(jana)
        assert saved.version == 2 and ws.persons.get(saved.stored_id).notes == "Rückruf vereinbart"
        assert [entry for entry in ws.history.for_record(saved.ref) if entry.action == "updated"]
        _drop_connections(postgres_url)  # a write that starts with a write of its own, not with reads
        ole = ws.persons.create(Person(first_name="Ole", last_name="Brandt"))
        assert [p.last_name for p in ws.persons.list(ListQuery())] == ["Brandt", "Özdemir"] and ole.version == 1


def _drop_connections(url: str) -> None:
    """The network drops every connection of the clients (not the admin's own), and they are gone."""
    with connect(url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                      "WHERE application_name = 'SIC Desktop' AND pid <> pg_backend_pid()")


def test_reads_sent_together_are_sent_again_on_a_new_connection(postgres_url: str, data_dir: Path):
    """Opening a record and a list send several reads before the first answer; a dropped connection
    costs the user nothing there either."""
    with Workspace.open(data_dir, user="anna", server=postgres_url) as ws:
        jana = ws.persons.create(Person(first_name="Jana", last_name="Özdemir", tags=["Netzwerk"]))
        _drop_connections(postgres_url)
        assert ws.persons.get(jana.stored_id).tags == ["Netzwerk"]
        _drop_connections(postgres_url)
        ids, rows = ws.persons.first_page(ListQuery(), 10)
        assert ids == [jana.id] and rows[0]["name"] == "Özdemir, Jana"


def test_after_an_erasure_the_owner_vacuums_and_a_role_without_the_right_is_told(
    postgres_cluster, postgres_url: str, data_dir: Path
):
    with Workspace.open(data_dir, server=postgres_url) as ws:
        assert ws.database.checkpoint()  # the tables' owner
    host = postgres_url.split("@", 1)[1]
    privacy = f"postgresql://{postgres_cluster.login('sic_datenschutz')}@{host}"
    with Workspace.open(data_dir, server=privacy) as ws:
        assert not ws.database.checkpoint()  # reported as not emptied, never claimed
