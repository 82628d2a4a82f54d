"""The follow-up (Wiedervorlage) that asks for an indicator's next measurement.

Each indicator with a rhythm keeps one open follow-up on its cooperation, due when
the next measurement is (``impact_progress.next_due``). A new measurement closes it
as done and opens the next; a changed rhythm or a trashed measurement moves its due
date; a trashed indicator closes it, a restored one opens it again. A follow-up the
team ticked off by hand is left alone and a new one is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sic_desktop.core.dates import from_iso
from sic_desktop.core.i18n import translate
from sic_desktop.core.impact_progress import next_due
from sic_desktop.core.models import FollowUp
from sic_desktop.core.record_ref import RecordRef, RecordType

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


class ImpactFollowUps:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def renew(self, indicator_id: int, *, measured: bool = False) -> FollowUp | None:
        """Bring the indicator's follow-up in line with its measurements; returns the open one."""
        ws = self._ws
        with ws.database.write():
            indicator = ws.indicators.get(indicator_id, include_trashed=True)
            current = self._open_followup(indicator.followup_id)
            if current is not None and measured:
                ws.followups.set_done(current.stored_id)
                current = None
            last = ws.database.execute(
                "SELECT max(measured_on) FROM measurement WHERE indicator_id = ? AND deleted_at IS NULL",
                [indicator_id],
            ).fetchone()[0]
            due = None if indicator.deleted_at else next_due(indicator, from_iso(last))
            if due is None:
                if current is not None:
                    ws.followups.set_done(current.stored_id)
                self._remember(indicator_id, None)
                return None
            text = translate("Impact", "Wirkungsmessung: „{name}“ messen und eintragen").format(name=indicator.name)
            assert indicator.cooperation_id is not None  # validation requires the cooperation
            if current is None:
                current = ws.followups.create(FollowUp(
                    due_date=due, text=text, responsible=indicator.responsible,
                    target=RecordRef(RecordType.COOPERATION, indicator.cooperation_id),
                ))
            elif (current.due_date, current.text, current.responsible) != (due, text, indicator.responsible):
                current.due_date, current.text, current.responsible = due, text, indicator.responsible
                current = ws.followups.update(current)
            self._remember(indicator_id, current.id)
            return current

    def _open_followup(self, followup_id: int | None) -> FollowUp | None:
        if followup_id is None or not self._ws.followups.exists(followup_id):
            return None
        followup = self._ws.followups.get(followup_id)
        return None if followup.done else followup

    def _remember(self, indicator_id: int, followup_id: int | None) -> None:
        self._ws.database.execute("UPDATE indicator SET followup_id = ? WHERE id = ?", [followup_id, indicator_id])
