"""The search index after command-line writes: kept current, so the window need not rebuild it.

A command that writes (import, merge, erasure, trash) applies its commits to a current
index right away, however large: nobody waits for a next save on the command line,
and the window would otherwise rebuild all 57,000 documents at its next start. An
index that was already behind or missing is left to the window, except after
``demo`` and ``restore``, which replace everything anyway and build it themselves
(``build_search_index``), with a progress line.
"""

from __future__ import annotations

from sic_desktop.core.progress import ProgressGenerator
from sic_desktop.core.workspace import Workspace
from sic_desktop.search import SearchService


def follow_search_index(workspace: Workspace) -> bool:
    """Apply every commit of ``workspace`` to its index, if that index is current now (on the team server
    after catching up with what others committed meanwhile); True if so (the follower then also cleans
    the index after an erasure)."""
    service = SearchService(workspace, listen=False)
    current = service.catch_up()
    service.close()
    if current:
        follower = SearchService(workspace, apply_large_changes=True)
        workspace.add_closer(follower.close)
    return current


def build_search_index(workspace: Workspace) -> ProgressGenerator[int | None]:
    """Bring the index up to date now (a rebuild only if it is behind, missing or damaged)."""
    attached = SearchService.attached_to(workspace)
    if attached is not None:
        return (yield from attached.ensure_current())
    with SearchService(workspace, listen=False) as service:
        return (yield from service.ensure_current())
