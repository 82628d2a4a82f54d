"""Actions on selected records, per record type: the one list later features extend.

The list page shows each action that applies to its type as a button, in the
context menu and in the „Datensatz“ menu. A new action (e.g. „Briefing als PDF“)
is one more ``RecordAction`` in ``RECORD_ACTIONS``; its ``run`` gets the page's
context, the chosen records and a parent widget for dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sic_desktop.core.models import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.lazy import later
from sic_desktop.ui.undo import UndoStep

ALL_TYPES = frozenset(RecordType) - {RecordType.THEME}
PERSONS = frozenset({RecordType.PERSON})



# Records with a briefing of their own (theme fields have the report in the menu).
BRIEFED_TYPES = frozenset({RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION})


@dataclass(frozen=True)
class RecordAction:
    key: str
    text: Callable[[], str]  # translated when the menu is built
    icon: str
    types: frozenset[RecordType]
    run: Callable[[AppContext, list[RecordRef], QWidget], None]
    shortcut: str | None = None
    toolbar: bool = True  # a button above the list; rare actions live in the menus only


def trash_records(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """Move to the Papierkorb; one undo step puts them all back."""

    def trash(ws: Workspace) -> int:
        with ws.database.write():
            for ref in refs:
                ws.service(ref.type).trash(ref.id)
        return len(refs)

    def restore(ws: Workspace) -> None:
        with ws.database.write():
            for ref in refs:
                if ws.service(ref.type).exists(ref.id, include_trashed=True):
                    ws.service(ref.type).restore(ref.id)

    def done(count: int) -> None:
        ctx.undo.push(UndoStep(QCoreApplication.translate("RecordActions", "In den Papierkorb legen"), restore))
        ctx.status_message.emit(
            QCoreApplication.translate("RecordActions", "{count} in den Papierkorb gelegt. Rückgängig mit Strg+Z.").format(count=_count(count))
        )

    ctx.ops.write(parent, trash).success(done).run()


def toggle_done(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """Tick follow-ups as done, or open again when all chosen ones are done."""

    def toggle(ws: Workspace) -> None:
        followups = ws.followups.get_many([ref.id for ref in refs], include_trashed=False)
        done = not all(f.done for f in followups)
        with ws.database.write():
            for followup in followups:
                ws.followups.set_done(followup.id, done)

    ctx.ops.write(parent, toggle).run()


def _count(count: int) -> str:
    return QCoreApplication.translate("RecordActions", "1 Eintrag") if count == 1 else QCoreApplication.translate("RecordActions", "{n} Einträge").format(n=f"{count:,}".replace(",", "."))


RECORD_ACTIONS: list[RecordAction] = [
    RecordAction("briefing", lambda: QCoreApplication.translate("RecordActions", "&Briefing als PDF …"), "briefing", BRIEFED_TYPES, later("sic_desktop.ui.briefing", "brief_records"), shortcut="Ctrl+Shift+B"),
    RecordAction(
        "trash", lambda: QCoreApplication.translate("RecordActions", "In den &Papierkorb"), "trash", ALL_TYPES, trash_records, shortcut="Del"
    ),
    RecordAction(
        "done",
        lambda: QCoreApplication.translate("RecordActions", "&Erledigt / wieder offen"),
        "done",
        frozenset({RecordType.FOLLOWUP}),
        toggle_done,
        shortcut="Ctrl+Return",
    ),
    RecordAction("calendar", lambda: QCoreApplication.translate("RecordActions", "In den &Kalender exportieren (.ics) …"),
                 "export", frozenset({RecordType.FOLLOWUP}) | BRIEFED_TYPES, later("sic_desktop.ui.outlook.calendar_action", "export_calendar"),
                 toolbar=False),
    RecordAction("mail_merge", lambda: QCoreApplication.translate("RecordActions", "&Serienbrief-Datenquelle (Word) …"),
                 "export", PERSONS, later("sic_desktop.ui.outlook.mail_merge_action", "export_selected"), toolbar=False),
    # Rare and weighty: in the context menu and the „Datensatz“ menu, not as buttons.
    RecordAction("history", lambda: QCoreApplication.translate("RecordActions", "Änderungs&protokoll …"),
                 "history", ALL_TYPES, later("sic_desktop.ui.privacy.actions", "show_history"), toolbar=False),
    RecordAction("access_request", lambda: QCoreApplication.translate("RecordActions", "A&uskunft nach Art. 15 DSGVO exportieren …"),
                 "export", PERSONS, later("sic_desktop.ui.privacy.actions", "export_access"), toolbar=False),
    RecordAction("anonymise", lambda: QCoreApplication.translate("RecordActions", "&Anonymisieren (Art. 17 DSGVO) …"),
                 "anonymise", PERSONS, later("sic_desktop.ui.privacy.actions", "anonymise_person"), toolbar=False),
    RecordAction("erase", lambda: QCoreApplication.translate("RecordActions", "Endgültig &löschen (Art. 17 DSGVO) …"),
                 "delete", PERSONS, later("sic_desktop.ui.privacy.actions", "delete_person"), toolbar=False),
]


def actions_for(record_type: RecordType) -> list[RecordAction]:
    return [action for action in RECORD_ACTIONS if record_type in action.types]
