"""Erasures survive a restore: apply the logged erasures again that an older database does not know.

A restored backup or an imported full export may be older than an erasure and bring the
person back. The Datenschutz-Protokoll is copied outside the database
(``core.erasure_mirror``); every erasure there that this database lacks is applied again to
the contacts whose keyed identifiers match (the same record, an e-mail address, the name
with an organisation), then stored here so it runs only once; the other entries the
database lacks (access requests, exports after the backup) are taken over as they are. A person entered anew after
the erasure is not touched: the database that knows the erasure never looks again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sic_desktop.core.dates import format_date, from_iso
from sic_desktop.core.erasure_mirror import erasure_key, fingerprints
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import counted, translate
from sic_desktop.core.models import Person
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.services.privacy_log import ERASURE_ACTIONS, PrivacyLogEntry
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure import after_erasure, erase_person


@dataclass(frozen=True)
class ReapplyResult:
    entries: int  # erasures this database did not know
    persons: int  # contacts erased or anonymised again
    problems: list[str]  # German messages of copies that could not be cleaned

    def message(self) -> str:
        """What the user is told; empty when nothing was missing."""
        if not self.entries:
            return ""
        if self.entries == 1:
            text = translate("Privacy", "Die Daten sind älter als eine Löschung im Löschprotokoll. Sie wurde erneut "
                             "angewendet: {persons} Kontakt(e) gelöscht oder anonymisiert.")
        else:
            text = translate("Privacy", "Die Daten sind älter als {entries} Löschungen im Löschprotokoll. Sie wurden "
                             "erneut angewendet: {persons} Kontakt(e) gelöscht oder anonymisiert.")
        return text.format(entries=self.entries, persons=self.persons)


def reapply_erasures(ws: Workspace) -> ReapplyResult:
    """Apply the erasures this database lacks and take over the other log entries it lacks; keep the
    copy outside the database complete."""
    # An empty data folder is waiting for a full export: apply the erasures after it is read, not now.
    held = ws.persons.count() or ws.persons.count(ListQuery(trashed=True))
    missing = ws.privacy_log.missing_here() if held else []
    erasures = [entry for entry in missing if entry.action in ERASURE_ACTIONS]
    if not erasures:
        try:
            with ws.batch():
                for entry in missing:
                    ws.privacy_log.adopt(entry)
            ws.privacy_log.save_copy()  # e.g. the copy was lost: rebuild it from the database
        except SicError as error:
            return ReapplyResult(0, 0, [str(error)])
        return ReapplyResult(0, 0, [])
    key = erasure_key(ws.folder)
    candidates = {person.id: (person, set(fingerprints(key, person))) for person in _all_persons(ws)}
    erased = 0
    with ws.batch() as batch:
        for entry in missing:
            ws.privacy_log.adopt(entry)
            if entry.action not in ERASURE_ACTIONS:
                continue
            matches = _matching(entry, candidates)
            for person in matches:
                erase_person(ws, person, anonymise=entry.action == "anonymisierung")
                del candidates[person.id]
            erased += len(matches)
            ws.privacy_log.add(
                "erneut",
                translate("Privacy", "Wiederherstellung oder Import älterer Daten"),
                translate("Privacy", "Löschung vom {at}: {contacts}").format(
                    at=format_date(from_iso(entry.at[:10])),
                    contacts=counted(len(matches), translate("Privacy", "1 Kontakt"),
                                     translate("Privacy", "{count} Kontakte")),
                ),
            )
    problems = after_erasure(ws, batch.changed_refs())
    ws.storage.checkpoint()
    return ReapplyResult(len(erasures), erased, problems)


def _all_persons(ws: Workspace) -> list[Person]:
    ids = [i for trashed in (False, True) for i in ws.persons.ids(ListQuery(trashed=trashed))]
    return ws.persons.get_many(ids)


def _matching(entry: PrivacyLogEntry, candidates: dict[int | None, tuple[Person, set[str]]]) -> list[Person]:
    wanted = set(entry.fingerprints)
    return [
        person for person, hashes in candidates.values()
        if not (entry.action == "anonymisierung" and person.anonymised_at) and wanted & hashes
    ]
