"""The command table loads one sub-command's module at a time and stays true to the modules."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from sic_desktop.cli import COMMANDS, build_parser, requested_command


def _registered_by(module_name: str) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    importlib.import_module(f"sic_desktop.cli.{module_name}").register(subparsers)
    return set(subparsers.choices)


@pytest.mark.parametrize("module_name", sorted(set(COMMANDS.values())))
def test_the_table_names_exactly_the_commands_each_module_registers(module_name: str):
    listed = {command for command, module in COMMANDS.items() if module == module_name}
    assert _registered_by(module_name) == listed


@pytest.mark.parametrize(
    ("argv", "wanted"),
    [
        ([], None),
        (["--demo"], None),
        (["--data-dir", "search", "--demo"], None),  # a folder called like a command is no command
        (["--data-dir=x", "search", "Pflege"], "search"),
        (["--data-dir", "x", "list", "kontakte"], "list"),
        (["--help"], ""),
        (["gibtsnicht"], ""),
    ],
)
def test_the_command_is_found_behind_the_options(argv: list[str], wanted: str | None):
    assert requested_command(argv) == wanted


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    shown = capsys.readouterr().out
    assert all(command in shown for command in COMMANDS)


def test_version_and_the_window_start_load_no_sub_command():
    """Checked in a fresh interpreter: what this test process imported says nothing."""
    probe = (
        "import sys\n"
        "from sic_desktop.cli import build_parser, requested_command\n"
        "build_parser(requested_command([]))\n"
        "try:\n"
        "    build_parser(requested_command(['--version'])).parse_args(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('reportlab', 'sqlite_utils', 'networkx', 'numpy', 'openpyxl', 'whoosh')"
        " if m in sys.modules]\n"
        "print('LOADED:' + ','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "SIC Desktop" in result.stdout  # the version was printed
    assert result.stdout.strip().splitlines()[-1] == "LOADED:"
