"""„In den Kalender exportieren (.ics) …“ in the follow-up list and on an organisation."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar

from sic_desktop.core.models import FollowUp, Organisation
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.ui.lists.list_page import ListPage


def test_the_selected_followup_goes_into_the_chosen_ics_file(qtbot, window, workspace, answers, tmp_path):
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß", sector="zivilgesellschaft"))
    target = RecordRef(RecordType.ORGANISATION, org.id)
    chosen = workspace.followups.create(FollowUp(text="Antrag nachfassen", target=target, due_date=date(2026, 12, 7)))
    workspace.followups.create(FollowUp(text="Andere Aufgabe", target=target, due_date=date(2026, 12, 9)))
    page = window.go_to("followup")
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    page.show_record(RecordRef(RecordType.FOLLOWUP, chosen.id))
    qtbot.waitUntil(lambda: page.selected_refs() == [RecordRef(RecordType.FOLLOWUP, chosen.id)], timeout=10_000)
    path = tmp_path / "kalender.ics"
    answers.files.append(path)

    page.actions["calendar"].trigger()

    qtbot.waitUntil(path.exists, timeout=10_000)
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Wiedervorlage: Antrag nachfassen"]
    qtbot.waitUntil(lambda: "1 Wiedervorlage in den Kalender exportiert." in window.statusBar().currentMessage(), timeout=10_000)


def test_an_organisation_exports_all_its_open_followups(qtbot, window, workspace, answers, tmp_path):
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß", sector="zivilgesellschaft"))
    target = RecordRef(RecordType.ORGANISATION, org.id)
    for day in (7, 9):
        workspace.followups.create(FollowUp(text=f"Aufgabe {day}", target=target, due_date=date(2026, 12, day)))
    page = window.go_to("organisation")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.show_record(target)
    qtbot.waitUntil(lambda: page.selected_refs() == [target], timeout=10_000)
    path = tmp_path / "org.ics"
    answers.files.append(path)

    page.actions["calendar"].trigger()

    qtbot.waitUntil(path.exists, timeout=10_000)
    assert len(Calendar.from_ical(path.read_bytes()).walk("VEVENT")) == 2
