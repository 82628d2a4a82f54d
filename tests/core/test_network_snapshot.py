"""The network snapshot: all live records and links the map needs, nothing from the trash."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sic_desktop.core.models import Cooperation, Membership, Organisation, Partner, Person
from sic_desktop.core.workspace import Workspace


def test_snapshot_holds_live_records_and_their_links(tmp_path: Path) -> None:
    with Workspace.open(tmp_path, user="test") as ws:
        themes = {name: theme_id for theme_id, name in ws.themes.names().items()}
        verein = ws.organisations.create(
            Organisation(name="Nachbarschaftsverein Eving", sector="zivilgesellschaft", district="Eving",
                         theme_ids=[themes["Arbeit im Quartier"]])
        )
        firma = ws.organisations.create(Organisation(name="Pflegedienst Hansen GmbH", sector="wirtschaft"))
        weg = ws.organisations.create(Organisation(name="Wird gelöscht", sector="politik"))
        anna = ws.persons.create(
            Person(first_name="Anna", last_name="Schäfer", title="Dr.",
                   memberships=[Membership(organisation_id=verein.id, from_date=date(2024, 1, 1)),
                                Membership(organisation_id=weg.id)])
        )
        coop = ws.cooperations.create(
            Cooperation(title="Pflege und Beruf", status="pilot", start_date=date(2025, 2, 1),
                        theme_ids=[themes["Work & Care"]],
                        partners=[Partner(organisation_id=verein.id, role="lead"),
                                  Partner(organisation_id=weg.id), Partner(person_id=anna.id, role="beteiligt")])
        )
        ws.organisations.trash(weg.id)

        snap = ws.network.snapshot()

        assert set(snap.organisations) == {verein.id, firma.id}
        assert snap.organisations[verein.id].theme_ids == {themes["Arbeit im Quartier"]}
        assert snap.organisations[verein.id].district == "Eving"
        assert snap.persons[anna.id].name == "Dr. Anna Schäfer"
        assert [(m.person_id, m.organisation_id, m.from_date) for m in snap.memberships] == [
            (anna.id, verein.id, date(2024, 1, 1))
        ]
        entry = snap.cooperations[coop.id]
        assert (entry.status, entry.start_date, entry.theme_ids) == ("pilot", date(2025, 2, 1), {themes["Work & Care"]})
        assert [(p.organisation_id, p.person_id, p.role) for p in entry.partners] == [
            (verein.id, None, "lead"), (None, anna.id, "beteiligt")
        ]
        assert snap.districts() == ["Eving"]
        assert snap.generation == ws.database.generation()
