"""``sic-desktop anhang add|list|open`` as a script would use it."""

from __future__ import annotations

import json
from datetime import date

from sic_desktop.cli import main
from sic_desktop.core.models import Note


def test_add_list_and_save_a_copy(workspace, data_dir, tmp_path, capsys):
    note = workspace.notes.create(Note(title="Workshop Marten", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    minutes = tmp_path / "Protokoll Marten.txt"
    minutes.write_text("Kinderbetreuung und Pflege im Quartier", encoding="utf-8")

    assert main(["anhang", "add", "notiz", str(note.id), str(minutes)]) == 0
    assert "Angehängt: „Protokoll Marten.txt“ (Anhang Nr. 1, 1 KB)." in capsys.readouterr().out
    assert main(["anhang", "list", "notiz", str(note.id), "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["name"] == "Protokoll Marten.txt" and listed["added_by"]
    assert main(["anhang", "open", str(listed["id"]), "--ziel", str(tmp_path / "kopie")]) == 0
    assert (tmp_path / "kopie" / "Protokoll Marten.txt").read_text(encoding="utf-8") == "Kinderbetreuung und Pflege im Quartier"


def test_wrong_input_gets_german_messages(workspace, data_dir, tmp_path, capsys):
    note = workspace.notes.create(Note(title="Workshop", kind="workshopprotokoll", note_date=date(2026, 11, 20)))
    assert main(["anhang", "add", "notiz", str(note.id), str(tmp_path / "fehlt.pdf")]) == 1
    assert "gibt es nicht" in capsys.readouterr().err
    assert main(["anhang", "add", "wiedervorlage", "1", str(tmp_path)]) == 1
    assert "An Wiedervorlagen lassen sich keine Dateien anhängen." in capsys.readouterr().err
    assert main(["anhang", "add", "notiz", "99", str(tmp_path)]) == 1
    assert main(["anhang", "open", "7"]) == 1
    assert "Anhang Nr. 7 gibt es nicht" in capsys.readouterr().err
