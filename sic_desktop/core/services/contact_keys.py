"""The few fields that tell whether an imported line is a contact we have, read for all live contacts at once.

The import (``io.import_matching``) builds its indexes of names, e-mail addresses
and internet domains from these before the first line; three plain reads instead
of loading every record with its links.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class OrganisationKeys:
    id: int
    name: str
    website: str
    email: str


@dataclass(frozen=True)
class PersonKeys:
    id: int
    first_name: str
    last_name: str
    emails: list[str]


class ContactKeys:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def organisations(self) -> list[OrganisationKeys]:
        """Live organisations, oldest first (the oldest of two namesakes is the one an import means)."""
        rows = self._ws.database.execute(
            "SELECT id, name, website, email FROM organisation WHERE deleted_at IS NULL ORDER BY id"
        )
        return [OrganisationKeys(*row) for row in rows]

    def persons(self) -> list[PersonKeys]:
        """Live persons with their e-mail addresses, oldest first."""
        rows = self._ws.database.execute(
            "SELECT id, first_name, last_name, emails FROM person WHERE deleted_at IS NULL ORDER BY id"
        )
        return [PersonKeys(person_id, first, last, json.loads(emails)) for person_id, first, last, emails in rows]

    def memberships(self) -> list[tuple[int, int]]:
        """Every membership as (person id, organisation id), also those of trashed records."""
        return [(person_id, org_id) for person_id, org_id in self._ws.database.execute(
            "SELECT person_id, organisation_id FROM membership"
        )]
