"""The change history (Protokoll) of a record as table rows and CSV, and its retention period.

The history says who changed which fields of a record when – never the old
contents – and is kept for the team's period (``ws.privacy_settings``), then
pruned, so that it does not grow into a record of people's work forever.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from sic_desktop.core.dates import format_timestamp
from sic_desktop.core.dates import today as current_day
from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.csv_export import write_table_csv
from sic_desktop.privacy.review import years_before


def history_header() -> list[str]:
    return [
        translate("History", "Zeitpunkt"),
        translate("History", "von"),
        translate("History", "Vorgang"),
        translate("History", "Felder"),
    ]


def history_rows(ws: Workspace, ref: RecordRef) -> list[list[str]]:
    """Newest first: when, who, what, which fields (German labels)."""
    return [
        [format_timestamp(e.at), e.by, e.action_label, ", ".join(e.field_labels)] for e in ws.history.for_record(ref)
    ]


def export_history_csv(ws: Workspace, ref: RecordRef, path: Path) -> int:
    """Write the record's history as a CSV for Excel; returns the number of entries."""
    return write_table_csv(path, history_header(), history_rows(ws, ref))


def prune_history(ws: Workspace, today: date | None = None) -> int:
    """Drop history entries older than the retention period; returns how many."""
    cutoff = years_before(today or current_day(), ws.privacy_settings.history_retention_years)
    return ws.history.prune(datetime.combine(cutoff, time(), tzinfo=UTC).isoformat(timespec="seconds"))
