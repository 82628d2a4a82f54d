"""The import's field catalogue agrees with the core it feeds.

sic_desktop.io may not import the core's models and validation; these tests
make sure the copies of names, labels, limits and the e-mail rule stay equal.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields

import pytest

from sic_desktop.core import validation
from sic_desktop.core.fields import field_label
from sic_desktop.core.models import Organisation, Person, RecordType
from sic_desktop.io import TargetKind, target_fields
from sic_desktop.io import fields as io_fields
from sic_desktop.io.values import is_valid_email

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


def test_length_limits_are_the_cores():
    assert io_fields.SHORT_TEXT_MAX == validation.SHORT_TEXT_MAX
    assert io_fields.LONG_TEXT_MAX == validation.LONG_TEXT_MAX
    assert io_fields.TAG_MAX == validation.TAG_MAX


@pytest.mark.parametrize(
    "address",
    ["anna.schaefer@stadt.example", "jürgen@müller.de", "a+b@x.co", "0@A.XN--30RR7Y", "anna@",
     "@stadt.de", "anna@stadt", "a..b@stadt.de", ".a@stadt.de", "a.@stadt.de", "a b@stadt.de",
     "a@b@stadt.de", "a@stadt.d", "<a@stadt.de>", 'a"b@stadt.de'],
)
def test_email_rule_is_the_cores(address):
    assert is_valid_email(address) == validation.is_valid_email(address)
