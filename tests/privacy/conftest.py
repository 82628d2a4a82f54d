"""A data folder with one person worth protecting, and a scan of every file's raw bytes."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from sic_desktop.core.models import Cooperation, FollowUp, Membership, Note, Organisation, Partner, Person
from sic_desktop.core.workspace import Workspace

# Parts of the person's data that must not survive an erasure anywhere in the data folder,
# matched case-insensitively: „stenberg“ catches Quästenberg, QUÄSTENBERG and quaestenberg.
SECRETS = ("stenberg", "wilhelmine", "9876543", "98 76 543")


@dataclass
class Subject:
    person: Person
    organisation: Organisation
    cooperation: Cooperation
    linked_note: Note
    trashed_note: Note


@pytest.fixture
def subject(workspace: Workspace) -> Subject:
    """Wilhelmine Quästenberg with everything a contact can have, plus a colleague who must stay."""
    ws = workspace
    org = ws.organisations.create(Organisation(name="Quartiersinitiative Marten e.V.", district="Marten"))
    person = ws.persons.create(
        Person(
            salutation="Frau",
            title="Dr.",
            first_name="Wilhelmine",
            last_name="Quästenberg",
            emails=["w.quaestenberg@example.org"],
            phones=["0231 9876543", "0171 98 76 543"],
            notes="Wilhelmine bevorzugt Termine am Vormittag.",
            legal_basis="einwilligung",
            consent_date=date(2020, 2, 3),
            last_contact=date(2021, 4, 5),
            memberships=[Membership(organisation_id=org.id, function="Vorsitzende")],
            theme_ids=[1],
            tags=["Beirat Quästenberg"],
        )
    )
    colleague = ws.persons.create(Person(first_name="Jonas", last_name="Brandt", emails=["j.brandt@example.org"]))
    coop = ws.cooperations.create(
        Cooperation(
            title="Nachbarschaftsladen Marten",
            status="pilot",
            partners=[Partner(organisation_id=org.id, role="lead"), Partner(person_id=person.id, role="beteiligt")],
        )
    )
    linked = ws.notes.create(
        Note(
            title="Workshop Nachbarschaftsladen",
            note_date=date(2021, 4, 5),
            kind="workshopprotokoll",
            text="Ideen für den Laden gesammelt.",
            participants=["Dr. Wilhelmine Quästenberg", "Jonas Brandt", "Team SIC"],
            organisation_ids=[org.id],
            person_ids=[person.id, colleague.id],
            cooperation_ids=[coop.id],
        )
    )
    trashed = ws.notes.create(
        Note(title="Vorgespräch", note_date=date(2021, 3, 1), participants=["Frau Quästenberg"], person_ids=[person.id])
    )
    ws.notes.trash(trashed.id)
    ws.followups.create(FollowUp(due_date=date(2026, 12, 1), text="Wegen Beirat anrufen", target=person.ref))
    ws.followups.create(FollowUp(due_date=date(2026, 12, 2), text="Protokoll verschicken", target=linked.ref))
    ws.keep_decisions.add(person.id, "Beiratsmitglied bis 2025", date(2022, 1, 1))
    return Subject(person, org, coop, linked, trashed)


def find_secrets(root: Path, *, skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(file, secret) for every secret found in the raw bytes of any file under ``root``.

    Looks for UTF-8 and UTF-16 (as some index formats store text), ignoring ASCII case, in the
    bytes as they are and in every zlib stream inflated (the search index compresses stored text).
    """
    hits = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root)
        if relative.parts[0] in skip:
            continue
        raw = path.read_bytes()
        data = b"\n".join([raw, *inflated_streams(raw)]).lower()
        for secret in SECRETS:
            if secret.encode("utf-8") in data or secret.encode("utf-16-le") in data:
                hits.append((str(relative), secret))
    return hits


def inflated_streams(data: bytes) -> list[bytes]:
    """The contents of every zlib stream in ``data``: wherever a valid zlib header starts one that inflates."""
    found = []
    for start in range(len(data) - 1):
        first, second = data[start], data[start + 1]
        if first & 0x0F != 8 or (first << 8 | second) % 31:  # deflate, with a header checksum that fits
            continue
        inflater = zlib.decompressobj()
        try:
            content = inflater.decompress(data[start:], 10_000_000)
        except zlib.error:
            continue
        if inflater.eof and content:
            found.append(content)
    return found


@pytest.fixture
def secrets_in() -> Callable[..., list[tuple[str, str]]]:
    return find_secrets

