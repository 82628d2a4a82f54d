"""Records as JSON-ready dicts, for ``--json`` output and the lossless export, and back.

Dates become ISO strings and references ``type:id`` strings, so the output reads
the same on every machine and parses back without guessing.
"""

from __future__ import annotations

from dataclasses import asdict, fields, is_dataclass
from datetime import date
from functools import cache
from typing import Any

from sic_desktop.core.dates import from_iso
from sic_desktop.core.models import (
    Cooperation,
    FollowUp,
    Indicator,
    Measurement,
    Membership,
    Note,
    Organisation,
    Partner,
    Person,
    Record,
    StatusChange,
    ThemeField,
)
from sic_desktop.core.record_ref import RecordRef, RecordType

RECORD_CLASSES: dict[RecordType, type[Record]] = {
    cls.RECORD_TYPE: cls for cls in (
        ThemeField, Organisation, Person, Cooperation, Note, FollowUp, Indicator, Measurement
    )
}

# The stored part of link rows; their ids and the names filled when read are left out.
_LINK_ROW_FIELDS: dict[type, tuple[str, ...]] = {
    Membership: ("organisation_id", "function", "from_date", "to_date"),
    Partner: ("role", "organisation_id", "person_id"),
}
_DISPLAY_ONLY = {"target_title", "cooperation_title", "indicator_name"}


def to_jsonable(value: Any) -> Any:
    if isinstance(value, RecordRef):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return {key: to_jsonable(item) for key, item in asdict(value).items()}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    return value


def record_to_dict(record: Record) -> dict[str, Any]:
    """All fields of ``record`` plus its ``type``."""
    data = to_jsonable(record)
    # asdict() turns a RecordRef (a NamedTuple) into a list; keep the readable form.
    if hasattr(record, "target") and record.target is not None:
        data["target"] = str(record.target)
    return {"type": record.RECORD_TYPE.value, **data}


def export_dict(record: Record) -> dict[str, Any]:
    """What is stored of ``record``, without the names a read fills in: the full export's form."""
    data: dict[str, Any] = {}
    for field in fields(record):
        if field.name in _DISPLAY_ONLY:
            continue
        value = getattr(record, field.name)
        if field.name in ("memberships", "partners"):
            data[field.name] = [
                {name: to_jsonable(getattr(item, name)) for name in _LINK_ROW_FIELDS[type(item)]} for item in value
            ]
        else:
            data[field.name] = _plain(value)
    return data


def _plain(value: Any) -> Any:
    """``to_jsonable`` with a fast path for the scalars and lists that make up most of an export."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, RecordRef):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return to_jsonable(value)


def record_from_dict(record_type: RecordType, data: dict[str, Any]) -> Record:
    """The inverse of ``export_dict``; unknown keys are ignored, wrong values raise ValueError/TypeError/KeyError."""
    record_class = RECORD_CLASSES[record_type]
    known, dates = _field_names(record_class), _date_fields(record_class)  # type: ignore[arg-type]  # classes hash; mypy sees Record's instance __hash__ = None
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known or name in _DISPLAY_ONLY:
            continue
        if name == "memberships":
            value = [Membership(**_parsed(Membership, item)) for item in value]
        elif name == "partners":
            value = [Partner(**_parsed(Partner, item)) for item in value]
        elif name == "status_history":
            value = [StatusChange(s["status"], date.fromisoformat(s["changed_on"]), s["changed_by"]) for s in value]
        elif name == "target":
            value = RecordRef.parse(value) if value else None
        elif name in dates:
            value = from_iso(value)
        values[name] = value
    return record_class(**values)


def _parsed(link_class: type, item: dict[str, Any]) -> dict[str, Any]:
    dates = _date_fields(link_class)
    return {
        name: from_iso(item[name]) if name in dates else item[name]
        for name in _LINK_ROW_FIELDS[link_class]
        if name in item
    }


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(field.name for field in fields(cls))


@cache
def _date_fields(cls: type) -> frozenset[str]:
    """Fields annotated ``date`` or ``date | None`` (annotations are strings here)."""
    return frozenset(field.name for field in fields(cls) if str(field.type).startswith("date"))
