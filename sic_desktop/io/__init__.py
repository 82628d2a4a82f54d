"""Import, export and the file formats they read and write.

File formats, independent of the data model: ``open_source(path)`` → a Source
(CSV, Excel, vCard) with ``headers`` and ``rows()``; ``suggest_mapping(headers,
kind)`` → ColumnMapping (edit it, save it with ``save_mapping``);
``map_rows(source.rows(), mapping)`` → ImportRows with canonical field values and
German problems per line. Writers: ``write_persons_csv``, ``write_table_csv``,
``write_vcards``. These modules use nothing from the core but translation, errors
and the validation rules.

Glue to the Workspace (for the import wizard, the export dialogs and the command
line): ``mapping_for`` / ``remember_mapping`` (mappings remembered per file
layout), ``import_file`` (dry run or real, one transaction, an ImportReport per
line), ``export_json`` / ``import_json`` (the lossless full export),
``export_persons_csv``, ``export_persons_vcard``, ``export_list_csv``. Long work
is a progress generator (``core.progress``): closing it cancels and rolls back.

No Qt here.
"""

from typing import TYPE_CHECKING

from sic_desktop.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from sic_desktop.io.column_mapping import (
        ColumnMapping,
        layout_fingerprint,
        load_mapping,
        save_mapping,
        suggest_mapping,
    )
    from sic_desktop.io.csv_export import write_persons_csv, write_table_csv
    from sic_desktop.io.import_errors import FileTooLargeError, ImportFileError, MappingFileError
    from sic_desktop.io.import_fields import FieldType, TargetField, target_field, target_fields
    from sic_desktop.io.import_report import ImportReport, LineResult, Outcome
    from sic_desktop.io.importer import ImportOptions, import_file, import_rows
    from sic_desktop.io.json_export import export_json
    from sic_desktop.io.json_import import import_json, is_full_export
    from sic_desktop.io.record_export import export_list_csv, export_persons_csv, export_persons_vcard
    from sic_desktop.io.remembered_mappings import mapping_for, remember_mapping, remembered_mapping
    from sic_desktop.io.row_mapping import map_rows
    from sic_desktop.io.rows import Cell, FieldValue, ImportRow, RowProblem, SourceRow, TargetKind
    from sic_desktop.io.sources import Source, open_source, preview
    from sic_desktop.io.text_file import MAX_IMPORT_BYTES
    from sic_desktop.io.vcard_export import write_vcards
    from sic_desktop.io.xlsx_source import list_sheets

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "csv_export": ("write_persons_csv", "write_table_csv"),
        "import_errors": ("FileTooLargeError", "ImportFileError", "MappingFileError"),
        "import_fields": ("FieldType", "TargetField", "target_field", "target_fields"),
        "import_report": ("ImportReport", "LineResult", "Outcome"),
        "importer": ("ImportOptions", "import_file", "import_rows"),
        "json_export": ("export_json",),
        "json_import": ("import_json", "is_full_export"),
        "column_mapping": ("ColumnMapping", "layout_fingerprint", "load_mapping", "save_mapping", "suggest_mapping"),
        "record_export": ("export_list_csv", "export_persons_csv", "export_persons_vcard"),
        "remembered_mappings": ("mapping_for", "remember_mapping", "remembered_mapping"),
        "row_mapping": ("map_rows",),
        "rows": ("Cell", "FieldValue", "ImportRow", "RowProblem", "SourceRow", "TargetKind"),
        "sources": ("Source", "open_source", "preview"),
        "text_file": ("MAX_IMPORT_BYTES",),
        "vcard_export": ("write_vcards",),
        "xlsx_source": ("list_sheets",),
    },
)

__all__ = [
    "MAX_IMPORT_BYTES",
    "Cell",
    "ColumnMapping",
    "FieldType",
    "FieldValue",
    "FileTooLargeError",
    "ImportFileError",
    "ImportOptions",
    "ImportReport",
    "ImportRow",
    "LineResult",
    "MappingFileError",
    "Outcome",
    "RowProblem",
    "Source",
    "SourceRow",
    "TargetField",
    "TargetKind",
    "export_json",
    "export_list_csv",
    "export_persons_csv",
    "export_persons_vcard",
    "import_file",
    "import_json",
    "import_rows",
    "is_full_export",
    "layout_fingerprint",
    "list_sheets",
    "load_mapping",
    "map_rows",
    "mapping_for",
    "open_source",
    "preview",
    "remember_mapping",
    "remembered_mapping",
    "save_mapping",
    "suggest_mapping",
    "target_field",
    "target_fields",
    "write_persons_csv",
    "write_table_csv",
    "write_vcards",
]
