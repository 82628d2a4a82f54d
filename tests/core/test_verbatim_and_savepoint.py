"""Building blocks of import and restore: records stored exactly as exported, and a part of a write that can fail alone."""

from __future__ import annotations

from datetime import date

import pytest

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.models import Cooperation, Organisation, Partner, StatusChange
from sic_desktop.core.services.change_history import HistoryEntry
from sic_desktop.core.storage.changes import Action


def test_a_failed_savepoint_takes_back_only_its_own_rows_and_announcements(workspace):
    heard = []
    workspace.subscribe(heard.append)
    with workspace.database.write():
        kept = workspace.organisations.create(Organisation(name="Bleibt e.V."))
        with pytest.raises(ValidationError), workspace.database.savepoint():
            workspace.organisations.create(Organisation(name="Wird zurückgenommen"))
            workspace.organisations.create(Organisation(name="Kaputt", email="kein-at"))
    names = [o.name for o in workspace.organisations.list()]
    assert names == ["Bleibt e.V."]
    assert [(c.ref, c.action) for c in heard[0].changes] == [(kept.ref, Action.CREATED)]
    assert [(e.ref, e.action) for e in workspace.history.since()] == [(kept.ref, "created")]


def test_savepoint_outside_a_write_is_a_programming_error(workspace):
    with pytest.raises(RuntimeError), workspace.database.savepoint():
        pass


def test_insert_verbatim_keeps_id_version_stamps_trash_state_and_status_history(workspace):
    with workspace.database.write():
        workspace.organisations.insert_verbatim(
            Organisation(id=7, name="Stiftung Nord", version=4, created_at="2024-01-02T08:00:00+00:00",
                         created_by="anna", updated_at="2025-05-06T09:00:00+00:00", updated_by="jürgen")
        )
        workspace.cooperations.insert_verbatim(
            Cooperation(
                id=42, title="Kinderbetreuung im Betrieb", status="pilot", version=3,
                created_at="2024-02-01T10:00:00+00:00", created_by="anna",
                updated_at="2024-09-01T10:00:00+00:00", updated_by="anna",
                deleted_at="2025-01-01T12:00:00+00:00", deleted_by="selin",
                partners=[Partner(organisation_id=7, role="lead")],
                status_history=[
                    StatusChange("idee", date(2024, 2, 1), "anna"),
                    StatusChange("pilot", date(2024, 9, 1), "anna"),
                ],
            )
        )
    coop = workspace.cooperations.get(42, include_trashed=True)
    assert (coop.version, coop.created_by, coop.deleted_at, coop.deleted_by) == (
        3, "anna", "2025-01-01T12:00:00+00:00", "selin"
    )
    assert [(s.status, s.changed_on) for s in coop.status_history] == [
        ("idee", date(2024, 2, 1)), ("pilot", date(2024, 9, 1))
    ]
    assert [p.organisation_id for p in coop.partners] == [7]
    assert workspace.organisations.get(7).updated_by == "jürgen"
    assert workspace.history.since() == []  # the export brings its own history


def test_trashing_records_who_did_it(workspace):
    org = workspace.organisations.create(Organisation(name="Quartiersladen Marten"))
    workspace.organisations.trash(org.id)
    assert workspace.organisations.get(org.id, include_trashed=True).deleted_by == "testerin"


def test_history_entries_can_be_put_back_as_exported(workspace):
    org = workspace.organisations.create(Organisation(name="Verein Nord"))
    entry = HistoryEntry(org.ref, "updated", ["name", "email"], "2025-03-04T09:15:00+00:00", "anna")
    workspace.history.restore([entry])
    assert entry in workspace.history.for_record(org.ref)
