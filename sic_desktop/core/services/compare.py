"""Two records side by side, field by field, for the duplicate dialog."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sic_desktop.core.display import field_text
from sic_desktop.core.field_labels import field_label, field_names
from sic_desktop.core.models import Record
from sic_desktop.core.record_ref import RecordRef, RecordType

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class ComparedField:
    name: str
    label: str
    first: str  # display text of the first record's value
    second: str
    is_list: bool  # lists are merged (both sides kept); other fields are chosen

    @property
    def differs(self) -> bool:
        return self.first != self.second


@dataclass(frozen=True)
class Comparison:
    record_type: RecordType
    first: Record
    second: Record
    fields: list[ComparedField]
    first_links: str  # „2 Notizen, 1 Kooperation“: what moves along when merging
    second_links: str


def compare_records(workspace: Workspace, record_type: RecordType, first_id: int, second_id: int) -> Comparison:
    service = workspace.service(record_type)
    first, second = service.get(first_id), service.get(second_id)
    fields = [
        ComparedField(
            name,
            field_label(record_type, name),
            field_text(workspace, first, name),
            field_text(workspace, second, name),
            isinstance(getattr(first, name), list),
        )
        for name in field_names(record_type)
    ]
    return Comparison(
        record_type, first, second, fields, _links(workspace, first.ref), _links(workspace, second.ref)
    )


def _links(workspace: Workspace, ref: RecordRef) -> str:
    counts = Counter(related.ref.type for related in workspace.links.related(ref))
    return ", ".join(
        f"{count} {kind.label if count == 1 else kind.plural}" for kind in RecordType if (count := counts[kind])
    )
