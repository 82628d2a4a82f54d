"""Time and peak memory to render a 2-page and a 200-page note with the report kit.

Beside each figure: plain reportlab (SimpleDocTemplate, one Paragraph per
paragraph of the same text with the same bold words, built-in Helvetica) in
the same run, as baseline. Time is measured without tracing; peak memory
(tracemalloc) in a second, traced run, since tracing slows rendering down.
Run: ``python benchmarks/report_kit.py``
"""

from __future__ import annotations

import io
import re
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from sic_desktop.reports import Document


def note(paragraphs: int) -> list[str]:
    """Markdown paragraphs of a workshop protocol (about 7 paragraphs a page)."""
    return [
        f"Absatz {n}: Die Teilnehmenden im Quartier berichteten über **Kinderbetreuungsangebote** "
        "und pflegende Angehörige; Frau Schäfer schlägt vor, die Sprechstunde zu verstetigen. " * 3
        for n in range(1, paragraphs + 1)
    ]


def with_kit(paragraphs: list[str]) -> int:
    document = Document("Benchmark", created_at=datetime(2026, 11, 25, 14, 5))
    document.add_markdown("\n\n".join(paragraphs))
    return document.render(io.BytesIO()).page_count


def with_plain_reportlab(paragraphs: list[str]) -> int:
    style = getSampleStyleSheet()["BodyText"]
    template = SimpleDocTemplate(io.BytesIO())
    template.build([Paragraph(re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escape(text)), style) for text in paragraphs])
    return template.page


def measure(render: Callable[[list[str]], int], paragraphs: list[str]) -> tuple[int, float, float]:
    """Pages, seconds, peak MiB."""
    start = time.perf_counter()
    pages = render(paragraphs)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    render(paragraphs)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return pages, seconds, peak


def main() -> None:
    with_kit(note(3))  # font registration and imports are not what we measure
    with_plain_reportlab(note(3))
    print(f"{'document':<12}{'renderer':<18}{'pages':>6}{'seconds':>10}{'peak MiB':>10}")
    for name, paragraphs in [("2 pages", note(14)), ("200 pages", note(1480))]:
        for renderer, render in [("report kit", with_kit), ("plain reportlab", with_plain_reportlab)]:
            pages, seconds, peak = measure(render, paragraphs)
            print(f"{name:<12}{renderer:<18}{pages:>6}{seconds:>10.2f}{peak:>10.1f}")


if __name__ == "__main__":
    main()
