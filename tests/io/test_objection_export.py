"""A contact's objection (Art. 21) survives the full export; an older export's tag „Widerspruch“ becomes the field."""

from __future__ import annotations

import json
from datetime import date

from sic_desktop.core.models import Organisation, Person
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.io import export_json, import_json


def _contacts(workspace: Workspace) -> None:
    workspace.persons.create(Person(first_name="Wim", last_name="Weber", objection=True, objection_date=date(2026, 10, 1),
                                    tags=["Presse"]))
    workspace.persons.create(Person(first_name="Anna", last_name="Schäfer", tags=["Presse"]))


def test_the_objection_and_its_day_come_back_from_the_full_export(workspace, tmp_path):
    _contacts(workspace)
    path = tmp_path / "export.json"
    run_to_end(export_json(workspace, path))
    written = {p["last_name"]: p for p in json.loads(path.read_text(encoding="utf-8"))["persons"]}
    assert (written["Weber"]["objection"], written["Weber"]["objection_date"]) == (True, "2026-10-01")
    with Workspace.open(tmp_path / "neu", user="jemand") as restored:
        run_to_end(import_json(restored, path))
        weber = restored.persons.get(1)
        assert (weber.objection, weber.objection_date, weber.tags) == (True, date(2026, 10, 1), ["Presse"])
        assert restored.persons.get(2).objection is False


def test_an_export_before_the_field_turns_the_tag_into_the_objection(workspace, tmp_path):
    _contacts(workspace)
    workspace.organisations.create(Organisation(name="Presseclub Dortmund", sector="zivilgesellschaft", tags=["Presse"]))
    path = tmp_path / "export.json"
    run_to_end(export_json(workspace, path))
    old = json.loads(path.read_text(encoding="utf-8"))
    old["format_version"] = 3
    for person in old["persons"]:
        objected = person.pop("objection")
        del person["objection_date"]
        if objected:
            person["tags"].append("Widerspruch")
    old["tags"].append("Widerspruch")
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    with Workspace.open(tmp_path / "neu", user="jemand") as restored:
        run_to_end(import_json(restored, path))
        weber, schaefer = restored.persons.get(1), restored.persons.get(2)
        assert (weber.objection, weber.objection_date, weber.tags) == (True, None, ["Presse"])
        assert (schaefer.objection, schaefer.tags) == (False, ["Presse"])
        assert "Widerspruch" not in restored.tags.usage(), "no tag is left that nothing carries"
