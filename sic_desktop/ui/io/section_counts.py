"""„3 Themenfelder, 12 Organisationen, 40 Kontakte, …“: the counts of a full export or its restore."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from sic_desktop.io.json_export import RECORD_SECTIONS

_RECORDS = dict(RECORD_SECTIONS)


def _extra_label(section: str) -> str:
    labels = {
        "tags": QCoreApplication.translate("SectionCounts", "Schlagwörter"),
        "history": QCoreApplication.translate("SectionCounts", "Protokolleinträge"),
        "map_positions": QCoreApplication.translate("SectionCounts", "Kartenpositionen"),
        "import_mappings": QCoreApplication.translate("SectionCounts", "gemerkte Spaltenzuordnungen"),
        "not_duplicates": QCoreApplication.translate("SectionCounts", "„Kein Duplikat“-Vermerke"),
    }
    return labels.get(section, section)


def counts_text(counts: Mapping[str, int]) -> str:
    """The sections that hold something, with German names, in the file's order."""
    parts = []
    for section, count in counts.items():
        if count:
            label = _RECORDS[section].plural if section in _RECORDS else _extra_label(section)
            parts.append(f"{count:,} {label}".replace(",", "."))
    return ", ".join(parts) or QCoreApplication.translate("SectionCounts", "keine Einträge")
