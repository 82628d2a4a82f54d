"""build_installer.spec, run with stand-ins for PyInstaller's build steps: what it would put into the bundle.

PyInstaller itself is not needed here (tools/build.sh runs the real build); the
stand-ins record what the recipe hands to Analysis, EXE and COLLECT.
"""

from __future__ import annotations

import ast
import glob
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build_installer.spec"


class Recorder:
    """Stands in for Analysis, PYZ, EXE and COLLECT: keeps the arguments."""

    collected: dict[str, list[tuple[str, str, str]]] = {"datas": [], "binaries": []}

    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        self.datas = list(self.collected["datas"])
        self.binaries = list(self.collected["binaries"])
        self.pure, self.scripts = [], []


def run_spec(platform: str, workpath: Path, monkeypatch: pytest.MonkeyPatch, *, collected=None, imports=None) -> dict:
    """Execute the spec as PyInstaller would on ``platform``; returns its namespace.

    ``collected`` is what the analysis found; ``imports`` maps a binary's source to the libraries it links.
    """
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(f"/site-packages/{name}-0.dist-info", f"{name}-0.dist-info")]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda filename: {(name, None) for name in (imports or {}).get(filename, [])}
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec adds installer/
    monkeypatch.setattr(Recorder, "collected", collected or {"datas": [], "binaries": []})
    executables = []

    def exe(*args, **kwargs):
        executables.append(kwargs)
        return Recorder(*args, **kwargs)

    bundle = workpath / "dist" / "sic-desktop"  # what COLLECT would leave: the two programs
    bundle.mkdir(parents=True, exist_ok=True)
    for program in ("SIC Desktop", "sic-desktop"):
        if not (bundle / program).exists():
            (bundle / program).write_bytes(b"bootloader and the program's Python code")
    namespace = {
        "SPECPATH": str(ROOT), "workpath": str(workpath), "DISTPATH": str(workpath / "dist"), "__name__": "__main__",
        "Analysis": Recorder, "PYZ": Recorder, "EXE": exe, "COLLECT": Recorder,
    }  # fmt: skip
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102 (runs the .spec as PyInstaller does)
    namespace["executables"] = executables
    return namespace


def test_every_data_file_the_spec_lists_exists(tmp_path, monkeypatch):
    spec = run_spec("linux", tmp_path, monkeypatch)
    for source, destination in spec["DATAS"]:
        if destination.endswith(".dist-info"):
            continue
        assert glob.glob(source), f"{source} matches no file"
        assert destination.startswith("sic_desktop/resources/")
    shipped = {Path(source).parent.name for source, _ in spec["DATAS"]}
    assert {"fonts", "i18n", "icons"} <= shipped


def test_on_windows_both_programs_get_icon_and_version_from_pyproject(tmp_path, monkeypatch):
    spec = run_spec("win32", tmp_path, monkeypatch)
    programs = {exe["name"]: exe for exe in spec["executables"]}
    assert {name: exe["console"] for name, exe in programs.items()} == {"SIC Desktop": False, "sic-desktop": True}
    for name, exe in programs.items():
        assert Path(exe["icon"]).is_file()
        text = Path(exe["version"]).read_text(encoding="utf-8")
        assert f"StringStruct('OriginalFilename', '{name}.exe')" in text
        assert f"StringStruct('ProductVersion', '{spec['PROJECT']['version']}')" in text


def test_on_linux_no_windows_resources_are_asked_for(tmp_path, monkeypatch):
    spec = run_spec("linux", tmp_path, monkeypatch)
    assert all("icon" not in exe and "version" not in exe for exe in spec["executables"])


def test_qt_files_the_program_does_not_use_are_left_out(tmp_path, monkeypatch):
    collected = {
        "datas": [
            ("PySide6/Qt/translations/qtbase_de.qm", "src", "DATA"),
            ("PySide6/Qt/translations/qtbase_en.qm", "src", "DATA"),
            ("PySide6/Qt/translations/qtbase_fr.qm", "src", "DATA"),
            ("PySide6\\translations\\qtbase_de.qm", "src", "DATA"),
            ("PySide6\\translations\\qtbase_ja.qm", "src", "DATA"),
            ("sic_desktop/resources/i18n/sic_desktop_en.qm", "src", "DATA"),
        ],
        "binaries": [
            ("PySide6\\plugins\\platforms\\qwindows.dll", "src", "BINARY"),
            ("PySide6\\plugins\\platforms\\qoffscreen.dll", "src", "BINARY"),
            ("PySide6\\plugins\\platforms\\qdirect2d.dll", "src", "BINARY"),
            ("PySide6\\plugins\\imageformats\\qsvg.dll", "src", "BINARY"),
            ("PySide6\\plugins\\imageformats\\qtiff.dll", "src", "BINARY"),
            ("PySide6\\plugins\\generic\\qtuiotouchplugin.dll", "src", "BINARY"),
            ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", "src", "BINARY"),
            ("PySide6\\Qt6Widgets.dll", "src", "BINARY"),
            ("PySide6\\Qt6Network.dll", "src", "BINARY"),
            ("PySide6\\opengl32sw.dll", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqvnc.so", "src", "BINARY"),
            ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so", "src", "BINARY"),
            ("PySide6/Qt/lib/libQt6Gui.so.6", "src", "BINARY"),
            ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "src", "BINARY"),
            ("libpython3.11.so.1.0", "src", "BINARY"),
        ],
    }
    spec = run_spec("win32", tmp_path, monkeypatch, collected=collected)
    analysis = spec["a"]
    assert [entry[0] for entry in analysis.datas] == [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "PySide6\\translations\\qtbase_de.qm",
        "sic_desktop/resources/i18n/sic_desktop_en.qm",
    ]
    assert [entry[0] for entry in analysis.binaries] == [
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\plugins\\platforms\\qoffscreen.dll",
        "PySide6\\plugins\\imageformats\\qsvg.dll",
        "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
        "PySide6\\Qt6Widgets.dll",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libpython3.11.so.1.0",
    ]


def test_a_kept_library_that_needs_a_dropped_one_stops_the_build(tmp_path, monkeypatch):
    collected = {"datas": [], "binaries": [("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/libQt6Gui.so.6", "BINARY")]}
    imports = {"/qt/libQt6Gui.so.6": ["libQt6Network.so.6"]}
    with pytest.raises(SystemExit, match=r"libQt6Gui.so.6 needs {'Qt6Network'}"):
        run_spec("linux", tmp_path, monkeypatch, collected=collected, imports=imports)


def test_on_linux_libraries_that_nothing_kept_links_are_left_out(tmp_path, monkeypatch):
    """The GTK theme plugin is dropped; the cairo it pulled in must go too, with its symbolic link."""
    collected = {
        "datas": [
            ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
            ("libcairo.so.2", "cairo/libcairo.so.2", "SYMLINK"),
        ],
        "binaries": [
            ("PySide6/QtGui.abi3.so", "/py/QtGui.abi3.so", "EXTENSION"),
            ("PySide6/Qt/lib/libQt6Gui.so.6", "/qt/libQt6Gui.so.6", "BINARY"),
            ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/qt/libqgtk3.so", "BINARY"),
            ("cairo/libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
            ("libfreetype.so.6", "/usr/lib/libfreetype.so.6", "BINARY"),
        ],
    }
    imports = {
        "/py/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/qt/libQt6Gui.so.6": ["libfreetype.so.6"],
        "/qt/libqgtk3.so": ["libcairo.so.2", "libQt6Gui.so.6"],
    }
    analysis = run_spec("linux", tmp_path, monkeypatch, collected=collected, imports=imports)["a"]
    assert [entry[0] for entry in analysis.binaries] == [
        "PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6Gui.so.6", "libfreetype.so.6"
    ]  # fmt: skip
    assert [entry[0] for entry in analysis.datas] == ["libQt6Gui.so.6"]


def test_nothing_the_program_imports_is_excluded(tmp_path, monkeypatch):
    excluded = set(run_spec("linux", tmp_path, monkeypatch)["EXCLUDES"])
    imported = set()
    for path in (ROOT / "sic_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.update([node.module] + [f"{node.module}.{alias.name}" for alias in node.names])
    clashes = {name for name in imported if any(name == ex or name.startswith(ex + ".") for ex in excluded)}
    assert clashes == set(), "the bundle would lack these modules"


def test_nothing_the_program_loads_when_it_imports_its_modules_is_excluded(tmp_path, monkeypatch):
    """Also what the libraries import in turn (python-docx → lxml, networkx → numpy) must stay in the bundle."""
    spec = run_spec("linux", tmp_path, monkeypatch)
    script = "import importlib, sys\nfor name in sys.argv[1:]: importlib.import_module(name)\nprint(*sys.modules)"
    modules = [name for name in spec["HIDDEN_IMPORTS"] if not name.endswith(".__main__")]  # those would run
    loaded = subprocess.run(
        [sys.executable, "-c", script, *modules],
        capture_output=True, text=True, check=True, env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    ).stdout.split()  # fmt: skip
    assert {"lxml.etree", "numpy", "docx", "PySide6.QtWidgets"} <= set(loaded)
    excluded = spec["EXCLUDES"]
    clashes = {name for name in loaded if any(name == ex or name.startswith(ex + ".") for ex in excluded)}
    assert clashes == set(), "the bundle would lack these modules"


def test_on_linux_the_window_program_is_a_link_to_the_identical_console_program(tmp_path, monkeypatch):
    run_spec("linux", tmp_path, monkeypatch)
    window = tmp_path / "dist" / "sic-desktop" / "SIC Desktop"
    assert window.is_symlink() and os.readlink(window) == "sic-desktop"
    assert window.read_bytes() == (window.parent / "sic-desktop").read_bytes()


def test_programs_that_differ_or_are_built_for_windows_stay_two_files(tmp_path, monkeypatch):
    bundle = tmp_path / "dist" / "sic-desktop"
    bundle.mkdir(parents=True)
    (bundle / "SIC Desktop").write_bytes(b"window program")
    (bundle / "sic-desktop").write_bytes(b"console program")
    run_spec("linux", tmp_path, monkeypatch)
    assert not (bundle / "SIC Desktop").is_symlink()
    run_spec("win32", tmp_path / "windows", monkeypatch)
    assert not (tmp_path / "windows" / "dist" / "sic-desktop" / "SIC Desktop").is_symlink()


def test_on_linux_only_pythons_own_libraries_lose_their_debug_information(tmp_path, monkeypatch):
    """Libraries of the wheels (relinked by auditwheel) are left alone, wherever Python is installed."""
    python = os.path.realpath(sys.base_prefix)
    sources = {
        "libpython3.11.so.1.0": f"{python}/lib/libpython3.11.so.1.0",
        "python3.11/lib-dynload/_ssl.so": f"{python}/lib/python3.11/lib-dynload/_ssl.so",
        "numpy/_core/_multiarray_umath.so": f"{python}/lib/python3.11/site-packages/numpy/_core/_multiarray_umath.so",
        "PySide6/QtCore.abi3.so": "/venv/lib/python3.11/site-packages/PySide6/QtCore.abi3.so",
    }
    collected = {"datas": [], "binaries": [(name, source, "EXTENSION") for name, source in sources.items()]}
    calls = []
    monkeypatch.setattr(subprocess, "run", lambda command, check: calls.append(command))
    analysis = run_spec("linux", tmp_path, monkeypatch, collected=collected)["a"]
    stripped = {name: str(tmp_path / "stripped" / name) for name in list(sources)[:2]}
    assert calls == [["strip", "--strip-debug", "-o", stripped[name], sources[name]] for name in stripped]
    assert {name: source for name, source, _ in analysis.binaries} == sources | stripped


def test_the_version_guard_names_the_install_command(tmp_path, monkeypatch):
    import importlib.metadata

    monkeypatch.setattr(importlib.metadata, "version", lambda name: "0.0.1")
    with pytest.raises(SystemExit, match=r"pip install -c requirements-lock.txt -r requirements-build.txt ."):
        run_spec("linux", tmp_path, monkeypatch)
    assert os.path.isfile(ROOT / "requirements-build.txt")


def test_the_installer_script_names_what_the_spec_builds(tmp_path, monkeypatch):
    spec = run_spec("win32", tmp_path, monkeypatch)
    script = (ROOT / "installer" / "sic-desktop.iss").read_text(encoding="utf-8")
    defined = dict(line.split(None, 2)[1:] for line in script.splitlines() if line.startswith("#define"))
    names = {exe["name"] for exe in spec["executables"]}
    assert {defined["WindowExe"].strip('"'), defined["ConsoleExe"].strip('"')} == {f"{name}.exe" for name in names}
    assert f'..\\dist\\{spec["PROJECT"]["name"]}"' in defined["Bundle"]
    assert (ROOT / "installer" / "sic-desktop.ico").is_file() and "SetupIconFile=sic-desktop.ico" in script


def test_modules_imported_by_name_only_are_bundled(tmp_path, monkeypatch):
    """The command line loads a sub-command's module by name when it is called: PyInstaller cannot see it."""
    from sic_desktop.cli import COMMANDS

    hidden = set(run_spec("linux", tmp_path, monkeypatch)["HIDDEN_IMPORTS"])
    assert {f"sic_desktop.cli.{module}" for module in COMMANDS.values()} <= hidden
    assert "sic_desktop.ui.impact.portfolio_page" in hidden
    assert not any(name.startswith("sic_desktop.resources") for name in hidden)
