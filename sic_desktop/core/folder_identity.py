"""A random name of the data folder, made once and kept in the database.

Files given out to other programs (calendar entries) carry identifiers that must
stay the same on every export from this folder and differ between two folders:
Outlook then updates an entry instead of adding a second one. The name lives in
the ``meta`` table, so a backup keeps it; making it is no data change.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

_KEY = "folder_identity"


def folder_identity(workspace: Workspace) -> str:
    """The folder's random name (32 hex digits), made on first use."""
    database = workspace.database
    row = database.execute("SELECT value FROM meta WHERE key = ?", [_KEY]).fetchone()
    if row is not None:
        return str(row[0])
    with database.write():  # announces no change and bumps no generation
        database.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", [_KEY, uuid.uuid4().hex])
    return str(database.execute("SELECT value FROM meta WHERE key = ?", [_KEY]).fetchone()[0])
