"""Where the shipped files are (icons, translations, fonts), in a source tree, installed and frozen; and the
name of the program's translation catalogue, which the window and the command line both load.

Installed (or frozen into the bundle), ``resources/`` is the package ``sic_desktop.resources``; in a source
checkout it sits next to the package, and that copy wins, so a work tree never picks up another checkout's
files through an editable install. No Qt here: ``sic-desktop --version`` and every German command start
without it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import sic_desktop

APP_CATALOG = "sic_desktop"  # resources/i18n/sic_desktop_<language>.qm; German is the source and has none


@cache  # looked up once: each of the window's icons asks for it
def resource_dir(name: str) -> Path:
    """The folder ``resources/<name>`` (e.g. ``icons``, ``i18n``)."""
    beside_package = Path(sic_desktop.__file__).resolve().parent.parent / "resources" / name
    if beside_package.is_dir():
        return beside_package
    from importlib.resources import files  # an installed wheel's layout; loads zipfile, so only here

    return Path(str(files("sic_desktop.resources") / name))
