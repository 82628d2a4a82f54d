"""Free tags (Schlagwörter): one spelling per tag, case-insensitive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sic_desktop.core.field_labels import TAGGABLE

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


class TagService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def ids_for(self, names: list[str]) -> list[int]:
        """Ids of these tags, creating the missing ones (the first spelling wins). Every statement is sent
        before the first answer is read: on the team server one wait for all tags, not two per tag."""
        db = self._ws.database
        with db.write() as changes:
            sent = [
                (name, db.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", [name]),
                 db.read_later("SELECT id FROM tag WHERE name = ? COLLATE NOCASE", [name]))
                for name in names
            ]
            changes.add_tags(name for name, inserted, _ in sent if inserted.rowcount)
            return [found.rows()[0]["id"] for _, _, found in sent]

    def all(self) -> list[str]:
        """Every tag in the order it was first used, unused ones too: for the full export."""
        return [row[0] for row in self._ws.database.execute("SELECT name FROM tag ORDER BY id")]

    def usage(self) -> dict[str, int]:
        """Tag → number of live records carrying it, for pickers and filters."""
        parts = [
            f"SELECT l.tag_id FROM {table}_tag l JOIN {table} r ON r.id = l.{table}_id WHERE r.deleted_at IS NULL"
            for table in (record_type.value for record_type in TAGGABLE)
        ]
        sql = (
            "SELECT t.name, count(u.tag_id) FROM tag t JOIN (" + " UNION ALL ".join(parts) + ") u "
            "ON u.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
        return dict(self._ws.database.execute(sql))

    def remove_unused(self) -> int:
        """Drop tags no record carries any more (after purging); returns how many."""
        used = " UNION ".join(f"SELECT tag_id FROM {record_type.value}_tag" for record_type in TAGGABLE)
        with self._ws.database.write() as changes:
            unused = self._ws.database.execute(f"SELECT name FROM tag WHERE id NOT IN ({used})").fetchall()
            self._ws.database.execute(f"DELETE FROM tag WHERE id NOT IN ({used})")
            changes.add_tags(name for (name,) in unused)
        return len(unused)
