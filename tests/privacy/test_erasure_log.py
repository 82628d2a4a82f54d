"""An erasure survives a restore: the log outside the database brings it back, with no name in the clear;
erasures and exports are logged by number or count, never by name."""

from __future__ import annotations

import json
import sqlite3

from sic_desktop.cli import main
from sic_desktop.core.backups import BackupReason, backup_before
from sic_desktop.core.models import Membership, Organisation, Person
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.restore import restore_backup
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.json_export import export_json
from sic_desktop.io.record_export import export_list_csv, export_persons_csv, export_persons_vcard
from sic_desktop.privacy.erasure import erase
from sic_desktop.privacy.erasure_log import reapply_erasures


def _names(ws: Workspace) -> list[str]:
    ids = [i for trashed in (False, True) for i in ws.persons.ids(ListQuery(trashed=trashed))]
    return sorted(p.last_name for p in ws.persons.get_many(ids))


def test_restoring_a_backup_from_before_the_erasure_erases_the_person_again(workspace, subject, data_dir, secrets_in):
    backup = backup_before(workspace, BackupReason.MANUAL)
    erase(workspace, subject.person.id, reason="Antrag der Person vom 01.12.2026")
    workspace.close()

    restore_backup(DataFolder(data_dir), backup.path)
    with Workspace.open(data_dir, user="testerin") as ws:
        assert "Quästenberg" in _names(ws)  # the backup brought her back …
        result = reapply_erasures(ws)
        assert (result.entries, result.persons, result.problems) == (1, 1, [])
        assert "eine Löschung" in result.message() and "1 Kontakt(e)" in result.message()
        assert _names(ws) == ["Brandt"]  # … and the log took her out again; the colleague stays
        assert reapply_erasures(ws).entries == 0  # once only
        assert [e.action for e in ws.privacy_log.entries()] == ["erneut", "loeschung"]
        assert ws.privacy_log.entries()[1].reason == "Antrag der Person vom 01.12.2026"
    # Nothing of her is left in the data folder outside the backups (the log holds keyed hashes only).
    assert secrets_in(data_dir, skip=("backups",)) == []


def test_the_command_line_restore_says_how_many_erasures_it_applied_again(capsys, workspace, subject, data_dir):
    backup = backup_before(workspace, BackupReason.MANUAL)
    workspace.close()
    assert main(["privacy", "erase", str(subject.person.id), "--ja", "--grund", "Einwilligung widerrufen"]) == 0
    capsys.readouterr()

    assert main(["restore", str(backup.path)]) == 0
    assert "Sie wurde erneut angewendet: 1 Kontakt(e) gelöscht" in capsys.readouterr().err
    assert main(["list", "kontakte", "--json"]) == 0
    assert "Quästenberg" not in capsys.readouterr().out
    assert main(["privacy", "protokoll", "--json"]) == 0
    log = json.loads(capsys.readouterr().out)
    assert [(e["action"], e["reason"]) for e in log][-1] == ("loeschung", "Einwilligung widerrufen")
    assert "Quästenberg" not in json.dumps(log) and "Wilhelmine" not in json.dumps(log)


def test_a_full_export_from_before_the_erasure_is_read_in_without_the_person(capsys, workspace, subject, data_dir, tmp_path):
    export = tmp_path / "gesamt.json"
    run_to_end(export_json(workspace, export))
    erase(workspace, subject.person.id)
    workspace.close()
    database = DataFolder(data_dir).database
    database.rename(tmp_path / "alt.sqlite3")  # the office starts over in the same data folder

    assert main(["import", str(export)]) == 0
    assert "erneut angewendet: 1 Kontakt(e)" in capsys.readouterr().err
    with Workspace.open(data_dir) as ws:
        assert "Quästenberg" not in _names(ws)


def test_a_person_entered_again_after_the_erasure_is_left_alone(workspace):
    org = workspace.organisations.create(Organisation(name="Stadtteilbüro Eving"))
    first = workspace.persons.create(Person(first_name="Ida", last_name="Kern", emails=["ida.kern@example.org"],
                                            memberships=[Membership(organisation_id=org.id)]))
    erase(workspace, first.id)
    workspace.persons.create(Person(first_name="Ida", last_name="Kern", emails=["ida.kern@example.org"],
                                    legal_basis="einwilligung"))
    assert reapply_erasures(workspace).entries == 0
    assert _names(workspace) == ["Kern"]


def test_the_log_matches_by_e_mail_and_by_name_with_organisation_not_by_name_alone(workspace, data_dir):
    org = workspace.organisations.create(Organisation(name="Stadtteilbüro Eving"))
    gone = workspace.persons.create(Person(first_name="Ida", last_name="Kern", emails=["Ida.Kern@example.org"],
                                           memberships=[Membership(organisation_id=org.id)]))
    backup = backup_before(workspace, BackupReason.MANUAL)
    erase(workspace, gone.id)
    workspace.close()
    restore_backup(DataFolder(data_dir), backup.path)
    with Workspace.open(data_dir) as ws:
        # Three more people who arrived by another way into the restored file: same address, same name
        # at the same place, and a namesake elsewhere.
        other = ws.organisations.create(Organisation(name="Jugendhilfe Husen"))
        ws.persons.create(Person(first_name="I.", last_name="K.", emails=["ida.kern@EXAMPLE.org "]))
        ws.persons.create(Person(first_name="Ida", last_name="Kern", memberships=[Membership(organisation_id=org.id)]))
        ws.persons.create(Person(first_name="Ida", last_name="Kern", memberships=[Membership(organisation_id=other.id)]))
        assert reapply_erasures(ws).persons == 3  # the restored record and the two matches
        survivor = ws.persons.get_many(ws.persons.ids())
        assert [(p.last_name, p.memberships[0].organisation_name) for p in survivor] == [("Kern", "Jugendhilfe Husen")]


def test_an_anonymisation_is_applied_again_as_an_anonymisation(workspace, subject, data_dir):
    backup = backup_before(workspace, BackupReason.MANUAL)
    erase(workspace, subject.person.id, anonymise=True)
    workspace.close()
    restore_backup(DataFolder(data_dir), backup.path)
    with Workspace.open(data_dir) as ws:
        assert reapply_erasures(ws).persons == 1
        assert ws.persons.get(subject.person.id).last_name == "anonymisierte Person"


def test_the_key_and_the_log_live_outside_the_database_and_hold_no_name(workspace, subject, data_dir):
    erase(workspace, subject.person.id)
    folder = DataFolder(data_dir).privacy_dir
    assert sorted(p.name for p in folder.iterdir()) == ["loeschprotokoll.json", "loeschschluessel.txt"]
    log = (folder / "loeschprotokoll.json").read_text(encoding="utf-8")
    assert "stenberg" not in log.casefold() and "example.org" not in log
    conn = sqlite3.connect(DataFolder(data_dir).database)
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    conn.close()
    assert "erasure_key" not in tables  # the key is not in the database, so no backup carries it


def test_exports_of_contacts_are_logged_by_count_and_format_never_by_name(workspace, subject, tmp_path):
    run_to_end(export_persons_csv(workspace, tmp_path / "kontakte.csv"))
    run_to_end(export_persons_vcard(workspace, tmp_path / "kontakte.vcf"))
    run_to_end(export_list_csv(workspace, RecordType.ORGANISATION, ListQuery(), tmp_path / "organisationen.csv"))
    entries = workspace.privacy_log.entries()
    assert sorted((e.action, e.subject, e.by) for e in entries) == [
        ("export", "Kontakte: 2 (CSV)", "testerin"), ("export", "Kontakte: 2 (vCard)", "testerin"),
    ]  # a list of organisations holds no contact


def test_the_window_applies_missing_erasures_and_says_so(qtbot, ctx, window, settle):
    from sic_desktop.core import erasure_mirror
    from sic_desktop.core.services.privacy_log import PrivacyLogEntry
    from sic_desktop.ui.privacy.reapply_notice import reapply_logged_erasures

    person = ctx.ws.persons.create(Person(first_name="Ida", last_name="Kern", emails=["ida.kern@example.org"]))
    # An erasure this database does not know, as after restoring an older backup.
    entry = PrivacyLogEntry("e1", "2026-11-30T10:00:00+00:00", "jemand", "loeschung", "Antrag", "Kontakt Nr. 9",
                            ctx.ws.privacy_log.fingerprints(person))
    erasure_mirror.write_mirror(ctx.ws.folder, [entry.to_json()])
    told: list[str] = []
    reapply_logged_erasures(ctx, window, told.append)
    settle()
    assert told == ["Die Daten sind älter als eine Löschung im Löschprotokoll. Sie wurde erneut angewendet: "
                    "1 Kontakt(e) gelöscht oder anonymisiert."]
    assert not ctx.ws.persons.exists(person.id, include_trashed=True)


def test_a_restore_keeps_the_log_entries_made_after_the_backup(workspace, subject, data_dir, tmp_path):
    backup = backup_before(workspace, BackupReason.MANUAL)
    run_to_end(export_persons_csv(workspace, tmp_path / "kontakte.csv"))
    workspace.close()
    restore_backup(DataFolder(data_dir), backup.path)
    with Workspace.open(data_dir) as ws:
        assert reapply_erasures(ws).entries == 0  # no erasure to apply: nothing to tell the user
        assert [(e.action, e.subject) for e in ws.privacy_log.entries()] == [("export", "Kontakte: 2 (CSV)")]
