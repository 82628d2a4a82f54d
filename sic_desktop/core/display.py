"""A record's field as one line of German text, for side-by-side views and the command line.

Vocabulary keys become labels, ids become names, dates German; the window's forms
have their own widgets, this is for places that show plain text.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sic_desktop.core.dates import format_date, format_timestamp
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Record
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.vocab import COOPERATION_STATUSES, LEGAL_BASES, NOTE_KINDS, PARTNER_ROLES, SECTORS, TEXT_FORMATS

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

_VOCABULARIES = {
    "sector": SECTORS,
    "status": COOPERATION_STATUSES,
    "kind": NOTE_KINDS,
    "legal_basis": LEGAL_BASES,
    "text_format": TEXT_FORMATS,
}
_LINK_FIELDS = {
    "organisation_ids": RecordType.ORGANISATION,
    "person_ids": RecordType.PERSON,
    "cooperation_ids": RecordType.COOPERATION,
}


def field_text(workspace: Workspace, record: Record, name: str) -> str:
    """The value of ``record.<name>`` as German text; empty for an empty field."""
    value: Any = getattr(record, name)
    if name in _VOCABULARIES:
        return _VOCABULARIES[name].label(value)
    if name == "theme_ids":
        names = workspace.themes.names()
        return ", ".join(names.get(i, str(i)) for i in value)
    if name == "memberships":
        return "; ".join(f"{m.organisation_name} ({m.function})" if m.function else m.organisation_name for m in value)
    if name == "partners":
        return "; ".join(f"{p.name} ({PARTNER_ROLES.label(p.role)})" for p in value)
    if name in _LINK_FIELDS:
        titles = workspace.titles([RecordRef(_LINK_FIELDS[name], i) for i in value], include_trashed=True)
        return "; ".join(titles.values())
    if name == "anonymised_at":
        return format_timestamp(value)
    if name == "target":
        return f"{value.type.label} Nr. {value.id}" if value else ""
    if isinstance(value, bool):
        return translate("Display", "ja") if value else translate("Display", "nein")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value or "")
