"""The two Datenschutz periods are one value in the database for the whole team: on the team server every
PC prunes the shared history and judges keep decisions by the same period, and only the Datenschutz role
changes it; a PC's earlier choice in settings.json is taken over once."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from sic_desktop.core.errors import StorageError, ValidationError
from sic_desktop.core.models import Organisation
from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.services.privacy_settings import HISTORY_RETENTION, REVIEW
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.json_export import export_json
from sic_desktop.io.json_import import import_json
from sic_desktop.privacy.history_export import prune_history
from tests.postgres_server import PostgresCluster

FIXTURE = Path(__file__).parent / "fixtures" / "database_v6.sqlite3"
OLD_CHOICE = {"history_retention_years": 2, "privacy_review_years": 5, "language": "de"}


def _periods(ws: Workspace) -> tuple[int, int]:
    return ws.privacy_settings.history_retention_years, ws.privacy_settings.review_years


def _write_settings(folder: Path, values: dict[str, object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(values), encoding="utf-8")


def test_a_change_is_kept_with_who_made_it_and_bad_values_are_refused(workspace: Workspace) -> None:
    assert _periods(workspace) == (10, 3)
    generation = workspace.database.generation()
    workspace.privacy_settings.update({HISTORY_RETENTION: 6, REVIEW: 2})
    assert _periods(workspace) == (6, 2)
    assert {s.updated_by for s in workspace.privacy_settings.list()} == {"testerin"}
    assert workspace.database.generation() == generation  # a setting, no record change
    with pytest.raises(ValidationError, match="zwischen 1 und 30 Jahren"):
        workspace.privacy_settings.update({REVIEW: 4, HISTORY_RETENTION: 0})
    assert _periods(workspace) == (6, 2)  # nothing half-stored


def test_prune_history_keeps_entries_for_the_period_in_the_database(workspace: Workspace) -> None:
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß"))
    in_three_years = date(date.today().year + 3, 6, 1)
    assert prune_history(workspace, today=in_three_years) == 0  # ten years by default
    workspace.privacy_settings.update({HISTORY_RETENTION: 2})
    assert prune_history(workspace, today=in_three_years) == 1
    assert workspace.history.for_record(org.ref) == []


def test_two_pcs_on_one_server_share_one_period_and_a_short_local_setting_prunes_nothing(
    postgres_url: str, tmp_path: Path
) -> None:
    _write_settings(tmp_path / "pc-b", OLD_CHOICE)  # a colleague had chosen two years on their PC
    with Workspace.open(tmp_path / "pc-a", user="anna", server=postgres_url) as anna, \
            Workspace.open(tmp_path / "pc-b", user="ben", server=postgres_url) as ben:
        org = anna.organisations.create(Organisation(name="Quartiersbüro Nord"))
        assert _periods(ben) == (10, 3)  # the server's value; a PC's settings.json is not taken over
        assert prune_history(ben, today=date(date.today().year + 3, 6, 1)) == 0
        assert len(anna.history.for_record(org.ref)) == 1
        anna.privacy_settings.update({HISTORY_RETENTION: 8})
        assert _periods(ben) == (8, 3)


def test_only_the_privacy_role_may_change_the_periods_on_the_server(
    postgres_cluster: PostgresCluster, postgres_url: str, tmp_path: Path
) -> None:
    host = postgres_url.split("@", 1)[1]
    for role in ("sic_lesen", "sic_bearbeiten"):
        with Workspace.open(tmp_path / role, server=f"postgresql://{postgres_cluster.login(role)}@{host}") as ws:
            assert _periods(ws) == (10, 3)  # everybody reads them
            with pytest.raises(StorageError, match="verweigert"):
                ws.privacy_settings.update({HISTORY_RETENTION: 1})
    with Workspace.open(tmp_path / "ds", server=f"postgresql://{postgres_cluster.login('sic_datenschutz')}@{host}") as ws:
        ws.privacy_settings.update({HISTORY_RETENTION: 7})
    with Workspace.open(tmp_path / "owner", server=postgres_url) as ws:
        assert _periods(ws) == (7, 3)


def test_an_older_database_takes_over_this_pcs_choice_once_and_keeps_its_notes(tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)
    _write_settings(tmp_path, OLD_CHOICE)
    with Workspace.open(tmp_path, user="test") as ws:
        assert _periods(ws) == (2, 5)
        assert "Überlegungen zur Quartiersküche" in [n.title for n in ws.notes.list()]
        ws.privacy_settings.update({HISTORY_RETENTION: 10})  # back to the default by choice
    saved = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))
    assert "history_retention_years" not in saved and "privacy_review_years" not in saved
    with Workspace.open(tmp_path, user="test") as ws:
        assert _periods(ws) == (10, 5)  # taken over once: the later choice stands


def test_a_changed_database_value_is_not_overwritten_by_settings_json(tmp_path: Path) -> None:
    with Workspace.open(tmp_path, user="test") as ws:
        ws.privacy_settings.update({REVIEW: 4})
    _write_settings(tmp_path, {"history_retention_years": "drei", "privacy_review_years": 5})
    with Workspace.open(tmp_path, user="test") as ws:
        assert _periods(ws) == (10, 4)  # „drei“ is no number; the team's 4 stands against this PC's 5


def test_the_full_export_carries_the_periods_and_an_older_file_keeps_the_defaults(
    workspace: Workspace, tmp_path: Path
) -> None:
    workspace.privacy_settings.update({HISTORY_RETENTION: 12, REVIEW: 6})
    path = tmp_path / "export.json"
    run_to_end(export_json(workspace, path))
    with Workspace.open(tmp_path / "neu", user="jemand", local=True) as restored:
        run_to_end(import_json(restored, path))
        assert _periods(restored) == (12, 6)
        assert {s.updated_by for s in restored.privacy_settings.list()} == {"testerin"}
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["privacy_settings"]
    document["format_version"] = 4
    path.write_text(json.dumps(document), encoding="utf-8")
    with Workspace.open(tmp_path / "alt", user="jemand", local=True) as restored:
        run_to_end(import_json(restored, path))
        assert _periods(restored) == (10, 3)
