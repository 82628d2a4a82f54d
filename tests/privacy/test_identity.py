"""Finding a person in participant lists: the person, not a namesake."""

from __future__ import annotations

import pytest

from sic_desktop.core.models import Person
from sic_desktop.privacy.person_identity import PersonIdentity

ANNA = PersonIdentity.of(
    Person(id=7, salutation="Frau", title="Dr.", first_name="Anna", last_name="Schäfer", emails=["a.schaefer@example.org"])
)


@pytest.mark.parametrize(
    "entry",
    ["Anna Schäfer", "Dr. Anna Schaefer (FH Dortmund)", "Frau Schäfer", "Schäfer, Anna", "A. Schäfer", "a.schaefer@example.org", "SCHÄFER"],
)
def test_entries_naming_the_person(entry):
    assert ANNA.named_by(entry)


@pytest.mark.parametrize("entry", ["Thomas Schäfer", "Anna Schäferhoff", "Team SIC", "Schäfer-Verein Eving"])
def test_entries_naming_someone_else(entry):
    assert not ANNA.named_by(entry)


def test_phrases_for_free_texts_avoid_the_bare_last_name():
    assert ANNA.mention_phrases() == [
        "Anna Schäfer",
        "Schäfer, Anna",
        "Frau Schäfer",
        "Dr. Schäfer",
        "a.schaefer@example.org",
    ]
