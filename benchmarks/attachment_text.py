"""Attachments in the search: storing, reading (PDF/DOCX) in the background with the window responsive, indexing.

Made in a temporary data folder: ``--files`` attachments (default 1,000; half PDF, half
DOCX) of about ``--kb`` KB each (default 200, i.e. 200 MB in all: a few pages of German
text plus an incompressible picture, as scanned letterheads and photos make real files big),
spread over 100 notes.

Figures, each beside its baseline from the same run:
1. storing the files (``ws.attachments.add``) beside plain file copies (shutil.copyfile);
2. reading their text in the window's background keeper (5 files per read operation of
   ``ctx.ops``, the files read in a child process) with an offscreen window: total time,
   and the pauses of the UI thread's event loop (a 10 ms timer: longest, 50th/95th/99th
   percentile) beside the same loop idle, and beside the keeper reading ``--compare``
   files (default 150, in a data folder of their own) on its worker thread in this
   process, as it did before the child process;
3. a search index rebuild of the 100 notes with the attachment texts beside the same
   rebuild without them.
``--load N`` keeps N other processes busy during 2. (an office PC with a virus scanner and
Outlook at work): the idle baseline and both ways of reading run under the same load.
Run: ``python benchmarks/attachment_text.py [--files N] [--kb K] [--compare N] [--load N]``
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from sic_desktop.core.demo_words import GENERAL_PHRASES, THEME_PHRASES
from sic_desktop.core.models import Note
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace
from sic_desktop.search.service import SearchService


def _noise_png(path: Path, kb: int, rng: random.Random) -> None:
    from PySide6.QtGui import QImage

    side = max(8, int((kb * 1024 / 3) ** 0.5))
    image = QImage(side, side, QImage.Format.Format_RGB888)
    bits = image.bits()
    bits[:] = rng.randbytes(len(bits))
    image.save(str(path), "PNG")


def _make_files(folder: Path, count: int, kb: int) -> list[Path]:
    rng = random.Random(7)
    sentences = list(GENERAL_PHRASES) + [phrase for phrases in THEME_PHRASES.values() for phrase in phrases]
    picture = folder / "bild.png"
    _noise_png(picture, kb, rng)
    files = []
    for number in range(count):
        text = [rng.choice(sentences) for _ in range(60)]
        if number % 2:
            path = folder / f"Protokoll {number}.pdf"
            page = canvas.Canvas(str(path), pagesize=A4)
            for line_number, line in enumerate(text):
                if line_number and line_number % 40 == 0:
                    page.showPage()
                page.drawString(40, 800 - 18 * (line_number % 40), line[:100])
            page.drawImage(ImageReader(str(picture)), 40, 40, 200, 200)
            page.save()
        else:
            path = folder / f"Ergebnis {number}.docx"
            document = docx.Document()
            document.add_heading(f"Ergebnis {number}", level=1)
            for line in text:
                document.add_paragraph(line)
            document.add_picture(str(picture))
            document.save(str(path))
        files.append(path)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--kb", type=int, default=200)
    parser.add_argument("--compare", type=int, default=150)
    parser.add_argument("--load", type=int, default=0)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="sic-bench-attach-") as temporary:
        root = Path(temporary)
        (root / "files").mkdir()
        files = _make_files(root / "files", args.files, args.kb)
        total_mb = sum(path.stat().st_size for path in files) / 1e6
        print(f"{len(files)} files (PDF/DOCX), {total_mb:.0f} MB")

        started = time.perf_counter()
        (root / "copies").mkdir()
        for path in files:
            shutil.copyfile(path, root / "copies" / path.name)
        copy_seconds = time.perf_counter() - started

        ws = Workspace.open(root / "daten", user="bench")
        notes = [ws.notes.create(Note(title=f"Workshop {n}", kind="workshopprotokoll", note_date=date(2026, 11, 1)))
                 for n in range(100)]
        started = time.perf_counter()
        for number, path in enumerate(files):
            ws.attachments.add(notes[number % len(notes)].ref, path)
        store_seconds = time.perf_counter() - started
        print(f"1. store: {store_seconds:.1f} s ({store_seconds / len(files) * 1000:.0f} ms per file)  "
              f"| baseline plain copy: {copy_seconds:.1f} s")

        load = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.load)]
        if load:
            print(f"   under load: {len(load)} busy processes")
        idle = _gaps(app, lambda: None, seconds=5.0)
        read_seconds, busy = _read_in_window(app, ws, in_process=False)
        print(f"2. background reading in a child process: {read_seconds:.1f} s "
              f"({read_seconds / len(files) * 1000:.0f} ms per file); UI pauses {_pauses(busy)}")
        compared = Workspace.open(root / "vergleich", user="bench")
        note = compared.notes.create(Note(title="Vergleich", kind="workshopprotokoll", note_date=date(2026, 11, 1)))
        for path in files[: args.compare]:
            compared.attachments.add(note.ref, path)
        compare_seconds, before = _read_in_window(app, compared, in_process=True)
        compared.close()
        for process in load:
            process.kill()
            process.wait()
        print(f"   baseline idle loop: UI pauses {_pauses(idle)}")
        print(f"   baseline {args.compare} files read on the keeper's thread in this process (as before): "
              f"{compare_seconds:.1f} s; UI pauses {_pauses(before)}")

        service = SearchService(ws)
        started = time.perf_counter()
        run_to_end(service.rebuild())
        with_texts = time.perf_counter() - started
        ws.attachments.set_texts({a.id: "" for items in ws.attachments.for_records([n.ref for n in notes]).values() for a in items})
        started = time.perf_counter()
        run_to_end(service.rebuild())
        without = time.perf_counter() - started
        service.close()
        print(f"3. index rebuild of 100 notes with the attachment texts: {with_texts:.1f} s | baseline without: {without:.2f} s")
        ws.close()
    return 0


def _read_in_window(app, ws: Workspace, *, in_process: bool) -> tuple[float, list[float]]:
    from PySide6.QtWidgets import QWidget

    from sic_desktop.io.attachment_text import read_here
    from sic_desktop.ui.context import AppContext
    from sic_desktop.ui.outlook.attachment_text_keeper import AttachmentTextKeeper

    ctx = AppContext(ws)
    window = QWidget()
    started = time.perf_counter()
    keeper = AttachmentTextKeeper(ctx, window)
    if in_process:  # the keeper as it was: the files read on its worker thread
        keeper._process.read = read_here
    gaps = _gaps(app, lambda: keeper._running or not ctx.ops.idle, seconds=3600, until_false=True)
    seconds = time.perf_counter() - started
    ctx.close()
    return seconds, gaps


def _pauses(gaps: list[float]) -> str:
    ordered = sorted(gaps)
    share = {p: ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))] * 1000 for p in (50, 95, 99)}
    return (f"longest {ordered[-1] * 1000:.0f} ms, 50 % {share[50]:.0f} ms, 95 % {share[95]:.0f} ms, "
            f"99 % {share[99]:.0f} ms ({len(ordered)} ticks)")


def _gaps(app, busy, *, seconds: float, until_false: bool = False) -> list[float]:
    """Run the event loop with a 10 ms timer; the times between two ticks."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = [time.perf_counter()]
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        ticks.append(time.perf_counter())
        if (until_false and len(ticks) > 20 and not busy()) or ticks[-1] - ticks[0] > seconds:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return [b - a for a, b in itertools.pairwise(ticks)]


if __name__ == "__main__":
    sys.exit(main())
