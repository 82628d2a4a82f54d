"""The erasure report speaks of where the data lies: the local file's „-wal“ file, or the team server's
dead rows (vacuumed at once, or left to autovacuum when the login may not) and its pg_dump backups."""

from __future__ import annotations

from pathlib import Path

import pytest

from sic_desktop.cli import main
from sic_desktop.core.models import Person
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase
from sic_desktop.ui.privacy.erasure_report_dialog import ErasureReportDialog
from tests.postgres_server import PostgresCluster


def _person(folder: Path, server: str | None) -> int:
    with Workspace.open(folder, user="anna", server=server) as ws:
        person = ws.persons.create(Person(first_name="Jana", last_name="Wendelstein"))
    assert person.id is not None
    return person.id


@pytest.mark.parametrize("on_server", [False, True])
def test_the_command_line_report_names_what_remains_where_the_data_lies(on_server, postgres_url, tmp_path, capsys):
    server = postgres_url if on_server else None
    person_id = _person(tmp_path / "pc", server)
    where = ["--data-dir", str(tmp_path / "pc"), *(["--server", server] if server else [])]
    assert main([*where, "privacy", "erase", str(person_id), "--ja"]) == 0
    out, err = capsys.readouterr()
    assert "-wal" not in out + err
    if on_server:  # the test cluster's login owns the tables: it vacuums at once
        assert "sofort auch aus den Tabellendateien entfernt (VACUUM)" in out
        assert "Sicherungen des Teamservers (pg_dump) steht die Person noch" in out
    else:
        assert "Teamserver" not in out + err and "endgültig gelöscht" in out


def test_a_login_that_may_not_vacuum_is_told_that_autovacuum_removes_the_rows(
    qtbot, postgres_cluster: PostgresCluster, postgres_url, tmp_path
):
    person_id = _person(tmp_path / "it", postgres_url)
    login = postgres_cluster.login("sic_datenschutz")
    with Workspace.open(tmp_path / "pc", server=f"postgresql://{login}@{postgres_url.split('@', 1)[1]}") as ws:
        report = erase(ws, person_id, reason="Widerspruch")
        assert ws.persons.all_ids() == []
    dialog = ErasureReportDialog(report, "Jana Wendelstein")
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "Autovacuum" in text and "Wartung der IT (VACUUM)" in text
    assert dialog.backups.text().startswith("In den Sicherungen des Teamservers (pg_dump) steht die Person noch")
    assert "Keine Sicherung im Sicherungsordner dieses Rechners enthält die Person." in dialog.backups.text()
    assert "Protokolldatei" not in text and "schließen" not in text


def test_the_window_report_on_the_local_file_speaks_of_no_server(qtbot, tmp_path):
    person_id = _person(tmp_path / "pc", None)
    with Workspace.open(tmp_path / "pc", user="anna", local=True) as ws:
        report = erase(ws, person_id)
    dialog = ErasureReportDialog(report, "Jana Wendelstein")
    qtbot.addWidget(dialog)
    assert "Teamserver" not in dialog.summary.text() and "endgültig gelöscht" in dialog.summary.text()
