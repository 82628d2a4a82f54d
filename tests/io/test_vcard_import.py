"""vCard 2.1, 3.0 and 4.0 files, including damaged ones."""

from __future__ import annotations

import pytest

from sic_desktop.io import ImportFileError, open_source
from sic_desktop.io.vcard_parse import parse_cards


def test_vcard_21_quoted_printable_charsets_and_soft_line_breaks(fixture_path, import_file):
    juergen, anna = import_file(fixture_path("vcard21.vcf"))

    assert juergen.values == {
        "salutation": "Herr",
        "first_name": "Jürgen",
        "last_name": "Weiß",
        "organisation": "Caritasverband Dortmund e.V.",
        "department": "Quartiersarbeit",
        "function": "Quartiersmanager",
        "emails": ["juergen.weiss@caritas-dortmund.example"],
        "phones": ["+49 231 1848-0"],  # the HOME number and the fax are left out
        "street": "Propsteihof 10",
        "postal_code": "44137",
        "city": "Dortmund",
        "notes": "Kennt alle Träger in der Nordstadt.\nRückruf am Montag.",
    }
    # 8-bit Windows text without CHARSET, prefix "Frau Dr." split up.
    assert (anna.line, anna.values["last_name"]) == (17, "Schäfer")
    assert (anna.values["salutation"], anna.values["title"]) == ("Frau", "Dr.")


def test_private_phone_is_kept_apart_for_the_user_to_decide(fixture_path):
    row = next(open_source(fixture_path("vcard21.vcf")).rows())
    assert row.cells["Telefon privat"] == ["0231 999999"]


def test_vcard_30_folding_escapes_groups_and_work_address(fixture_path, import_file):
    anna, selin = import_file(fixture_path("vcard30.vcf"))

    assert anna.values["notes"] == (
        "Sehr lange Notiz über die Zusammenarbeit im Bereich Work & Care, die Stiftungstag "
        "2026 und den Arbeitskreis; mit Zeilenumbruch\nzweite Zeile."
    )
    assert anna.values["organisation"] == "Stiftung Soziale Innovation, Dortmund"
    assert anna.values["department"] == "Vorstand"
    # An escaped comma in CATEGORIES still splits: the core allows no comma in a tag.
    assert anna.values["tags"] == ["Stiftungen", "Work & Care", "CSR", "Unternehmen"]
    assert anna.values["emails"] == ["a.schaefer@stiftung-si.example"]  # item1.EMAIL
    assert anna.values["phones"] == ["0231 555-12", "0171 7654321"]
    assert anna.values["street"] == "Königswall 21"  # WORK, not the HOME address
    assert (selin.line, selin.values["last_name"]) == (18, "Öztürk")


def test_vcard_40_uris_and_quoted_parameters(fixture_path, import_file):
    [max_] = import_file(fixture_path("vcard40.vcf"))
    assert max_.values == {
        "title": "Prof. Dr.",
        "first_name": "Max",
        "last_name": "von der Heide",
        "organisation": "Technische Universität Dortmund",
        "emails": ["max.heide@tu.example"],
        "phones": ["+49-231-755-1"],
        "street": "August-Schmidt-Str. 4",
        "postal_code": "44227",
        "city": "Dortmund",
        "tags": ["Wissenschaft"],
    }


def test_card_without_end_is_reported_and_the_others_are_kept(fixture_path, import_file):
    rows = import_file(fixture_path("broken.vcf"))

    assert [(row.line, row.values.get("last_name"), row.importable) for row in rows] == [
        (1, "Weiß", True),
        (5, "Schäfer", False),
        (9, "Öztürk", True),
    ]
    assert str(rows[1].problems[0]) == (
        "Zeile 5: Die Visitenkarte ist unvollständig („END:VCARD“ fehlt) "
        "und wird nicht übernommen."
    )


def test_last_card_without_end_at_end_of_file(tmp_path, import_file):
    path = tmp_path / "ende.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Weiß;Jürgen;;;\n", encoding="utf-8")
    [row] = import_file(path)
    assert not row.importable and row.values["last_name"] == "Weiß"


def test_vcf_without_cards_is_refused(tmp_path):
    path = tmp_path / "leer.vcf"
    path.write_text("Das ist keine Visitenkarte.\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"„leer.vcf“.*BEGIN:VCARD"):
        open_source(path)


@pytest.mark.parametrize(
    ("version", "expected"),
    # 2.1 folds at a space and keeps it; 3.0 and 4.0 insert the space and drop it.
    [("2.1", "Erster Teil zweiter Teil"), ("3.0", "Erster Teilzweiter Teil")],
)
def test_unfolding_follows_the_version(version, expected):
    lines = [
        "BEGIN:VCARD", f"VERSION:{version}", "NOTE:Erster Teil", " zweiter Teil", "END:VCARD",
    ]
    [card] = parse_cards(lines, "utf-8")
    assert card.first("NOTE").text() == expected
