"""An erasure also forgets the saved searches that name the person (issue 19, 12)."""

from __future__ import annotations

import pytest

from sic_desktop.cli import main
from sic_desktop.privacy.erasure import erase


@pytest.mark.parametrize("anonymise", [False, True], ids=["delete", "anonymise"])
def test_saved_searches_naming_the_person_go_with_the_erasure(workspace, subject, secrets_in, anonymise):
    searches = workspace.saved_searches
    searches.save("Termine mit Frau Quästenberg", "Beirat Marten")
    searches.save("Beirat", '"Wilhelmine Quästenberg" typ:notiz')
    searches.save("Post an sie", "W.Quaestenberg@example.org")
    searches.save("Andersherum", "quaestenberg wilhelmine")
    searches.save("Kinderbetreuung Marten", "Kinderbetreuung Marten")  # names nobody: stays

    report = erase(workspace, subject.person.id, anonymise=anonymise)

    assert sorted(report.saved_searches_removed) == ["Andersherum", "Beirat", "Post an sie", "Termine mit Frau Quästenberg"]
    assert [s.name for s in searches.list()] == ["Kinderbetreuung Marten"]
    workspace.close()
    assert secrets_in(workspace.folder.root) == []


def test_the_command_line_says_how_many(workspace, subject, capsys):
    workspace.saved_searches.save("Frau Quästenberg", "Quästenberg")
    workspace.close()
    assert main(["privacy", "erase", str(subject.person.id), "--yes"]) == 0
    assert "Gespeicherte Suchen, die den Kontakt nannten, gelöscht: 1." in capsys.readouterr().out
