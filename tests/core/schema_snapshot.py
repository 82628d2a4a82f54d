"""The schema that the released migrations create, as text: written once per release, compared by a test.

    python tests/core/schema_snapshot.py 6 > tests/core/fixtures/schema_v6.txt
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import sqlite_utils

from sic_desktop.core.storage import schema
from sic_desktop.core.storage.database import connect


def released_schema(version: int) -> str:
    """Tables, indexes and seeded rows after migrations 1..``version`` on a new file."""
    with tempfile.TemporaryDirectory() as folder:
        conn = connect(Path(folder) / "schema.sqlite3")
        try:
            db = sqlite_utils.Database(conn, execute_plugins=False)
            later = schema.MIGRATION_NAMES[version:]
            schema.MIGRATIONS.apply(db, stop_before=later[0] if later else None)
            lines = [
                f"{kind} {name}: {_one_line(sql)}"
                for kind, name, sql in db.execute(
                    "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                    "AND name NOT LIKE '_sqlite_migrations%' ORDER BY type, name"
                )
            ]
            lines += [f"theme: {name}" for (name,) in db.execute("SELECT name FROM theme ORDER BY id")]
            lines.append(f"user_version: {db.execute('PRAGMA user_version').fetchone()[0]}")
            return "\n".join(lines) + "\n"
        finally:
            conn.close()


def _one_line(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


if __name__ == "__main__":
    sys.stdout.write(released_schema(int(sys.argv[1])))
