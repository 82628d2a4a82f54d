"""``sic-desktop search``, ``reindex`` and the index part of ``check``, in German."""

from __future__ import annotations

import json
import shutil

import pytest

from sic_desktop.cli import main
from sic_desktop.core.models import Note
from sic_desktop.core.progress import run_to_end
from sic_desktop.search import SearchService

from .conftest import Network


def test_search_rebuilds_a_missing_index_first_and_prints_json(network: Network, capsys) -> None:
    assert main(["search", "Kinderbetreuung Pflege", "--json"]) == 0
    out, err = capsys.readouterr()
    hits = json.loads(out)
    assert [(h["type"], h["id"], h["title"]) for h in hits] == [
        ("note", network.note.id, "Workshop Vereinbarkeit von Beruf und Familie")]
    assert hits[0]["score"] > 0 and "<b>Kinderbetreuungsangebote</b>" in hits[0]["snippet_html"]
    assert "Kinderbetreuungsangebote" in hits[0]["snippet"] and "<b>" not in hits[0]["snippet"]
    assert "Suchindex wird aufgebaut" in err and "100 %" in err

    assert main(["search", "Schäfer", "--json", "--type", "kontakte", "--limit", "1"]) == 0
    out, err = capsys.readouterr()
    assert [h["ref"] for h in json.loads(out)] == [str(network.anna.ref)]
    assert err == ""  # the index was current: no rebuild


def test_search_prints_hits_grouped_by_type(network: Network, capsys) -> None:
    assert main(["search", "Sonnenblume"]) == 0
    out = capsys.readouterr().out
    assert "Organisationen (1 Treffer)" in out and "Notizen (1 Treffer)" in out
    assert f"Nr. {network.note.id}: Workshop Vereinbarkeit von Beruf und Familie · 12.03.2025" in out


def test_search_finds_a_word_of_the_text_with_a_typo_and_says_so(network: Network, capsys) -> None:
    network.ws.notes.create(Note(title="Sommerprogramm", note_date=network.note.note_date,
                                 text="Ferienbetreuung in den Sommerferien"))
    assert main(["search", "Sommerferien Feirenbetreuung"]) == 0
    out = capsys.readouterr().out
    assert "Sommerprogramm" in out and "ähnlich geschrieben" in out


def test_search_refuses_a_type_that_is_not_searched(network: Network, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["search", "Pflege", "--type", "wiedervorlagen"])
    assert stop.value.code == 2
    assert "wird nicht durchsucht" in capsys.readouterr().err


def test_reindex_rebuilds_with_a_progress_line(network: Network, capsys) -> None:
    assert main(["reindex"]) == 0
    out, err = capsys.readouterr()
    assert "Suchindex neu aufgebaut: 6 Einträge" in out
    assert "\rSuchindex wird aufgebaut … 6/6 (100 %)" in err


def test_check_hints_at_a_missing_index_and_reports_a_wrong_one(network: Network, capsys) -> None:
    assert main(["check"]) == 0
    assert "Hinweis: Es gibt noch keinen Suchindex" in capsys.readouterr().out

    with SearchService(network.ws, listen=False) as service:
        run_to_end(service.rebuild())
    assert main(["check"]) == 0
    assert "Hinweis" not in capsys.readouterr().out

    network.ws.notes.create(Note(title="Nachtrag", note_date=network.note.note_date))
    assert main(["check"]) == 0
    assert "nicht auf dem neuesten Stand" in capsys.readouterr().out

    with SearchService(network.ws, listen=False) as service:  # fresh, but a document is missing
        run_to_end(service.rebuild())
        service.index.refresh([], [network.note.ref])
    assert main(["check"]) == 1
    assert "Der Suchindex enthält 1 Notizen, die Datenbank 2." in capsys.readouterr().err

    marker = next(network.ws.folder.index_dir.glob("index-*"))
    shutil.rmtree(marker)
    network.ws.folder.index_dir.joinpath("search-index.json").write_text("{kaputt")
    assert main(["check"]) == 1
    assert "Der Suchindex ist beschädigt" in capsys.readouterr().err
