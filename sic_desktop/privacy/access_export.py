"""Writing an access request (Art. 15 DSGVO) to a folder: the JSON and the PDF side by side."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sic_desktop.core.dates import today as current_day
from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.storage.database import storage_errors
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.atomic_file import atomic_text_file
from sic_desktop.privacy.access_pdf import render_access_pdf
from sic_desktop.privacy.access_request import access_report_json, collect_access_report
from sic_desktop.privacy.erasure import contact_subject


def export_access_request(
    ws: Workspace, person_id: int, folder: Path, today: date | None = None, *, reason: str = ""
) -> tuple[Path, Path]:
    """Write ``auskunft-kontakt-<id>-<date>.json`` and ``.pdf`` into ``folder``; returns both paths.

    The file names carry the number, not the name: file lists and recent-file menus
    must not show whom a request is about. The person's own attachments are copied
    into ``<stem>-anhaenge/`` beside them and listed in the JSON (``attachments``). The Datenschutz-Protokoll notes the export.
    """
    report = collect_access_report(ws, person_id)
    stem = f"auskunft-kontakt-{person_id}-{(today or current_day()).isoformat()}"
    with storage_errors():
        folder.mkdir(parents=True, exist_ok=True)
    json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
    owned = ws.attachments.for_records([RecordRef(RecordType.PERSON, person_id)], include_trashed=True)
    document = access_report_json(report)
    document["attachments"] = []
    for attachment in (a for items in owned.values() for a in items):
        copy = ws.attachments.copy_to(attachment, folder / f"{stem}-anhaenge")
        document["attachments"].append(
            {"file": f"{copy.parent.name}/{copy.name}", "name": attachment.name, "size": attachment.size,
             "added_at": attachment.added_at}
        )
    with atomic_text_file(json_path, encoding="utf-8", newline="\n") as stream:
        json.dump(document, stream, ensure_ascii=False, indent=2)
    render_access_pdf(ws, report, pdf_path)
    ws.privacy_log.add(
        "auskunft", reason.strip() or translate("Privacy", "Auskunftsersuchen nach Art. 15 DSGVO"),
        contact_subject(person_id),
    )
    return json_path, pdf_path
