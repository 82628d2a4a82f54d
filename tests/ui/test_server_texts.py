"""What the window says about itself on the team server is true there: the guide, the about box, the erasure
dialogs, the Datenschutz-Protokoll, the synonyms, the backup settings and the merge of duplicates speak of the
server and IT's pg_dump backups, not of a local file; on the local file they read as before."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from sic_desktop.core.models import Person
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import preview_erasure
from sic_desktop.ui.checked import not_none
from sic_desktop.ui.context import AppContext
from sic_desktop.ui.help_dialogs import GuideDialog, guide_html
from sic_desktop.ui.io.duplicates_dialog import DuplicatesDialog
from sic_desktop.ui.main_window import MainWindow
from sic_desktop.ui.privacy.erase_dialog import EraseDialog
from sic_desktop.ui.privacy.privacy_log_panel import PrivacyLogPanel
from sic_desktop.ui.settings_dialog import SettingsDialog
from sic_desktop.ui.synonyms_dialog import SynonymsDialog
from sic_desktop.ui.where_data_lies import about_where
from tests.ui.test_help_and_words import opened_by


@pytest.fixture
def server_window(
    qtbot, postgres_url: str, tmp_path: Path, close_window: Callable[[MainWindow], None]
) -> Iterator[MainWindow]:
    """The real window of a PC on the test's team server (logged in as the tables' owner: every right)."""
    ws = Workspace.open(tmp_path / "pc", user="anna", server=postgres_url)
    ctx = AppContext(ws)
    main = MainWindow(ctx)
    main.show()
    qtbot.waitExposed(main)
    yield main
    close_window(main)
    ctx.close()
    ws.close()


def test_the_guide_on_the_server_speaks_of_the_server_and_its_backups_by_it(server_window):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))  # the German window, whatever ran before
    [(title, text)] = opened_by(server_window.commands["handbook"].trigger, GuideDialog)
    assert title == "Kurzanleitung"
    assert "in der gemeinsamen Datenbank des Teams auf dem Teamserver" in text
    assert "Den Teamserver sichert die IT (pg_dump)" in text
    assert "aus dem Suchindex anderer Rechner" in " ".join(text.split())
    for local in ("in einer Datei im Datenordner", "Beim Start legt das Programm täglich eine Sicherung an",
                  "braucht kein Internet", "oder den Datenordner kopieren", "<!--"):
        assert local not in " ".join(text.split()), local


def test_the_local_guide_reads_as_before_in_both_languages():
    german = " ".join(guide_html("de").split())
    assert "an einem Ort: in einer Datei im Datenordner auf diesem Rechner. Das Programm braucht kein Internet." in german
    assert "Teamserver" not in german and "pg_dump" not in german
    english = " ".join(guide_html("en", server=True).split())
    assert "the team's shared database on the team server" in english and "IT backs up the team server" in english
    assert "one file in the data folder" not in english


def test_the_about_box_names_the_server_and_what_this_pc_keeps(server_window, postgres_url, tmp_path):
    text = about_where(server_window.ctx.ws)
    assert text.startswith("Die Daten liegen auf dem Teamserver postgres@127.0.0.1:")
    assert f"Datenbank „{postgres_url.rsplit('/', 1)[1]}“" in text and str(tmp_path / "pc") in text
    assert "Alle Daten liegen im Datenordner" not in text


def test_the_about_box_on_the_local_file(workspace):
    assert about_where(workspace) == f"Alle Daten liegen im Datenordner auf diesem Rechner:<br>{workspace.folder.root}"


@pytest.mark.skipif(os.name == "nt", reason="a Windows folder name cannot hold < and >")
def test_the_about_box_shows_a_folder_with_angle_brackets_and_ampersand_as_it_is(qapp, tmp_path):
    with Workspace.open(tmp_path / "a<b & <i>c</i>", user="testerin") as ws:
        shown = QTextDocument()
        shown.setHtml(about_where(ws))  # what the about box's rich text shows
        assert shown.toPlainText() == f"Alle Daten liegen im Datenordner auf diesem Rechner:\n{ws.folder.root}"


def test_the_erase_dialog_on_the_server_names_its_pg_dump_backups(qtbot, server_window):
    ws = server_window.ctx.ws
    person = ws.persons.create(Person(first_name="Jana", last_name="Wendelstein"))
    dialog = EraseDialog(preview_erasure(ws, person.id), anonymise=False)
    qtbot.addWidget(dialog)
    assert dialog.backups.text() == (
        "In den Sicherungen des Teamservers (pg_dump) steht die Person noch, bis die IT sie nach der "
        "Aufbewahrungsfrist löscht. Keine Sicherung im Sicherungsordner dieses Rechners enthält die Person."
    )


def test_the_protocol_synonyms_and_backup_settings_speak_of_the_server(qtbot, server_window):
    server_window.go_to("privacy")
    intro = server_window.findChild(QLabel, "privacyLogIntro")
    assert "Spielt die IT eine ältere Sicherung des Teamservers zurück" in intro.text()
    synonyms = SynonymsDialog(server_window.ctx)
    qtbot.addWidget(synonyms)
    assert any("für alle, die mit diesem Teamserver arbeiten" in label.text() for label in synonyms.findChildren(QLabel))
    settings = SettingsDialog(server_window.ctx)
    qtbot.addWidget(settings)
    hint = settings.findChild(QLabel, "backupOnServer")
    assert hint is not None and "ihn sichert die IT mit pg_dump" in hint.text()


def test_the_local_settings_have_no_server_backup_hint(qtbot, ctx):
    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    assert settings.findChild(QLabel, "backupOnServer") is None


def test_duplicates_merge_on_the_server_without_a_file_backup(qtbot, server_window, answers, tmp_path):
    ws = server_window.ctx.ws
    ws.persons.create(Person(first_name="Anna", last_name="Schäfer", emails=["anna@nsl.example"]))
    ws.persons.create(Person(first_name="Anna", last_name="Schaefer", emails=["anna@nsl.example"]))
    server_window.commands["duplicates"].trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in server_window.findChildren(DuplicatesDialog)))
    dialog = next(d for d in server_window.findChildren(DuplicatesDialog) if d.isVisible())
    qtbot.waitUntil(lambda: server_window.ctx.ops.idle and len(dialog.pair_list()) == 1)
    answers.confirm.append(True)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: server_window.ctx.ops.idle and len(ws.persons.all_ids()) == 1)
    assert "Rückgängig mit Strg+Z" in answers.asked[-1]
    assert "Sicherung" not in answers.asked[-1]
    assert not list((tmp_path / "pc").rglob("*.sqlite3"))
    dialog.reject()


LOCAL_INTROS = {
    "de": ("Löschungen, Anonymisierungen, Auskünfte und Exporte von Kontakten mit Datum, Bearbeiter/in und Grund. "
           "Kontakte stehen hier nur mit Nummer oder Anzahl. Löschungen werden zusätzlich außerhalb der Datenbank als "
           "Schlüssel-Hashes aufbewahrt: Bringt eine Wiederherstellung oder ein Import eine gelöschte Person zurück, "
           "wird die Löschung erneut angewendet.",
           "Begriffe, die bei der Suche dasselbe meinen: eine Gruppe je Zeile, durch „=“ getrennt, z. B. „QB = "
           "Quartiersbüro“. Wer einen Begriff sucht, findet auch die anderen; die Trefferliste sagt dann „gefunden "
           "über …“. Gilt ab der nächsten Suche für alle, die mit diesem Datenordner arbeiten."),
    "en": ("Erasures, anonymisations, access requests and exports of contacts with date, editor and reason. Contacts "
           "appear here only by number or count. Erasures are also kept outside the database as keyed hashes: if a "
           "restore or an import brings an erased person back, the erasure is applied again.",
           "Terms that mean the same when searching: one group per line, separated by “=”, e.g. “QB = Quartiersbüro”. "
           "Searching for one term also finds the others; the result list then says “found via …”. Applies from the "
           "next search on, for everyone working with this data folder."),
}


def test_the_local_protocol_and_synonyms_read_as_whole_sentences_in_both_languages(qtbot, ctx, language):
    """Their sentences shared with the server's wording come from the catalogue once each."""
    panel = PrivacyLogPanel(ctx)
    qtbot.addWidget(panel)
    synonyms = SynonymsDialog(ctx)
    qtbot.addWidget(synonyms)
    protocol, terms = LOCAL_INTROS[language]
    assert not_none(panel.findChild(QLabel, "privacyLogIntro")).text() == protocol
    assert terms in [label.text() for label in synonyms.findChildren(QLabel)]
