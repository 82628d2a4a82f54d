"""Where the packaged program keeps its data: next to the .exe (portable) or in the local profile.

The frozen program is simulated: ``sys.frozen`` set and ``sys.executable`` pointing
into a temporary program folder, as PyInstaller's bootloader does.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from sic_desktop.core import paths
from sic_desktop.core.workspace import Workspace


@pytest.fixture
def program_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A program folder with the .exe in it; the running program is that frozen .exe."""
    folder = tmp_path / "SIC Desktop"
    folder.mkdir()
    exe = folder / "SIC Desktop.exe"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    return folder


@pytest.fixture
def user_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-user application data folder, redirected into the test's folder."""
    home = tmp_path / "profil"
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda name, appauthor, roaming: str(home / ("Roaming" if roaming else "Local") / name)
    )
    return home


def test_portable_ini_next_to_the_exe_puts_the_data_beside_it(program_folder, user_data_home):
    (program_folder / "portable.ini").write_text("", encoding="utf-8")
    with Workspace.open() as workspace:
        assert workspace.folder.root == program_folder / "data"
    assert (program_folder / "data" / paths.DATABASE_NAME).is_file()
    assert not user_data_home.exists()


def test_a_data_folder_next_to_the_exe_is_used(program_folder, user_data_home):
    (program_folder / "data").mkdir()
    assert paths.resolve_data_folder().root == program_folder / "data"


def test_an_installed_program_keeps_its_data_in_the_local_not_roaming_profile(program_folder, user_data_home):
    folder = paths.resolve_data_folder()
    assert folder.root == user_data_home / "Local" / "SIC Desktop"
    assert not (program_folder / "data").exists()


def test_command_line_and_environment_win_over_portable_mode(program_folder, tmp_path, monkeypatch):
    (program_folder / "portable.ini").write_text("", encoding="utf-8")
    assert paths.resolve_data_folder(tmp_path / "elsewhere").root == tmp_path / "elsewhere"
    monkeypatch.setenv(paths.ENV_VAR, str(tmp_path / "from-env"))
    assert paths.resolve_data_folder().root == tmp_path / "from-env"


def test_a_source_checkout_never_becomes_portable(tmp_path, monkeypatch, user_data_home):
    """A developer's stray data/ folder in the checkout must not capture the data."""
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path)
    (tmp_path / "portable.ini").write_text("", encoding="utf-8")
    assert paths.resolve_data_folder().root == user_data_home / "Local" / "SIC Desktop"
