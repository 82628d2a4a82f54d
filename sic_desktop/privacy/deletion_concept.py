"""The Löschkonzept (DIN 66398) as rows: the office's deletion rules with their reasons, and the
periods the program applies by itself (change history, backups, trash, error log).

Used by the Art. 30 record and written as CSV for the data protection officer.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sic_desktop.core.i18n import translate
from sic_desktop.core.privacy_terms import DATA_KINDS
from sic_desktop.core.services.deletion_rules import period_text
from sic_desktop.core.services.privacy_settings import HISTORY_RETENTION
from sic_desktop.core.team_access import on_server
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.atomic_file import atomic_text_file
from sic_desktop.io.formula_guard import guard


@dataclass(frozen=True)
class ConceptRow:
    kind: str  # the kind of data, German
    deletion_class: str  # „3 Jahre nach letztem Kontakt“
    reason: str
    set_by: str  # who set the rule and when, or where the program's setting is


def deletion_concept(ws: Workspace) -> list[ConceptRow]:
    rows = [
        ConceptRow(
            DATA_KINDS.label(rule.kind), rule.deletion_class, rule.reason,
            translate("Privacy", "Löschregel, zuletzt geändert von {by}").format(by=rule.updated_by),
        )
        for rule in ws.deletion_rules.list()
    ]
    retention = ws.settings.backup_retention
    history = next(s for s in ws.privacy_settings.list() if s.key == HISTORY_RETENTION)
    setting = translate("Privacy", "Einstellung des Programms")
    rows += [
        ConceptRow(
            translate("Privacy", "Kontaktdaten ohne Rechtsgrundlage"), translate("Privacy", "sofort zur Prüfung"),
            translate("Privacy", "Ohne Rechtsgrundlage ist die Speicherung nicht zulässig."), setting,
        ),
        ConceptRow(
            translate("Privacy", "Änderungsprotokoll (nur Feldnamen)"),
            translate("Privacy", "{period} nach dem Eintrag").format(period=period_text(history.value * 12)),
            translate("Privacy", "Nachweis, wer wann was geändert hat (Art. 5 Abs. 2 DSGVO)."),
            # one period in the database: on the server every PC prunes the shared history by the same one
            translate("Privacy", "Einstellung für das ganze Team, zuletzt geändert von {by}").format(
                by=history.updated_by) if on_server(ws) else setting,
        ),
        _server_backups() if on_server(ws) else ConceptRow(
            translate("Privacy", "Sicherungen der Datenbank"),
            translate("Privacy", "je die neueste von {daily} Tagen, {weekly} Wochen und {monthly} Monaten").format(
                daily=retention.daily, weekly=retention.weekly, monthly=retention.monthly
            ),
            translate("Privacy", "Wiederherstellung nach Defekt oder Fehlbedienung; Löschungen werden nach einer "
                      "Wiederherstellung erneut angewendet."), setting,
        ),
        ConceptRow(
            translate("Privacy", "Papierkorb"), translate("Privacy", "bis zum Leeren von Hand"),
            translate("Privacy", "Der Papierkorb ist keine Löschung; endgültig löschen über die Prüfliste."), setting,
        ),
    ]
    return rows


def _server_backups() -> ConceptRow:
    """On the team server IT keeps the backups (pg_dump), not the program's rotation."""
    return ConceptRow(
        translate("Privacy", "Sicherungen des Teamservers (pg_dump)"),
        translate("Privacy", "(Aufbewahrungsfrist der IT – von der IT zu ergänzen)"),
        translate("Privacy", "Wiederherstellung nach Defekt oder Fehlbedienung; eine gelöschte Person steht in "
                  "älteren Sicherungen, bis die IT sie löscht."),
        translate("Privacy", "IT des Teamservers"),
    )


def concept_header() -> list[str]:
    return [
        translate("Privacy", "Art der Daten"), translate("Privacy", "Löschklasse (Frist und Beginn)"),
        translate("Privacy", "Begründung"), translate("Privacy", "Festgelegt"),
    ]


def write_concept_csv(ws: Workspace, path: Path) -> int:
    """Write the Löschkonzept as a CSV for Excel (semicolons, UTF-8 with BOM); returns the rows written."""
    rows = deletion_concept(ws)
    with atomic_text_file(path, encoding="utf-8-sig") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(concept_header())
        writer.writerows([guard(row.kind), row.deletion_class, guard(row.reason), guard(row.set_by)] for row in rows)
    return len(rows)
