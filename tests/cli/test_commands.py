"""The sic-desktop command as IT and scripts use it: exit codes, German messages, JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from sic_desktop.cli import main
from sic_desktop.core.models import Organisation
from sic_desktop.core.record_ref import RecordType


def run(*args: str) -> subprocess.CompletedProcess:
    """The real command in a child process, as a script would call it."""
    return subprocess.run(
        [sys.executable, "-m", "sic_desktop", *args], capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def test_demo_check_and_list_as_json(data_dir):
    assert run("--data-dir", str(data_dir), "demo", "--persons", "20", "--notes", "30").returncode == 0
    checked = run("--data-dir", str(data_dir), "check")
    assert checked.returncode == 0, checked.stderr
    assert "Keine Probleme" in checked.stdout
    listed = run("--data-dir", str(data_dir), "list", "persons", "--json")
    persons = json.loads(listed.stdout)
    assert len(persons) == 20
    assert {"first_name", "last_name", "emails", "memberships", "legal_basis"} <= set(persons[0])


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("SIC Desktop ")


def test_usage_errors_exit_2_with_a_german_hint(capsys, data_dir):
    with pytest.raises(SystemExit) as stop:
        main(["list", "kunden"])
    assert stop.value.code == 2
    assert "„kunden“ ist keine Datensatzart" in capsys.readouterr().err


def test_a_missing_record_exits_1_with_a_german_message(capsys, data_dir):
    assert main(["show", "kontakt", "99"]) == 1
    assert "Kontakt Nr. 99 gibt es nicht" in capsys.readouterr().err


def test_show_prints_fields_with_german_labels(capsys, workspace):
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß", sector="zivilgesellschaft"))
    assert main(["show", "organisation", str(org.id)]) == 0
    out = capsys.readouterr().out
    assert "Organisation Nr. 1: Stiftung Weiß" in out
    assert "Sektor: Zivilgesellschaft" in out


@pytest.mark.parametrize("kind", [t.value for t in RecordType])
def test_every_record_type_can_be_listed_with_a_counted_footer(capsys, workspace, kind):
    """Every type the command offers lists (theme fields too), and one record is counted in the singular."""
    workspace.organisations.create(Organisation(name="Stiftung Weiß", sector="zivilgesellschaft"))
    assert main(["list", kind]) == 0
    footer = capsys.readouterr().out.splitlines()[-1]
    count = int(footer.split()[0].replace(".", ""))
    record_type = RecordType(kind)
    assert footer.endswith(record_type.label if count == 1 else record_type.plural)


def test_check_reports_damage_and_exits_1(capsys, workspace):
    from sic_desktop.core.models import Cooperation

    coop = workspace.cooperations.create(Cooperation(title="Pilot", status="pilot"))
    workspace.database.execute("UPDATE cooperation SET status = 'beendet' WHERE id = ?", [coop.id])
    assert main(["check"]) == 1
    assert "passt nicht zur Statushistorie" in capsys.readouterr().err


def test_a_foreign_file_is_named_and_left_alone(capsys, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "sic-desktop.sqlite3").write_bytes(b"PK\x03\x04 kein SQLite")
    assert main(["check"]) == 1
    assert "keine SIC-Desktop-Datenbank" in capsys.readouterr().err
    assert (data_dir / "sic-desktop.sqlite3").read_bytes() == b"PK\x03\x04 kein SQLite"
