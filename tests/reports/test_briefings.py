"""Briefings as staff print them: what each kind shows, read back from the PDF."""

from __future__ import annotations

import re
import threading
from datetime import date

import pytest
from pypdf import PdfReader

from sic_desktop.core.errors import NotFoundError, ValidationError
from sic_desktop.core.models import Note, Organisation
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.reports import RenderCancelled
from sic_desktop.reports.briefings import BriefingOptions, Section, build_briefing, file_name_for, sections_for

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"(?:\+\d|\b0)[\d /()-]{5,}\d")  # German numbers: 0231 …, +49 …


def org(network):
    return network.verein.ref


def test_organisation_briefing_shows_profile_persons_cooperations_notes_and_followups(network, briefing_of):
    rendered = briefing_of(org(network))
    text = rendered.text()

    for expected in [
        "Briefing: Nachbarschaftshilfe Nordstadt e.V.",
        "Sektor Zivilgesellschaft",
        "Stadtteil Nordstadt",
        "Münsterstraße 12, 44145 Dortmund",
        "Themenfelder Work & Care",
        "pflegende Angehörige",  # the description, Markdown rendered
        "Jürgen Weiß Kassenwart j.weiss@nachbarschaftshilfe-nordstadt.de 0231 4440815 +49 171 2345678",
        "Dr. Özlem Schäfer-Großmann Vorsitzende",
        "Quartiersküche Nordstadt Umsetzung Lead Müller & Söhne Pflegedienst GmbH (Förderer), Jürgen Weiß (Beteiligt) 01.02.2025",
        "Die 5 neuesten von 7 Notizen.",
        "Gespräch über Ehrenamtliche 05.10.2026 · Gesprächsnotiz · Teilnehmende: Jürgen Weiß, Lena Vogt",
        "Frau Dr. Schäfer-Großmann sucht Fahrer.",
        "01.12.2020 (überfällig) Protokoll verschicken Notiz: Gespräch über Ehrenamtliche",
        "03.12.2030 Frau Schäfer-Großmann zurückrufen Kontakt: Dr. Özlem Schäfer-Großmann Lena Vogt",
        "Zuschuss abrufen Kooperation: Quartiersküche Nordstadt",
        "Jahresbericht anfordern Organisation: Nachbarschaftshilfe Nordstadt e.V.",
    ]:
        assert expected in text
    for _, heading in sections_for(RecordType.ORGANISATION):
        assert heading in text
    assert "Workshop Mittagstisch" not in text, "only the five newest notes"
    assert "Erledigte Sache" not in text, "only open follow-ups"
    pages = rendered.page_texts()
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in page
        assert page.count("Nur für den Dienstgebrauch") == 2


def test_notes_appear_newest_first_in_summaries_and_whole_with_full_texts(network, briefing_of):
    summaries = briefing_of(org(network), recent_notes=7).text()
    full = briefing_of(org(network), recent_notes=7, full_note_texts=True).text()

    titles = [n.title for n in reversed(network.notes)]
    assert [summaries.index(t) for t in titles] == sorted(summaries.index(t) for t in titles)
    assert "Ergebnisse: Küche im Gemeindehaus Budget gesichert" in summaries  # plain summary
    assert "Ergebnisse • Küche im Gemeindehaus • Budget gesichert" in full  # Markdown list


def test_period_limits_the_notes(network, briefing_of):
    text = briefing_of(org(network), date_from=date(2025, 6, 1), date_to=date(2025, 12, 31)).text()

    assert "Zeitraum 01.06.2025 bis 31.12.2025" in text
    assert "Workshop Mittagstisch" in text and "Reflexion Ehrenamt" in text
    assert "Auftakt Quartiersküche" not in text and "Straßenfest geplant" not in text
    assert "Die 5 neuesten" not in text

    empty = briefing_of(org(network), date_from=date(2019, 1, 1), date_to=date(2019, 12, 31)).text()
    assert "Keine Notizen im Zeitraum 01.01.2019 bis 31.12.2019." in empty


def test_person_briefing_shows_organisations_cooperations_and_the_legal_basis(network, briefing_of):
    text = briefing_of(network.juergen.ref).text()

    for expected in [
        "Briefing: Jürgen Weiß",
        "Name Herr Jürgen Weiß",
        "Rechtsgrundlage (DSGVO) Einwilligung (Einwilligung vom 04.03.2025)",
        "Nachbarschaftshilfe Nordstadt e.V. Kassenwart Zivilgesellschaft Nordstadt",
        "Quartiersküche Nordstadt Umsetzung Nachbarschaftshilfe Nordstadt e.V.: Lead persönlich: Beteiligt",
        "Vormittags erreichbar unter 0231 4440816.",
        "Zuschuss abrufen",
    ]:
        assert expected in text
    for _, heading in sections_for(RecordType.PERSON):
        assert heading in text


def test_cooperation_briefing_shows_partners_timeline_plans_and_all_notes_oldest_first(network, briefing_of):
    text = briefing_of(network.kueche.ref).text()

    for expected in [
        "Nachbarschaftshilfe Nordstadt e.V. Lead Organisation Zivilgesellschaft",
        "Müller & Söhne Pflegedienst GmbH Förderer Organisation Wirtschaft",
        "Jürgen Weiß Beteiligt Kontakt Kassenwart, Nachbarschaftshilfe Nordstadt e.V.",
        "10.09.2024 Idee eingetragen von Lena Vogt 01.02.2025 Pilot",
        "15.09.2025 Umsetzung eingetragen von Murat Aydın",
        "Ziele • Mittagstisch für Ältere • Begegnung im Quartier",
        "Vereinbarungen Monatliche Treffen",
        "Ergebnisse und Wirkung Nicht eingetragen.",
    ]:
        assert expected in text
    titles = [n.title for n in network.notes]
    assert all(title in text for title in titles), "all notes, not only the newest"
    assert [text.index(t) for t in titles] == sorted(text.index(t) for t in titles), "oldest first"
    for _, heading in sections_for(RecordType.COOPERATION):
        assert heading in text


def test_theme_report_shows_cooperations_by_status_organisations_by_sector_and_notes_of_the_period(
    network, briefing_of
):
    theme = RecordRef(RecordType.THEME, 2)
    text = briefing_of(theme, date_from=date(2026, 1, 1), date_to=date(2026, 12, 31)).text()

    for expected in [
        "Themenfeldbericht: Work & Care",
        "Zeitraum 01.01.2026 bis 31.12.2026",
        "Kooperationen 1 (Umsetzung: 1)",
        "Beteiligte Organisationen 2 aus 2 Sektoren",
        "Notizen 4 (Gesprächsnotiz: 4)",
        "Umsetzung (1)",
        "Quartiersküche Nordstadt Nachbarschaftshilfe Nordstadt e.V. (Lead)",
        "Wirtschaft (1) Organisation Stadtteil Kooperationen im Themenfeld Müller & Söhne Pflegedienst GmbH Eving 1",
        "Zivilgesellschaft (1)",
        "20.02.2026 Gesprächsnotiz Telefonat Förderung Nachbarschaftshilfe Nordstadt e.V.; Jürgen Weiß",
    ]:
        assert expected in text
    assert "Workshop Mittagstisch" not in text, "a 2025 note"


def test_the_theme_report_shows_the_network_map_and_the_gap_matrix(network, briefing_of):
    text = briefing_of(RecordRef(RecordType.THEME, 2), date_from=date(2026, 1, 1), date_to=date(2026, 12, 31)).text()

    section = text[text.index("Netzwerk und Lücken") :]
    assert "Nachbarschaftshilfe Nordstadt e.V." in section, "the map names the partner organisations"
    assert "Sektoren" in section, "with its legend"
    assert "Lücken nach Themenfeld und Sektor" in section
    gaps_in_words = section[section.index("Lücke: keine laufende Kooperation") :]
    first_gap = gaps_in_words[: gaps_in_words.index("Kein Partner aus der Wissenschaft in Work & Care")]
    assert "Arbeit im Quartier" not in first_gap, "the report's own theme field leads the list of gaps"


@pytest.mark.parametrize("kind", ["organisation", "person", "cooperation", "theme"])
def test_without_contact_data_no_email_or_phone_is_left_anywhere(network, briefing_of, kind):
    subject = {
        "organisation": org(network),
        "person": network.juergen.ref,
        "cooperation": network.kueche.ref,
        "theme": RecordRef(RecordType.THEME, 2),
    }[kind]
    with_contacts = briefing_of(subject, recent_notes=10, full_note_texts=True).text()
    rendered = briefing_of(subject, recent_notes=10, full_note_texts=True, with_contact_data=False)
    text = rendered.text()

    if kind != "theme":  # the theme report lists no contact data in the first place
        assert EMAIL.search(with_contacts) and PHONE.search(with_contacts), "the check can find them"
    assert EMAIL.findall(text) == []
    assert PHONE.findall(text) == []
    assert "Ohne persönliche Kontaktdaten" in rendered.page_texts()[0]
    assert "Jürgen Weiß" in text, "names stay"


def test_without_contact_data_names_and_functions_stay_and_the_legal_basis_goes(network, briefing_of):
    network.ws.notes.create(
        Note(title="Nachtrag", note_date=date(2026, 11, 1), participants=["Lena Vogt <lena.vogt@dortmund.de>"],
             organisation_ids=[network.verein.id])
    )
    organisation = briefing_of(org(network), with_contact_data=False, full_note_texts=True).text()
    person = briefing_of(network.juergen.ref, with_contact_data=False).text()

    assert "Name Funktion Dr. Özlem Schäfer-Großmann Vorsitzende Jürgen Weiß Kassenwart" in organisation
    assert "Rückruf unter [Telefonnummer entfernt] oder an [E-Mail-Adresse entfernt]." in organisation
    assert "Teilnehmende: Lena Vogt <[E-Mail-Adresse entfernt]>" in organisation
    assert "Rechtsgrundlage" not in person and "Einwilligung" not in person


def test_several_organisations_make_one_pdf_with_a_chapter_each(network, briefing_of):
    rendered = briefing_of([org(network), network.pflegedienst.ref])
    reader = rendered.reader
    pages = rendered.page_texts()

    assert reader.metadata.title == "Briefing: 2 Organisationen"
    chapters = [item for item in reader.outline if not isinstance(item, list)]
    assert [c.title for c in chapters] == ["Nachbarschaftshilfe Nordstadt e.V.", "Müller & Söhne Pflegedienst GmbH"]
    sections = [item for item in reader.outline if isinstance(item, list)]
    assert [[entry.title for entry in children] for children in sections] == [
        [heading for _, heading in sections_for(RecordType.ORGANISATION)]
    ] * 2
    second = reader.get_destination_page_number(chapters[1])
    assert second > 0 and "Müller & Söhne Pflegedienst GmbH" in pages[second]
    assert "Vorsitzende" in pages[0] and "Vorsitzende" not in pages[second], "a new page for the second"
    assert "Hans Groß Geschäftsführer" in rendered.text()


def test_chosen_sections_only(network, briefing_of):
    text = briefing_of(org(network), sections=frozenset({Section.PROFILE, Section.FOLLOWUPS})).text()

    assert "Profil" in text and "Offene Wiedervorlagen" in text
    assert "Kontakte und Funktionen" not in text and "Letzte Notizen" not in text


def test_classification_comes_from_the_settings_unless_chosen(network, briefing_of):
    network.ws.settings.classification = "VS – Nur für den Dienstgebrauch"
    assert briefing_of(org(network)).page_texts()[0].count("VS – Nur für den Dienstgebrauch") == 2
    assert "Dienstgebrauch" not in briefing_of(org(network), classification="").text()


def test_characters_the_font_lacks_give_a_warning(network, briefing_of):
    network.ws.notes.create(
        Note(title="Sommerfest 🎉", note_date=date(2026, 11, 1), organisation_ids=[network.verein.id])
    )

    result = briefing_of(org(network)).result

    assert result.missing_characters == ("🎉",)
    assert result.warnings and "🎉" in result.warnings[0]


def test_a_note_of_200_pages_still_renders(network, briefing_of):
    paragraph = "Die Teilnehmenden berichten über **Kinderbetreuung** und pflegende Angehörige im Quartier. " * 6
    network.ws.notes.create(
        Note(
            title="Langes Protokoll",
            note_date=date(2026, 11, 20),
            text="\n\n".join([paragraph] * 1400),
            cooperation_ids=[network.kueche.id],
        )
    )

    rendered = briefing_of(network.kueche.ref, full_note_texts=True)

    assert rendered.result.page_count >= 200
    assert len(rendered.reader.pages) == rendered.result.page_count
    assert "Offene Wiedervorlagen" in rendered.reader.pages[-1].extract_text(), "what follows the note is there"


def test_progress_rises_and_the_result_names_the_pages(network, tmp_path):
    steps = []
    work = build_briefing(network.ws, org(network), BriefingOptions(), tmp_path / "b.pdf")
    while True:
        try:
            steps.append(next(work))
        except StopIteration as stop:
            result = stop.value
            break

    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert steps[0].message == "„Nachbarschaftshilfe Nordstadt e.V.“: Profil"
    assert steps[-1].done == steps[-1].total
    assert result.page_count == len(PdfReader(tmp_path / "b.pdf").pages)


def test_closing_the_generator_while_the_pdf_is_laid_out_writes_no_file(network, tmp_path):
    network.ws.notes.create(
        Note(title="Lang", note_date=date(2026, 11, 20), text="Absatz im Quartier. " * 40_000, organisation_ids=[network.verein.id])
    )
    folder = tmp_path / "briefings"
    folder.mkdir()
    target = folder / "b.pdf"
    work = build_briefing(network.ws, org(network), BriefingOptions(full_note_texts=True), target)

    step = next(work)
    while step.message != "PDF wird gesetzt …":
        step = next(work)
    work.close()

    assert not target.exists()
    assert list(folder.iterdir()) == [], "no temporary file is left behind"


def test_a_pdf_finished_while_the_caller_decides_to_cancel_is_not_written(network, tmp_path):
    folder = tmp_path / "briefings"
    folder.mkdir()
    target = folder / "b.pdf"
    work = build_briefing(network.ws, org(network), BriefingOptions(), target)
    step = next(work)
    while step.message != "PDF wird gesetzt …":
        step = next(work)
    layout = next(thread for thread in threading.enumerate() if thread.name == "briefing-pdf")
    layout.join(timeout=60)  # the layout is done; the generator still waits at its yield

    assert not layout.is_alive()
    assert not target.exists(), "the file is written only after the last step"
    work.close()
    assert list(folder.iterdir()) == []


def test_a_failing_rendering_reaches_the_caller(network, tmp_path, monkeypatch):
    def cancelled(*args, **kwargs):
        raise RenderCancelled()

    monkeypatch.setattr("sic_desktop.reports.Document.render", cancelled)

    with pytest.raises(RenderCancelled):
        run_to_end(build_briefing(network.ws, org(network), BriefingOptions(), tmp_path / "b.pdf"))


def test_unknown_records_and_contradictory_options_are_refused_before_writing(network, tmp_path):
    target = tmp_path / "b.pdf"
    with pytest.raises(NotFoundError, match=r"Organisation Nr. 99"):
        run_to_end(build_briefing(network.ws, RecordRef(RecordType.ORGANISATION, 99), BriefingOptions(), target))
    with pytest.raises(ValidationError, match=r"endet .* vor seinem Beginn"):
        options = BriefingOptions(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1))
        run_to_end(build_briefing(network.ws, org(network), options, target))
    assert not target.exists()


def test_suggested_file_names_are_safe_for_windows(network, monkeypatch):
    monkeypatch.setattr("sic_desktop.reports.briefings.build.today", lambda: date(2026, 11, 25))
    ws = network.ws
    odd = ws.organisations.create(Organisation(name='Verein "Hilfe/Selbsthilfe": Nord?', sector="zivilgesellschaft"))

    def suggested_file_name(refs: list[RecordRef]) -> str:
        return file_name_for(refs, ws.titles(refs))  # as the briefing dialog asks, titles read beforehand

    assert suggested_file_name([org(network)]) == "Briefing – Nachbarschaftshilfe Nordstadt e.V. – 2026-11-25.pdf"
    assert suggested_file_name([odd.ref]) == "Briefing – Verein Hilfe Selbsthilfe Nord – 2026-11-25.pdf"
    assert suggested_file_name([org(network), odd.ref]) == "Briefing – 2 Organisationen – 2026-11-25.pdf"
    assert suggested_file_name([RecordRef(RecordType.THEME, 2)]) == "Themenfeldbericht – Work & Care – 2026-11-25.pdf"
