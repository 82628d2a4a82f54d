"""The Art. 30 record tells the Datenschutzbeauftragte the truth in both modes: on the local file its folder,
its backup files and no network; on the team server the server, the connection's encryption, the roles and who
holds them, IT's pg_dump backups and what an erasure leaves behind – none of the local file's claims."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
from pypdf import PdfReader

from sic_desktop.cli import main
from sic_desktop.core.models import Person
from sic_desktop.core.workspace import Workspace
from tests.postgres_server import PostgresCluster

# What the record says of the local file only; false on the team server.
LOCAL_ONLY = (
    "liegen unverschlüsselt im Datenordner", "keine eigene Anmeldung und keine Rollen",
    "immer nur in einem Programm geöffnet", "baut keine Netzwerkverbindung auf", "keine Verbindungen",
    "secure_delete", "auf dem eigenen Rechner", "Sicherungsdateien in „", "aus dem Datenordner „",
)


def _pdf_text(path: Path) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


def _record(tmp_path: Path, server: str | None, name: str = "verzeichnis.pdf") -> Path:
    target = tmp_path / name
    where = ["--data-dir", str(tmp_path / "pc"), *(["--server", server] if server else [])]
    assert main([*where, "privacy", "verzeichnis", "-o", str(target)]) == 0
    return target


def test_on_the_local_file_the_record_names_the_folder_its_backups_and_no_network(tmp_path):
    with Workspace.open(tmp_path / "pc", user="anna", local=True) as ws:
        ws.persons.create(Person(last_name="Kern", legal_basis="einwilligung"))
    assert main(["--data-dir", str(tmp_path / "pc"), "backup"]) == 0
    text = _pdf_text(_record(tmp_path, None))
    for expected in LOCAL_ONLY[:6]:
        assert expected in text, expected
    assert f"Datenordner „{tmp_path / 'pc'}“ auf dem eigenen Rechner" in text
    assert "Sicherungsdateien in" in text and ": 1, die neueste vom" in text
    assert "Teamserver" not in text and "pg_dump" not in text


def test_on_the_team_server_the_record_describes_the_server_and_none_of_the_local_file(
    postgres_cluster: PostgresCluster, postgres_url, tmp_path
):
    officer = postgres_cluster.login("sic_datenschutz")
    server = f"{postgres_url}?sslmode=disable"
    with Workspace.open(tmp_path / "pc", user="anna", server=server) as ws:
        ws.persons.create(Person(last_name="Kern", legal_basis="einwilligung"))
    text = _pdf_text(_record(tmp_path, server))
    database = postgres_url.rsplit("/", 1)[1]
    for expected in (
        f"auf dem Teamserver 127.0.0.1, Datenbank „{database}“",
        f"Teamserver 127.0.0.1:{postgres_cluster.port}, Datenbank „{database}“ (PostgreSQL",
        "verbindet sich nur mit dem Teamserver 127.0.0.1",
        "keine: die Verbindung zum Teamserver ist unverschlüsselt (sslmode=disable)",
        "Rechte setzt der Server durch", "Den Teamserver sichert die IT mit pg_dump",
        "Suchindex als Zwischenspeicher des Teamservers", "VACUUM", "Bereinigung des Servers",
        f"nur die Verbindung zum Teamserver 127.0.0.1:{postgres_cluster.port}",
        "Sicherungen des Teamservers (pg_dump)",  # the Löschkonzept's row
    ):
        assert expected in text, expected
    roles = text.split("Die Rollen haben:", 1)[1].split(".", 1)[0]
    assert officer in roles.split("sic_datenschutz:", 1)[1]
    for local in LOCAL_ONLY:
        assert local not in text, local
    assert "Sicherungen der Datenbank" not in text and "Anzahl:" not in text  # no local backup files here


def test_the_word_record_and_the_deletion_concept_on_the_team_server(postgres_url, tmp_path):
    words_file = _record(tmp_path, postgres_url, "verzeichnis.docx")
    document = docx.Document(str(words_file))
    words = " ".join([p.text for p in document.paragraphs]
                     + [cell.text for table in document.tables for row in table.rows for cell in row.cells])
    assert "Den Teamserver sichert die IT mit pg_dump" in words and "Verschlüsselung der Verbindung" in words
    assert not [local for local in LOCAL_ONLY if local in words]
    concept = tmp_path / "loeschkonzept.csv"
    assert main(["--data-dir", str(tmp_path / "pc"), "--server", postgres_url,
                 "privacy", "loeschkonzept", "-o", str(concept)]) == 0
    rows = list(csv.reader(concept.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    history = next(row for row in rows if row[0] == "Änderungsprotokoll (nur Feldnamen)")
    # one period in the database for every PC that prunes the shared history
    assert history[1:4:2] == ["10 Jahre nach dem Eintrag", "Einstellung für das ganze Team, zuletzt geändert von SIC Desktop"]
    backups = next(row for row in rows if "Sicherungen" in row[0])
    assert backups == [
        "Sicherungen des Teamservers (pg_dump)", "(Aufbewahrungsfrist der IT – von der IT zu ergänzen)",
        "Wiederherstellung nach Defekt oder Fehlbedienung; eine gelöschte Person steht in älteren Sicherungen, "
        "bis die IT sie löscht.", "IT des Teamservers",
    ]


def test_old_local_backups_left_on_the_pc_are_counted_and_a_tls_connection_is_named(tls_cluster, tmp_path):
    cluster, ca = tls_cluster
    url = cluster.new_database()
    with Workspace.open(tmp_path / "pc", user="anna", local=True) as ws:
        ws.persons.create(Person(last_name="Kern"))
    assert main(["--data-dir", str(tmp_path / "pc"), "backup"]) == 0
    try:
        text = _pdf_text(_record(tmp_path, f"{url}?sslmode=verify-full&sslrootcert={ca}"))
        assert "TLS (TLSv1." in text and "Zertifikat und Name des Servers werden geprüft (sslmode=verify-full)" in text
        assert "liegen noch Sicherungsdateien aus der Arbeit ohne Teamserver (Anzahl: 1, die neueste vom" in text
        require = _pdf_text(_record(tmp_path, f"{url}?sslmode=require", "require.pdf"))
        assert "nicht anhand seines Zertifikats geprüft (sslmode=require; empfohlen: verify-full)" in require
    finally:
        cluster.drop_database(url)
