"""Is the search index consistent with the database? For ``sic-desktop check``.

A missing or outdated index is no damage (it is a cache, rebuilt at the next start
or with ``sic-desktop reindex``), so it is only a hint. A damaged index, or a
current one whose documents do not match the live records, is a problem: the
second would mean an update went wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sic_desktop.core.i18n import number, translate
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.search.index_state import IndexState
from sic_desktop.search.search_document import SEARCHED_TYPES
from sic_desktop.search.service import SearchService


@dataclass
class IndexCheck:
    problems: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)


def check_search_index(workspace: Workspace) -> IndexCheck:
    """Problems (German sentences) and hints about the index of ``workspace``."""
    result = IndexCheck()
    with SearchService(workspace, listen=False) as service:
        status = service.status()
        if status.state is IndexState.BROKEN:
            result.problems.append(_damaged())
        elif status.state is IndexState.MISSING:
            result.hints.append(translate(
                "Check", "Es gibt noch keinen Suchindex; er wird beim nächsten Programmstart "
                "oder mit „sic-desktop reindex“ aufgebaut."))
        elif status.state is IndexState.STALE:
            result.hints.append(translate(
                "Check", "Der Suchindex ist nicht auf dem neuesten Stand; er wird beim nächsten "
                "Programmstart oder mit „sic-desktop reindex“ neu aufgebaut."))
        elif not service.index.verify():
            result.problems.append(_damaged())
        else:
            result.problems += _count_problems(workspace, service.index.counts_by_type())
    return result


def _damaged() -> str:
    return translate(
        "Check", "Der Suchindex ist beschädigt. Ihre Daten sind davon nicht betroffen; "
        "„sic-desktop reindex“ oder der nächste Programmstart baut ihn neu auf.")


def _count_problems(workspace: Workspace, indexed: dict[RecordType, int]) -> list[str]:
    problems = []
    for record_type in SEARCHED_TYPES:
        live = workspace.service(record_type).count()
        found = indexed.get(record_type, 0)
        if found != live:
            problems.append(translate(
                "Check", "Der Suchindex enthält {indexed} {records}, die Datenbank {live}. "
                "„sic-desktop reindex“ baut ihn neu auf.").format(
                    indexed=number(found), live=number(live), records=record_type.plural))
    return problems
