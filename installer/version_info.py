"""The Windows version resource of the .exe files, written from pyproject.toml at build time.

Explorer („Eigenschaften → Details“) shows these fields, and AppLocker's publisher
rules match product name, original file name and file version, so they come from the
one place the version is kept. The text is the format PyInstaller's ``version=``
option reads (``PyInstaller.utils.win32.versioninfo``).
"""

from __future__ import annotations

import re
from pathlib import Path

GERMAN_UNICODE = "040704B0"  # language 0x0407 (German, Germany), code page 1200 (UTF-16)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows keeps: ``0.1.0`` → (0, 1, 0, 0); ``1.2rc1`` → (1, 2, 0, 0)."""
    match = re.match(r"\d+(?:\.\d+){0,3}", version)
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(part) for part in match.group().split(".")]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_info_text(project: dict, *, product: str, exe_name: str, description: str) -> str:
    """The version resource of one executable; ``project`` is pyproject.toml's [project] table."""
    numbers = version_numbers(project["version"])
    company = ", ".join(author["name"] for author in project.get("authors", []))
    strings = {
        "CompanyName": company,
        "FileDescription": description,
        "FileVersion": project["version"],
        "InternalName": project["name"],
        "LegalCopyright": f"{company}, Lizenz: {project['license']['text']}",
        "OriginalFilename": exe_name,
        "ProductName": product,
        "ProductVersion": project["version"],
    }
    string_structs = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable({GERMAN_UNICODE!r}, [
{string_structs},
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0407, 1200])]),
  ],
)
"""


def write_version_info(folder: str | Path, project: dict, *, product: str, exe_name: str, description: str) -> str:
    """Write the resource file for ``exe_name`` into ``folder``; returns its path for ``EXE(version=...)``."""
    path = Path(folder) / f"version-{Path(exe_name).stem}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_info_text(project, product=product, exe_name=exe_name, description=description), encoding="utf-8")
    return str(path)
