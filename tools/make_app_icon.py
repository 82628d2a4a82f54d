"""Render the program icon ``resources/icons/app.svg`` into the Windows icon ``installer/sic-desktop.ico``.

    python tools/make_app_icon.py

Each size is rendered from the SVG (sharper than scaling one large picture down) and
stored as PNG inside the .ico, which Windows reads since Vista. Run it after
changing the SVG and check in both files: the Windows build needs no Qt rendering.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO = ROOT / "installer" / "sic-desktop.ico"
# Explorer, taskbar, title bar and desktop at 100 % to 250 % display scaling.
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file holding one square PNG per size (width 256 is written as 0)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def render_pngs(svg: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (painting needs it)
    renderer = QSvgRenderer(str(svg))
    pngs = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs[size] = bytes(data)
    return pngs


def main() -> int:
    ICO.write_bytes(ico_bytes(render_pngs(SVG, SIZES)))
    print(f"{ICO.relative_to(ROOT)}: {len(SIZES)} sizes, {ICO.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
