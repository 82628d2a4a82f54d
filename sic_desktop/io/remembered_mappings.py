"""The column mapping a file of this layout got last time, kept in the data folder.

Stored per ``layout_fingerprint`` and target kind. The fingerprint ignores case,
Umlaute and punctuation of the headers, so a remembered column is found again under
today's spelling of its header.
"""

from __future__ import annotations

from collections.abc import Iterable

from sic_desktop.core.workspace import Workspace
from sic_desktop.io.column_mapping import ColumnMapping, layout_fingerprint, normalise_header, suggest_mapping
from sic_desktop.io.rows import TargetKind


def remembered_mapping(workspace: Workspace, headers: Iterable[str], kind: TargetKind) -> ColumnMapping | None:
    headers = list(headers)
    remembered = workspace.import_mappings.recall(layout_fingerprint(headers), kind.value)
    if remembered is None:
        return None
    current = {normalise_header(header): header for header in headers}
    columns = {
        current[normalise_header(header)]: field
        for header, field in remembered.columns.items()
        if normalise_header(header) in current
    }
    try:
        return ColumnMapping(kind, columns)
    except ValueError:  # a field this version no longer knows: suggest afresh
        return None


def mapping_for(workspace: Workspace, headers: Iterable[str], kind: TargetKind) -> tuple[ColumnMapping, bool]:
    """The mapping to start from, and whether it was remembered (True) or only suggested."""
    headers = list(headers)
    remembered = remembered_mapping(workspace, headers, kind)
    return (remembered, True) if remembered is not None else (suggest_mapping(headers, kind), False)


def remember_mapping(workspace: Workspace, headers: Iterable[str], mapping: ColumnMapping) -> None:
    workspace.import_mappings.remember(layout_fingerprint(headers), mapping.kind.value, dict(mapping.columns))
