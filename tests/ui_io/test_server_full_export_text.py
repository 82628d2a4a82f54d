"""The import wizard on the team server says a full export goes onto an empty team server, not a data folder."""

from __future__ import annotations

from sic_desktop.core.models import Organisation
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.io import export_json
from tests.ui.test_server_texts import server_window  # noqa: F401  (fixture)
from tests.ui_io.test_import_wizard import _open_wizard


def test_a_full_export_on_the_server_is_for_an_empty_team_server(qtbot, server_window, answers, shown, tmp_path):  # noqa: F811
    with Workspace.open(tmp_path / "alter-rechner", user="m.becker", local=True) as old:
        old.organisations.create(Organisation(name="Stiftung Nord"))
        export = tmp_path / "alles.json"
        run_to_end(export_json(old, export))
    wizard = _open_wizard(qtbot, server_window, answers, shown, export)
    status = wizard.file_page.status.text()
    assert "das geht nur auf einen leeren Teamserver" in status and "Datenordner" not in status
    wizard.reject()
