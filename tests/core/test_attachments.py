"""Attachments in the core: stored by checksum, limited in size, with their record in trash and erasure."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from sic_desktop.core import attachment_store
from sic_desktop.core.errors import NotFoundError, SicError
from sic_desktop.core.models import Note, Organisation, Person
from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import erase

FIXTURE = Path(__file__).parent / "fixtures" / "database_v6.sqlite3"


def _all_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in folder.rglob("*") if path.is_file())


def test_a_file_is_stored_by_checksum_once_and_listed_by_name(workspace, tmp_path):
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß", sector="zivilgesellschaft"))
    source = tmp_path / "Protokoll Stiftungstag.pdf"
    source.write_bytes(b"%PDF-1.4 Protokoll")
    first = workspace.attachments.add(org.ref, source)
    second = workspace.attachments.add(org.ref, source, name="Kopie.pdf")

    assert [a.name for a in workspace.attachments.for_record(org.ref)] == ["Kopie.pdf", "Protokoll Stiftungstag.pdf"]
    assert first.sha256 == hashlib.sha256(b"%PDF-1.4 Protokoll").hexdigest() == second.sha256
    assert first.media_type == "application/pdf" and first.size == 18
    assert workspace.attachments.store.stored() == {first.sha256}
    copy = workspace.attachments.copy_to(first, tmp_path / "out")
    assert copy.name == "Protokoll Stiftungstag.pdf" and copy.read_bytes() == b"%PDF-1.4 Protokoll"


def test_a_file_above_the_limit_is_refused_in_german_and_leaves_nothing(workspace, monkeypatch):
    monkeypatch.setattr(attachment_store, "MAX_ATTACHMENT_BYTES", 1000)
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß", sector="zivilgesellschaft"))
    with pytest.raises(SicError, match=r"„Film.mp4“ ist größer als 0 MB und wurde nicht angehängt"):
        workspace.attachments.add_stream(org.ref, io.BytesIO(b"x" * 1001), "Film.mp4")
    assert workspace.attachments.for_record(org.ref) == []
    assert list((workspace.folder.root / "attachments").rglob("*.*")) == []


def test_a_damaged_file_is_noticed_when_copied_and_by_the_check(workspace, tmp_path):
    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    attachment = workspace.attachments.add_stream(note.ref, io.BytesIO(b"Flipchart"), "Foto.jpg")
    workspace.attachments.store.path(attachment.sha256).write_bytes(b"Flipchurt")
    with pytest.raises(SicError, match=r"„Foto.jpg“ ist beschädigt"):
        workspace.attachments.copy_to(attachment, tmp_path)
    assert not (tmp_path / "Foto.jpg").exists()
    assert workspace.attachments.check() == ["Der Anhang „Foto.jpg“ ist beschädigt (die Prüfsumme stimmt nicht)."]


def test_attachments_go_to_the_trash_with_their_record_and_vanish_when_it_is_purged(workspace):
    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    attachment = workspace.attachments.add_stream(note.ref, io.BytesIO(b"Flipchart Marten"), "Flipchart.jpg")
    workspace.notes.trash(note.id)
    assert workspace.attachments.for_record(note.ref) == []
    with pytest.raises(NotFoundError):
        workspace.attachments.get(attachment.id)
    workspace.notes.restore(note.id)
    assert [a.id for a in workspace.attachments.for_record(note.ref)] == [attachment.id]
    workspace.notes.trash(note.id)
    workspace.trash.purge(note.ref)
    assert not workspace.attachments.store.path(attachment.sha256).exists()


def test_erasing_a_person_leaves_no_byte_of_their_attachment(workspace):
    person = workspace.persons.create(Person(first_name="Anna", last_name="Schäfer", legal_basis="einwilligung"))
    secret = b"Personalausweis Anna Schaefer 1234567"
    workspace.attachments.add_stream(person.ref, io.BytesIO(secret), "Ausweis.pdf")
    assert secret in _all_bytes(workspace.folder.root / "attachments")
    erase(workspace, person.id)
    assert secret not in _all_bytes(workspace.folder.root)


def test_anonymising_a_person_removes_their_attachments(workspace):
    person = workspace.persons.create(Person(first_name="Anna", last_name="Schäfer", legal_basis="einwilligung"))
    attachment = workspace.attachments.add_stream(person.ref, io.BytesIO(b"Lebenslauf"), "Lebenslauf.docx")
    erase(workspace, person.id, anonymise=True)
    assert workspace.attachments.for_record(person.ref) == []
    assert not workspace.attachments.store.path(attachment.sha256).exists()


def test_a_shared_file_stays_while_another_record_needs_it(workspace):
    anna = workspace.persons.create(Person(first_name="Anna", last_name="Schäfer", legal_basis="einwilligung"))
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß", sector="zivilgesellschaft"))
    workspace.attachments.add_stream(anna.ref, io.BytesIO(b"Einladung"), "Einladung.pdf")
    kept = workspace.attachments.add_stream(org.ref, io.BytesIO(b"Einladung"), "Einladung.pdf")
    erase(workspace, anna.id)
    assert workspace.attachments.store.check(kept.sha256)


def test_a_killed_copy_of_a_large_file_leaves_no_attachment(workspace, tmp_path):
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß", sector="zivilgesellschaft"))
    workspace.close()
    script = textwrap.dedent(f"""
        import os, signal
        from sic_desktop.core.record_ref import RecordRef, RecordType
        from sic_desktop.core.workspace import Workspace

        class Dying:
            read_so_far = 0
            def read(self, size):
                self.read_so_far += size
                if self.read_so_far > 5 * 1024 * 1024:
                    os.kill(os.getpid(), signal.SIGKILL)
                return b"A" * size

        ws = Workspace.open({str(workspace.folder.root)!r}, user="t")
        ws.attachments.add_stream(RecordRef(RecordType.ORGANISATION, {org.id}), Dying(), "Video.mp4")
    """)
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert killed.returncode != 0
    with Workspace.open(workspace.folder.root, user="t") as ws:
        assert ws.attachments.for_record(org.ref) == []
        assert ws.attachments.store.stored() == set(), "no file under a checksum"
        assert ws.attachments.check() == []


def test_version_6_files_get_the_attachment_table_and_keep_their_notes(tmp_path):
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)
    with Workspace.open(tmp_path, user="test") as ws:
        titles = sorted(note.title for note in ws.notes.list())
        assert titles == ["Workshop Vereinbarkeit", "Überlegungen zur Quartiersküche"]
        note = ws.notes.list()[0]
        ws.attachments.add_stream(note.ref, io.BytesIO(b"Protokoll"), "Protokoll.txt")
        assert [a.name for a in ws.attachments.for_record(note.ref)] == ["Protokoll.txt"]
    conn = sqlite3.connect(tmp_path / DATABASE_NAME)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(attachment)")}
    conn.close()
    assert {"note_id", "person_id", "name", "sha256", "size", "text"} <= columns


def test_the_access_request_carries_the_persons_attachments(workspace, tmp_path):
    import json

    from sic_desktop.privacy.access_export import export_access_request

    person = workspace.persons.create(Person(first_name="Anna", last_name="Schäfer", legal_basis="einwilligung"))
    workspace.attachments.add_stream(person.ref, io.BytesIO(b"Einwilligung unterschrieben"), "Einwilligung.pdf")
    json_path, _ = export_access_request(workspace, person.id, tmp_path / "auskunft")
    listed = json.loads(json_path.read_text(encoding="utf-8"))["attachments"]
    assert [entry["name"] for entry in listed] == ["Einwilligung.pdf"]
    assert (json_path.parent / listed[0]["file"]).read_bytes() == b"Einwilligung unterschrieben"


def test_the_full_export_puts_the_files_beside_the_json_and_the_import_restores_them(workspace, tmp_path):
    from sic_desktop.core.progress import run_to_end
    from sic_desktop.io import export_json, import_json

    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    workspace.attachments.add_stream(note.ref, io.BytesIO(b"Flipchart Marten"), "Flipchart.jpg")
    export = tmp_path / "export.json"
    counts = run_to_end(export_json(workspace, export))
    assert counts["attachments"] == 1
    assert len(list((tmp_path / "export-Anhaenge").iterdir())) == 1
    with Workspace.open(tmp_path / "neu", user="t") as restored:
        run_to_end(import_json(restored, export))
        [attachment] = restored.attachments.for_record(note.ref)
        assert attachment.name == "Flipchart.jpg"
        assert restored.attachments.copy_to(attachment, tmp_path / "aus").read_bytes() == b"Flipchart Marten"


def test_an_export_whose_files_are_missing_is_refused_and_stores_nothing(workspace, tmp_path):
    from sic_desktop.core.progress import run_to_end
    from sic_desktop.io import export_json, import_json

    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    workspace.attachments.add_stream(note.ref, io.BytesIO(b"Flipchart Marten"), "Flipchart.jpg")
    export = tmp_path / "export.json"
    run_to_end(export_json(workspace, export))
    shutil.rmtree(tmp_path / "export-Anhaenge")
    with Workspace.open(tmp_path / "neu", user="t") as restored:
        with pytest.raises(SicError, match=r"Die Datei des Anhangs „Flipchart.jpg“ fehlt neben der Exportdatei"):
            run_to_end(import_json(restored, export))
        assert restored.notes.all_ids() == []


def test_backups_hold_the_files_and_a_restore_brings_them_back(workspace, tmp_path):
    from sic_desktop.core.backups import BackupReason, backup_before
    from sic_desktop.core.restore import restore_backup

    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    attachment = workspace.attachments.add_stream(note.ref, io.BytesIO(b"Flipchart Marten"), "Flipchart.jpg")
    backup = backup_before(workspace, BackupReason.MANUAL)
    assert (backup.path.parent / "anhaenge" / attachment.sha256[:2] / attachment.sha256).read_bytes() == b"Flipchart Marten"
    workspace.notes.trash(note.id)
    workspace.trash.purge(note.ref)
    assert not workspace.attachments.store.path(attachment.sha256).exists()
    folder = workspace.folder
    workspace.close()

    restore_backup(folder, backup.path)

    with Workspace.open(folder.root, user="t") as restored:
        [back] = restored.attachments.for_record(note.ref)
        assert restored.attachments.copy_to(back, tmp_path / "aus").read_bytes() == b"Flipchart Marten"
        assert restored.attachments.check() == []


def test_the_check_command_reports_a_missing_attachment_file(workspace, backend, data_dir, capsys):
    from sic_desktop.cli import main

    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    attachment = workspace.attachments.add_stream(note.ref, io.BytesIO(b"Flipchart"), "Flipchart.jpg")
    workspace.attachments.store.path(attachment.sha256).unlink()
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    if backend == "sqlite":
        assert "Die Datei des Anhangs „Flipchart.jpg“ fehlt im Datenordner." in captured.out + captured.err
    else:  # attachments stay on the PC that attached them; no file backup would bring it back
        assert "„Flipchart.jpg“ liegt nicht im Datenordner dieses Rechners" in captured.out + captured.err


def test_attachments_that_name_a_person_are_listed_for_review_before_an_erasure(workspace):
    from sic_desktop.privacy.erasure import preview_erasure

    person = workspace.persons.create(Person(first_name="Anna", last_name="Schäfer", legal_basis="einwilligung"))
    org = workspace.organisations.create(Organisation(name="Stiftung Weiß", sector="zivilgesellschaft"))
    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20),
                                       text="Frau Schäfer moderiert."))
    workspace.attachments.add_stream(org.ref, io.BytesIO(b"x"), "Teilnehmerliste.txt")
    workspace.attachments.add_stream(note.ref, io.BytesIO(b"y"), "Protokoll.txt")
    workspace.attachments.set_texts({a.id: "Anna Schaefer, Kim Meyer" for a in workspace.attachments.for_record(org.ref)})
    workspace.attachments.set_texts({a.id: "Anna Schäfer dankt" for a in workspace.attachments.for_record(note.ref)})

    mentions = {m.ref: m.fields for m in preview_erasure(workspace, person.id).mentions}

    assert mentions[org.ref] == ("attachments",)
    assert mentions[note.ref] == ("text", "attachments")
