"""The command line speaks the window's language: German by default, English when the window's settings,
``SIC_DESKTOP_LANGUAGE`` or ``--sprache`` say so, argparse's own words included."""

from __future__ import annotations

import importlib.resources
import importlib.util
import json
import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from sic_desktop.cli import main
from sic_desktop.cli.parser import argparse_message


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*args, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def _usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    assert stop.value.code == 2
    return capsys.readouterr().err


def _window_language(folder: Path, language: str) -> None:
    """What the window's settings dialog saves."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")


def test_the_help_is_german_with_argparse_words_in_german(capsys, data_dir):
    shown = _help(capsys)
    assert shown.startswith("Aufruf: sic-desktop [-h]")
    assert "\nOptionen:\n" in shown and "\nAngaben:\n" in shown
    assert "diese Hilfe zeigen und beenden" in shown and "Versionsnummer zeigen und beenden" in shown
    assert "Demodaten in einen leeren Datenordner laden" in shown and "--data-dir ORDNER" in shown
    assert "usage" not in shown and "show this help" not in shown


def test_the_help_is_english_when_asked_for(capsys, data_dir):
    shown = _help(capsys, "--sprache", "en")
    assert shown.startswith("usage: sic-desktop [-h]")
    assert "\noptions:\n" in shown and "\npositional arguments:\n" in shown
    assert "show this help message and exit" in shown and "load demo data into an empty data folder" in shown
    assert "--data-dir FOLDER" in shown
    assert "Aufruf" not in shown and "Datenordner" not in shown and "laden" not in shown


def test_a_sub_commands_help_in_both_languages(capsys, data_dir):
    german = _help(capsys, "privacy", "erase")
    assert german.startswith("Aufruf: sic-desktop privacy erase")
    assert "Kontakt endgültig löschen" not in german  # that is the entry in the list one level up
    assert "anonymisieren statt löschen" in german and "Nummer des Kontakts" in german and "NR" in german
    english = _help(capsys, "--language=en", "privacy", "erase")
    assert english.startswith("usage: sic-desktop privacy erase")
    assert "anonymise instead of deleting" in english and "the contact's number" in english
    assert "NR" not in english and "NO" in english


def test_a_missing_argument_is_named_in_the_users_language(capsys, data_dir):
    assert "sic-desktop list: Fehler: Diese Angaben fehlen: ART" in _usage_error(capsys, "list")
    assert "sic-desktop list: error: the following arguments are required: TYPE" in _usage_error(
        capsys, "--sprache", "en", "list")


def test_a_wrong_choice_is_named_in_the_users_language(capsys, data_dir):
    german = _usage_error(capsys, "export", "--format", "txt", "-o", "x")
    assert "Fehler: --format: „txt“ ist nicht möglich; möglich sind: json, csv, vcard" in german
    english = _usage_error(capsys, "--sprache", "en", "export", "--format", "txt", "-o", "x")
    assert "error: argument --format: invalid choice: 'txt' (choose from json, csv, vcard)" in english


def test_a_usage_error_on_the_way_to_the_window_is_english_too(capsys, data_dir):
    """The window path leaves the language to the window, but a usage error there is written in it."""
    _window_language(data_dir, "en")
    shown = _usage_error(capsys, "--data-dir", str(data_dir), "--server")
    assert shown.startswith("usage: sic-desktop [-h]") and "[--data-dir FOLDER]" in shown
    assert shown.rstrip().endswith("sic-desktop: error: argument --server: expected one argument")
    assert "Fehler" not in _usage_error(capsys, "--sprache", "fr")  # the window's setting, as --sprache is wrong


def test_a_bad_date_is_named_in_the_users_language(capsys, data_dir, tmp_path):
    args = ["briefing", "organisation", "1", "-o", str(tmp_path / "b.pdf"), "--from", "32.13.2026"]
    assert main(args) == 1
    german = capsys.readouterr().err
    assert german.startswith("Fehler: --from: „32.13.2026“") and "13. Monat" in german
    assert main(["--sprache", "en", *args]) == 1
    english = capsys.readouterr().err
    assert english.startswith("Error: --from: “32.13.2026” is not a valid date") and "month 13" in english


def test_the_cli_follows_the_windows_language_setting(capsys, data_dir):
    _window_language(data_dir, "en")
    assert main(["demo", "--persons", "5", "--notes", "5"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Demo data loaded: ") and "5 Contacts" in out
    assert main(["check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("No problems found (")
    assert main(["list", "kontakte", "--limit", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("No.")


def test_one_run_may_choose_another_language_than_the_window(capsys, data_dir, monkeypatch):
    _window_language(data_dir, "en")
    monkeypatch.setenv("SIC_DESKTOP_LANGUAGE", "de")
    assert main(["check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Keine Probleme gefunden (")
    assert main(["--sprache", "en", "check"]) == 0  # the option beats the environment
    assert capsys.readouterr().out.splitlines()[-1].startswith("No problems found (")


def test_the_language_holds_for_one_run_only(capsys, data_dir):
    assert main(["--sprache", "en", "check"]) == 0
    assert main(["check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Keine Probleme gefunden (")


def test_a_message_of_a_later_pythons_wording_is_kept():
    assert argparse_message("something argparse may say one day") == "something argparse may say one day"
    assert argparse_message("argument --x: something new") == "--x: something new"


def test_the_program_started_on_its_own_speaks_english(tmp_path):
    """A process of its own, as the ``sic-desktop`` command starts one (``python -m sic_desktop`` runs the
    same ``main``; where pip put the command differs from machine to machine)."""
    command = [sys.executable, "-m", "sic_desktop"]
    env = os.environ | {"SIC_DESKTOP_LANGUAGE": "en", "SIC_DESKTOP_DATA_DIR": str(tmp_path / "daten")}
    shown = subprocess.run([*command, "search", "--help"], capture_output=True, text=True, encoding="utf-8",
                           env=env, timeout=120, check=True).stdout
    assert shown.startswith("usage: sic-desktop search") and "print the hits as JSON" in shown
    refused = subprocess.run([*command, "show", "kontakte"], capture_output=True, text=True, encoding="utf-8",
                             env=env, timeout=120)
    assert refused.returncode == 2
    assert "sic-desktop show: error: the following arguments are required: NO" in refused.stderr


def test_the_installed_command_runs_that_main():
    """What pip's ``sic-desktop`` command calls, from the installed package's metadata (not its path)."""
    [command] = entry_points(group="console_scripts", name="sic-desktop")
    assert command.load() is main


LOADED = "import json, sys\nfrom sic_desktop.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n" \
         "print(json.dumps(sorted(m for m in sys.modules if m.startswith('PySide6'))))"


@pytest.mark.parametrize(("args", "qt"), [
    (["list", "kontakte"], set()),
    (["--sprache", "en", "--version"], set()),
    (["--sprache", "en", "list", "kontakte"], {"PySide6.QtCore"}),
], ids=["German command", "English --version", "English command"])
def test_german_loads_no_qt_and_english_only_qtcore(tmp_path, args, qt):
    output = subprocess.run([sys.executable, "-c", LOADED, "--data-dir", str(tmp_path), *args], capture_output=True,
                            text=True, timeout=120, check=True).stdout
    loaded = set(json.loads(output.strip().splitlines()[-1]))
    assert qt <= loaded
    assert not loaded & {"PySide6.QtGui", "PySide6.QtWidgets"}
    if not qt:
        assert loaded == set()


def test_english_comes_from_the_catalogue_of_this_checkout(capsys, data_dir, monkeypatch, tmp_path):
    """An editable install of another work tree maps ``sic_desktop.resources`` to that tree (here: one
    without catalogues); the command line reads the window's catalogue beside the code that runs."""
    other = tmp_path / "other-work-tree" / "resources"
    (other / "i18n").mkdir(parents=True)
    (other / "__init__.py").touch()
    spec = importlib.util.spec_from_file_location("sic_desktop.resources", other / "__init__.py",
                                                  submodule_search_locations=[str(other)])
    assert spec is not None
    monkeypatch.setitem(sys.modules, "sic_desktop.resources", importlib.util.module_from_spec(spec))
    assert Path(str(importlib.resources.files("sic_desktop.resources"))) == other
    shown = _help(capsys, "--sprache", "en")
    assert "load demo data into an empty data folder" in shown and "Demodaten" not in shown
