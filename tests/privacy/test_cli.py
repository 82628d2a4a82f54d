"""``sic-desktop privacy …`` and ``sic-desktop history`` as the data protection officer and scripts use them."""

from __future__ import annotations

import json

from sic_desktop.cli import main


def test_review_lists_the_person_with_reasons(capsys, subject):
    assert main(["privacy", "review", "--json"]) == 0
    items = {item["name"]: item for item in json.loads(capsys.readouterr().out)}
    assert items["Quästenberg, Dr. Wilhelmine"]["id"] == subject.person.id
    assert items["Quästenberg, Dr. Wilhelmine"]["reasons"] == ["einwilligung_alt"]
    assert items["Quästenberg, Dr. Wilhelmine"]["due_on"] == "2023-02-03"  # consent of 3 February 2020
    assert items["Brandt, Jonas"]["reasons"] == ["keine_rechtsgrundlage"]
    assert main(["privacy", "review"]) == 0
    assert "Löschfrist abgelaufen am 03.02.2023 (3 Jahre nach Erteilung der Einwilligung)" in capsys.readouterr().out


def test_keep_takes_the_person_off_the_list(capsys, subject):
    assert main(["privacy", "keep", str(subject.person.id), "--grund", "Beirat bis 2028"]) == 0
    assert "erscheint am" in capsys.readouterr().out
    main(["privacy", "review", "--json"])
    assert [item["name"] for item in json.loads(capsys.readouterr().out)] == ["Brandt, Jonas"]
    main(["privacy", "review"])
    assert "1 Kontakt zur Prüfung (nach den Löschregeln)." in capsys.readouterr().out


def test_export_writes_pdf_and_json(capsys, subject, tmp_path):
    assert main(["privacy", "export", str(subject.person.id), "-o", str(tmp_path / "auskunft")]) == 0
    assert sorted(p.suffix for p in (tmp_path / "auskunft").iterdir()) == [".json", ".pdf"]


def test_erase_asks_unless_told_and_lists_what_remains(capsys, workspace, subject, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["privacy", "erase", str(subject.person.id)]) == 1
    assert "nur mit --ja" in capsys.readouterr().err
    assert workspace.persons.exists(subject.person.id)

    assert main(["privacy", "erase", str(subject.person.id), "--anonymise", "--ja"]) == 0
    out = capsys.readouterr().out
    assert "wurde anonymisiert" in out and "Sicherungen" not in out  # the erasure made no new copy
    assert workspace.persons.get(subject.person.id).anonymised_at


def test_history_shows_fields_and_works_for_deleted_records(capsys, subject):
    main(["privacy", "erase", str(subject.person.id), "--ja"])
    capsys.readouterr()
    assert main(["history", "kontakte", str(subject.person.id), "--json"]) == 0
    assert [e["action"] for e in json.loads(capsys.readouterr().out)] == ["purged", "kept", "created"]
    assert main(["history", "notizen", str(subject.linked_note.id)]) == 0
    out = capsys.readouterr().out
    assert "Teilnehmende" in out and "Quästenberg" not in out
