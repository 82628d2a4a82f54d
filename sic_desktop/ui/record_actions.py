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

from sic_desktop.core.i18n import number
from sic_desktop.core.models import FOLLOWUP_TARGET_TYPES
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace
from sic_desktop.ui import lazy, messages
from sic_desktop.ui.context import AppContext
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
    run: Callable[[AppContext, list[RecordRef], QWidget], object]  # what it returns is not used
    shortcut: str | None = None
    toolbar: bool = True  # a button above the list; rare actions live in the menus only
    page_wide: bool = False  # the shortcut works in the editor too, not only in the list


def trash_records(ctx: AppContext, refs: list[RecordRef], parent: QWidget,
                  then: Callable[[], None] | None = None) -> None:
    """Move to the Papierkorb, after asking when other records link to them; one undo step puts them all back.
    The links are counted on the reader lane, the question follows when they arrive; ``then`` runs once
    the records are in the Papierkorb (not if the user chose not to)."""

    def count_links(ws: Workspace) -> tuple[dict[RecordType, int], str]:
        links = ws.links.live_links(refs)
        title = ws.titles(refs[:1]).get(refs[0], "") if links and len(refs) == 1 else ""
        return links, title

    def done(count: int) -> None:
        ctx.undo.push(UndoStep(QCoreApplication.translate("RecordActions", "In den Papierkorb legen"),
                               lambda ws: ws.trash.take_back(refs), lambda ws: ws.trash.put(refs)))
        ctx.status_message.emit(QCoreApplication.translate(
            "RecordActions", "{count} in den Papierkorb gelegt. Rückgängig mit Strg+Z.").format(count=_count(count)))
        if then is not None:
            then()

    def ask(counted_links: tuple[dict[RecordType, int], str]) -> None:
        links, title = counted_links
        if links and not messages.confirm(parent, _links_question(refs, links, title),
                                          QCoreApplication.translate("RecordActions", "In den Papierkorb legen")):
            return
        ctx.ops.write(parent, lambda ws: ws.trash.put(refs)).success(done).run()

    ctx.ops.read(parent, count_links).success(ask).run()


def _links_question(refs: list[RecordRef], links: dict[RecordType, int], title: str) -> str:
    """„„Stiftung Dortmund“ ist mit 4 Einträgen verknüpft (2 Kontakte, 1 Kooperation, 1 Wiedervorlage). …“"""
    total = sum(links.values())
    with_total = (
        QCoreApplication.translate("RecordActions", "einem Eintrag")
        if total == 1
        else QCoreApplication.translate("RecordActions", "{n} Einträgen").format(n=total)
    )
    kinds = ", ".join(
        f"{count} {record_type.label if count == 1 else record_type.plural}"
        for record_type, count in sorted(links.items(), key=lambda item: list(RecordType).index(item[0]))
    )
    if len(refs) == 1:
        first = QCoreApplication.translate("RecordActions", "„{title}“ ist mit {total} verknüpft ({kinds}).").format(title=title, total=with_total, kinds=kinds)
    else:
        first = QCoreApplication.translate("RecordActions", "Die {n} gewählten Einträge sind mit {total} verknüpft ({kinds}).").format(
            n=len(refs), total=with_total, kinds=kinds
        )
    return first + "\n\n" + QCoreApplication.translate("RecordActions",
        "Was im Papierkorb liegt, erscheint nicht mehr in Listen, Suche und Briefings, auch nicht seine offenen "
        "Wiedervorlagen. Aus dem Papierkorb lässt es sich wiederherstellen (sofort auch mit Strg+Z)."
    )


def toggle_done(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """Tick follow-ups as done, or open again when all chosen ones are done; undo restores each one's state."""

    def toggle(ws: Workspace) -> dict[int, bool]:
        followups = ws.followups.get_many([ref.id for ref in refs], include_trashed=False)
        done = not all(f.done for f in followups)
        return ws.followups.set_done_many({f.id: done for f in followups if f.id is not None})

    def toggled(before: dict[int, bool]) -> None:
        after = {followup_id: not was for followup_id, was in before.items()}
        if all(after.values()):
            label = QCoreApplication.translate("RecordActions", "Als erledigt markieren")
        else:
            label = QCoreApplication.translate("RecordActions", "Wieder öffnen")
        ctx.undo.push(UndoStep(label, lambda ws: ws.followups.set_done_many(before), lambda ws: ws.followups.set_done_many(after)))
        ctx.status_message.emit(QCoreApplication.translate("RecordActions", "{label}: {count}. Rückgängig mit Strg+Z.").format(
            label=label, count=_count(len(before))))

    ctx.ops.write(parent, toggle).success(toggled).run()


def new_followup(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """A new follow-up linked to the (first) chosen record, in the Wiedervorlagen editor."""
    ctx.new_requested.emit(RecordType.FOLLOWUP, {"target": refs[0]})


def new_note(ctx: AppContext, refs: list[RecordRef], parent: QWidget) -> None:
    """A new note linked to the chosen organisations, contacts or cooperations."""
    fields = {RecordType.ORGANISATION: "organisation_ids", RecordType.PERSON: "person_ids", RecordType.COOPERATION: "cooperation_ids"}
    values: dict[str, list[int]] = {}
    for ref in refs:
        values.setdefault(fields[ref.type], []).append(ref.id)
    ctx.new_requested.emit(RecordType.NOTE, values)


def _count(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("RecordActions", "1 Eintrag")
    return QCoreApplication.translate("RecordActions", "{n} Einträge").format(n=number(count))


RECORD_ACTIONS: list[RecordAction] = [
    RecordAction("briefing", lambda: QCoreApplication.translate("RecordActions", "&Briefing als PDF …"), "briefing",
                 BRIEFED_TYPES, lazy.brief_records, shortcut="Ctrl+Shift+B"),
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
    RecordAction("new_followup", lambda: QCoreApplication.translate("RecordActions", "&Wiedervorlage anlegen …"), "followup",
                 frozenset(FOLLOWUP_TARGET_TYPES), new_followup, shortcut="Ctrl+Shift+W", toolbar=False, page_wide=True),
    RecordAction("new_note", lambda: QCoreApplication.translate("RecordActions", "Neue &Notiz zu …"), "note",
                 BRIEFED_TYPES, new_note, shortcut="Ctrl+Shift+J", toolbar=False, page_wide=True),
    RecordAction("calendar", lambda: QCoreApplication.translate("RecordActions", "In den &Kalender exportieren (.ics) …"),
                 "export", frozenset({RecordType.FOLLOWUP}) | BRIEFED_TYPES, lazy.export_calendar,
                 toolbar=False),
    RecordAction("mail_merge", lambda: QCoreApplication.translate("RecordActions", "&Serienbrief-Datenquelle (Word) …"),
                 "export", PERSONS, lazy.export_mail_merge_selected, toolbar=False),
    # Rare and weighty: in the context menu and the „Datensatz“ menu, not as buttons.
    RecordAction("impact_report", lambda: QCoreApplication.translate("RecordActions", "W&irkungsbericht (PDF oder Word) …"),
                 "impact", frozenset({RecordType.COOPERATION}),
                 lazy.report_for_cooperations, toolbar=False),
    RecordAction("history", lambda: QCoreApplication.translate("RecordActions", "Änderungsp&rotokoll …"),
                 "history", ALL_TYPES, lazy.show_history, toolbar=False),
    RecordAction("access_request", lambda: QCoreApplication.translate("RecordActions", "A&uskunft nach Art. 15 DSGVO exportieren …"),
                 "export", PERSONS, lazy.export_access, toolbar=False),
    RecordAction("anonymise", lambda: QCoreApplication.translate("RecordActions", "&Anonymisieren (Art. 17 DSGVO) …"),
                 "anonymise", PERSONS, lazy.anonymise_person, toolbar=False),
    RecordAction("erase", lambda: QCoreApplication.translate("RecordActions", "Endgültig &löschen (Art. 17 DSGVO) …"),
                 "delete", PERSONS, lazy.delete_person, toolbar=False),
]


def actions_for(record_type: RecordType) -> list[RecordAction]:
    return [action for action in RECORD_ACTIONS if record_type in action.types]
