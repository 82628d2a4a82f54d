"""Which editor edits which record type: the one place a new record type is added."""

from __future__ import annotations

from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui.editors.cooperation_editor import CooperationEditor
from sic_desktop.ui.editors.followup_editor import FollowUpEditor
from sic_desktop.ui.editors.note_editor import NoteEditor
from sic_desktop.ui.editors.organisation_editor import OrganisationEditor
from sic_desktop.ui.editors.person_editor import PersonEditor
from sic_desktop.ui.editors.record_editor import RecordEditor

EDITORS: dict[RecordType, type[RecordEditor]] = {
    RecordType.ORGANISATION: OrganisationEditor,
    RecordType.PERSON: PersonEditor,
    RecordType.COOPERATION: CooperationEditor,
    RecordType.NOTE: NoteEditor,
    RecordType.FOLLOWUP: FollowUpEditor,
}
