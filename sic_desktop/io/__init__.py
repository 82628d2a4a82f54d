"""File formats for import and export, independent of the data model.

Import: ``open_source(path)`` → a Source (CSV, Excel, vCard) with ``headers``
and ``rows()``; ``suggest_mapping(headers, kind)`` → ColumnMapping (edit it,
save it with ``save_mapping``, remember it under ``layout_fingerprint``);
``map_rows(source.rows(), mapping)`` → ImportRows with canonical field values
and German problems per line. Export: ``write_persons_csv``,
``write_table_csv``, ``write_vcards``.

No Qt here, and nothing from the core but translation and error types.
"""

from sic_desktop.io.csv_export import write_persons_csv, write_table_csv
from sic_desktop.io.errors import FileTooLargeError, ImportFileError, MappingFileError
from sic_desktop.io.fields import FieldType, TargetField, target_field, target_fields
from sic_desktop.io.mapping import (
    ColumnMapping,
    layout_fingerprint,
    load_mapping,
    save_mapping,
    suggest_mapping,
)
from sic_desktop.io.row_mapping import map_rows
from sic_desktop.io.rows import Cell, FieldValue, ImportRow, RowProblem, SourceRow, TargetKind
from sic_desktop.io.sources import Source, open_source, preview
from sic_desktop.io.text_file import MAX_IMPORT_BYTES
from sic_desktop.io.vcard_export import write_vcards
from sic_desktop.io.xlsx_source import list_sheets

__all__ = [
    "MAX_IMPORT_BYTES",
    "Cell",
    "ColumnMapping",
    "FieldType",
    "FieldValue",
    "FileTooLargeError",
    "ImportFileError",
    "ImportRow",
    "MappingFileError",
    "RowProblem",
    "Source",
    "SourceRow",
    "TargetField",
    "TargetKind",
    "layout_fingerprint",
    "list_sheets",
    "load_mapping",
    "map_rows",
    "open_source",
    "preview",
    "save_mapping",
    "suggest_mapping",
    "target_field",
    "target_fields",
    "write_persons_csv",
    "write_table_csv",
    "write_vcards",
]
