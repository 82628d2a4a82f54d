"""Which editor edits which record type: the one place a new record type is added."""

from __future__ import annotations

from sic_desktop.core.models import RecordType
from sic_desktop.ui.editors.base import RecordEditor
from sic_desktop.ui.editors.cooperation import CooperationEditor
from sic_desktop.ui.editors.followup import FollowUpEditor
from sic_desktop.ui.editors.note import NoteEditor
from sic_desktop.ui.editors.organisation import OrganisationEditor
from sic_desktop.ui.editors.person import PersonEditor

EDITORS: dict[RecordType, type[RecordEditor]] = {
    RecordType.ORGANISATION: OrganisationEditor,
    RecordType.PERSON: PersonEditor,
    RecordType.COOPERATION: CooperationEditor,
    RecordType.NOTE: NoteEditor,
    RecordType.FOLLOWUP: FollowUpEditor,
}
