"""The team's two Datenschutz periods: how long the change history is kept and how long a
„behalten“ decision of the Datenschutz-Prüfliste holds.

They live in the database (table ``privacy_setting``), one value for everyone working on it:
on a team server each PC used to prune the shared history with its own settings.json value,
so the shortest of them won unseen. On the server only the Datenschutz role may change them
(``core.storage.server_roles``). Like the deletion rules they belong to the data, not to a
record: changing one announces no record change.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sic_desktop.core.dates import now_utc
from sic_desktop.core.errors import ValidationError
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.settings import FORMER_PRIVACY_PERIODS, Settings

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

HISTORY_RETENTION, REVIEW = "history_retention_years", "review_years"


@dataclass(frozen=True)
class _Period:
    label: str
    default: int
    most: int
    local_key: str  # its name in settings.json before it moved to the database


PERIODS = {
    HISTORY_RETENTION: _Period(
        QT_TRANSLATE_NOOP("Fields", "Änderungsprotokoll aufbewahren"), 10, 30, FORMER_PRIVACY_PERIODS[0]),
    REVIEW: _Period(QT_TRANSLATE_NOOP("Fields", "Begründete Weiterspeicherung gilt"), 3, 10,
                     FORMER_PRIVACY_PERIODS[1]),
}


@dataclass(frozen=True)
class PrivacySetting:
    key: str  # HISTORY_RETENTION or REVIEW
    value: int  # years
    updated_at: str = ""
    updated_by: str = ""


class PrivacySettingService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def list(self) -> list[PrivacySetting]:
        """Both periods with who changed them when (a missing row stands at its default)."""
        rows = {row["key"]: row for row in self._ws.database.query("SELECT * FROM privacy_setting")}
        return [PrivacySetting(**rows[key]) if key in rows else PrivacySetting(key, period.default)
                for key, period in PERIODS.items()]

    def value(self, key: str) -> int:
        return next(setting.value for setting in self.list() if setting.key == key)

    @property
    def history_retention_years(self) -> int:
        """Change history older than this many years is pruned (privacy.history_export)."""
        return self.value(HISTORY_RETENTION)

    @property
    def review_years(self) -> int:
        """A „behalten“ decision holds this many years, then the contact is proposed again."""
        return self.value(REVIEW)

    def update(self, values: dict[str, int]) -> None:
        """Store changed periods with who changed them when; a German ValidationError for bad values
        (nothing stored then). On the team server refused unless the login has the Datenschutz role."""
        for key, value in values.items():
            _check(key, value)
        with self._ws.database.write():
            current = {setting.key: setting.value for setting in self.list()}
            for key, value in values.items():
                if value != current[key]:
                    self._store(PrivacySetting(key, value, now_utc(), self._ws.user))

    def restore(self, settings: builtins.list[PrivacySetting]) -> None:
        """Store periods as they are, with who changed them when (reading a full export)."""
        for setting in settings:
            _check(setting.key, setting.value)
        with self._ws.database.write():
            for setting in settings:
                self._store(setting)

    def take_over_local(self, settings: Settings) -> None:
        """Take over once what this PC had chosen in settings.json before the periods moved to the
        database, where the database still has the default; the keys then leave settings.json."""
        found = {key: settings.extra[period.local_key] for key, period in PERIODS.items()
                 if period.local_key in settings.extra}
        if not found:
            return
        current = {setting.key: setting.value for setting in self.list()}
        chosen = {key: value for key, value in found.items()
                  if _fits(key, value) and current[key] == PERIODS[key].default}
        if chosen:
            self.update(chosen)
        for key in found:
            del settings.extra[PERIODS[key].local_key]
        self._ws.save_settings()

    def _store(self, setting: PrivacySetting) -> None:
        self._ws.database.execute(
            "INSERT INTO privacy_setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            [setting.key, setting.value, setting.updated_at, setting.updated_by],
        )


def _fits(key: str, value: object) -> bool:
    return key in PERIODS and type(value) is int and 1 <= value <= PERIODS[key].most


def _check(key: str, value: int) -> None:
    if key not in PERIODS:
        raise ValidationError.single("key", translate("Fields", "Einstellung"), translate(
            "Validation", "„{value}“ ist nicht vorgesehen.").format(value=key))
    if not _fits(key, value):
        raise ValidationError.single(key, translate("Fields", PERIODS[key].label), translate(
            "Validation", "Der Wert muss zwischen 1 und {most} Jahren liegen.").format(most=PERIODS[key].most))
