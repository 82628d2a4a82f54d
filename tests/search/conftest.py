"""German fixture records and a built index for the search tests."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sic_desktop.core.models import Cooperation, Membership, Note, Organisation, Partner, Person
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.workspace import Workspace
from sic_desktop.search import SearchDocument, SearchIndex, SearchResults, SearchService

FIXTURE_DOCS: tuple[SearchDocument, ...] = (
    SearchDocument(
        ref=RecordRef.parse("note:1"), title="Workshop Vereinbarkeit von Beruf und Familie",
        names=("Caritasverband Dortmund", "Anna Schäfer"),
        body="Die Teilnehmenden berichteten über fehlende Kinderbetreuungsangebote in der "
             "Nordstadt. Pflegende Angehörige wünschen sich flexible Arbeitszeiten.",
        tags=("Kita",), themes=("Work & Care",), districts=("Nordstadt",),
        kind="workshopprotokoll", date=dt.date(2025, 3, 12),
        updated=dt.datetime(2025, 3, 12, 16, 30),
    ),
    SearchDocument(
        ref=RecordRef.parse("organisation:1"), title="Müller Ausbildungsbetrieb GmbH",
        body="Handwerksbetrieb, Straße des Handwerks 12; bildet jedes Jahr drei Lehrlinge aus.",
        tags=("Ausbildung",), sector=("wirtschaft",), districts=("Marten",),
    ),
    SearchDocument(
        ref=RecordRef.parse("person:1"), title="Anna Schäfer", names=("Caritasverband Dortmund",),
        body="Koordinatorin der Pflegeberatung. anna.schaefer@caritas-dortmund.de",
        sector=("zivilgesellschaft",), themes=("Work & Care",),
    ),
    SearchDocument(
        ref=RecordRef.parse("cooperation:1"), title="Stiftungstag 2025", names=("Bürgerstiftung Dortmund",),
        body="Ziele: Stiftungen und Initiativen aus dem Quartier vernetzen.",
        themes=("Stiftungen",), status="pilot", sector=("zivilgesellschaft",),
        date=dt.date(2025, 6, 1),
    ),
    SearchDocument(
        ref=RecordRef.parse("note:2"), title="Reflexionsgespräch Quartiersarbeit",
        names=("Quartiersbüro Eving",),
        body="Erwartungsmanagement bleibt schwierig. Das Fest in der Strasse vor dem Büro "
             "war ein Erfolg, die Kooperationen mit den Schulen wachsen.",
        themes=("Arbeit im Quartier",), districts=("Eving",), kind="reflexionsgespraech",
        date=dt.date(2024, 11, 5), updated=dt.datetime(2024, 11, 6, 9, 0),
    ),
    SearchDocument(
        ref=RecordRef.parse("note:3"), title="Gesprächsnotiz Fördermittel", names=("Jörg Weiß",),
        body="Herr Weiß bittet um Rückruf wegen der Fördermittel für die Ferienbetreuung.",
        tags=("Fördermittel",), kind="gespraechsnotiz", date=dt.date(2023, 2, 1),
        updated=dt.datetime(2023, 2, 1, 11, 0),
    ),
    SearchDocument(
        ref=RecordRef.parse("person:2"), title="Mehmet Özdemir", names=("Quartiersbüro Nordstadt",),
        body="Ansprechpartner für Sprachkurse.", districts=("Nordstadt",),
        sector=("verwaltung",),
    ),
    SearchDocument(
        ref=RecordRef.parse("organisation:2"), title="Technische Universität Dortmund",
        body="Sozialforschungsstelle; Kooperation mit der Stadt bei der Wirkungsmessung.",
        sector=("wissenschaft",),
    ),
    SearchDocument(
        ref=RecordRef.parse("cooperation:2"), title="Ausbildungsbetriebe & Schulen",
        body="Ziel: Praktikumsplätze für Jugendliche aus Marten vermitteln.",
        themes=("Wirtschaft & Schule",), status="umsetzung", sector=("wirtschaft",),
        districts=("Marten",), date=dt.date(2024, 9, 1),
    ),
    SearchDocument(
        ref=RecordRef.parse("note:4"), title="Idee: Frauen in Führung",
        body="Neue Formate für Frauen in kleinen Betrieben <Mentoring & Austausch>.",
        kind="idee", date=dt.date(2025, 12, 1), updated=dt.datetime(2025, 12, 1, 8, 0),
    ),
)


REPO = Path(__file__).resolve().parents[2]


def killed_when_ready(code: str, *args: str) -> int:
    """Run ``code`` in a Python of its own until it prints „ready“ (where it pauses, mid-write), then kill
    it there as a crash or a power cut would (SIGKILL: no ``finally`` runs); returns its exit code.
    Its pipes are closed at the end."""
    with subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True, env={**os.environ, "PYTHONPATH": str(REPO)}) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.wait()
    return child.returncode


def refs(results: SearchResults) -> list[str]:
    return [str(hit.ref) for hit in results.hits]


def build(index: SearchIndex, docs=FIXTURE_DOCS, generation: int = 1) -> None:
    total = len(docs) if isinstance(docs, (list, tuple)) else None
    for _ in index.rebuild(docs, generation, total=total):
        pass


@pytest.fixture
def index(tmp_path: Path):
    """An index of the fixture records at data generation 1."""
    with SearchIndex(tmp_path / "search", lock_timeout=1.0) as built:
        build(built)
        yield built


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory):
    """The same, built once per module, for tests that only search."""
    with SearchIndex(tmp_path_factory.mktemp("shared") / "search") as built:
        build(built)
        yield built


# -- the glue to the core: a small German network in a real workspace ----------------


@dataclass
class Network:
    ws: Workspace
    kita: Organisation
    firma: Organisation
    anna: Person
    jurgen: Person
    coop: Cooperation
    note: Note


@pytest.fixture
def network(workspace: Workspace) -> Network:
    """Two organisations, two contacts, a cooperation and a workshop note, all linked."""
    ws = workspace
    kita = ws.organisations.create(Organisation(
        name="Kita Sonnenblume gGmbH", short_name="Sonnenblume", sector="zivilgesellschaft",
        district="Nordstadt", street="Schützenstraße 12", postal_code="44147", city="Dortmund",
        description="Betreut Kinder von Schichtarbeitenden, auch in Randzeiten.", theme_ids=[2],
        tags=["Kita"]))
    firma = ws.organisations.create(Organisation(
        name="Müller Logistik GmbH", sector="wirtschaft", district="Eving"))
    anna = ws.persons.create(Person(
        salutation="Frau", first_name="Anna", last_name="Schäfer", emails=["anna.schaefer@kita-dortmund.de"],
        notes="Kennt die Elterninitiativen im Quartier.",
        memberships=[Membership(organisation_id=kita.id, function="Leiterin")]))
    jurgen = ws.persons.create(Person(
        first_name="Jürgen", last_name="Weiß", memberships=[Membership(organisation_id=firma.id, function="Personalleiter")]))
    coop = ws.cooperations.create(Cooperation(
        title="Randzeitenbetreuung für Schichtarbeitende", status="pilot", start_date=dt.date(2025, 4, 1),
        goals="Betreuung ab 6 Uhr für Beschäftigte der Logistikbranche.",
        partners=[Partner(organisation_id=kita.id, role="lead"), Partner(organisation_id=firma.id),
                  Partner(person_id=anna.id)],
        theme_ids=[2]))
    note = ws.notes.create(Note(
        title="Workshop Vereinbarkeit von Beruf und Familie", kind="workshopprotokoll",
        note_date=dt.date(2025, 3, 12), participants=["Dr. Ilse Brandt"],
        text="Die Teilnehmenden berichteten über fehlende Kinderbetreuungsangebote. "
             "Pflegende Angehörige wünschen sich flexible Arbeitszeiten.",
        organisation_ids=[kita.id], person_ids=[anna.id, jurgen.id], cooperation_ids=[coop.id],
        theme_ids=[2, 1], tags=["Fachkräfte"]))
    return Network(ws, kita, firma, anna, jurgen, coop, note)


@pytest.fixture
def service(network: Network) -> Iterator[SearchService]:
    """The network's search index, built and following every commit."""
    with SearchService(network.ws, lock_timeout=1.0) as built:
        run_to_end(built.rebuild())
        yield built


def found(service: SearchService, query: str, **kwargs) -> list[str]:
    return [str(hit.ref) for hit in service.search(query, **kwargs).hits]
