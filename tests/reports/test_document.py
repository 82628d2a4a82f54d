"""A briefing built from blocks reads right: text, page frame, outline, metadata."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from sic_desktop.core.errors import StorageError
from sic_desktop.reports import Document, RenderCancelled, TimelineEntry
from sic_desktop.reports.styles import PAGE_SIZE, RIGHT_MARGIN

CREATED = datetime(2026, 11, 25, 14, 5)


def test_briefing_shows_names_umlauts_dates_and_sections(briefing, render):
    rendered = render(briefing)
    text = rendered.text()

    assert rendered.result.page_count == 3
    assert rendered.result.warnings == ()
    for expected in [
        "Frau Dr. Özlem Schäfer-Großmann",
        "Jürgen Weiß",
        "Münsterstraße 12 44145 Dortmund",
        "04.03.2011",  # a date in a profile table
        "01.05.2024",  # a date in a table
        "10.01.2023 Idee Erstes Gespräch mit Frau Schäfer",  # the timeline
        "Keine offenen Wiedervorlagen.",
    ]:
        assert expected in text
    for section in ["Profil", "Personen", "Kooperationen", "Statusverlauf", "Letzte Notizen"]:
        assert section in text


def test_every_page_has_title_classification_date_and_page_x_of_y(briefing, render):
    pages = render(briefing).page_texts()

    for number, page in enumerate(pages, start=1):
        assert "Briefing: Nachbarschaftshilfe Nordstadt e.V." in page
        assert page.count("Nur für den Dienstgebrauch") == 2  # top and bottom
        assert "Erstellt am 25.11.2026 um 14:05 Uhr" in page
        assert f"Seite {number} von 3" in page


def test_empty_profile_values_show_a_dash(briefing, render):
    assert "Website –" in render(briefing).text()


def test_classification_is_configurable_and_can_be_left_out(render):
    marked = Document("Briefing", classification="VS – Nur für den Dienstgebrauch", created_at=CREATED)
    plain = Document("Briefing", classification="", created_at=CREATED)

    assert render(marked).text().count("VS – Nur für den Dienstgebrauch") == 2
    assert "Dienstgebrauch" not in render(plain).text()


def test_metadata_and_document_language(briefing, render):
    reader = render(briefing).reader

    assert reader.metadata.title == "Briefing: Nachbarschaftshilfe Nordstadt e.V."
    assert reader.metadata.author == "Jana Schäfer"
    assert reader.metadata.subject == "Organisation · Stand 25.11.2026"
    assert reader.metadata.creator.startswith("SIC Desktop")
    assert reader.metadata.creation_date == CREATED.astimezone()  # naive times are local
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]  # title, not file name


def test_author_defaults_to_the_logged_in_user(monkeypatch, render):
    monkeypatch.setattr("getpass.getuser", lambda: "jschaefer")

    assert render(Document("Briefing")).reader.metadata.author == "jschaefer"


def test_outline_has_an_entry_per_section_on_the_sections_page(briefing, render):
    rendered = render(briefing)
    reader = rendered.reader
    pages = rendered.page_texts()

    entries = []
    for item in reader.outline:
        for entry in item if isinstance(item, list) else [item]:
            entries.append((entry.title, reader.get_destination_page_number(entry)))

    assert [title for title, _ in entries] == [
        "Profil",
        "Personen",
        "Kooperationen",
        "Statusverlauf",
        "Letzte Notizen",
        "Offene Wiedervorlagen",
    ]
    assert isinstance(reader.outline[3], list)  # „Statusverlauf“ sits below „Kooperationen“
    for title, page in entries:
        assert title in pages[page]
    assert entries[-1][1] == 2  # the last section is on page 3, not on page 1


def test_outline_titles_are_single_clean_lines(render):
    document = Document("Briefing")
    document.add_section("Kooperation\n„Quartiersküche“\x00 🦄")

    reader = render(document).reader

    assert [entry.title for entry in reader.outline] == ["Kooperation „Quartiersküche“ 🦄"]


def test_sections_can_stay_out_of_the_outline(render):
    document = Document("Briefing")
    document.add_section("Notizen")
    document.add_section("25.11.2026 · Gesprächsnotiz", level=2, outline=False)

    reader = render(document).reader

    assert [entry.title for entry in reader.outline] == ["Notizen"]


def test_outline_levels_never_skip_a_level(render):
    document = Document("Briefing")
    document.add_section("Tief", level=2)

    reader = render(document).reader

    assert [entry.title for entry in reader.outline] == ["Tief"]


def test_table_header_repeats_on_every_page(render):
    document = Document("Kontakte")
    document.add_table(["Name", "Telefon"], [[f"Person {n}", f"0231 {n:06d}"] for n in range(150)])

    rendered = render(document)

    assert rendered.result.page_count >= 3
    for page in rendered.page_texts():
        assert "Name Telefon" in " ".join(page.split())
    assert "Person 149" in rendered.page_texts()[-1]


def test_short_columns_stay_on_one_line_while_long_ones_wrap(render):
    document = Document("Kontakte")
    description = "Verein für Nachbarschaftshilfe in der Nordstadt mit Sprechstunden und Quartiersküche " * 3
    document.add_table(["Name", "Beschreibung", "Telefon"], [["Verein", description, "0231 123456-78"]])

    lines = render(document).page_texts()[0].splitlines()

    assert "0231 123456-78" in lines
    assert "Verein" in lines


def test_a_table_row_taller_than_a_page_breaks_inside_the_row(render):
    document = Document("Kontakte")
    description = " ".join(f"Satz {n} über die Quartiersarbeit." for n in range(700))
    document.add_table(["Name", "Beschreibung"], [["Verein", description], ["Schule", "kurz"]])

    rendered = render(document)

    assert rendered.result.page_count >= 3
    assert "Satz 699 über" in rendered.text()
    assert "Schule kurz" in rendered.text()


def test_a_row_that_fits_a_page_moves_whole_without_a_second_header_on_the_page(render):
    document = Document("Notizen")
    partners = ["Jugendhilfe Aplerbeck gGmbH", "Stiftung Dąbrowski", "Bürgerverein Husen e.V.", "Schulamt", "Lehrstuhl"]
    rows = [[f"{n:02d}.03.2024", "\n".join([*partners[: n % 7], "Merve Weiß"])] for n in range(1, 120)]
    document.add_table(["Datum", "Verknüpft mit"], rows)

    pages = render(document).page_texts()

    assert len(pages) > 2
    assert all(page.count("Verknüpft mit") == 1 for page in pages), "one header per page"
    assert all(page.count("Merve Weiß") == page.count(".03.2024") for page in pages), "no row is cut"


def test_short_and_wrapping_cells_of_a_row_start_on_one_line(render):
    """Short cells are drawn by the table itself, long ones as paragraphs: they must align."""
    document = Document("Notizen")
    document.add_table(["Datum", "Titel"], [["01.02.2025", "Ein langer Titel über das Quartier " * 8]])

    page = render(document).reader.pages[0]
    baselines = {}

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.startswith(("01.02.2025", "Ein langer")):
            baselines[text[:3]] = round(tm[5] * cm[3] + cm[5], 2)

    page.extract_text(visitor_text=visit)
    assert len(baselines) == 2 and len(set(baselines.values())) == 1


def test_short_cells_are_checked_for_missing_characters_too(render):
    document = Document("Notizen")
    document.add_table(["Titel"], [["Sommerfest 🎉"]])

    rendered = render(document)

    assert rendered.result.missing_characters == ("🎉",)
    assert "Sommerfest \ufffd" in rendered.text()


def test_a_long_address_stays_whole_when_the_other_columns_leave_room(render):
    mail = "birgit.oezdemir23@buergervereinhusenev.de"
    document = Document("Personen")
    row = ["Prof. Dr. Birgit Özdemir", "Ehrenamtskoordinatorin", mail, "0231 4603335"]
    document.add_table(["Name", "Funktion", "E-Mail", "Telefon"], [row])

    lines = render(document).page_texts()[0].splitlines()

    assert mail in lines and "Ehrenamtskoordinatorin" in " ".join(lines).split()


def test_long_words_urls_and_titles_stay_inside_the_page(render):
    url = "https://www.nordstadt-initiative-zukunft-gemeinsam-gestalten.example.org/ueber-uns/team/vorstand"
    mail = "oezlem.schaefer-grossmann@nordstadt-initiative-zukunft-gemeinsam.example.org"
    word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen" * 3
    document = Document(f"Briefing: {word}", created_at=CREATED)
    document.add_section(word)
    document.add_key_values([("Website", url), ("E-Mail", mail)])
    document.add_table(["Name", "E-Mail", "Telefon", "Ort"], [[word, mail, "0231 123456-78", url]])
    document.add_paragraph(f"{word} {url}")
    document.add_markdown(f"- {url}\n- `{word}`")

    rendered = render(document)
    right_edge = PAGE_SIZE[0] - RIGHT_MARGIN

    overflowing = [p.text for p in rendered.pieces() if p.right > right_edge + 0.5]
    assert overflowing == []


def test_a_long_title_is_shortened_in_the_header_only(render):
    title = "Briefing: " + "Arbeitsgemeinschaft der Quartiersinitiativen " * 4 + "Ende"

    rendered = render(Document(title, created_at=CREATED))

    header = next(p for p in rendered.pieces() if p.text.startswith("Briefing") and p.size == 8)
    assert header.text.rstrip().endswith("…")
    assert "Ende" in rendered.text()
    assert rendered.reader.metadata.title == title


FOLLOWERS = {
    "table": lambda d: d.add_table(["Titel", "Status"], [[f"Projekt {n}", "Pilot"] for n in range(30)]),
    "profile": lambda d: d.add_key_values([(f"Feld {n}", f"Wert {n}") for n in range(30)]),
    "timeline": lambda d: d.add_timeline([TimelineEntry(date(2024, 1, n), f"Schritt {n}") for n in range(1, 29)]),
    "text": lambda d: d.add_paragraph("\n".join(f"Zeile {n}" for n in range(40))),
    "note": lambda d: d.add_markdown("### Protokoll\n\n" + "\n".join(f"- Punkt {n}" for n in range(40))),
}


@pytest.mark.parametrize("follower", FOLLOWERS)
def test_heading_is_never_left_alone_at_the_bottom_of_a_page(render, follower):
    """Whatever fills the page before it, a section starts on the page of its first lines."""
    for filler in range(24, 40):
        document = Document("Briefing")
        for n in range(filler):
            document.add_paragraph(f"Füllzeile {n}")
        document.add_section("Kooperationen")
        FOLLOWERS[follower](document)

        pages = render(document).page_texts()

        heading_page = next(i for i, text in enumerate(pages) if "Kooperationen" in text)
        body = pages[heading_page].split("Kooperationen", 1)[1]
        assert any(word in body for word in ("Projekt 0", "Feld 0", "Schritt 1", "Zeile 1", "Punkt 0")), (
            f"alone with {filler} filler lines"
        )


def test_a_line_kept_with_the_next_stays_with_the_heading_and_the_text_below(render):
    for filler in range(26, 40):
        document = Document("Briefing")
        for n in range(filler):
            document.add_paragraph(f"Füllzeile {n}")
        document.add_section("Abstimmung Quartiersladen", 1)
        document.add_paragraph("01.10.2026 · Gesprächsnotiz", muted=True, keep_with_next=True)
        document.add_paragraph("\n".join(f"Zeile {n}" for n in range(6)))

        pages = render(document).page_texts()

        page = next(text for text in pages if "Quartiersladen" in text)
        assert "Gesprächsnotiz" in page and "Zeile 0" in page, f"alone with {filler} filler lines"


def test_a_long_table_after_a_heading_starts_right_below_it(render):
    """No half-empty page: a table too long for the rest of the page still starts there."""
    document = Document("Briefing")
    document.add_paragraph("Einleitung")
    document.add_section("Kooperationen")
    document.add_table(["Titel", "Status"], [[f"Projekt {n}", "Pilot"] for n in range(100)])

    pages = render(document).page_texts()

    assert "Kooperationen" in pages[0]
    assert "Projekt 0" in pages[0]


def test_same_document_renders_twice_alike(briefing, tmp_path):
    first, second = io.BytesIO(), io.BytesIO()

    briefing.render(first)
    briefing.render(second)

    texts = [[page.extract_text() for page in PdfReader(stream).pages] for stream in (first, second)]
    assert texts[0] == texts[1]


def test_cancel_stops_rendering_and_keeps_the_old_file(briefing, tmp_path):
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old")
    asked = []

    def should_cancel() -> bool:
        asked.append(True)
        return len(asked) > 5

    with pytest.raises(RenderCancelled) as raised:
        briefing.render(target, should_cancel=should_cancel)

    assert str(raised.value) == "Die PDF-Erstellung wurde abgebrochen."
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_progress_rises_to_100_percent(briefing):
    reported: list[int] = []

    briefing.render(io.BytesIO(), on_progress=reported.append)

    assert reported == sorted(set(reported))
    assert reported[-1] == 100


def test_unwritable_target_raises_a_german_storage_error(briefing, tmp_path):
    with pytest.raises(StorageError) as raised:
        briefing.render(tmp_path / "fehlt" / "briefing.pdf")

    assert "konnte nicht" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_rows_longer_than_the_header_are_refused_when_added():
    with pytest.raises(ValueError):
        Document("Kontakte").add_table(["Name"], [["Weiß", "zu viel"]])


def test_cell_values_of_any_supported_type(render):
    document = Document("Werte")
    document.add_table(["Text", "Zahl", "Datum", "Zeit", "Leer"], [["a", 3, date(2026, 3, 3), datetime(2026, 3, 3, 9, 7), None]])

    assert "a 3 03.03.2026 03.03.2026, 09:07 Uhr" in render(document).text()
