"""Every validation rule: refused input names the field in German, and nothing is stored."""

from __future__ import annotations

import pytest

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.models import Cooperation, FollowUp, Membership, Note, Organisation, Partner, Person, ThemeField
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.validation import NOTE_TEXT_MAX


def refused(service, record) -> ValidationError:
    before = service.count()
    with pytest.raises(ValidationError) as caught:
        service.create(record)
    assert service.count() == before, "a refused record must not be stored"
    return caught.value


@pytest.fixture
def org(workspace):
    return workspace.organisations.create(Organisation(name="Quartiersinitiative Marten e.V."))


@pytest.mark.parametrize(
    ("record", "field", "fragment"),
    [
        (Organisation(name="   "), "name", "Bitte einen Namen eingeben"),
        (Organisation(name="X", email="info@"), "email", "„info@“ ist keine gültige E-Mail-Adresse"),
        (Organisation(name="X", phone="ruf an"), "phone", "keine gültige Telefonnummer"),
        (Organisation(name="X", website="nicht eine seite"), "website", "keine gültige Webadresse"),
        (Organisation(name="X", sector="Kirche"), "sector", "„Kirche“ ist nicht vorgesehen"),
        (Organisation(name="X" * 301), "name", "zu lang"),
        (Organisation(name="X", tags=["Kita, Pflege"]), "tags", "Komma"),
        (Organisation(name="X", tags=["a" * 61]), "tags", "zu lang"),
        (Organisation(name="X", theme_ids=[99]), "theme_ids", "Das Themenfeld Nr. 99 gibt es nicht"),
    ],
)
def test_organisation_rules(workspace, record, field, fragment):
    error = refused(workspace.organisations, record)
    assert any(fragment in message for message in error.for_field(field)), error


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"first_name": "", "last_name": ""}, "last_name", "Vor- oder Nachnamen"),
        ({"emails": ["anna@schaefer.de", "anna(at)schaefer.de"]}, "emails", "„anna(at)schaefer.de“"),
        ({"phones": ["0231/50-12345", "keine"]}, "phones", "„keine“ ist keine gültige Telefonnummer"),
        ({"legal_basis": "weil halt"}, "legal_basis", "ist nicht vorgesehen"),
        ({"consent_date": "31.02.2026"}, "consent_date", "Der Februar 2026 hat nur 28 Tage"),
        ({"last_contact": "gestern"}, "last_contact", "ist kein Datum"),
    ],
)
def test_person_rules(workspace, changes, field, fragment):
    person = Person(first_name="Anna", last_name="Schäfer")
    for name, value in changes.items():
        setattr(person, name, value)
    error = refused(workspace.persons, person)
    assert any(fragment in message for message in error.for_field(field)), error
    assert error.errors[0].label in str(error), "the message names the field"


def test_membership_rules(workspace, org):
    later_before_earlier = Membership(organisation_id=org.id, from_date="01.06.2026", to_date="01.01.2026")
    error = refused(workspace.persons, Person(last_name="Weiß", memberships=[later_before_earlier]))
    assert "Das Ende (01.01.2026) liegt vor dem Beginn (01.06.2026)" in error.for_field("memberships")[0]

    twice = [Membership(organisation_id=org.id, function="Vorsitz")] * 2
    assert "doppelt" in refused(workspace.persons, Person(last_name="Weiß", memberships=twice)).for_field(
        "memberships"
    )[0]

    unknown = [Membership(organisation_id=4711)]
    assert "Organisation Nr. 4711 gibt es nicht" in refused(
        workspace.persons, Person(last_name="Weiß", memberships=unknown)
    ).for_field("memberships")[0]


def test_cooperation_rules(workspace, org):
    service = workspace.cooperations
    assert "Bitte einen Titel" in refused(service, Cooperation(title="")).for_field("title")[0]
    assert "ist nicht vorgesehen" in refused(service, Cooperation(title="X", status="fertig")).for_field("status")[0]
    ended_early = Cooperation(title="X", start_date="01.03.2026", end_date="28.02.2026")
    assert "liegt vor dem Beginn" in refused(service, ended_early).for_field("end_date")[0]
    both = Partner(organisation_id=org.id, person_id=1)
    assert "entweder" in refused(service, Cooperation(title="X", partners=[both])).for_field("partners")[0]
    twice = [Partner(organisation_id=org.id), Partner(organisation_id=org.id, role="foerderer")]
    assert "doppelt" in refused(service, Cooperation(title="X", partners=twice)).for_field("partners")[0]
    bad_role = [Partner(organisation_id=org.id, role="Chef")]
    assert "ist nicht vorgesehen" in refused(service, Cooperation(title="X", partners=bad_role)).for_field("partners")[0]
    missing = [Partner(person_id=999)]
    assert "Kontakt Nr. 999" in refused(service, Cooperation(title="X", partners=missing)).for_field("partners")[0]


def test_note_rules(workspace):
    service = workspace.notes
    assert "Bitte einen Titel" in refused(service, Note(title="", note_date="1.1.2026")).for_field("title")[0]
    assert "Bitte ein Datum" in refused(service, Note(title="X")).for_field("note_date")[0]
    assert "ist nicht vorgesehen" in refused(service, Note(title="X", note_date="1.1.2026", kind="Brief")).for_field(
        "kind"
    )[0]
    huge = Note(title="Riesig", note_date="1.1.2026", text="Kinderbetreuung " * (NOTE_TEXT_MAX // 16 + 1))
    assert "zu lang" in refused(service, huge).for_field("text")[0]
    dangling = Note(title="X", note_date="1.1.2026", organisation_ids=[5], person_ids=[6], cooperation_ids=[7])
    error = refused(service, dangling)
    assert {e.field for e in error.errors} == {"organisation_ids"}, "stops at the first missing link type"


def test_followup_rules(workspace, org):
    service = workspace.followups
    error = refused(service, FollowUp())
    assert {e.field for e in error.errors} == {"text", "due_date", "target"}
    gone = FollowUp(text="Anrufen", due_date="3.3.2026", target=RecordRef(RecordType.PERSON, 42))
    assert "Kontakt Nr. 42" in refused(service, gone).for_field("target")[0]


def test_theme_field_rules(workspace):
    assert "Bitte einen Namen" in refused(workspace.themes, ThemeField(name="")).for_field("name")[0]
    assert "gibt es schon" in refused(workspace.themes, ThemeField(name="work & care")).for_field("name")[0]


def test_several_problems_are_reported_together(workspace):
    error = refused(workspace.organisations, Organisation(name="", email="x", website="y"))
    assert {e.field for e in error.errors} == {"name", "email", "website"}


def test_input_is_tidied_before_it_is_stored(workspace):
    person = workspace.persons.create(
        Person(
            first_name="  Anna ",
            last_name="Schäfer\n",
            emails=["anna@schaefer.de", " ANNA@schaefer.de ", ""],
            legal_basis="Öffentliche Aufgabe",
            tags=["Kita", "kita", " Pflege  im Betrieb "],
            consent_date="3.3.2026",
        )
    )
    assert (person.first_name, person.last_name) == ("Anna", "Schäfer")
    assert person.emails == ["anna@schaefer.de"]
    assert person.legal_basis == "oeffentliche_aufgabe"
    assert sorted(person.tags) == ["Kita", "Pflege im Betrieb"]
    assert person.consent_date.isoformat() == "2026-03-03"
