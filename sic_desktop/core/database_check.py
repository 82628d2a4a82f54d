"""Integrity check of a data folder's database, for ``sic-desktop check`` and the support desk.

Each problem is a German sentence a clerk can forward to IT; an empty list means
the file is sound. The search index is checked by ``search.consistency`` (the core
does not know it); ``sic-desktop check`` runs both.
"""

from __future__ import annotations

import sqlite3

from sic_desktop.core.i18n import translate
from sic_desktop.core.storage.integrity import integrity_problems, is_damage
from sic_desktop.core.storage.schema import APPLICATION_ID, latest_version
from sic_desktop.core.workspace import Workspace


def check_database(workspace: Workspace) -> list[str]:
    """The problems found; a damaged file is remembered as such, so nothing more is written to it."""
    # The team server checks its own pages (IT's job, docs/teamserver.md); the records are checked below.
    findings = [] if workspace.database.is_server else integrity_problems(workspace.database.db.conn)
    if not findings:
        try:
            return _consistency_problems(workspace)
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise
            findings = [str(error)]
    workspace.database.mark_damaged("; ".join(findings[:3]))
    return [
        translate(
            "Check",
            "Die Datenbank ist beschädigt. Damit nichts verloren geht, schreibt SIC Desktop nichts mehr in sie; "
            "bitte die neueste Sicherung wiederherstellen (Datei → Sicherung oder „sic-desktop restore DATEI“).",
        ),
        *(translate("Check", "SQLite meldet einen Schaden: {detail}").format(detail=line) for line in findings),
    ]


def find_damage(workspace: Workspace) -> None:
    """Raise CorruptDatabaseError if SQLite's quick check finds the file damaged (the window, at every start).

    From then on nothing is written to the file, and the window offers the newest backup.
    """
    if workspace.database.is_server:
        return
    findings = integrity_problems(workspace.database.db.conn, quick=True)
    if findings:
        raise workspace.database.mark_damaged("; ".join(findings[:3]))


def _consistency_problems(workspace: Workspace) -> list[str]:
    problems = [] if workspace.database.is_server else _file_problems(workspace)
    problems += _status_history_problems(workspace)
    problems += workspace.attachments.check()
    return problems


def _file_problems(workspace: Workspace) -> list[str]:
    """What only a local file can get wrong: its marks, its version, links SQLite did not enforce."""
    db = workspace.database
    problems: list[str] = []
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        problems.append(translate("Check", "Die Datei trägt nicht die Kennung von SIC Desktop."))
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != latest_version():
        problems.append(
            translate("Check", "Datenstand {version} statt {expected}.").format(version=version, expected=latest_version())
        )
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        if rowid is None:  # link tables have no row numbers
            text = translate("Check", "Verwaiste Verknüpfung in „{table}“: verweist auf fehlende „{parent}“.")
        else:
            text = translate(
                "Check", "Verwaiste Verknüpfung in „{table}“ (Zeile {rowid}): verweist auf fehlende „{parent}“."
            )
        problems.append(text.format(table=table, rowid=rowid, parent=parent))
    return problems


def _status_history_problems(workspace: Workspace) -> list[str]:
    """A cooperation's status must be the last step of its history."""
    rows = workspace.database.execute(
        """SELECT c.id, c.status, (SELECT s.status FROM cooperation_status s WHERE s.cooperation_id = c.id
                                   ORDER BY s.changed_on DESC, s.id DESC LIMIT 1)
           FROM cooperation c"""
    ).fetchall()
    return [
        translate("Check", "Kooperation Nr. {id}: Der Status passt nicht zur Statushistorie.").format(id=coop_id)
        for coop_id, status, last in rows
        if last != status
    ]
