"""German fixture records and a built index for the search tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sic_desktop.search import SearchDocument, SearchIndex, SearchResults

FIXTURE_DOCS: tuple[SearchDocument, ...] = (
    SearchDocument(
        ref="note:1", title="Workshop Vereinbarkeit von Beruf und Familie",
        names=("Caritasverband Dortmund", "Anna Schäfer"),
        body="Die Teilnehmenden berichteten über fehlende Kinderbetreuungsangebote in der "
             "Nordstadt. Pflegende Angehörige wünschen sich flexible Arbeitszeiten.",
        tags=("Kita",), themes=("Work & Care",), districts=("Nordstadt",),
        kind="workshopprotokoll", date=dt.date(2025, 3, 12),
        updated=dt.datetime(2025, 3, 12, 16, 30),
    ),
    SearchDocument(
        ref="organisation:1", title="Müller Ausbildungsbetrieb GmbH",
        body="Handwerksbetrieb, Straße des Handwerks 12; bildet jedes Jahr drei Lehrlinge aus.",
        tags=("Ausbildung",), sector=("wirtschaft",), districts=("Marten",),
    ),
    SearchDocument(
        ref="person:1", title="Anna Schäfer", names=("Caritasverband Dortmund",),
        body="Koordinatorin der Pflegeberatung. anna.schaefer@caritas-dortmund.de",
        sector=("zivilgesellschaft",), themes=("Work & Care",),
    ),
    SearchDocument(
        ref="cooperation:1", title="Stiftungstag 2025", names=("Bürgerstiftung Dortmund",),
        body="Ziele: Stiftungen und Initiativen aus dem Quartier vernetzen.",
        themes=("Stiftungen",), status="pilot", sector=("zivilgesellschaft",),
        date=dt.date(2025, 6, 1),
    ),
    SearchDocument(
        ref="note:2", title="Reflexionsgespräch Quartiersarbeit",
        names=("Quartiersbüro Eving",),
        body="Erwartungsmanagement bleibt schwierig. Das Fest in der Strasse vor dem Büro "
             "war ein Erfolg, die Kooperationen mit den Schulen wachsen.",
        themes=("Arbeit im Quartier",), districts=("Eving",), kind="reflexionsgespraech",
        date=dt.date(2024, 11, 5), updated=dt.datetime(2024, 11, 6, 9, 0),
    ),
    SearchDocument(
        ref="note:3", title="Gesprächsnotiz Fördermittel", names=("Jörg Weiß",),
        body="Herr Weiß bittet um Rückruf wegen der Fördermittel für die Ferienbetreuung.",
        tags=("Fördermittel",), kind="gespraechsnotiz", date=dt.date(2023, 2, 1),
        updated=dt.datetime(2023, 2, 1, 11, 0),
    ),
    SearchDocument(
        ref="person:2", title="Mehmet Özdemir", names=("Quartiersbüro Nordstadt",),
        body="Ansprechpartner für Sprachkurse.", districts=("Nordstadt",),
        sector=("verwaltung",),
    ),
    SearchDocument(
        ref="organisation:2", title="Technische Universität Dortmund",
        body="Sozialforschungsstelle; Kooperation mit der Stadt bei der Wirkungsmessung.",
        sector=("wissenschaft",),
    ),
    SearchDocument(
        ref="cooperation:2", title="Ausbildungsbetriebe & Schulen",
        body="Ziel: Praktikumsplätze für Jugendliche aus Marten vermitteln.",
        themes=("Wirtschaft & Schule",), status="umsetzung", sector=("wirtschaft",),
        districts=("Marten",), date=dt.date(2024, 9, 1),
    ),
    SearchDocument(
        ref="note:4", title="Idee: Frauen in Führung",
        body="Neue Formate für Frauen in kleinen Betrieben <Mentoring & Austausch>.",
        kind="idee", date=dt.date(2025, 12, 1), updated=dt.datetime(2025, 12, 1, 8, 0),
    ),
)


def refs(results: SearchResults) -> list[str]:
    return [hit.ref for hit in results.hits]


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
