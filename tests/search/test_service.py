"""The index follows every save: new, changed, renamed, trashed, restored and erased records."""

from __future__ import annotations

import datetime as dt

import pytest

from sic_desktop.core.models import FollowUp, Note, Organisation
from sic_desktop.core.progress import run_to_end
from sic_desktop.search import IndexState, SearchService, SearchState
from sic_desktop.search import service as service_module

from .conftest import Network, found


def fresh(service: SearchService) -> bool:
    return service.status().state is IndexState.FRESH


def test_a_new_note_is_found_right_after_the_save(network: Network, service: SearchService) -> None:
    note = network.ws.notes.create(Note(
        title="Gesprächsnotiz Lastenfahrrad", note_date=dt.date(2026, 5, 4),
        text="Das Quartiersbüro verleiht ab Mai ein Lastenfahrrad.", organisation_ids=[network.firma.id]))
    assert found(service, "Lastenfahrräder") == [str(note.ref)]
    assert found(service, "Lastenfahrrad sektor:wirtschaft stadtteil:eving") == [str(note.ref)]
    assert fresh(service)


def test_a_changed_note_is_found_by_its_new_text_only(network: Network, service: SearchService) -> None:
    network.note.text = "Heute ging es um Ferienbetreuung in Eving."
    network.ws.notes.update(network.note)
    assert found(service, "Ferienbetreuung") == [str(network.note.ref)]
    assert found(service, "Kinderbetreuungsangebote") == []
    assert fresh(service)


def test_renaming_an_organisation_renews_everything_that_shows_its_name(network: Network, service: SearchService) -> None:
    linked = {str(r) for r in (network.anna.ref, network.coop.ref, network.note.ref)}
    assert linked <= set(found(service, "Sonnenblume"))
    network.kita.name, network.kita.short_name = "Familienzentrum Löwenzahn", ""
    network.ws.organisations.update(network.kita)
    assert set(found(service, "Löwenzahn")) == linked | {str(network.kita.ref)}
    assert found(service, "Sonnenblume") == []
    assert fresh(service)


def test_a_save_that_changes_no_shown_name_renews_its_own_document_only(
        network: Network, service: SearchService, monkeypatch: pytest.MonkeyPatch) -> None:
    renewed: list[set[str]] = []
    real = service_module.documents_for
    monkeypatch.setattr(service_module, "documents_for",
                        lambda ws, refs: (renewed.append({str(r) for r in refs}), real(ws, refs))[1])
    network.kita.phone = "0231 123456"
    network.ws.organisations.update(network.kita)
    assert renewed == [{str(network.kita.ref)}]
    assert found(service, "123456") == [str(network.kita.ref)]
    network.anna.notes = "Ruft meistens vormittags zurück."
    network.ws.persons.update(network.anna)
    assert renewed[-1] == {str(network.anna.ref)}


def test_a_new_district_reaches_the_notes_of_the_organisation(network: Network, service: SearchService) -> None:
    network.kita.district = "Husen"
    network.ws.organisations.update(network.kita)
    assert str(network.note.ref) in found(service, "typ:notiz stadtteil:husen")


def test_renaming_a_theme_field_renews_its_records(network: Network, service: SearchService) -> None:
    theme = network.ws.themes.get(2)
    theme.name = "Vereinbarkeit"
    network.ws.themes.update(theme)
    assert set(found(service, "themenfeld:vereinbarkeit")) == {
        str(r) for r in (network.kita.ref, network.coop.ref, network.note.ref)}
    assert found(service, 'themenfeld:"Work & Care"') == []


def test_trash_restore_and_emptying_the_trash(network: Network, service: SearchService) -> None:
    ws, note = network.ws, str(network.note.ref)
    ws.notes.trash(network.note.id)
    assert found(service, "Kinderbetreuungsangebote") == [] and fresh(service)
    ws.notes.restore(network.note.id)
    assert found(service, "Kinderbetreuungsangebote") == [note]

    ws.organisations.trash(network.kita.id)  # its name leaves the documents that showed it
    assert found(service, "Sonnenblume") == []
    ws.organisations.restore(network.kita.id)
    assert note in found(service, "Sonnenblume")

    ws.notes.trash(network.note.id)
    ws.persons.trash(network.anna.id)
    assert ws.trash.empty() == 2
    assert found(service, "Kinderbetreuungsangebote") == [] and found(service, "Schäfer") == []
    assert service.index.counts_by_type() == {"organisation": 2, "person": 1, "cooperation": 1}
    assert fresh(service)


def test_a_purged_person_leaves_the_documents_that_named_it(network: Network, service: SearchService) -> None:
    # Purged directly (erasure, merge): its links are gone from the database at once.
    network.ws.persons.purge(network.anna.id)
    assert found(service, "Anna") == []
    assert fresh(service)


def test_a_follow_up_moves_the_generation_only(network: Network, service: SearchService) -> None:
    network.ws.followups.create(FollowUp(due_date=dt.date(2026, 12, 1), text="Frau Schäfer anrufen",
                                         target=network.note.ref))
    assert fresh(service)
    assert found(service, "anrufen") == []


def test_hits_are_checked_against_the_database(network: Network) -> None:
    with SearchService(network.ws, listen=False) as stale:  # sees no commits
        run_to_end(stale.rebuild())
        network.ws.notes.trash(network.note.id)
        assert stale.status().state is IndexState.STALE
        assert found(stale, "Kinderbetreuungsangebote") == []  # in the index, but trashed


def test_a_large_change_drops_deleted_records_and_leaves_the_rest_to_a_rebuild(
        network: Network, service: SearchService, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_module, "LARGE_CHANGE", 2)
    states: list[SearchState] = []
    service.observers.append(type("Spy", (), {"search_state_changed": lambda self, s, p: states.append(s)})())
    with network.ws.database.write():
        network.ws.notes.trash(network.note.id)
        network.ws.organisations.create(Organisation(name="Bürgerstiftung Dortmund"))
        network.ws.organisations.create(Organisation(name="Bürgerstiftung Hörde"))
    assert found(service, "Kinderbetreuungsangebote") == []
    assert found(service, "Bürgerstiftung") == []  # not yet: the index is behind
    assert states == [SearchState.OUTDATED] and service.state is SearchState.OUTDATED
    assert run_to_end(service.ensure_current()) == 7
    assert service.state is SearchState.READY and len(found(service, "Bürgerstiftung")) == 2


def test_the_window_rebuilds_in_the_background_when_the_index_falls_behind(
        network: Network, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_module, "LARGE_CHANGE", 0)
    with SearchService(network.ws, auto_rebuild=True) as service:
        service.start_background()
        service.wait_for_background()
        assert service.state is SearchState.READY
        network.ws.organisations.create(Organisation(name="Bürgerstiftung Dortmund"))
        service.wait_for_background()
        assert service.state is SearchState.READY
        assert found(service, "Bürgerstiftung") == ["organisation:3"]


def test_snippets_of_markdown_notes_show_the_words_not_the_marks(network: Network, service: SearchService) -> None:
    network.ws.notes.create(
        Note(
            title="Werkstatt",
            note_date=dt.date(2026, 11, 2),
            text="## Ergebnisse\n- **Randzeitenbetreuung** ab 6 Uhr\n- Pflege-Lotsin im Betrieb",
        )
    )
    hit = next(h for h in service.search("Randzeitenbetreuung").hits if h.title == "Werkstatt")
    assert "<b>Randzeitenbetreuung</b> ab 6 Uhr" in hit.snippet.html
    assert [mark for mark in ("#", "**", "- ") if mark in hit.snippet.plain] == []
