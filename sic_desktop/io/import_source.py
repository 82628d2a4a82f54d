"""Where an imported contact came from (Art. 14 DSGVO): the file and the day, set on every contact an
import creates, so the Datenschutz-Prüfliste can ask whether the person was told."""

from __future__ import annotations

from datetime import date

from sic_desktop.core.dates import format_date
from sic_desktop.core.dates import today as current_day
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Person

_NAME_MAX = 200  # the note is a short text (300 characters at most)


def mark_imported(person: Person, file_name: str, day: date | None = None) -> None:
    """Set source „Import“ and „Datei „kontakte.csv“, importiert am 02.12.2026“, unless a source is already set."""
    if person.source:
        return
    name = file_name if len(file_name) <= _NAME_MAX else file_name[: _NAME_MAX - 1] + "…"
    person.source = "import"
    person.source_note = translate("Import", "Datei „{file}“, importiert am {date}").format(
        file=name, date=format_date(day or current_day())
    )
