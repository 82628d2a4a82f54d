"""Which team server this PC's search index reflects, so that it can catch up from the change log.

A client that was away (closed, offline) finds its index behind the server's data generation.
Instead of a rebuild it applies what the server's change log says was committed since the
generation the index holds (``ws.storage.changes_since``): changed records are renewed, erased
ones deleted and merged out of the index files, before the first search. That is only right if
the index was built from *this* server, not from the local file or another server: the data
folder keeps the server's identity (``core.folder_identity``) in ``suchindex-teamserver.json``
while the index follows that server, and loses it as soon as the index follows the local file.
"""

from __future__ import annotations

import json
import logging
import os
from contextlib import suppress
from pathlib import Path

from sic_desktop.core.errors import SicError
from sic_desktop.core.folder_identity import folder_identity
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.storage.changes import Action, ChangeSet
from sic_desktop.core.team_access import on_server
from sic_desktop.core.workspace import Workspace

log = logging.getLogger(__name__)

STATE_FILE = "suchindex-teamserver.json"


def _state_path(ws: Workspace) -> Path:
    return ws.folder.root / STATE_FILE


def _identity(ws: Workspace) -> str | None:
    try:
        return folder_identity(ws)
    except SicError as error:  # a reading login cannot give an unnamed server its name: rebuild instead
        log.info("team server has no identity for the search index: %s", error)
        return None


def forget_server(ws: Workspace) -> None:
    """On the local file: the index follows the file from now on, no server's log applies to it."""
    if not on_server(ws):
        with suppress(OSError):  # a write-protected folder: its index is not caught up from a server either
            _state_path(ws).unlink(missing_ok=True)


def remember_server(ws: Workspace) -> None:
    """The index is current with the team server now: later catch-ups may start from its generation."""
    identity = _identity(ws) if on_server(ws) else None
    path = _state_path(ws)
    if identity is None or _kept_identity(path) == identity:
        return
    try:
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"server": identity}), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:  # a full or write-protected folder: the next start rebuilds instead
        log.warning("could not note the team server of the search index: %s", error)


def missed_changes(ws: Workspace, index_generation: int) -> ChangeSet | None:
    """What others committed on this index's server since ``index_generation``; None if the index is
    not this server's or the change log does not reach back (a rebuild is needed then)."""
    if not on_server(ws) or _kept_identity(_state_path(ws)) != _identity(ws):
        return None
    return ws.storage.changes_since(index_generation)


def erases(changes: ChangeSet) -> bool:
    """Whether ``changes`` took a person or note away for good (an erasure, an emptied Papierkorb) or may
    have anonymised a person: the old text must then be merged out of the index files too."""
    return any(c.action is Action.PURGED or (c.ref.type is RecordType.PERSON and c.action is Action.UPDATED)
               for c in changes.changes)


def _kept_identity(path: Path) -> str | None:
    try:
        kept = json.loads(path.read_text(encoding="utf-8")).get("server")
    except (OSError, ValueError, AttributeError):
        return None
    return kept if isinstance(kept, str) else None
