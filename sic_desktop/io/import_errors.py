"""Problems with a whole import file or mapping file, each with a German message.

Problems with a single row are not errors: they travel with the row
(``RowProblem``) so that one bad line never stops an import of 500 good ones.
"""

from __future__ import annotations

from pathlib import Path

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate


class ImportFileError(SicError):
    """A file that cannot be read at all: empty, binary, damaged, no header."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            translate("Import", "Die Datei „{name}“ kann nicht gelesen werden: {problem}").format(
                name=path.name, problem=problem
            )
        )


class FileTooLargeError(ImportFileError):
    """A file above ``MAX_IMPORT_BYTES``; refused before anything is read."""


class MappingFileError(SicError):
    """A column-mapping file (``--mapping FILE``) that is not usable."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        super().__init__(
            translate(
                "Import", "Die Zuordnungsdatei „{name}“ kann nicht verwendet werden: {problem}"
            ).format(name=path.name, problem=problem)
        )
