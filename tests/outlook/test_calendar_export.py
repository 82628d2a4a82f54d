"""Follow-ups as an .ics file: read back with the icalendar parser, as Outlook would read it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar

from sic_desktop.cli import main
from sic_desktop.core.models import FollowUp, Note, Organisation, Person
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.workspace import Workspace


def _events(path: Path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def _data(ws: Workspace) -> dict[str, int]:
    org = ws.organisations.create(Organisation(name="Quartiersinitiative Marten e.V.", sector="zivilgesellschaft"))
    person = ws.persons.create(Person(first_name="Anna", last_name="Schäfer", legal_basis="einwilligung"))
    note = ws.notes.create(Note(title="Workshop Marten", kind="workshopprotokoll", note_date=date(2026, 11, 20), organisation_ids=[org.id]))
    def followup(text: str, target: RecordRef, due: date) -> int:
        return ws.followups.create(FollowUp(text=text, target=target, due_date=due, responsible="Kim")).id
    return {
        "org": org.id,
        "call": followup("Frau Schäfer anrufen", RecordRef(RecordType.PERSON, person.id), date(2026, 3, 3)),
        "invite": followup("Einladung verschicken", RecordRef(RecordType.ORGANISATION, org.id), date(2026, 12, 1)),
        "minutes": followup("Protokoll rumschicken", RecordRef(RecordType.NOTE, note.id), date(2026, 12, 4)),
    }


def test_all_open_followups_become_all_day_entries_with_a_reminder(workspace, data_dir, tmp_path, capsys):
    ids = _data(workspace)
    workspace.followups.set_done(ids["minutes"])
    target = tmp_path / "wiedervorlagen.ics"
    assert main(["kalender", "-o", str(target)]) == 0
    assert capsys.readouterr().out.startswith("2 Wiedervorlagen in den Kalender exportiert. Datei:")
    events = _events(target)
    assert set(events) == {"Wiedervorlage: Frau Schäfer anrufen", "Wiedervorlage: Einladung verschicken"}
    call = events["Wiedervorlage: Frau Schäfer anrufen"]
    assert call.decoded("dtstart") == date(2026, 3, 3)
    assert call.decoded("dtend") == date(2026, 3, 4)
    assert "Bezug: Kontakt „Anna Schäfer“" in str(call["description"])
    assert "Zuständig: Kim" in str(call["description"])
    alarm = call.walk("VALARM")[0]
    assert alarm.decoded("trigger") == timedelta(hours=9)


def test_done_followups_chosen_by_number_are_counted_not_dropped(workspace, data_dir, tmp_path, capsys):
    ids = _data(workspace)
    workspace.followups.set_done(ids["minutes"])
    target = tmp_path / "auswahl.ics"
    assert main(["kalender", "-o", str(target), str(ids["call"]), str(ids["minutes"])]) == 0
    out = capsys.readouterr().out
    assert "1 Wiedervorlage in den Kalender exportiert. 1 erledigte nicht exportiert." in out
    assert list(_events(target)) == ["Wiedervorlage: Frau Schäfer anrufen"]


def test_an_organisation_brings_the_followups_of_its_notes(workspace, data_dir, tmp_path):
    ids = _data(workspace)
    target = tmp_path / "org.ics"
    assert main(["kalender", "-o", str(target), "--organisation", str(ids["org"])]) == 0
    assert set(_events(target)) == {"Wiedervorlage: Einladung verschicken", "Wiedervorlage: Protokoll rumschicken"}


def test_exporting_again_keeps_the_uid_and_raises_the_sequence(workspace, data_dir, tmp_path):
    ids = _data(workspace)
    first, second = tmp_path / "1.ics", tmp_path / "2.ics"
    assert main(["kalender", "-o", str(first), str(ids["call"])]) == 0
    followup = workspace.followups.get(ids["call"])
    followup.due_date = date(2026, 3, 10)
    workspace.followups.update(followup)
    assert main(["kalender", "-o", str(second), str(ids["call"])]) == 0
    before = _events(first)["Wiedervorlage: Frau Schäfer anrufen"]
    after = _events(second)["Wiedervorlage: Frau Schäfer anrufen"]
    assert str(before["uid"]) == str(after["uid"])
    assert int(after["sequence"]) > int(before["sequence"])
    assert after.decoded("dtstart") == date(2026, 3, 10)


def test_two_data_folders_give_different_uids(tmp_path):
    uids = []
    for name in ("a", "b"):
        with Workspace.open(tmp_path / name, user="t") as ws:
            ids = _data(ws)
            path = tmp_path / f"{name}.ics"
            assert main(["--data-dir", str(tmp_path / name), "kalender", "-o", str(path), str(ids["call"])]) == 0
            uids.append(str(_events(path)["Wiedervorlage: Frau Schäfer anrufen"]["uid"]))
    assert uids[0] != uids[1]


def test_the_folder_name_is_no_data_change(workspace, tmp_path):
    _data(workspace)
    generation = workspace.database.generation()
    assert main(["kalender", "-o", str(tmp_path / "x.ics")]) == 0
    assert workspace.database.generation() == generation


def test_a_wrong_number_is_a_german_error_and_writes_nothing(workspace, data_dir, tmp_path, capsys):
    _data(workspace)
    target = tmp_path / "x.ics"
    assert main(["kalender", "-o", str(target), "--kontakt", "99"]) == 1
    assert "Kontakt Nr. 99 gibt es nicht" in capsys.readouterr().err
    assert not target.exists()
