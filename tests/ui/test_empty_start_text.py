"""What an empty start page says, in each situation and language: whole sentences, each from the catalogue
once (the same sentence in several situations is one text for the translator)."""

from __future__ import annotations

import pytest

from sic_desktop.core.team_access import AccessRights
from sic_desktop.ui.start_page import Overview, StartPage

SITUATIONS = {  # (on the server, may edit, has the privacy role)
    "local": (False, True, True),
    "server, privacy role": (True, True, True),
    "server, editor": (True, True, False),
    "server, reader": (True, False, False),
}
TEXTS = {
    "de": {
        "local": "Der Datenordner ist noch leer. Legen Sie los mit „Neue Notiz“ oder „Neuer Kontakt“. Um das Programm "
                 "kennenzulernen, können Sie auch erfundene Demodaten laden.",
        "server, privacy role": "Auf dem Teamserver sind noch keine Daten. Legen Sie los mit „Neue Notiz“ oder „Neuer "
                                "Kontakt“. Die Daten Ihres bisherigen Datenordners bringen Sie mit „Daten auf den "
                                "Teamserver übertragen …“ herüber.",
        "server, editor": "Auf dem Teamserver sind noch keine Daten. Legen Sie los mit „Neue Notiz“ oder „Neuer Kontakt“. "
                          "Die Daten eines bisherigen Datenordners überträgt, wer die Datenschutz-Rolle hat („Datei → "
                          "Daten auf den Teamserver übertragen …“).",
        "server, reader": "Auf dem Teamserver sind noch keine Daten. Die Daten eines bisherigen Datenordners überträgt, "
                          "wer die Datenschutz-Rolle hat („Datei → Daten auf den Teamserver übertragen …“). Bis dahin "
                          "gibt es hier nichts zu lesen.",
    },
    "en": {
        "local": "The data folder is still empty. Get started with “New note” or “New contact”. To get to know the "
                 "program, you can also load invented demo data.",
        "server, privacy role": "There are no data on the team server yet. Get started with “New note” or “New contact”. "
                                "Bring over the data of your previous data folder with “Transfer data to the team "
                                "server …”.",
        "server, editor": "There are no data on the team server yet. Get started with “New note” or “New contact”. The "
                          "data of a previous data folder are transferred by someone with the data protection role "
                          "(“File → Transfer data to the team server …”).",
        "server, reader": "There are no data on the team server yet. The data of a previous data folder are transferred "
                          "by someone with the data protection role (“File → Transfer data to the team server …”). "
                          "Until then there is nothing to read here.",
    },
}


@pytest.mark.parametrize("situation", SITUATIONS)
def test_an_empty_start_page_says_what_to_do_in_whole_sentences(qtbot, ctx, language, situation):
    server, edit, privacy = SITUATIONS[situation]
    page = StartPage(ctx)
    qtbot.addWidget(page)
    page._show_empty(Overview(empty=True, server=server, rights=AccessRights(edit=edit, privacy=privacy), due=[],
                              latest_notes=[], counts={}, totals={}, themes=[]))
    assert page.empty_text.text() == TEXTS[language][situation]


def test_an_empty_start_page_says_so_in_both_lists(qtbot, ctx, monkeypatch):
    """Both lists say why they are empty; the hint itself opens nothing."""
    page = StartPage(ctx)
    qtbot.addWidget(page)
    page._show(Overview(empty=True, server=False, rights=AccessRights(edit=True, privacy=True), due=[],
                        latest_notes=[], counts={}, totals={}, themes=[]))
    assert [page.due.topLevelItem(0).text(1), page.notes.topLevelItem(0).text(1)] == [
        "Nichts fällig in dieser Woche.", "Noch keine Notizen."]
    opened = []
    monkeypatch.setattr(ctx, "open", opened.append)
    page._open(page.notes.topLevelItem(0))
    assert opened == []
