"""The import's field catalogue agrees with the core it feeds.

Field names and German labels of the import must be the ones of the core's
forms, so that the mapping dialog and the error messages speak like the window.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields

import pytest

from sic_desktop.core.field_labels import field_label
from sic_desktop.core.models import Organisation, Person
from sic_desktop.core.record_ref import RecordType
from sic_desktop.io import TargetKind, target_fields

# Import-only person fields: they become a membership, or the address of the
# person's organisation, or (full_name) are split into the name fields.
PERSON_EXTRAS = {"full_name", "organisation", "function", "department", "street",
                 "postal_code", "city", "website"}


@pytest.mark.parametrize(
    ("kind", "model", "record_type", "extras"),
    [
        (TargetKind.PERSON, Person, RecordType.PERSON, PERSON_EXTRAS),
        (TargetKind.ORGANISATION, Organisation, RecordType.ORGANISATION, set()),
    ],
)
def test_field_names_and_labels_are_the_cores(kind, model, record_type, extras):
    model_fields = {f.name for f in dataclass_fields(model)}
    for target in target_fields(kind):
        if target.name in extras:
            continue
        assert target.name in model_fields
        assert target.label == field_label(record_type, target.name)

