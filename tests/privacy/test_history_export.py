"""The change history per record: readable rows, a CSV for Excel, pruned after the retention period."""

from __future__ import annotations

from datetime import date

from sic_desktop.core.models import Organisation
from sic_desktop.core.services.privacy_settings import HISTORY_RETENTION
from sic_desktop.privacy.history_export import export_history_csv, history_rows, prune_history


def test_rows_name_fields_and_never_contents(workspace):
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß", district="Hörde"))
    org.district = "Hombruch"
    workspace.organisations.update(org)
    rows = history_rows(workspace, org.ref)
    assert [(row[1], row[2], row[3]) for row in rows] == [
        ("testerin", "geändert", "Stadtteil"),
        ("testerin", "angelegt", "Name, Stadtteil"),
    ]
    assert not any("Hörde" in cell or "Hombruch" in cell for row in rows for cell in row)


def test_csv_opens_in_excel(workspace, tmp_path):
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß"))
    path = tmp_path / "protokoll.csv"
    assert export_history_csv(workspace, org.ref, path) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"Zeitpunkt;von;Vorgang;Felder\r\n" in raw
    assert "angelegt;Name" in raw.decode("utf-8-sig")


def test_entries_older_than_the_retention_period_are_pruned(workspace):
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß"))
    workspace.privacy_settings.update({HISTORY_RETENTION: 2})
    assert prune_history(workspace, today=date.today()) == 0
    assert prune_history(workspace, today=date(date.today().year + 3, 1, 1)) == 1
    assert workspace.history.for_record(org.ref) == []
