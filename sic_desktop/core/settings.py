"""Program settings kept in the data folder (``settings.json``), so a portable or team
data folder carries its own settings and no registry is needed.

Unknown keys are kept when saving, so an older program version does not erase the
settings of a newer one. Window geometry is the window's business (QSettings).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any


@dataclass
class BackupRetention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass
class Settings:
    language: str = "de"  # "de" or "en"
    backup_dir: str | None = None  # None: the data folder's backups/ folder
    backup_retention: BackupRetention = field(default_factory=BackupRetention)
    classification: str = "Nur für den Dienstgebrauch"  # printed in every PDF header
    privacy_review_years: int = 3  # a keep decision holds this long; deletion periods are rules in the database
    history_retention_years: int = 10  # change history older than this is pruned
    word_template: str | None = None  # the office's own Word template for briefings; None: the shipped one
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Settings from ``path``; defaults for a missing or unreadable file."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)} - {"extra"}
        settings = cls(**{k: v for k, v in data.items() if k in known and k != "backup_retention"})
        retention = data.get("backup_retention")
        if isinstance(retention, dict):
            settings.backup_retention = BackupRetention(
                **{k: int(v) for k, v in retention.items() if k in {"daily", "weekly", "monthly"}}
            )
        settings.extra = {k: v for k, v in data.items() if k not in known}
        return settings

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half of it."""
        data = asdict(self)
        data.update(data.pop("extra"))
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(data, stream, ensure_ascii=False, indent=2)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
