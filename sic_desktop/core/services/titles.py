"""Display titles of many records at once, for link lists, follow-ups and the trash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import chunks, placeholders

if TYPE_CHECKING:
    from sic_desktop.core.storage.database import Database

# SQL expression of each record type's display title.
TITLE_SQL = {
    RecordType.ORGANISATION: "name",
    RecordType.PERSON: "trim(title || ' ' || first_name || ' ' || last_name)",
    RecordType.COOPERATION: "title",
    RecordType.NOTE: "title",
    RecordType.FOLLOWUP: "text",
    RecordType.THEME: "name",
    RecordType.INDICATOR: "name",
    RecordType.MEASUREMENT: "(SELECT i.name FROM indicator i WHERE i.id = indicator_id) || ' · ' || measured_on",
}


def titles(database: Database, refs: list[RecordRef], *, include_trashed: bool = False) -> dict[RecordRef, str]:
    """Title of each ref that exists (and is not trashed, unless asked); missing refs are left out."""
    by_type: dict[RecordType, list[int]] = {}
    for ref in refs:
        by_type.setdefault(ref.type, []).append(ref.id)
    result: dict[RecordRef, str] = {}
    for record_type, ids in by_type.items():
        # „+“: look the ids up by key; without it SQLite walks the (deleted_at, …) index
        # through every live note for a few ids (5 ms for 20 search hits instead of 0.05).
        live = "" if include_trashed else " AND +deleted_at IS NULL"
        for part in chunks(list(dict.fromkeys(ids))):
            rows = database.execute(
                f"SELECT id, {TITLE_SQL[record_type]} FROM {record_type.value} "
                f"WHERE id IN ({placeholders(part)}){live}",
                part,
            )
            for record_id, title in rows:
                result[RecordRef(record_type, record_id)] = title.splitlines()[0] if title else ""
    return result
