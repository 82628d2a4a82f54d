"""``sic-desktop map/gaps/network`` and the PDF export: what a clerk or a script gets to read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from sic_desktop.cli import main
from sic_desktop.core.progress import run_to_end
from sic_desktop.network.gap_figure import gap_figure
from sic_desktop.network.gaps import gap_matrix
from sic_desktop.network.map_computation import compute_map
from sic_desktop.network.map_figure import map_figure
from sic_desktop.network.pdf import FigureFlowable, write_pdf


def _text(path: Path) -> str:
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def test_map_pdf_is_a_vector_page_with_title_legend_and_labels(net, tmp_path: Path) -> None:
    snapshot = net.snapshot()
    figure = map_figure(run_to_end(compute_map(snapshot)).picture(snapshot.themes))
    target = tmp_path / "karte.pdf"

    write_pdf(figure, target)

    text = _text(target)
    for words in ("Netzwerkkarte", "Legende", "Sektoren", "Wirtschaft", "Wissenschaft", "Zivilgesellschaft",
                  "Verwaltung", "Politik", "Kontakt", "Verstetigt", "Quartiersinitiative Marten",
                  "5 Organisationen, 3 Kontakte, 8 Verbindungen"):
        assert words in text
    page = PdfReader(target).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (842.0, 595.0)


def test_gap_pdf_names_each_gap(net, tmp_path: Path) -> None:
    target = tmp_path / "luecken.pdf"
    write_pdf(gap_figure(gap_matrix(net.snapshot())), target)

    text = _text(target)
    assert "Lücken nach Themenfeld und Sektor" in text
    assert "Kein Partner aus der Wissenschaft in Work & Care" in text
    assert "1 möglicher Partner" in text and "1 Kooperation" in text


def test_flowables_fit_the_frame_of_a_briefing_page(net, tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    snapshot = net.snapshot()
    result = run_to_end(compute_map(snapshot))
    target = tmp_path / "briefing.pdf"
    doc = SimpleDocTemplate(str(target), pagesize=A4)
    doc.build([
        FigureFlowable(lambda w, h: map_figure(result.picture(snapshot.themes), width=w, height=h)),
        FigureFlowable(lambda w, h: gap_figure(gap_matrix(snapshot), width=w, height=h), aspect=0.6),
    ])

    reader = PdfReader(target)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Legende" in text and "Lücken nach Themenfeld und Sektor" in text


def test_cli_gaps_prints_a_readable_matrix_and_the_gaps(net, capsys) -> None:
    assert main(["--data-dir", str(net.ws.folder.root), "gaps"]) == 0

    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[2].split() == ["Themenfeld", "Wirtschaft", "Wissenschaft", "Zivilgesellschaft", "Verwaltung", "Politik"]
    work_care = next(line for line in lines if line.startswith("Work & Care"))
    assert work_care.split()[3:] == ["1/1", "–", "1/1", "–", "–"]
    assert "- Kein Partner aus der Wissenschaft in Work & Care (1 möglicher Partner)" in lines


def test_cli_gaps_json_is_for_scripts(net, capsys) -> None:
    assert main(["--data-dir", str(net.ws.folder.root), "gaps", "--json"]) == 0

    data = json.loads(capsys.readouterr().out)
    assert len(data["cells"]) == 25
    assert sum(cell["gap"] for cell in data["cells"]) == 20


def test_cli_map_writes_a_filtered_pdf(net, tmp_path: Path, capsys) -> None:
    target = tmp_path / "pilot.pdf"
    args = ["--data-dir", str(net.ws.folder.root), "map", "-o", str(target), "--theme", "work & care",
            "--status", "Pilot"]

    assert main(args) == 0

    assert "Themenfeld Work & Care · Status Pilot · 2 Organisationen, 2 Kontakte, 3 Verbindungen" in _text(target)
    assert "Netzwerkkarte gespeichert" in capsys.readouterr().out


def test_cli_map_refuses_other_formats_and_unknown_themes(net, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(net.ws.folder.root), "map", "-o", str(tmp_path / "karte.svg")])
    assert stop.value.code == 2
    assert "Bitte eine Datei mit der Endung .png oder .pdf angeben" in capsys.readouterr().err

    assert main(["--data-dir", str(net.ws.folder.root), "map", "-o", str(tmp_path / "k.pdf"), "--theme", "Sport"]) == 1
    assert "Das Themenfeld „Sport“ gibt es nicht" in capsys.readouterr().err


def test_cli_network_ranks_brokers(net, capsys) -> None:
    assert main(["--data-dir", str(net.ws.folder.root), "network", "--json"]) == 0

    data = json.loads(capsys.readouterr().out)
    assert data["samples"] is None
    # Organisation view: A–B, A–D, and c4 joins C, B, D (through p2): D and B connect A with C.
    assert [row["name"] for row in data["ranking"][:2]] == ["Amt für Wohnen", "Pflegedienst Hansen GmbH"]
