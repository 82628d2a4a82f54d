"""Where the shipped files (icons, translations) are, in a source tree and when installed.

Installed, ``resources/`` is the package ``sic_desktop.resources``; in a source
checkout it sits next to the package, and that copy wins so a work tree never
picks up another checkout's files through an editable install.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import sic_desktop


@cache  # looked up once: each of the window's icons asks for it
def resource_dir(name: str) -> Path:
    """The folder ``resources/<name>`` (e.g. ``icons``, ``i18n``)."""
    beside_package = Path(sic_desktop.__file__).resolve().parent.parent / "resources" / name
    if beside_package.is_dir():
        return beside_package
    from importlib.resources import files  # an installed wheel's layout; loads zipfile, so only here

    return Path(str(files("sic_desktop.resources") / name))
