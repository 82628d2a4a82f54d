"""Records become documents with everything a search should find them by."""

from __future__ import annotations

import datetime as dt

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.search.documents import all_documents, document_count, documents_for, readable_text

from .conftest import Network


def documents(network: Network) -> dict[str, object]:
    return {str(doc.ref): doc for doc in all_documents(network.ws)}


def test_a_note_carries_the_names_of_everything_it_is_linked_to(network: Network) -> None:
    doc = documents(network)[str(network.note.ref)]
    assert doc.title == "Workshop Vereinbarkeit von Beruf und Familie"
    assert doc.names == ("Kita Sonnenblume gGmbH", "Anna Schäfer", "Jürgen Weiß",
                         "Randzeitenbetreuung für Schichtarbeitende", "Dr. Ilse Brandt")
    assert "Kinderbetreuungsangebote" in doc.body
    assert set(doc.themes) == {"Work & Care", "Arbeit im Quartier"} and doc.tags == ("Fachkräfte",)
    assert doc.kind == "workshopprotokoll" and doc.date == dt.date(2025, 3, 12)
    # sektor:/stadtteil: of a note are those of its organisations
    assert doc.sector == ("zivilgesellschaft",) and doc.districts == ("Nordstadt",)
    assert {str(ref) for ref in doc.links} == {str(network.kita.ref), str(network.anna.ref), str(network.jurgen.ref),
                              str(network.coop.ref), "theme:2", "theme:1"}


def test_a_person_carries_its_organisations_with_their_sectors_and_districts(network: Network) -> None:
    network.anna.memberships.append(type(network.anna.memberships[0])(organisation_id=network.firma.id,
                                                                      function="Beirätin"))
    network.ws.persons.update(network.anna)
    doc = documents(network)[str(network.anna.ref)]
    assert doc.title == "Anna Schäfer"
    assert doc.names == ("Kita Sonnenblume gGmbH", "Müller Logistik GmbH")
    assert {"Frau", "Leiterin", "Beirätin", "anna.schaefer@kita-dortmund.de"} <= set(doc.body.splitlines())
    assert doc.sector == ("zivilgesellschaft", "wirtschaft") and doc.districts == ("Nordstadt", "Eving")


def test_a_cooperation_carries_its_partners_status_and_start(network: Network) -> None:
    doc = documents(network)[str(network.coop.ref)]
    assert doc.names == ("Kita Sonnenblume gGmbH", "Müller Logistik GmbH", "Anna Schäfer")
    assert doc.status == "pilot" and doc.date == dt.date(2025, 4, 1)
    assert doc.sector == ("zivilgesellschaft", "wirtschaft") and "Logistikbranche" in doc.body


def test_an_organisation_carries_its_own_fields(network: Network) -> None:
    doc = documents(network)[str(network.kita.ref)]
    assert doc.names == ("Sonnenblume",) and doc.tags == ("Kita",) and doc.themes == ("Work & Care",)
    assert "Schützenstraße 12, 44147 Dortmund" in doc.body and "Randzeiten" in doc.body
    assert doc.sector == ("zivilgesellschaft",) and doc.districts == ("Nordstadt",)


def test_names_of_records_in_the_trash_are_left_out(network: Network) -> None:
    network.ws.organisations.trash(network.kita.id)
    network.ws.themes.trash(2)
    docs = documents(network)
    note = docs[str(network.note.ref)]
    assert "Kita Sonnenblume gGmbH" not in note.names and note.sector == () and note.themes == ("Arbeit im Quartier",)
    assert str(network.kita.ref) not in docs
    assert network.kita.ref in note.links  # its restore must renew the note


def test_documents_for_some_records_name_the_ones_to_drop(network: Network) -> None:
    network.ws.notes.trash(network.note.id)
    refs = [network.note.ref, network.anna.ref, RecordRef(RecordType.NOTE, 999), RecordRef(RecordType.FOLLOWUP, 1)]
    docs, gone = documents_for(network.ws, refs)
    assert [d.ref for d in docs] == [network.anna.ref]
    assert sorted(str(ref) for ref in gone) == ["note:1", "note:999"]


def test_a_full_rebuild_reads_every_live_record_once(network: Network) -> None:
    network.ws.persons.trash(network.jurgen.id)
    refs = [doc.ref for doc in all_documents(network.ws)]
    assert len(refs) == len(set(refs)) == document_count(network.ws) == 5


def test_a_notes_markdown_is_indexed_as_the_words_a_reader_sees() -> None:
    markdown = ("## Ergebnisse\n- **Kita:** Randzeiten *fehlen*\n1. Termin am 25.11.\n> Zitat der_Leitung\n"
                "Dateiname bericht_2025.pdf, 3 * 4 = 12, __unterstrichen__")
    assert readable_text(markdown) == ("Ergebnisse\nKita: Randzeiten fehlen\nTermin am 25.11.\nZitat der_Leitung\n"
                                       "Dateiname bericht_2025.pdf, 3 * 4 = 12, unterstrichen")
