"""Access request (Art. 15): one export holds everything stored about the person, as JSON and PDF."""

from __future__ import annotations

import errno
import json
import os
from datetime import date

import pytest
from pypdf import PdfReader

from sic_desktop.core.errors import StorageError
from sic_desktop.core.models import Note
from sic_desktop.privacy.access_export import export_access_request


@pytest.fixture
def unlinked(workspace, subject) -> Note:
    """A note that names the person in its text without a link: for the manual check."""
    return workspace.notes.create(
        Note(title="Stadtteilrunde", note_date=date(2026, 3, 3), text="Frau Quästenberg kommt auch.")
    )


def test_json_holds_record_links_history_and_unlinked_mentions(workspace, subject, unlinked, tmp_path):
    json_path, pdf_path = export_access_request(workspace, subject.person.id, tmp_path, today=date(2026, 11, 25))

    assert (json_path.name, pdf_path.name) == ("auskunft-kontakt-1-2026-11-25.json", "auskunft-kontakt-1-2026-11-25.pdf")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    person = data["person"]
    assert (person["first_name"], person["last_name"], person["emails"]) == (
        "Wilhelmine",
        "Quästenberg",
        ["w.quaestenberg@example.org"],
    )
    assert (person["legal_basis"], person["consent_date"]) == ("einwilligung", "2020-02-03")
    assert [m["function"] for m in person["memberships"]] == ["Vorsitzende"]
    assert [(c["title"], c["role"]) for c in data["cooperations"]] == [("Nachbarschaftsladen Marten", "beteiligt")]
    assert sorted(n["title"] for n in data["notes"]) == ["Vorgespräch", "Workshop Nachbarschaftsladen"]
    assert sorted(f["text"] for f in data["followups"]) == ["Protokoll verschicken", "Wegen Beirat anrufen"]
    assert [d["reason"] for d in data["keep_decisions"]] == ["Beiratsmitglied bis 2025"]
    assert [h["action"] for h in data["history"]] == ["kept", "created"]
    assert [(m["record"], m["fields"]) for m in data["unlinked_mentions"]] == [(str(unlinked.ref), ["text"])]


def test_pdf_is_readable_and_marks_the_manual_check(workspace, subject, unlinked, tmp_path):
    _, pdf_path = export_access_request(workspace, subject.person.id, tmp_path)
    text = " ".join(page.extract_text() for page in PdfReader(pdf_path).pages)
    for expected in (
        "Auskunft nach Art. 15 DSGVO",
        "Quästenberg",
        "w.quaestenberg@example.org",
        "Vorsitzende",
        "Nachbarschaftsladen Marten",
        "Workshop Nachbarschaftsladen",
        "Wegen Beirat anrufen",
        "Beiratsmitglied bis 2025",
        "Änderungsprotokoll",
        "Zur internen Prüfung vor der Herausgabe",
        "Stadtteilrunde",
    ):
        assert expected in text, expected


def test_a_full_disk_leaves_no_half_written_file(workspace, subject, tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, stream):
            self._stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._stream.close()

        def write(self, text):
            raise OSError(errno.ENOSPC, "Auf dem Gerät ist kein Speicherplatz mehr verfügbar")

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    target = tmp_path / "auskunft"
    with pytest.raises(StorageError, match="konnte nicht geschrieben werden"):
        export_access_request(workspace, subject.person.id, target)
    assert list(target.iterdir()) == []


def test_the_access_request_names_the_source_and_is_logged_without_the_name(workspace, subject, tmp_path):
    person = workspace.persons.get(subject.person.id)
    person.source, person.source_note = "dritte", "Liste des Quartiersbüros Marten"
    workspace.persons.update(person)
    json_path, pdf_path = export_access_request(workspace, person.id, tmp_path, reason="Brief vom 20.11.2026")
    data = json.loads(json_path.read_text(encoding="utf-8"))["person"]
    assert (data["source"], data["source_note"]) == ("dritte", "Liste des Quartiersbüros Marten")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf_path).pages).split())
    assert "Herkunft der Daten von Dritten" in text and "Liste des Quartiersbüros Marten" in text  # Art. 15 Abs. 1 g
    [entry] = workspace.privacy_log.entries()
    assert (entry.action, entry.subject, entry.reason) == ("auskunft", f"Kontakt Nr. {person.id}", "Brief vom 20.11.2026")


def test_the_objection_and_its_day_are_in_the_json_and_the_pdf(workspace, subject, tmp_path):
    person = workspace.persons.get(subject.person.id)
    person.objection, person.objection_date = True, date(2026, 10, 1)
    workspace.persons.update(person)
    json_path, pdf_path = export_access_request(workspace, person.id, tmp_path)
    stored = json.loads(json_path.read_text(encoding="utf-8"))["person"]
    assert (stored["objection"], stored["objection_date"]) == (True, "2026-10-01")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf_path).pages).split())
    assert "Widerspruch (Art. 21) ja" in text and "Widerspruch vom 01.10.2026" in text
