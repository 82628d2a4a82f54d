"""Program settings kept in the data folder (``settings.json``), so a portable or team
data folder carries its own settings and no registry is needed.

Unknown keys are kept when saving, so an older program version does not erase the
settings of a newer one. Window geometry is the window's business (QSettings).
The Datenschutz periods are the team's, in the database (core.services.privacy_settings).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from sic_desktop.core.durable_file import replace_durably
from sic_desktop.core.i18n import LANGUAGES

# Settings of earlier versions that moved to the database (core.services.privacy_settings takes them over once).
FORMER_PRIVACY_PERIODS = ("history_retention_years", "privacy_review_years")


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
    word_template: str | None = None  # the office's own Word template for briefings; None: the shipped one
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Settings from ``path``; defaults for a missing or unreadable file and for each value of the wrong type.

        The file is edited by hand now and then (IT rolling out a backup folder):
        „drei“ for a number must not keep the program from starting.
        """
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)} - {"extra"}
        plain = {f.name: f.default for f in fields(cls) if f.name not in ("extra", "backup_retention")}
        settings = cls(**{k: v for k, v in data.items() if k in plain and _fits(k, v, plain[k])})
        retention = data.get("backup_retention")
        if isinstance(retention, dict):
            settings.backup_retention = BackupRetention(
                **{k: v for k, v in retention.items() if k in {"daily", "weekly", "monthly"} and _count(v)}
            )
        settings.extra = {k: v for k, v in data.items() if k not in known}
        return settings

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half of it."""
        data = asdict(self)
        data.update(data.pop("extra"))
        replace_durably(path, json.dumps(data, ensure_ascii=False, indent=2))


def _count(value: Any) -> bool:
    return type(value) is int and 0 <= value <= 1000


def _text(value: Any) -> bool:
    return isinstance(value, str) and "\x00" not in value


def _fits(name: str, value: Any, default: Any) -> bool:
    """Whether ``value`` may stand for setting ``name``; others than those below need the default's type."""
    check = _CHECKS.get(name)
    return check(value) if check is not None else type(value) is type(default)


# What the settings may hold beyond their type.
_CHECKS: dict[str, Callable[[Any], bool]] = {
    "language": lambda value: value in LANGUAGES,
    "backup_dir": lambda value: value is None or (_text(value) and bool(value.strip())),
    "word_template": lambda value: value is None or (_text(value) and bool(value.strip())),
    "classification": _text,
}
