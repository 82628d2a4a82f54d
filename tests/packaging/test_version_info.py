"""The Windows version resource (Explorer's „Details“, AppLocker's publisher rules) says what pyproject.toml says."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
STRUCTURES = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo", "VarStruct")


def _module():
    spec = importlib.util.spec_from_file_location("version_info", ROOT / "installer" / "version_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2rc1", (1, 2, 0, 0)), ("2.0.1.7", (2, 0, 1, 7)), ("3", (3, 0, 0, 0))],
)
def test_windows_gets_four_numbers(version, numbers):
    assert _module().version_numbers(version) == numbers


def test_a_version_without_numbers_is_refused():
    with pytest.raises(ValueError):
        _module().version_numbers("dev")


def test_the_resource_carries_the_pyproject_version_and_the_file_name(tmp_path):
    path = _module().write_version_info(
        tmp_path, PROJECT, product="SIC Desktop", exe_name="SIC Desktop.exe", description="SIC Desktop"
    )
    # PyInstaller evaluates the file with its own classes; stand-ins record the same calls.
    calls: dict[str, list] = {name: [] for name in STRUCTURES}

    def recorder(name):
        return lambda *args, **kwargs: calls[name].append((args, kwargs)) or name

    resource = eval(Path(path).read_text(encoding="utf-8"), {name: recorder(name) for name in STRUCTURES})  # noqa: S307
    assert resource == "VSVersionInfo"
    fixed = calls["FixedFileInfo"][0][1]
    assert fixed["filevers"] == fixed["prodvers"] == _module().version_numbers(PROJECT["version"])
    strings = dict(args for args, _ in calls["StringStruct"])
    assert strings["ProductVersion"] == strings["FileVersion"] == PROJECT["version"]
    assert strings["OriginalFilename"] == "SIC Desktop.exe"
    assert strings["ProductName"] == "SIC Desktop"
    assert calls["StringTable"][0][0][0] == "040704B0"  # German, Unicode
