"""The briefing dialog's last choices and the last folder, kept in the data folder's ``window.ini``.

Each kind (organisation, person, cooperation, theme field) keeps its own choices:
a yearly theme report and a quick organisation briefing are made differently.
The classification is not kept: it comes from the settings every time, so a
one-off change for one PDF does not stick. IniFormat, never the registry.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from sic_desktop.core.dates import from_iso, to_iso, today
from sic_desktop.core.record_ref import RecordType
from sic_desktop.reports.briefings import BriefingOptions, sections_for
from sic_desktop.ui.briefing.period import QuickPeriod, matching_quick_period

_FOLDER_KEY = "briefing/folder"


class RememberedChoices:
    def __init__(self, data_folder: Path) -> None:
        # The window's own ini (see AppContext.window_state); QSettings shares one file per process.
        self._settings = QSettings(str(data_folder / "window.ini"), QSettings.Format.IniFormat)

    def options(self, kind: RecordType) -> BriefingOptions:
        """The choices made last time for ``kind``, or the defaults; a quick period is recomputed for today."""
        group = f"briefing/{kind.value}/"
        def text(key: str) -> str:
            return str(self._settings.value(group + key, "", type=str))

        def flag(key: str, default: bool) -> bool:
            return bool(self._settings.value(group + key, default, type=bool))

        defaults = BriefingOptions()
        quick = text("period")
        if quick in {choice.value for choice in QuickPeriod}:
            date_from, date_to = QuickPeriod(quick).dates(today())
        else:
            date_from, date_to = _day(text("from")), _day(text("to"))
        omitted = set(text("omitted_sections").split(","))
        chosen = frozenset(section for section, _ in sections_for(kind) if section.value not in omitted)
        return BriefingOptions(
            date_from=date_from,
            date_to=date_to,
            sections=None if len(chosen) == len(sections_for(kind)) else chosen,
            recent_notes=_count(text("recent_notes"), defaults.recent_notes),
            full_note_texts=flag("full_note_texts", defaults.full_note_texts),
            with_contact_data=flag("with_contact_data", defaults.with_contact_data),
        )

    def remember(self, kind: RecordType, options: BriefingOptions) -> None:
        group = f"briefing/{kind.value}/"
        quick = matching_quick_period(options.date_from, options.date_to, today())
        self._settings.setValue(group + "period", quick.value if quick else "")
        self._settings.setValue(group + "from", to_iso(options.date_from) or "")
        self._settings.setValue(group + "to", to_iso(options.date_to) or "")
        omitted = [section.value for section, _ in sections_for(kind) if not options.includes(section)]
        self._settings.setValue(group + "omitted_sections", ",".join(omitted))
        self._settings.setValue(group + "recent_notes", options.recent_notes)
        self._settings.setValue(group + "full_note_texts", options.full_note_texts)
        self._settings.setValue(group + "with_contact_data", options.with_contact_data)
        self._settings.sync()

    def folder(self) -> Path:
        """Where the save dialog starts: the folder used last, else the user's documents."""
        last = str(self._settings.value(_FOLDER_KEY, "", type=str))
        if last and Path(last).is_dir():
            return Path(last)
        return documents_folder()

    def remember_folder(self, folder: Path) -> None:
        self._settings.setValue(_FOLDER_KEY, str(folder))
        self._settings.sync()


def _day(text: str) -> date | None:
    """A remembered date; None for nothing or for a hand-edited line that is no date."""
    try:
        return from_iso(text or None)
    except ValueError:
        return None


def _count(text: str, default: int) -> int:
    return int(text) if text.isdigit() else default


def documents_folder() -> Path:
    """The user's „Dokumente“ folder (the home folder if the system names none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()

