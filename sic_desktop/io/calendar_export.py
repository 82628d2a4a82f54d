"""Follow-ups (Wiedervorlagen) as an iCalendar file that Outlook opens.

Each open follow-up becomes an all-day entry on its due date with a reminder at
9 o'clock that day; it blocks no time in the calendar. The entry's UID is made of
the data folder's random name and the follow-up's number, and its SEQUENCE is the
follow-up's version: exporting again after a change updates the entry in Outlook
instead of adding a second one. Done follow-ups and those without a date are not
written, and the result counts them, so nothing is left out without a word.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from sic_desktop.core.folder_identity import folder_identity
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import FollowUp
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.atomic_file import atomic_text_file

REMINDER_AFTER_MIDNIGHT = timedelta(hours=9)
# Records whose open follow-ups can be exported together (with those of their notes).
OWNER_TYPES = frozenset({RecordType.ORGANISATION, RecordType.PERSON, RecordType.COOPERATION})


@dataclass(frozen=True)
class CalendarExport:
    written: int
    done_left_out: int
    undated_left_out: int

    def summary(self) -> str:
        """One German sentence for the status bar or the command line."""
        if self.written == 1:
            text = translate("Calendar", "1 Wiedervorlage in den Kalender exportiert.")
        else:
            text = translate("Calendar", "{count} Wiedervorlagen in den Kalender exportiert.").format(count=self.written)
        if self.done_left_out:
            text += " " + translate("Calendar", "{count} erledigte nicht exportiert.").format(count=self.done_left_out)
        if self.undated_left_out:
            text += " " + translate("Calendar", "{count} ohne Fälligkeitsdatum nicht exportiert.").format(
                count=self.undated_left_out
            )
        return text


def followups_to_export(
    workspace: Workspace, *, followup_ids: Iterable[int] = (), owners: Iterable[RecordRef] = ()
) -> list[FollowUp]:
    """The chosen follow-ups, plus every open one of the ``owners`` and of the notes linked to them.

    Neither given: all open follow-ups of live records.
    """
    followup_ids, owners = list(followup_ids), list(owners)
    if not followup_ids and not owners:
        return workspace.followups.list(ListQuery(done=False))
    chosen = workspace.followups.get_many(list(dict.fromkeys(followup_ids)), include_trashed=False)
    if owners:
        notes = [ref for ref in workspace.links.linked_refs(owners) if ref.type is RecordType.NOTE]
        chosen += workspace.followups.for_records(owners + notes)
    unique = {followup.id: followup for followup in chosen}
    return sorted(unique.values(), key=lambda f: (f.due_date is None, f.due_date, f.id or 0))


def export_followups_ics(workspace: Workspace, followups: Iterable[FollowUp], path: Path) -> CalendarExport:
    """Write ``followups`` to ``path`` (replaced whole, or left as it was on failure)."""
    identity = folder_identity(workspace)
    calendar = Calendar()
    calendar.add("prodid", "-//SIC Desktop//Wiedervorlagen//DE")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", translate("Calendar", "SIC Desktop – Wiedervorlagen"))
    written = done = undated = 0
    stamp = datetime.now(UTC).replace(microsecond=0)
    for followup in followups:
        if followup.done:
            done += 1
        elif followup.due_date is None:
            undated += 1
        else:
            calendar.add_component(_event(followup, identity, stamp))
            written += 1
    with atomic_text_file(path, encoding="utf-8") as stream:
        stream.write(calendar.to_ical().decode("utf-8"))
    return CalendarExport(written, done, undated)


def followup_uid(identity: str, followup_id: int) -> str:
    """The same for every export of one follow-up from one data folder."""
    return f"wiedervorlage-{followup_id}-{identity}@sic-desktop"


def _event(followup: FollowUp, identity: str, stamp: datetime) -> Event:
    assert followup.id is not None and followup.due_date is not None
    event = Event()
    event.add("uid", followup_uid(identity, followup.id))
    event.add("dtstamp", stamp)
    event.add("sequence", followup.version)
    event.add("dtstart", followup.due_date)
    event.add("dtend", followup.due_date + timedelta(days=1))
    event.add("summary", translate("Calendar", "Wiedervorlage: {text}").format(text=followup.display_title))
    event.add("description", _description(followup))
    event.add("categories", [translate("Calendar", "Wiedervorlage")])
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", followup.display_title)
    alarm.add("trigger", REMINDER_AFTER_MIDNIGHT)
    event.add_component(alarm)
    return event


def _description(followup: FollowUp) -> str:
    lines = [followup.text.strip()]
    if followup.target is not None:
        lines.append(
            translate("Calendar", "Bezug: {type} „{title}“ (Nr. {id})").format(
                type=followup.target.type.label, title=followup.target_title, id=followup.target.id
            )
        )
    if followup.responsible:
        lines.append(translate("Calendar", "Zuständig: {name}").format(name=followup.responsible))
    lines.append(translate("Calendar", "Wiedervorlage Nr. {id} in SIC Desktop").format(id=followup.id))
    return "\n".join(line for line in lines if line)
