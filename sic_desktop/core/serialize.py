"""Records as JSON-ready dicts, for ``--json`` output and the lossless export.

Dates become ISO strings and references ``type:id`` strings, so the output reads
the same on every machine and parses back without guessing.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from datetime import date
from typing import Any

from sic_desktop.core.models import Record, RecordRef


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
    if hasattr(record, "target") and getattr(record, "target") is not None:
        data["target"] = str(record.target)
    return {"type": record.RECORD_TYPE.value, **data}
