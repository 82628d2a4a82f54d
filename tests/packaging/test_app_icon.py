"""The program icon: the .ico that Explorer and the taskbar show is the drawn SVG, at every size."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("make_app_icon", ROOT / "tools" / "make_app_icon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_ico_holds_every_size_windows_asks_for():
    tool = _tool()
    with Image.open(tool.ICO) as ico:
        assert ico.format == "ICO"
        assert ico.info["sizes"] == {(size, size) for size in tool.SIZES}


def test_the_checked_in_ico_is_rendered_from_the_current_svg(qapp):
    tool = _tool()
    assert tool.ICO.read_bytes() == tool.ico_bytes(tool.render_pngs(tool.SVG, tool.SIZES)), (
        "run python tools/make_app_icon.py"
    )
