"""The program icon: the .ico that Explorer and the taskbar show is the drawn SVG, at every size.

Anti-aliasing differs by a step here and there between Qt builds and CPUs (0xaa on one
machine, 0xab on another), so the rendered pictures are compared pixel by pixel with a
small tolerance per channel, not byte for byte; a real change of the drawing moves whole
areas by far more, and the last test shows that such a change is caught.
"""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parents[2]
TOLERANCE = 8  # of 255, per channel: rounding in anti-aliased edges, never a changed colour or shape


def _tool():
    spec = importlib.util.spec_from_file_location("make_app_icon", ROOT / "tools" / "make_app_icon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def largest_difference(ico_path: Path, rendered: dict[int, bytes]) -> dict[int, int]:
    """Per size: the largest difference of one channel of one pixel between the .ico and ``rendered``."""
    found = {}
    with Image.open(ico_path) as ico:
        for size, png in rendered.items():
            stored = ico.ico.getimage((size, size)).convert("RGBA")
            fresh = Image.open(io.BytesIO(png)).convert("RGBA")
            assert stored.size == fresh.size == (size, size)
            found[size] = max(high for _, high in ImageChops.difference(stored, fresh).getextrema())
    return found


def test_the_ico_holds_every_size_windows_asks_for():
    tool = _tool()
    with Image.open(tool.ICO) as ico:
        assert ico.format == "ICO"
        assert ico.info["sizes"] == {(size, size) for size in tool.SIZES}


def test_the_checked_in_ico_is_rendered_from_the_current_svg(qapp):
    tool = _tool()
    differences = largest_difference(tool.ICO, tool.render_pngs(tool.SVG, tool.SIZES))
    assert all(value <= TOLERANCE for value in differences.values()), (
        f"the icon differs from the SVG ({differences}): run python tools/make_app_icon.py"
    )


def test_a_changed_svg_is_noticed(qapp, tmp_path):
    tool = _tool()
    svg = tool.SVG.read_text(encoding="utf-8")
    changes = {
        "the centre in another colour": svg.replace('fill="#F2B134"', 'fill="#E8A020"'),
        "a partner moved by one unit": svg.replace('<circle cx="50" cy="14" r="6"/>', '<circle cx="51" cy="14" r="6"/>'),
    }
    for what, text in changes.items():
        assert text != svg, what
        changed = tmp_path / "app.svg"
        changed.write_text(text, encoding="utf-8")
        differences = largest_difference(tool.ICO, tool.render_pngs(changed, tool.SIZES))
        assert max(differences.values()) > TOLERANCE, f"{what} went unnoticed: {differences}"
