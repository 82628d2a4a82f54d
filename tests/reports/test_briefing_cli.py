"""``sic-desktop briefing`` as scripts and IT call it: exit codes, German messages, the PDF."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from sic_desktop.cli import main
from sic_desktop.core.models import Note


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_an_organisation_briefing_is_written_and_its_place_printed(network, tmp_path, capsys):
    target = tmp_path / "briefing.pdf"

    assert main(["briefing", "organisation", str(network.verein.id), "-o", str(target)]) == 0

    assert capsys.readouterr().out == f"Briefing gespeichert: {target} (2 Seiten).\n"
    assert "Briefing: Nachbarschaftshilfe Nordstadt e.V." in pdf_text(target)


def test_german_type_words_several_records_and_a_theme_by_name(network, tmp_path):
    persons = tmp_path / "kontakte.pdf"
    theme = tmp_path / "themenfeld.pdf"

    assert main(["briefing", "kontakt", str(network.juergen.id), str(network.oezlem.id), "-o", str(persons)]) == 0
    assert main(["briefing", "kooperation", str(network.kueche.id), "-o", str(tmp_path / "k.pdf")]) == 0
    assert main(["briefing", "themenfeld", "work & care", "-o", str(theme), "--from", "01.01.2026", "--to", "2026-12-31"]) == 0

    assert "Briefing: 2 Kontakte" in pdf_text(persons)
    text = pdf_text(theme)
    assert "Themenfeldbericht: Work & Care" in text and "Zeitraum 01.01.2026 bis 31.12.2026" in text


def test_options_for_contact_data_notes_and_full_texts(network, tmp_path):
    target = tmp_path / "b.pdf"

    code = main(["briefing", "org", str(network.verein.id), "-o", str(target), "--no-contact-data", "--notes", "2", "--full-texts"])

    text = pdf_text(target)
    assert code == 0
    assert "Ohne persönliche Kontaktdaten" in text and "j.weiss@" not in text
    assert "Die 2 neuesten von 7 Notizen." in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["notiz", "1"], "Für „notiz“ gibt es kein Briefing."),
        (["kunden", "1"], "Für „kunden“ gibt es kein Briefing."),
        (["organisation", "eins"], "„eins“ ist keine Nummer."),
        (["organisation", "99"], "Organisation Nr. 99 gibt es nicht"),
        (["themenfeld", "Kultur"], "Das Themenfeld „Kultur“ gibt es nicht."),
        (["organisation", "1", "--from", "31.02.2026"], "--from: „31.02.2026“ ist kein gültiges Datum"),
        (["organisation", "1", "--from", "02.02.2026", "--to", "01.01.2026"], "Der Zeitraum endet (01.01.2026) vor"),
        (["organisation", "1", "--notes", "viele"], "--notes: „viele“ ist keine Anzahl."),
    ],
)
def test_bad_input_exits_1_with_a_german_message_and_writes_nothing(network, tmp_path, capsys, arguments, message):
    target = tmp_path / "b.pdf"
    kind, *rest = arguments

    assert main(["briefing", kind, *rest, "-o", str(target)]) == 1

    assert message in capsys.readouterr().err
    assert not target.exists()


def test_a_missing_folder_exits_1_before_any_work(network, tmp_path, capsys):
    assert main(["briefing", "organisation", "1", "-o", str(tmp_path / "fehlt" / "b.pdf")]) == 1
    assert "Den Ordner" in capsys.readouterr().err


def test_characters_the_font_lacks_are_reported(network, tmp_path, capsys):
    network.ws.notes.create(Note(title="Sommerfest 🎉", note_date=date(2026, 11, 1), organisation_ids=[network.verein.id]))

    assert main(["briefing", "organisation", "1", "-o", str(tmp_path / "b.pdf")]) == 0

    assert "Hinweis: 1 Zeichen konnten in der PDF nicht dargestellt werden" in capsys.readouterr().err
