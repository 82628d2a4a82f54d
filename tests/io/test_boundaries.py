"""sic_desktop.io stays a file-format layer: importing it loads no Qt and, from
the core, only translation and error types, so the import glue, the command
line and these tests can use it without a database or a window.
(tests/test_architecture.py checks the Qt rule by reading the sources; this
checks what importing really loads, including indirect imports.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALLOWED_CORE = {"sic_desktop.core", "sic_desktop.core.i18n", "sic_desktop.core.errors"}


def test_importing_io_loads_no_qt_and_only_translation_and_errors_from_the_core():
    probe = "import json, sys, sic_desktop.io; print(json.dumps(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(output))
    assert "sic_desktop.io.sources" in loaded  # the probe imported this tree's package
    assert not {name for name in loaded if name.startswith(("PySide6", "shiboken6"))}
    assert {name for name in loaded if name.startswith("sic_desktop.core")} <= ALLOWED_CORE
