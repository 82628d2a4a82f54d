"""``sic-desktop map``, ``gaps`` and ``network``: the network map, the gap matrix and the broker ranking."""

from __future__ import annotations

import argparse
from pathlib import Path

from sic_desktop.cli.common import open_workspace, print_json
from sic_desktop.core.i18n import number, translate
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.vocab import COOPERATION_STATUSES, SECTORS
from sic_desktop.network.filters import MapFilter
from sic_desktop.network.gaps import GapMatrix, candidates_text, gap_matrix
from sic_desktop.network.map_computation import MapRequest, compute_map
from sic_desktop.network.map_figure import map_figure


def register(subparsers: argparse._SubParsersAction) -> None:
    drawing = subparsers.add_parser(
        "map", help=translate("CommandLine", "Netzwerkkarte als PNG oder PDF speichern"),
        description=translate(
            "CommandLine",
            "Zeichnet die Netzwerkkarte der Organisationen und Kontakte mit ihren Kooperationen.",
        ),
    )
    drawing.add_argument("-o", "--output", required=True, type=_picture_path, metavar=translate("CommandLine", "DATEI"),
                         help=translate("CommandLine", "Zieldatei, .png oder .pdf"))
    drawing.add_argument("--theme", metavar=translate("CommandLine", "THEMENFELD"), help=translate("CommandLine", "nur dieses Themenfeld (Name)"))
    drawing.add_argument("--status", action="append", type=_status, metavar="STATUS",
                         help=translate(
                             "CommandLine",
                             "nur Kooperationen in diesem Status (mehrfach möglich), z. B. pilot",
                         ))
    drawing.set_defaults(func=run_map)

    gaps = subparsers.add_parser(
        "gaps", help=translate("CommandLine", "Lücken je Themenfeld und Sektor zeigen"),
        description=translate(
            "CommandLine",
            "Zählt laufende Kooperationen und Organisationen je Themenfeld und Sektor und nennt die Lücken.",
        ),
    )
    gaps.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    gaps.set_defaults(func=run_gaps)

    figures = subparsers.add_parser(
        "network", help=translate("CommandLine", "Organisationen nach Partnern und Vermittlerrolle"),
        description=translate(
            "CommandLine",
            "Rangliste der Organisationen: Zahl der Partner und Vermittlerwert (Betweenness).",
        ),
    )
    figures.add_argument("--top", type=int, default=20, metavar="N", help=translate("CommandLine", "die ersten N (Standard 20)"))
    figures.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    figures.set_defaults(func=run_network)


def _picture_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in (".png", ".pdf"):
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "„{name}“: Bitte eine Datei mit der Endung .png oder .pdf angeben.").format(name=path.name)
        )
    return path


def _status(text: str) -> str:
    key = COOPERATION_STATUSES.key_for(text)
    if key is None:
        known = ", ".join(COOPERATION_STATUSES.keys)
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "„{text}“ ist kein Status. Möglich: {known}.").format(text=text, known=known)
        )
    return key


def run_map(args: argparse.Namespace) -> int:
    from sic_desktop.drawing.figure_files import save_figure  # loads Qt for PNG only when drawing

    with open_workspace(args) as workspace:
        snapshot = workspace.network.snapshot()
        theme_id = workspace.themes.resolve([args.theme])[0] if args.theme else None
        request = MapRequest(MapFilter(theme_id=theme_id, statuses=tuple(args.status or ())))
        result = run_to_end(compute_map(snapshot, request))
        picture = result.picture(snapshot.themes, workspace.map_positions.load(result.view_key))
    save_figure(map_figure(picture), args.output, title=picture.title)
    print(translate("CommandLine", "Netzwerkkarte gespeichert: {path} ({subtitle})").format(
        path=args.output, subtitle=picture.subtitle))
    if picture.note:
        print(picture.note)
    return 0


def run_gaps(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        matrix = gap_matrix(workspace.network.snapshot())
    if args.json:
        print_json(matrix.to_dict())
    else:
        print(format_matrix(matrix))
    return 0


def format_matrix(matrix: GapMatrix) -> str:
    """The matrix as text: „Kooperationen/Organisationen“ per cell, „–“ for a gap, then the gaps as sentences."""
    header = [translate("CommandLine", "Themenfeld")] + [SECTORS.label(s) for s in matrix.sectors]
    rows = [
        [name] + [
            "–" if (cell := matrix.cell(theme_id, s)).is_gap else f"{cell.cooperations}/{cell.organisations}"
            for s in matrix.sectors
        ]
        for theme_id, name in matrix.themes
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        translate("CommandLine", "Laufende Kooperationen/beteiligte Organisationen des Sektors (Status Idee bis "
                  "Verstetigt); – = Lücke"),
        "",
    ]
    for index, row in enumerate([header, *rows]):
        cells = [row[0].ljust(widths[0])] + [value.rjust(width) for value, width in zip(row[1:], widths[1:], strict=False)]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    gaps = matrix.gaps()
    lines.append("")
    lines.append(translate("CommandLine", "Lücken ({count}):").format(count=len(gaps)) if gaps
                 else translate("CommandLine", "Keine Lücken: In jedem Themenfeld arbeitet jeder Sektor mit."))
    for cell in gaps:
        hint = f" ({candidates_text(cell)})" if cell.candidate_ids else ""
        lines.append(f"- {cell.gap_text[0].upper()}{cell.gap_text[1:]}{hint}")
    return "\n".join(lines)


_WIDTHS = (5, 14, 7, 5)  # of the ranking's columns Nr., Vermittlerwert, Partner, Koop.


def run_network(args: argparse.Namespace) -> int:
    with open_workspace(args) as workspace:
        result = run_to_end(compute_map(workspace.network.snapshot(), MapRequest(persons=False)))
    figures = result.figures
    top = figures.top(args.top)
    if args.json:
        print_json({
            "samples": figures.samples,
            "ranking": [
                {"id": f.ref.id, "name": f.name, "sector": f.sector, "partners": f.partners,
                 "cooperations": f.cooperations, "broker_score": round(f.broker_score, 6)}
                for f in top
            ],
        })
        return 0
    header = (translate("CommandLine", "Nr."), translate("CommandLine", "Vermittlerwert"),
              translate("CommandLine", "Partner"), translate("CommandLine", "Koop."))
    print("  ".join(word.rjust(width) for word, width in zip(header, _WIDTHS, strict=True)) + "  "
          + translate("CommandLine", "Organisation"))
    for f in top:
        sector = SECTORS.label(f.sector) or translate("CommandLine", "ohne Sektor")
        values = (str(f.ref.id), number(f.broker_score, 4), str(f.partners), str(f.cooperations))
        print("  ".join(value.rjust(width) for value, width in zip(values, _WIDTHS, strict=True)) + f"  {f.name} ({sector})")
    if figures.samples:
        print(translate("CommandLine", "Vermittlerwert geschätzt aus {count} zufällig gewählten Organisationen "
                        "(fester Startwert, gleiche Daten ergeben gleiche Werte).").format(count=number(figures.samples)))
    return 0
