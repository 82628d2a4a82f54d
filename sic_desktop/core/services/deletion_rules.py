"""The deletion rules of the Löschkonzept (DIN 66398): per kind of data a standard period and the
event it starts from (the „Löschklasse“), with the office's reason.

The office edits them (Datenschutz page, „Löschregeln“); the Datenschutz-Prüfliste proposes
the contacts whose period has run out, and the Art. 30 record prints them. Rules belong to
the data folder like saved searches: changing one announces no record change.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sic_desktop.core.dates import now_utc
from sic_desktop.core.errors import ValidationError
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.privacy_terms import DATA_KINDS, DELETION_STARTS
from sic_desktop.core.validation import LONG_TEXT_MAX, too_long

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

MAX_PERIOD_MONTHS = 30 * 12


@dataclass(frozen=True)
class DeletionRule:
    kind: str  # DATA_KINDS key
    period_months: int
    start_event: str  # DELETION_STARTS key
    reason: str
    updated_at: str = ""
    updated_by: str = ""

    @property
    def deletion_class(self) -> str:
        """„3 Jahre nach letztem Kontakt“: the Löschklasse in words."""
        phrase = _AFTER.get(self.start_event)
        return translate("Privacy", phrase).format(period=period_text(self.period_months)) if phrase else ""

    def due_on(self, start: date) -> date:
        """The day the period that began on ``start`` runs out."""
        return months_after(start, self.period_months)


def period_text(months: int) -> str:
    """„3 Jahre“, „18 Monate“, „1 Monat“."""
    if months and months % 12 == 0:
        years = months // 12
        return translate("Privacy", "1 Jahr") if years == 1 else translate("Privacy", "{n} Jahre").format(n=years)
    return translate("Privacy", "1 Monat") if months == 1 else translate("Privacy", "{n} Monate").format(n=months)


def months_after(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier for negative); the month's last day where it is shorter;
    date.max beyond the calendar (an end date typed as 31.12.9999)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if year > date.max.year:
        return date.max
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


_PERIOD_LABEL = QT_TRANSLATE_NOOP("Fields", "Frist")
_AFTER = {
    "letzter_kontakt": QT_TRANSLATE_NOOP("Privacy", "{period} nach dem letzten Kontakt"),
    "kooperationsende": QT_TRANSLATE_NOOP("Privacy", "{period} nach Ende der Kooperation"),
    "einwilligung": QT_TRANSLATE_NOOP("Privacy", "{period} nach Erteilung der Einwilligung"),
}


class DeletionRuleService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def list(self) -> list[DeletionRule]:
        """The rules in the order of the kinds of data."""
        rows = {row["kind"]: row for row in self._ws.database.query("SELECT * FROM deletion_rule")}
        return [DeletionRule(**rows[kind]) for kind in DATA_KINDS.keys if kind in rows]

    def by_kind(self) -> dict[str, DeletionRule]:
        return {rule.kind: rule for rule in self.list()}

    def restore(self, rules: builtins.list[DeletionRule]) -> None:
        """Store rules as they are, with who changed them when (reading a full export)."""
        with self._ws.database.write():
            for rule in rules:
                self._store(rule)

    def update(self, rule: DeletionRule) -> DeletionRule:
        """Store a changed rule with who changed it when; a German ValidationError for bad values."""
        if rule.kind not in DATA_KINDS.keys:
            raise ValidationError.single("kind", translate("Fields", "Art der Daten"), translate(
                "Validation", "„{value}“ ist nicht vorgesehen.").format(value=rule.kind))
        if rule.start_event not in DELETION_STARTS.keys:
            raise ValidationError.single("start_event", translate("Fields", "Beginn der Frist"), translate(
                "Validation", "„{value}“ ist nicht vorgesehen.").format(value=rule.start_event))
        if not 0 <= rule.period_months <= MAX_PERIOD_MONTHS:
            raise ValidationError.single("period_months", translate("Fields", _PERIOD_LABEL), translate(
                "Validation", "Die Frist muss zwischen 0 und {most} Monaten liegen.").format(most=MAX_PERIOD_MONTHS))
        reason = rule.reason.strip()
        if len(reason) > LONG_TEXT_MAX:
            raise ValidationError.single("reason", translate("Fields", "Begründung"), too_long(len(reason), LONG_TEXT_MAX))
        stored = DeletionRule(rule.kind, rule.period_months, rule.start_event, reason, now_utc(), self._ws.user)
        with self._ws.database.write():
            self._store(stored)
        return stored

    def _store(self, rule: DeletionRule) -> None:
        self._ws.database.execute(
            "INSERT INTO deletion_rule (kind, period_months, start_event, reason, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET period_months = excluded.period_months, "
            "start_event = excluded.start_event, reason = excluded.reason, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            [rule.kind, rule.period_months, rule.start_event, rule.reason, rule.updated_at, rule.updated_by],
        )
