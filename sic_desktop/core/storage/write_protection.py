"""Is the data folder write-protected (a read-only share, a locked USB stick, a CD)?

Asked before the database is opened, so that such a folder is opened for reading
instead of being taken for a damaged file; SQLite's own errors at opening do not
tell the two apart. File modes are not asked (``os.access``): on Windows and for
administrators they say little; trying is the only answer that holds.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from sic_desktop.core.errors import ReadOnlyDataError
from sic_desktop.core.i18n import translate

_PROTECTED = {errno.EACCES, errno.EPERM, errno.EROFS}


def write_protection(database: Path) -> ReadOnlyDataError | None:
    """The German explanation if neither the folder nor the database file can be written, else None."""
    probe = database.parent / f".sic-desktop-schreibprobe-{os.urandom(4).hex()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
        if database.is_file():
            os.close(os.open(database, os.O_RDWR))
    except OSError as error:
        if error.errno not in _PROTECTED:
            raise
        return ReadOnlyDataError(
            translate(
                "Storage",
                "Der Datenordner „{folder}“ ist schreibgeschützt. SIC Desktop öffnet ihn nur zum Lesen: Suchen, "
                "Ansehen und Exportieren gehen, Speichern nicht. Zum Arbeiten bitte die Zugriffsrechte prüfen "
                "lassen oder einen beschreibbaren Datenordner wählen.",
            ).format(folder=database.parent)
        )
    return None
