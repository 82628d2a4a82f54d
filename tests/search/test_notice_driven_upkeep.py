"""The index learns from the change notice which fields a commit changed, and renews only what shows them."""

from __future__ import annotations

import pytest

from sic_desktop.search import SearchService
from sic_desktop.search import service as service_module

from .conftest import Network, found


@pytest.fixture
def renewed(service: SearchService, monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """The refs whose documents each commit renewed."""
    calls: list[set[str]] = []
    real = service_module.documents_for
    monkeypatch.setattr(service_module, "documents_for",
                        lambda ws, refs: (calls.append({str(r) for r in refs}), real(ws, refs))[1])
    return calls


def test_a_keep_decision_renews_only_the_contact(
        network: Network, service: SearchService, renewed: list[set[str]]) -> None:
    network.ws.keep_decisions.add(network.anna.id, "Laufende Kooperation")
    assert renewed == [{str(network.anna.ref)}]  # her name is unchanged: the note and cooperation stay


def test_a_new_last_name_reaches_every_document_that_shows_it(
        network: Network, service: SearchService, renewed: list[set[str]]) -> None:
    network.anna.last_name = "Schäfer-Weiß"
    network.ws.persons.update(network.anna)
    shown_by = (network.anna.ref, network.kita.ref, network.coop.ref, network.note.ref)  # not Müller Logistik
    assert renewed == [{str(r) for r in shown_by}]
    assert set(found(service, "Schäfer-Weiß")) >= {str(network.note.ref), str(network.coop.ref)}


def test_the_listener_does_not_read_the_change_history(
        network: Network, service: SearchService, renewed: list[set[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(network.ws.history, "for_record", lambda ref: pytest.fail("history read after a commit"))
    network.kita.district = "Hörde"
    network.ws.organisations.update(network.kita)
    assert str(network.note.ref) in renewed[-1]
    assert str(network.note.ref) in found(service, "stadtteil:hörde")
