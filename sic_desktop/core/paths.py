"""Where the data folder is, and what lives in it.

Order of precedence: an explicit folder (``--data-dir``), the environment variable
``SIC_DESKTOP_DATA_DIR``, portable mode (a ``portable.ini`` or a ``data`` folder next
to the program, for a USB stick or a team drive), else the per-user *local* (not
roaming) data folder, e.g. %LOCALAPPDATA%\\SIC Desktop on Windows: roaming profiles
would copy a growing database and its index at every logon.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from sic_desktop import APP_NAME
from sic_desktop.core.errors import DataFileError
from sic_desktop.core.i18n import translate

ENV_VAR = "SIC_DESKTOP_DATA_DIR"
DATABASE_NAME = "sic-desktop.sqlite3"


@dataclass(frozen=True)
class DataFolder:
    """The files of one data set. Only the database is the truth; the rest can be rebuilt or is a copy."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def backups_dir(self) -> Path:
        """Default backup folder; the settings may point elsewhere (a network drive)."""
        return self.root / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def privacy_dir(self) -> Path:
        """The erasure log's key and copy: beside the database, not in it, so that a restore keeps them."""
        return self.root / "datenschutz"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> DataFolder:
        """Create the folder if needed; a German DataFileError when the name is taken by a file."""
        if self.root.exists() and not self.root.is_dir():
            raise DataFileError(
                translate("Storage", "Der Datenordner „{path}“ ist eine Datei, kein Ordner. Bitte einen Ordner angeben.")
                .format(path=self.root)
            )
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DataFileError(
                translate("Storage", "Der Datenordner „{path}“ kann nicht angelegt werden ({reason}).").format(
                    path=self.root, reason=error.strerror or error
                )
            ) from error
        return self


def program_dir() -> Path:
    """The folder of the running program: the .exe folder when frozen, else the package's parent."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def portable_data_dir(base: Path | None = None) -> Path | None:
    """The data folder of a portable installation, if this is one."""
    base = base or program_dir()
    if (base / "portable.ini").is_file() or (base / "data").is_dir():
        return base / "data"
    return None


def resolve_data_folder(explicit: str | os.PathLike[str] | None = None) -> DataFolder:
    if explicit:
        return DataFolder(Path(explicit).expanduser().resolve())
    if os.environ.get(ENV_VAR):
        return DataFolder(Path(os.environ[ENV_VAR]).expanduser().resolve())
    portable = portable_data_dir() if getattr(sys, "frozen", False) else None
    if portable is not None:
        return DataFolder(portable)
    return DataFolder(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)))
