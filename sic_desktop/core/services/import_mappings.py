"""Column mappings remembered per file layout, so next month's export of the same list needs no clicks.

The core stores what the import dialog decided (source column → field name) under the
layout's fingerprint and the kind of record; the file formats themselves are the
business of ``sic_desktop.io``. A mapping is a setting, not record data: saving one
bumps no data generation and announces no change.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sic_desktop.core.dates import now_utc

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class RememberedMapping:
    fingerprint: str
    kind: str  # "person" or "organisation"
    columns: dict[str, str]  # source column → field name
    updated_at: str
    updated_by: str


class ImportMappingService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def recall(self, fingerprint: str, kind: str) -> RememberedMapping | None:
        rows = self._ws.database.query(
            "SELECT * FROM import_mapping WHERE fingerprint = ? AND kind = ?", [fingerprint, kind]
        )
        return _mapping(rows[0]) if rows else None

    def remember(self, fingerprint: str, kind: str, columns: Mapping[str, str]) -> None:
        """Keep ``columns`` for this layout; replaces what was remembered before.

        The same mapping again is no change: who set it when stays, so importing the
        same list a second time leaves the data folder exactly as it was.
        """
        known = self.recall(fingerprint, kind)
        if known is None or known.columns != dict(columns):
            self.restore([RememberedMapping(fingerprint, kind, dict(columns), now_utc(), self._ws.user)])

    def all(self) -> list[RememberedMapping]:
        """Every remembered mapping, for the full export."""
        rows = self._ws.database.query("SELECT * FROM import_mapping ORDER BY fingerprint, kind")
        return [_mapping(row) for row in rows]

    def restore(self, mappings: list[RememberedMapping]) -> None:
        """Store mappings as they are (also as read back from a full export)."""
        with self._ws.database.write():
            self._ws.database.executemany(
                "INSERT INTO import_mapping (fingerprint, kind, columns, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (fingerprint, kind) DO UPDATE SET columns = excluded.columns, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                [
                    (m.fingerprint, m.kind, json.dumps(m.columns, ensure_ascii=False), m.updated_at, m.updated_by)
                    for m in mappings
                ],
            )


def _mapping(row: dict[str, Any]) -> RememberedMapping:
    return RememberedMapping(
        row["fingerprint"], row["kind"], json.loads(row["columns"]), row["updated_at"], row["updated_by"]
    )
