"""Where the team server is: given explicitly (``--server``) or by ``SIC_DESKTOP_SERVER``, like the data folder.

Kept apart from ``core.storage.postgres`` so that finding out whether a server is meant loads no driver.
"""

from __future__ import annotations

import os

SERVER_ENV_VAR = "SIC_DESKTOP_SERVER"


def resolve_server(explicit: str | None = None) -> str | None:
    """The server address to work on, or None for the local data folder (the default)."""
    return explicit or os.environ.get(SERVER_ENV_VAR) or None
