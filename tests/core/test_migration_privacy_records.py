"""The privacy migration (Art. 14 source, deletion rules, Datenschutz-Protokoll) on a checked-in version-6 file."""

from __future__ import annotations

import shutil
from pathlib import Path

from sic_desktop.core.paths import DATABASE_NAME
from sic_desktop.core.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "database_v6.sqlite3"


def test_a_version_6_file_gets_sources_rules_and_an_empty_log_and_keeps_its_contacts(tmp_path: Path) -> None:
    shutil.copy(FIXTURE, tmp_path / DATABASE_NAME)

    with Workspace.open(tmp_path, user="test") as ws:
        persons = ws.persons.get_many([1, 2, 3, 4])  # Öztürk is in the trash
        assert sorted(p.last_name for p in persons) == ["Mueller", "Müller", "Oğuz", "Öztürk"]
        assert {(p.source, p.source_note, p.informed_on) for p in persons} == {(None, "", None)}
        oguz = next(p for p in persons if p.last_name == "Oğuz")
        assert oguz.legal_basis == "einwilligung"
        rules = ws.deletion_rules.by_kind()
        assert sorted(rules) == [
            "kontakt_berechtigtes_interesse", "kontakt_einwilligung", "kontakt_oeffentliche_aufgabe", "kontakt_vertrag",
        ]
        assert rules["kontakt_vertrag"].deletion_class == "3 Jahre nach Ende der Kooperation"
        assert ws.privacy_log.entries() == []
        oguz.source, oguz.informed_on = "dritte", "01.12.2026"
        ws.persons.update(oguz)
        assert ws.persons.get(oguz.id).source == "dritte"
