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
    with pytest.raises(SicError, match="„Film.mp4“ ist größer als 0 MB und wurde nicht angehängt"):
        workspace.attachments.add_stream(org.ref, io.BytesIO(b"x" * 1001), "Film.mp4")
    assert workspace.attachments.for_record(org.ref) == []
    assert list((workspace.folder.root / "attachments").rglob("*.*")) == []


def test_a_damaged_file_is_noticed_when_copied_and_by_the_check(workspace, tmp_path):
    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    attachment = workspace.attachments.add_stream(note.ref, io.BytesIO(b"Flipchart"), "Foto.jpg")
    workspace.attachments.store.path(attachment.sha256).write_bytes(b"Flipchurt")
    with pytest.raises(SicError, match="„Foto.jpg“ ist beschädigt"):
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
        from sic_desktop.core.models import RecordRef, RecordType
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
