"""What the import wizard's pages decide together: the file, what its rows are, the mapping, the options.

``work(options)`` is the core generator the check page runs as a dry run and the
result page for real: the same function both times, so the dry run's report is
what storing will do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sic_desktop.core.progress import ProgressGenerator
from sic_desktop.core.workspace import Workspace
from sic_desktop.io import (
    ColumnMapping,
    ImportOptions,
    Source,
    SourceRow,
    TargetKind,
    import_file,
    import_json,
    is_full_export,
    open_source,
    preview,
)

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class OpenedFile:
    path: Path
    full_export: bool  # our JSON export: read whole into an empty data folder, no mapping
    source: Source | None = None
    sheets: tuple[str, ...] = ()  # of a workbook, for the sheet chooser
    rows: list[SourceRow] = field(default_factory=list)  # the first rows, for the preview


def open_import_file(path: Path, sheet: str | None = None, header_row: int | None = None) -> OpenedFile:
    """Recognise and open ``path`` (runs on the reader thread); ImportFileError if unreadable."""
    if is_full_export(path):
        return OpenedFile(path, True)
    source = open_source(path, sheet=sheet, header_row=header_row)
    return OpenedFile(path, False, source, tuple(getattr(source, "sheets", ())), preview(source, PREVIEW_ROWS))


@dataclass
class ImportPlan:
    file: OpenedFile | None = None
    kind: TargetKind = TargetKind.PERSON
    mapping: ColumnMapping | None = None

    @property
    def full_export(self) -> bool:
        return self.file is not None and self.file.full_export

    def work(self, options: ImportOptions) -> Callable[[Workspace], ProgressGenerator[Any]]:
        """The import as ``ctx.ops`` runs it: an ImportReport, or for a full export the counts per section."""
        opened = self.file
        assert opened is not None
        if opened.full_export:
            return lambda ws: import_json(ws, opened.path, dry_run=options.dry_run)
        source, mapping = opened.source, self.mapping
        assert source is not None and mapping is not None
        return lambda ws: import_file(ws, source, mapping, options)
