"""Reading a full export back into an empty data folder: the same data, ids and links included.

Only into an empty folder: merging a whole export into existing data would mean
renumbering every record, which is what the file import (CSV, Excel, vCard) is
for. Everything is checked like a save in the window and stored in one
transaction; a problem anywhere stores nothing and names the record.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import suppress
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sic_desktop.core.errors import SicError, ValidationError
from sic_desktop.core.i18n import translate
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.serialize import record_from_dict
from sic_desktop.core.services.change_history import HistoryEntry
from sic_desktop.core.services.deletion_rules import DeletionRule
from sic_desktop.core.services.duplicates import DistinctMark
from sic_desktop.core.services.import_mappings import RememberedMapping
from sic_desktop.core.services.keep_decisions import KeepDecision
from sic_desktop.core.services.privacy_log import PrivacyLogEntry
from sic_desktop.core.services.privacy_settings import PrivacySetting
from sic_desktop.core.services.saved_searches import SavedSearch
from sic_desktop.core.services.search_synonyms import SynonymRow
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.team_access import on_server
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.import_errors import FileTooLargeError, ImportFileError
from sic_desktop.io.json_export import (
    ATTACHMENTS_SECTION,
    CHUNK,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    EXTRA_SECTIONS,
    RECORD_SECTIONS,
    attachments_folder,
)
from sic_desktop.io.objection_tags import objections_from_tags
from sic_desktop.io.text_file import check_file


def is_full_export(path: Path) -> bool:
    """True if ``path`` looks like our JSON export (for choosing the reader)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(200)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{") and EXPORT_FORMAT.encode() in head


def import_json(workspace: Workspace, path: Path, *, dry_run: bool = False) -> ProgressGenerator[dict[str, int]]:
    """Restore the export at ``path`` into the empty ``workspace``; returns entries per section."""
    document = _read(path)
    _require_empty(workspace)
    sections = [section for section, _ in RECORD_SECTIONS]
    total = sum(len(document.get(section) or []) for section in sections)
    counts: dict[str, int] = {}
    if dry_run:
        message = translate("Import", "Der Export wird geprüft …")
    else:
        message = translate("Import", "Der Export wird eingelesen …")
    try:
        with workspace.batch() as batch:
            workspace.themes.clear_for_restore()
            workspace.tags.ids_for(_list(document, "tags", path))
            done = 0
            for section, kind in RECORD_SECTIONS:
                items = _list(document, section, path)
                for item in items:
                    _insert(workspace, kind, item, path)
                    done += 1
                    if done % CHUNK == 0:
                        yield Progress(done, total, message)
                counts[section] = len(items)
            counts.update(_restore_extras(workspace, document, path))
            attachments = _list(document, ATTACHMENTS_SECTION, path)
            counts[ATTACHMENTS_SECTION] = _restore_attachments(workspace, attachments, path)
            yield Progress(total, total, message)
            if dry_run:
                batch.discard()
    finally:
        workspace.attachments.remove_orphans()  # files of a dry run or of a failed import
    return counts


def _restore_attachments(workspace: Workspace, rows: list[Any], path: Path) -> int:
    try:
        return workspace.attachments.import_rows(rows, attachments_folder(path))
    except (KeyError, TypeError, ValueError, AttributeError, sqlite3.IntegrityError) as error:
        raise ImportFileError(
            path, translate("Import", "Ein Anhang im Abschnitt „attachments“ ist fehlerhaft ({reason}).").format(reason=error)
        ) from None


def _read(path: Path) -> dict[str, Any]:
    with suppress(FileTooLargeError):  # the export of a large data folder may be bigger than any list; it is our own
        check_file(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFileError(path, translate("Import", "Sie ist keine gültige JSON-Datei ({reason}).").format(
            reason=error)) from None
    except RecursionError:  # thousands of nested brackets: no export of ours looks like that
        raise ImportFileError(path, translate(
            "Import", "Sie ist zu tief verschachtelt und deshalb kein Gesamtexport von SIC Desktop.")) from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ImportFileError(path, translate("Import", "Sie ist kein Gesamtexport von SIC Desktop."))
    version, schema = document.get("format_version"), document.get("schema_version")
    if not isinstance(version, int) or not isinstance(schema, int) or version > EXPORT_VERSION \
            or schema > latest_version():
        raise ImportFileError(
            path,
            translate("Import", "Sie stammt von einer neueren Version von SIC Desktop ({version}). Bitte das "
                      "Programm aktualisieren.").format(version=document.get("program_version", "?")),
        )
    objections_from_tags(document)
    return document


def held_sections(workspace: Workspace) -> dict[str, int]:
    """What the workspace holds already that a full export would collide with, by section (empty: nothing)."""
    held = {section: len(workspace.service(kind).all_ids()) for section, kind in RECORD_SECTIONS
            if kind is not RecordType.THEME}
    held |= {"history": len(workspace.history.since()), "saved_searches": len(workspace.saved_searches.list()),
             "search_synonyms": len(workspace.search_synonyms.all())}
    return {section: count for section, count in held.items() if count}


def _require_empty(workspace: Workspace) -> None:
    if not held_sections(workspace):
        return
    if on_server(workspace):
        raise SicError(
            translate(
                "Import",
                "Ein Gesamtexport kann nur auf einen leeren Teamserver eingelesen werden, damit alle Nummern und "
                "Verknüpfungen gleich bleiben. Auf diesem Teamserver liegen schon Daten; es wurde nichts eingelesen.",
            )
        )
    raise SicError(
        translate(
            "Import",
            "Ein Gesamtexport kann nur in einen leeren Datenordner eingelesen werden, damit alle Nummern und "
            "Verknüpfungen gleich bleiben. Bitte einen neuen Datenordner wählen (z. B. „sic-desktop --data-dir "
            "ORDNER import …“).",
        )
    )


def _list(document: dict[str, Any], section: str, path: Path) -> list[Any]:
    items = document.get(section) or []
    if not isinstance(items, list):
        raise ImportFileError(path, translate("Import", "Der Abschnitt „{section}“ ist keine Liste.").format(
            section=section))
    return items


def _insert(workspace: Workspace, kind: RecordType, item: Any, path: Path) -> None:
    number = item.get("id", "?") if isinstance(item, dict) else "?"
    try:
        workspace.service(kind).insert_verbatim(record_from_dict(kind, item))
    except ValidationError as error:
        raise _record_error(path, kind, number, "; ".join(str(e) for e in error.errors)) from None
    except sqlite3.IntegrityError:
        raise _record_error(path, kind, number, translate(
            "Import", "Die Nummer kommt doppelt vor, oder eine Verknüpfung zeigt auf einen Datensatz, den es in "
            "der Datei nicht gibt.")) from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _record_error(path, kind, number, translate("Import", "Ein Feld hat einen unerwarteten Wert ({reason}).")
                            .format(reason=error)) from None


def _record_error(path: Path, kind: RecordType, number: object, reason: str) -> ImportFileError:
    return ImportFileError(
        path, translate("Import", "{record} Nr. {id}: {reason} Es wurde nichts gespeichert.").format(
            record=kind.label, id=number, reason=reason)
    )


def _restore_extras(workspace: Workspace, document: dict[str, Any], path: Path) -> dict[str, int]:
    sections = {name: _list(document, name, path) for name in EXTRA_SECTIONS}
    try:
        workspace.history.restore([
            HistoryEntry(RecordRef.parse(e["record"]), e["action"], list(e["fields"]), e["at"], e["by"])
            for e in sections["history"]
        ])
        views: dict[str, dict[RecordRef, tuple[float, float]]] = {}
        for p in sections["map_positions"]:
            views.setdefault(p["view"], {})[RecordRef.parse(p["record"])] = (float(p["x"]), float(p["y"]))
        for view, positions in views.items():
            workspace.map_positions.save(view, positions)
        workspace.import_mappings.restore([
            RememberedMapping(m["fingerprint"], m["kind"], dict(m["columns"]), m["updated_at"], m["updated_by"])
            for m in sections["import_mappings"]
        ])
        workspace.duplicates.restore_marks([
            DistinctMark(RecordType(m["record_type"]), m["first_id"], m["second_id"], m["marked_at"], m["marked_by"])
            for m in sections["not_duplicates"]
        ])
        workspace.keep_decisions.restore([
            KeepDecision(d["person_id"], d["reason"], date.fromisoformat(d["decided_on"]), d["decided_by"], d["id"])
            for d in sections["keep_decisions"]
        ])
        workspace.saved_searches.restore([
            SavedSearch(s["id"], s["name"], s["query"], s["updated_at"], s["updated_by"])
            for s in sections["saved_searches"]
        ])
        workspace.deletion_rules.restore([DeletionRule(**r) for r in sections["deletion_rules"]])
        workspace.privacy_log.restore([
            replace(PrivacyLogEntry.from_json(e), id=int(e["id"])) for e in sections["privacy_log"]
        ])
        workspace.search_synonyms.restore([
            SynonymRow(r["id"], r["terms"], r["updated_at"], r["updated_by"]) for r in sections["search_synonyms"]
        ])
        workspace.privacy_settings.restore([PrivacySetting(**s) for s in sections["privacy_settings"]])
    except (KeyError, TypeError, ValueError, sqlite3.IntegrityError, ValidationError) as error:
        raise ImportFileError(path, translate("Import", "Ein Eintrag im Protokoll, bei den Datenschutz-Begründungen "
                                              "oder in den Einstellungen ist fehlerhaft ({reason}).").format(
                                                  reason=error)) from None
    return {name: len(items) for name, items in sections.items()}
