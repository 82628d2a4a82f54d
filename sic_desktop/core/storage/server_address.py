"""Where the team server is: given explicitly (``--server``) or by ``SIC_DESKTOP_SERVER``, like the data folder.

Kept apart from ``core.storage.postgres`` so that finding out whether a server is meant loads no driver.
"""

from __future__ import annotations

import os

SERVER_ENV_VAR = "SIC_DESKTOP_SERVER"

# The window's choice (the connect dialog, with the password from the credential store), kept in
# this process only and not in the environment, which programs started from the window inherit;
# "" is the local file chosen again. None: nothing chosen, the environment decides.
_chosen: str | None = None


def choose_server(address: str | None) -> None:
    """From now on open the team server at ``address`` (a connection string), or the local file for None."""
    global _chosen
    _chosen = address or ""


def resolve_server(explicit: str | None = None) -> str | None:
    """The server address to work on, or None for the local data folder (the default)."""
    if explicit:
        return explicit
    if _chosen is not None:
        return _chosen or None
    return os.environ.get(SERVER_ENV_VAR) or None
