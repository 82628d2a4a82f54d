"""Saved searches: a query kept under a name, so that „Kinderbetreuung Nordstadt“ is one click.

They belong to the data folder (the whole team sees them), not to a record: saving
one bumps no data generation and announces no change, like a remembered import
mapping. Names are unique regardless of case; the query is kept as typed.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sic_desktop.core.dates import now_utc
from sic_desktop.core.errors import ValidationError, not_found
from sic_desktop.core.i18n import translate
from sic_desktop.core.text_folding import fold

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

NAME_MAX = 120


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str
    updated_at: str
    updated_by: str


class SavedSearchService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def list(self) -> list[SavedSearch]:
        """Every saved search, by name (case ignored)."""
        rows = self._ws.database.query("SELECT * FROM saved_search ORDER BY name COLLATE NOCASE, id")
        return [SavedSearch(**row) for row in rows]

    def get(self, saved_id: int) -> SavedSearch:
        rows = self._ws.database.query("SELECT * FROM saved_search WHERE id = ?", [saved_id])
        if not rows:
            raise not_found(translate("SavedSearches", "Gespeicherte Suche"), saved_id)
        return SavedSearch(**rows[0])

    def save(self, name: str, query: str) -> SavedSearch:
        """Keep ``query`` under ``name``; a search of that name (any case) gets the new query."""
        name, query = _checked_name(name), query.strip()
        if not query:
            raise ValidationError.single(
                "query", translate("SavedSearches", "Suchanfrage"),
                translate("SavedSearches", "Bitte zuerst etwas suchen; eine leere Suche lässt sich nicht speichern."),
            )
        with self._ws.database.write():
            self._ws.database.execute(
                "INSERT INTO saved_search (name, query, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET query = excluded.query, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                [name, query, now_utc(), self._ws.user],
            )
            row = self._ws.database.execute("SELECT id FROM saved_search WHERE name = ?", [name]).fetchone()
        return self.get(row[0])

    def rename(self, saved_id: int, name: str) -> SavedSearch:
        """Give a saved search another name; refused if another one has it already."""
        name = _checked_name(name)
        with self._ws.database.write():
            clash = self._ws.database.execute(
                "SELECT 1 FROM saved_search WHERE name = ? AND id <> ?", [name, saved_id]
            ).fetchone()
            if clash:
                raise ValidationError.single(
                    "name", translate("SavedSearches", "Name"),
                    translate("SavedSearches", "Eine gespeicherte Suche „{name}“ gibt es schon.").format(name=name),
                )
            cursor = self._ws.database.execute(
                "UPDATE saved_search SET name = ?, updated_at = ?, updated_by = ? WHERE id = ?",
                [name, now_utc(), self._ws.user, saved_id],
            )
            if cursor.rowcount != 1:
                raise not_found(translate("SavedSearches", "Gespeicherte Suche"), saved_id)
        return self.get(saved_id)

    def restore(self, searches: builtins.list[SavedSearch]) -> None:
        """Store saved searches as they are, ids and stamps included (reading a full export)."""
        with self._ws.database.write():
            self._ws.database.executemany(
                "INSERT INTO saved_search (id, name, query, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)",
                [(s.id, s.name, s.query, s.updated_at, s.updated_by) for s in searches],
            )

    def put_back(self, search: SavedSearch) -> None:
        """Undo of a delete (Strg+Z): the search as it was, id included; refused if its name was taken since."""
        with self._ws.database.write():
            if self._ws.database.execute("SELECT 1 FROM saved_search WHERE name = ?", [search.name]).fetchone():
                raise ValidationError.single(
                    "name", translate("SavedSearches", "Name"),
                    translate("SavedSearches", "Eine gespeicherte Suche „{name}“ gibt es schon.").format(name=search.name),
                )
            self.restore([search])

    def delete(self, saved_id: int) -> None:
        with self._ws.database.write():
            cursor = self._ws.database.execute("DELETE FROM saved_search WHERE id = ?", [saved_id])
        if cursor.rowcount != 1:
            raise not_found(translate("SavedSearches", "Gespeicherte Suche"), saved_id)


    def forget_naming(self, phrases: builtins.list[str]) -> builtins.list[str]:
        """Delete the saved searches whose name or query holds one of ``phrases`` (a person's name or
        e-mail address, at an erasure); returns their names. Case and Umlauts are ignored."""
        wanted = [fold(phrase) for phrase in phrases if phrase.strip()]
        named = [s for s in self.list() if any(w in fold(s.name) or w in fold(s.query) for w in wanted)]
        if named:
            with self._ws.database.write():
                self._ws.database.executemany("DELETE FROM saved_search WHERE id = ?", [(s.id,) for s in named])
        return [s.name for s in named]


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    problem = None
    if not name:
        problem = translate("SavedSearches", "Bitte einen Namen für die Suche eingeben.")
    elif len(name) > NAME_MAX:
        problem = translate("SavedSearches", "Der Name ist zu lang (höchstens {count} Zeichen).").format(count=NAME_MAX)
    if problem:
        raise ValidationError.single("name", translate("SavedSearches", "Name"), problem)
    return name
