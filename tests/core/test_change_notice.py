"""The change notice says what a commit changed: fields, tags in use, theme fields, who asked for it."""

from __future__ import annotations

import pytest

from sic_desktop.core.models import Organisation, Person, ThemeField
from sic_desktop.core.outside_changes import OutsideChanges
from sic_desktop.core.storage.changes import Action, ChangeSet, Initiator
from sic_desktop.core.workspace import Workspace


@pytest.fixture
def notices(workspace: Workspace) -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    workspace.subscribe(heard.append)
    return heard


def test_a_save_names_the_fields_it_changed(workspace: Workspace, notices: list[ChangeSet]) -> None:
    org = workspace.organisations.create(Organisation(name="Stadtteilbüro Hörde", district="Hörde"))
    created = notices[-1].changes
    assert [(c.ref, c.action) for c in created] == [(org.ref, Action.CREATED)]
    assert {"name", "district"} <= created[0].fields
    org.phone, org.district = "0231 50-0", "Hörde-Mitte"
    workspace.organisations.update(org)
    assert notices[-1].fields_of(org.ref) == {"phone", "district"}
    workspace.organisations.trash(org.id)
    assert notices[-1].fields_of(org.ref) is None  # trashed: shown nowhere any more, every field counts


def test_tags_put_on_taken_off_trashed_and_deleted_are_announced(
        workspace: Workspace, notices: list[ChangeSet]) -> None:
    org = workspace.organisations.create(Organisation(name="Kiezladen", tags=["Nachbarschaft", "Ehrenamt"]))
    assert notices[-1].tags == {"Nachbarschaft", "Ehrenamt"}
    assert notices[-1].offered_choices_changed
    org.tags = ["ehrenamt", "Kiezfonds"]  # the same tag in another case is no change
    org = workspace.organisations.update(org)
    assert notices[-1].tags == {"Nachbarschaft", "Kiezfonds"}
    org.phone = "0231 1"
    workspace.organisations.update(org)
    assert notices[-1].tags == set() and not notices[-1].offered_choices_changed
    workspace.trash.put([org.ref])
    assert notices[-1].tags == {"Ehrenamt", "Kiezfonds"}  # no longer in use: the filters drop them
    workspace.trash.empty()
    assert {"Ehrenamt", "Kiezfonds", "Nachbarschaft"} <= notices[-1].tags  # deleted with the last record


def test_theme_fields_created_renamed_and_trashed_but_not_described(
        workspace: Workspace, notices: list[ChangeSet]) -> None:
    theme = workspace.themes.create(ThemeField(name="Klimaanpassung"))
    assert notices[-1].theme_fields == {theme.id}
    theme.description = "Hitze, Starkregen"
    theme = workspace.themes.update(theme)
    assert notices[-1].theme_fields == set()
    theme.name = "Klimaanpassung und Hitzeschutz"
    theme = workspace.themes.update(theme)
    assert notices[-1].theme_fields == {theme.id}
    workspace.themes.trash(theme.id)
    assert notices[-1].theme_fields == {theme.id}


def test_the_initiator_is_named_for_its_writes_only(workspace: Workspace, notices: list[ChangeSet]) -> None:
    editor, other = Initiator("editor:organisation"), Initiator("editor:organisation")
    with workspace.initiated_by(editor):
        org = workspace.organisations.create(Organisation(name="Werkstatt im Quartier"))
    assert notices[-1].made_by(editor) and not notices[-1].made_by(other)
    org.district = "Scharnhorst"
    workspace.organisations.update(org)
    assert notices[-1].initiator is None and not notices[-1].made_by(None)


def test_a_failed_savepoint_takes_back_its_tags(workspace: Workspace, notices: list[ChangeSet]) -> None:
    with workspace.database.write():
        workspace.organisations.create(Organisation(name="Bleibt", tags=["Bleibt"]))
        with pytest.raises(RuntimeError), workspace.database.savepoint():
            workspace.organisations.create(Organisation(name="Fällt weg", tags=["Fällt weg"]))
            raise RuntimeError("Zeile kaputt")
    assert notices[-1].tags == {"Bleibt"}
    assert len(notices[-1].changes) == 1


def test_changes_of_another_program_carry_their_fields_and_tags(workspace: Workspace) -> None:
    watch = OutsideChanges(workspace)
    person = workspace.persons.create(Person(first_name="Anna", last_name="Schäfer"))
    assert watch.collect() is None  # only this workspace wrote
    with Workspace.open(workspace.folder, user="kollegin") as colleague:  # the command line, meanwhile
        stored = colleague.persons.get(person.id)
        stored.last_name, stored.tags = "Schäfer-Weiß", ["Ehrenamt"]
        colleague.persons.update(stored)
    notice = watch.collect()
    assert notice is not None
    assert notice.fields_of(person.ref) == {"last_name", "tags"}
    assert notice.tags == {"Ehrenamt"}
    watch.unsubscribe()
