"""Attachment text is read in a child process: the window's process never runs pypdf."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sic_desktop.io.attachment_text_process import TextReadingProcess


def _pdf(path: Path, line: str) -> Path:
    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawString(72, 760, line)
    page.save()
    return path


def test_the_child_reads_the_pdf_and_this_process_never_loads_pypdf(tmp_path):
    pdf = _pdf(tmp_path / "stored", "Kinderbetreuungsangebote im Quartier")
    script = (
        "import sys; from pathlib import Path\n"
        "from sic_desktop.io.attachment_text_process import TextReadingProcess\n"
        "reader = TextReadingProcess()\n"
        f"print(reader.read([(Path({str(pdf)!r}), 'Protokoll.pdf')])[0])\n"
        "reader.close()\n"
        "print('pypdf' in sys.modules)\n"
    )
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.splitlines()
    assert shown == ["Kinderbetreuungsangebote im Quartier", "False"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe stands in for a file that never ends")
def test_a_file_that_never_finishes_gives_no_text_and_the_next_one_is_read(tmp_path):
    endless = tmp_path / "endless"
    os.mkfifo(endless)  # reading it waits for a writer that never comes, like a PDF that loops pypdf
    (tmp_path / "after").write_text("Grüße aus Husen", encoding="utf-8")
    reader = TextReadingProcess(timeout=2)  # the endless file costs this long; the next one takes milliseconds
    try:
        texts = reader.read([(endless, "Protokoll.txt"), (tmp_path / "after", "Notiz.txt")])
    finally:
        reader.close()
    assert texts == ["", "Grüße aus Husen"]
