"""„5 Themenfelder, 12 Organisationen, 1 Kontakt, …“: the counts of a full export or its restore,
for the window and the command line alike."""

from __future__ import annotations

from collections.abc import Mapping

from sic_desktop.core.i18n import translate
from sic_desktop.io.json_export import RECORD_SECTIONS

_RECORDS = dict(RECORD_SECTIONS)


def _label(section: str, count: int) -> str:
    if section in _RECORDS:
        return _RECORDS[section].label if count == 1 else _RECORDS[section].plural
    one, many = {
        "tags": (translate("SectionCounts", "Schlagwort"),
                 translate("SectionCounts", "Schlagwörter")),
        "history": (translate("SectionCounts", "Protokolleintrag"),
                    translate("SectionCounts", "Protokolleinträge")),
        "map_positions": (translate("SectionCounts", "Kartenposition"),
                          translate("SectionCounts", "Kartenpositionen")),
        "import_mappings": (translate("SectionCounts", "gemerkte Spaltenzuordnung"),
                            translate("SectionCounts", "gemerkte Spaltenzuordnungen")),
        "not_duplicates": (translate("SectionCounts", "„Kein Duplikat“-Vermerk"),
                           translate("SectionCounts", "„Kein Duplikat“-Vermerke")),
        "keep_decisions": (translate("SectionCounts", "Datenschutz-Begründung"),
                           translate("SectionCounts", "Datenschutz-Begründungen")),
        "saved_searches": (translate("SectionCounts", "gespeicherte Suche"),
                           translate("SectionCounts", "gespeicherte Suchen")),
        "deletion_rules": (translate("SectionCounts", "Löschregel"),
                           translate("SectionCounts", "Löschregeln")),
        "privacy_log": (translate("SectionCounts", "Eintrag im Datenschutz-Protokoll"),
                        translate("SectionCounts", "Einträge im Datenschutz-Protokoll")),
        "search_synonyms": (translate("SectionCounts", "Synonymgruppe"),
                            translate("SectionCounts", "Synonymgruppen")),
        "privacy_settings": (translate("SectionCounts", "Datenschutz-Frist"),
                             translate("SectionCounts", "Datenschutz-Fristen")),
    }.get(section, (section, section))
    return one if count == 1 else many


def counts_text(counts: Mapping[str, int]) -> str:
    """The sections that hold something, with German names, in the file's order."""
    parts = [f"{count:,} {_label(section, count)}".replace(",", ".") for section, count in counts.items() if count]
    return ", ".join(parts) or translate("SectionCounts", "keine Einträge")
