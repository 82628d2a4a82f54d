"""SQLite's own integrity check, asked in one place: by ``check``, before a backup counts and before a restore.

A damaged page can make the check itself fail with „database disk image is
malformed“ instead of listing what it found; both are damage and come back as
findings, never as an exception.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

_DAMAGE = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})
_MAX_FINDINGS = 5  # enough to tell IT where; the rest says the same


def is_damage(error: BaseException) -> bool:
    """True when SQLite says the file itself is damaged (not locked, full or read-only)."""
    return isinstance(error, sqlite3.DatabaseError) and getattr(error, "sqlite_errorname", "") in _DAMAGE


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """SQLite's findings for the open database (empty when it is sound).

    ``quick`` skips comparing indexes with their tables: several times faster, for a check at every start.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}({_MAX_FINDINGS * 4})").fetchall()]
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        return [str(error)]
    if rows == ["ok"]:
        return []
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line and not line.startswith("***")][:_MAX_FINDINGS]


def file_integrity_problems(path: Path) -> list[str]:
    """The findings for a closed database file, read without changing it."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as error:
        return [str(error)]
    try:
        return integrity_problems(conn)
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        conn.close()
