"""The full export: everything in the data folder as one JSON file, lossless and documented.

Read back into an empty data folder (``json_import``) it gives the same data: ids
and links, trash, audit stamps, status histories with their dates, the change
history, map positions, remembered import mappings, „kein Duplikat“ marks, keep
decisions of the data protection review, saved searches and attachments (their files in a
folder beside the JSON, named by checksum).
The format is described in docs/export-format.md. Each record is one line inside
its section, so the file is readable, diffs well and exporting the imported data
again gives an identical file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any, TextIO

from sic_desktop import __version__
from sic_desktop.core.attachment_store import copy_tree
from sic_desktop.core.i18n import translate
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.serialize import export_dict
from sic_desktop.core.storage.schema import latest_version
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.atomic_file import atomic_text_file

EXPORT_FORMAT = "sic-desktop-export"
# 2: keep_decisions and saved_searches; a version-1 file has neither.
# 3: deletion_rules and privacy_log (Datenschutz); indicators and measurements (Wirkungsmessung)
#    and the cooperations' impact model; attachments (files beside the JSON); search_synonyms.
#    Older files lack them.
# 4: persons' objection and objection_date (Art. 21); older files carry the tag „Widerspruch“
#    instead, which the import turns into the field (io/objection_tags.py).
# 5: privacy_settings, the team's Datenschutz periods (before, settings of each PC); older files keep the defaults.
EXPORT_VERSION = 5
CHUNK = 1000

# Section name → record type, in the order a restore must insert them (links point backwards).
RECORD_SECTIONS: tuple[tuple[str, RecordType], ...] = (
    ("theme_fields", RecordType.THEME),
    ("organisations", RecordType.ORGANISATION),
    ("persons", RecordType.PERSON),
    ("cooperations", RecordType.COOPERATION),
    ("notes", RecordType.NOTE),
    ("followups", RecordType.FOLLOWUP),
    ("indicators", RecordType.INDICATOR),  # after follow-ups: an indicator names its open one
    ("measurements", RecordType.MEASUREMENT),
)
# What is not a record but belongs to the data, after the records (keep decisions point at persons).
EXTRA_SECTIONS = (
    "history", "map_positions", "import_mappings", "not_duplicates", "keep_decisions", "saved_searches",
    "deletion_rules", "privacy_log",
    "search_synonyms", "privacy_settings",
)
ATTACHMENTS_SECTION = "attachments"  # the last section; the files lie in attachments_folder(path)


def export_json(workspace: Workspace, path: Path) -> ProgressGenerator[dict[str, int]]:
    """Write the full export to ``path``; returns the number of entries per section."""
    counts: dict[str, int] = {}
    with workspace.storage.snapshot(), atomic_text_file(path, encoding="utf-8") as stream:
        total = sum(len(workspace.service(kind).all_ids()) for _, kind in RECORD_SECTIONS)
        stream.write("{\n")
        header = {
            "format": EXPORT_FORMAT,
            "format_version": EXPORT_VERSION,
            "schema_version": latest_version(),
            "program_version": __version__,
        }
        for key, value in header.items():
            stream.write(f"{json.dumps(key)}: {json.dumps(value)},\n")
        _section(stream, "tags", workspace.tags.all(), counts)
        done = 0
        for section, kind in RECORD_SECTIONS:
            stream.write(",\n")
            items = _records(workspace, kind)
            stream.write(f'"{section}": [')
            count = 0
            for record in items:
                stream.write(("\n" if count == 0 else ",\n") + _line(export_dict(record)))
                count += 1
                done += 1
                if done % CHUNK == 0:
                    yield Progress(done, total, translate("Export", "Datensätze werden exportiert …"))
            stream.write("\n]" if count else "]")
            counts[section] = count
        extras = _extras(workspace)
        for section in EXTRA_SECTIONS:
            stream.write(",\n")
            _section(stream, section, extras[section], counts)
        stream.write(",\n")
        attachments = workspace.attachments.export_rows()
        _section(stream, ATTACHMENTS_SECTION, attachments, counts)
        stream.write("\n}\n")
        if attachments:
            copy_tree(workspace.attachments.store, {row["sha256"] for row in attachments}, attachments_folder(path))
    yield Progress(total, total, translate("Export", "Datensätze werden exportiert …"))
    return counts


def attachments_folder(path: Path) -> Path:
    """Where the attachments' files lie beside the export file, named by their checksums."""
    return path.with_name(f"{path.stem}-Anhaenge")


def _records(workspace: Workspace, kind: RecordType) -> Iterator[Any]:
    service = workspace.service(kind)
    ids = service.all_ids()
    for start in range(0, len(ids), CHUNK):
        yield from service.get_many(ids[start : start + CHUNK], include_trashed=True)


def _extras(workspace: Workspace) -> dict[str, list[Any]]:
    """What is not a record but belongs to the data: history, map, mappings, marks, decisions, searches."""
    history = [
        {"record": str(e.ref), "action": e.action, "fields": e.fields, "at": e.at, "by": e.by}
        for e in workspace.history.since()
    ]
    positions = [
        {"view": view, "record": str(ref), "x": x, "y": y}
        for view, points in workspace.map_positions.all().items()
        for ref, (x, y) in points.items()
    ]
    mappings = [
        {"fingerprint": m.fingerprint, "kind": m.kind, "columns": m.columns, "updated_at": m.updated_at,
         "updated_by": m.updated_by}
        for m in workspace.import_mappings.all()
    ]
    marks = [
        {"record_type": m.record_type.value, "first_id": m.first_id, "second_id": m.second_id,
         "marked_at": m.marked_at, "marked_by": m.marked_by}
        for m in workspace.duplicates.marks()
    ]
    decisions = [
        {"id": d.id, "person_id": d.person_id, "reason": d.reason, "decided_on": d.decided_on.isoformat(),
         "decided_by": d.decided_by}
        for d in workspace.keep_decisions.all()
    ]
    searches = [
        {"id": s.id, "name": s.name, "query": s.query, "updated_at": s.updated_at, "updated_by": s.updated_by}
        for s in sorted(workspace.saved_searches.list(), key=lambda s: s.id)
    ]
    synonyms = [
        {"id": r.id, "terms": r.terms, "updated_at": r.updated_at, "updated_by": r.updated_by}
        for r in workspace.search_synonyms.all()
    ]
    rules = [asdict(rule) for rule in workspace.deletion_rules.list()]
    log = [entry.to_json() | {"id": entry.id} for entry in reversed(workspace.privacy_log.entries())]
    return {
        "history": history, "map_positions": positions, "import_mappings": mappings, "not_duplicates": marks,
        "keep_decisions": decisions, "saved_searches": searches, "deletion_rules": rules, "privacy_log": log,
        "search_synonyms": synonyms, "privacy_settings": [asdict(s) for s in workspace.privacy_settings.list()],
    }


def _section(stream: TextIO, name: str, items: list[Any], counts: dict[str, int]) -> None:
    body = ",\n".join(_line(item) for item in items)
    stream.write(f'"{name}": [\n{body}\n]' if items else f'"{name}": []')
    counts[name] = len(items)


def _line(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(", ", ": "))
