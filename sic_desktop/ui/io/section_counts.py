"""„5 Themenfelder, 12 Organisationen, 1 Kontakt, …“: the counts of a full export or its restore."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from sic_desktop.io.json_export import RECORD_SECTIONS

_RECORDS = dict(RECORD_SECTIONS)


def _label(section: str, count: int) -> str:
    if section in _RECORDS:
        return _RECORDS[section].label if count == 1 else _RECORDS[section].plural
    one, many = {
        "tags": (QCoreApplication.translate("SectionCounts", "Schlagwort"),
                 QCoreApplication.translate("SectionCounts", "Schlagwörter")),
        "history": (QCoreApplication.translate("SectionCounts", "Protokolleintrag"),
                    QCoreApplication.translate("SectionCounts", "Protokolleinträge")),
        "map_positions": (QCoreApplication.translate("SectionCounts", "Kartenposition"),
                          QCoreApplication.translate("SectionCounts", "Kartenpositionen")),
        "import_mappings": (QCoreApplication.translate("SectionCounts", "gemerkte Spaltenzuordnung"),
                            QCoreApplication.translate("SectionCounts", "gemerkte Spaltenzuordnungen")),
        "not_duplicates": (QCoreApplication.translate("SectionCounts", "„Kein Duplikat“-Vermerk"),
                           QCoreApplication.translate("SectionCounts", "„Kein Duplikat“-Vermerke")),
        "keep_decisions": (QCoreApplication.translate("SectionCounts", "Datenschutz-Begründung"),
                           QCoreApplication.translate("SectionCounts", "Datenschutz-Begründungen")),
        "saved_searches": (QCoreApplication.translate("SectionCounts", "gespeicherte Suche"),
                           QCoreApplication.translate("SectionCounts", "gespeicherte Suchen")),
    }.get(section, (section, section))
    return one if count == 1 else many


def counts_text(counts: Mapping[str, int]) -> str:
    """The sections that hold something, with German names, in the file's order."""
    parts = [f"{count:,} {_label(section, count)}".replace(",", ".") for section, count in counts.items() if count]
    return ", ".join(parts) or QCoreApplication.translate("SectionCounts", "keine Einträge")
