"""Hover texts of the map: who a node is and how connected, what a tie stands for."""

from __future__ import annotations

from html import escape

from sic_desktop.core.i18n import counted, translate
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.network import NetworkSnapshot
from sic_desktop.core.vocab import COOPERATION_STATUSES, SECTORS


def node_tooltip(data: dict) -> str:
    person = data["kind"] is RecordType.PERSON
    where = " · ".join(
        part for part in (data["kind"].label, SECTORS.label(data["sector"]), data["district"]) if part
    )
    counts = [
        counted(data["cooperations"], translate("Map", "1 Kooperation"), translate("Map", "{count} Kooperationen")),
        counted(data["partners"], translate("Map", "1 Partner"), translate("Map", "{count} Partner")),
    ]
    if not person:
        counts.append(counted(data["members"], translate("Map", "1 Kontakt"), translate("Map", "{count} Kontakte")))
    hint = translate("Map", "Klicken öffnet den Datensatz, Ziehen verschiebt, Rechtsklick für mehr.")
    return f"<b>{escape(data['name'])}</b><br>{escape(where)}<br>{escape(' · '.join(counts))}<br><i>{escape(hint)}</i>"


def edge_tooltip(data: dict, snapshot: NetworkSnapshot) -> str:
    lines = []
    if data["membership"]:
        lines.append(escape(translate("Map", "gehört zur Organisation")))
    for coop_id in data["cooperations"][:8]:
        coop = snapshot.cooperations[coop_id]
        lines.append(f"{escape(coop.title)} ({escape(COOPERATION_STATUSES.label(coop.status))})")
    if len(data["cooperations"]) > 8:
        lines.append(escape(translate("Map", "… und {count} weitere").format(count=len(data["cooperations"]) - 8)))
    return "<br>".join(lines)
