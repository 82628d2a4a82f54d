"""``sic-desktop wirkung``: the Wirkungsmessung on the command line.

``list`` the portfolio (highest Wirkungstreppe step per cooperation), ``show`` one
cooperation's impact model and indicators with progress, ``messen`` a new measurement,
``faellig`` the overdue measurements, ``bericht`` the Wirkungsbericht as PDF.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from sic_desktop.cli.common import date_option, open_workspace, page_count_text, print_json, print_table
from sic_desktop.core.dates import format_date, today
from sic_desktop.core.errors import SicError
from sic_desktop.core.field_labels import field_label
from sic_desktop.core.i18n import translate
from sic_desktop.core.impact_summary import state_json, state_texts
from sic_desktop.core.impact_values import format_value
from sic_desktop.core.impact_vocab import step_label
from sic_desktop.core.models import Measurement
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.vocab import COOPERATION_STATUSES
from sic_desktop.reports.impact import cooperation_report, theme_report


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "wirkung", help=translate("CommandLine", "Wirkungsmessung: Indikatoren, Messungen, Wirkungsbericht"),
        description=translate(
            "CommandLine",
            "Wirkungsmessung der Kooperationen (Wirkungslogik nach dem Social Reporting Standard, Wirkungstreppe nach"
            " PHINEO).",
        ))
    commands = parser.add_subparsers(dest="impact_command", metavar=translate("CommandLine", "AKTION"), required=True)

    listing = commands.add_parser("list", help=translate("CommandLine", "Kooperationen mit der höchsten nachgewiesenen Stufe der Wirkungstreppe"))
    listing.add_argument("--jahr", type=int, metavar=translate("CommandLine", "JAHR"), help=translate("CommandLine", "nur Nachweise aus diesem Jahr"))
    listing.add_argument("--status", metavar="STATUS", help=translate("CommandLine", "nur Kooperationen in diesem Status (z. B. Umsetzung)"))
    listing.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    listing.set_defaults(func=run_list)

    show = commands.add_parser("show", help=translate("CommandLine", "Wirkungsmodell und Indikatoren einer Kooperation mit Fortschritt"))
    show.add_argument("cooperation", type=int, metavar=translate("CommandLine", "KOOPERATION_NR"))
    show.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    show.set_defaults(func=run_show)

    measure = commands.add_parser("messen", help=translate("CommandLine", "eine Messung eintragen"))
    measure.add_argument("indicator", type=int, metavar=translate("CommandLine", "INDIKATOR_NR"))
    measure.add_argument("value", metavar=translate("CommandLine", "WERT"), help=translate("CommandLine", "z. B. 42, 12,5, 75 %, 1.200 € oder ja"))
    measure.add_argument("--datum", metavar=translate("CommandLine", "DATUM"), help=translate("CommandLine", "gemessen am (Standard: heute)"))
    measure.add_argument("--ab", metavar=translate("CommandLine", "DATUM"), help=translate("CommandLine", "Beginn des Zeitraums, für den der Wert gilt"))
    measure.add_argument("--kommentar", default="", metavar="TEXT")
    measure.add_argument("--verlaesslichkeit", default="mittel", metavar=translate("CommandLine", "STUFE"),
                         help=translate("CommandLine", "hoch, mittel oder niedrig"))
    measure.add_argument("--nachweis", type=int, metavar=translate("CommandLine", "NOTIZ_NR"), help=translate("CommandLine", "Notiz, die die Messung belegt"))
    measure.add_argument("--json", action="store_true", help=translate("CommandLine", "die gespeicherte Messung als JSON ausgeben"))
    measure.set_defaults(func=run_measure)

    due = commands.add_parser("faellig", help=translate("CommandLine", "überfällige Messungen"))
    due.add_argument("--json", action="store_true", help=translate("CommandLine", "als JSON ausgeben"))
    due.set_defaults(func=run_due)

    report = commands.add_parser("bericht", help=translate("CommandLine", "Wirkungsbericht als PDF (Kooperation oder Themenfeld und Jahr)"))
    target = report.add_mutually_exclusive_group(required=True)
    target.add_argument("--kooperation", type=int, metavar=translate("CommandLine", "NR"))
    target.add_argument("--themenfeld", metavar=translate("CommandLine", "NAME_ODER_NR"))
    report.add_argument("--jahr", type=int, metavar=translate("CommandLine", "JAHR"), help=translate("CommandLine", "Berichtsjahr (beim Themenfeld nötig)"))
    report.add_argument("-o", "--output", required=True, metavar=translate("CommandLine", "DATEI.pdf|DATEI.docx"),
                        help=translate(
                            "CommandLine",
                            "PDF, oder Word bei der Endung .docx (aus der Word-Vorlage der Einstellungen)",
                        ))
    report.set_defaults(func=run_report)


def run_list(args: argparse.Namespace) -> int:
    status = _status(args.status)
    with open_workspace(args) as ws:
        portfolio = ws.impact.portfolio(year=args.jahr, status=status)
        themes = ws.themes.names()
        overdue = Counter(o.cooperation_id for o in portfolio.overdue)
        rows: list[dict[str, Any]] = [
            {"id": c.id, "title": c.title, "status": c.status, "themes": [themes.get(t, "") for t in c.theme_ids],
             "highest_step": c.highest_step, "overdue_measurements": overdue[c.id]}
            for c in portfolio.cooperations
        ]
    if args.json:
        print_json(rows)
        return 0
    header = [
        translate("CommandLine", "Nr."),
        translate("CommandLine", "Kooperation"),
        translate("CommandLine", "Status"),
        translate("CommandLine", "Themenfelder"),
        translate("CommandLine", "Höchste Stufe"),
        translate("CommandLine", "Überfällig"),
    ]
    print_table(header, [
        [str(r["id"]), r["title"], COOPERATION_STATUSES.label(r["status"]), ", ".join(r["themes"]),
         step_label(r["highest_step"]) or "–", str(r["overdue_measurements"] or "")] for r in rows])
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_workspace(args, start_backup=False) as ws:
        coop = ws.cooperations.get(args.cooperation)
        states = ws.impact.states(coop.stored_id)
    model = {name: getattr(coop, name) for name in (
        "impact_problem", "impact_target_direct", "impact_target_indirect", "impact_outcomes", "impact_assumptions")}
    if args.json:
        print_json({"id": coop.id, "title": coop.title, "impact_model": model,
                    "indicators": [state_json(s) for s in states]})
        return 0
    print(f"{coop.title} ({COOPERATION_STATUSES.label(coop.status)})")
    for name, text in model.items():
        if text:
            print(f"{field_label(RecordType.COOPERATION, name)}: {' '.join(text.split())}")
    if not states:
        print(translate("CommandLine", "Noch keine Indikatoren angelegt."))
        return 0
    print()
    header = [
        translate("CommandLine", "Nr."),
        translate("CommandLine", "Indikator"),
        translate("CommandLine", "Stufe"),
        translate("CommandLine", "Ausgangswert"),
        translate("CommandLine", "Ziel"),
        translate("CommandLine", "Zuletzt"),
        translate("CommandLine", "Fortschritt"),
        translate("CommandLine", "Ampel"),
        translate("CommandLine", "Nächste"),
    ]
    print_table(header, [
        [str(s.indicator.id), t["name"], str(s.indicator.step or "–"), t["baseline"], f"{t['target']} ({t['target_date']})",
         f"{t['latest']} ({t['latest_date']})" if t["latest"] else "–", t["progress"], t["light"], t["next_due"]]
        for s in states for t in [state_texts(s)]], max_width=34)
    return 0


def run_measure(args: argparse.Namespace) -> int:
    measured_on = date_option(args.datum, "--datum") or today()
    with open_workspace(args) as ws:
        stored = ws.measurements.create(Measurement(
            indicator_id=args.indicator, value=args.value, measured_on=measured_on,
            period_start=date_option(args.ab, "--ab"), comment=args.kommentar, confidence=args.verlaesslichkeit,
            evidence_note_id=args.nachweis))
        indicator = ws.indicators.get(args.indicator)
        assert indicator.cooperation_id is not None  # every stored indicator belongs to a cooperation
        [state] = [s for s in ws.impact.states(indicator.cooperation_id) if s.indicator.id == indicator.id]
    if args.json:
        print_json(state_json(state) | {"measurement_id": stored.id})
        return 0
    t = state_texts(state)
    print(translate("CommandLine", "Messung Nr. {id} gespeichert: „{indicator}“ = {value} am {date}.").format(
        id=stored.id, indicator=indicator.name, value=format_value(stored.value, indicator.unit_type, indicator.unit),
        date=format_date(stored.measured_on)))
    line = translate("CommandLine", "Fortschritt {progress} · {light}").format(progress=t["progress"] or "–", light=t["light"])
    if t["next_due"]:
        line += " · " + translate("CommandLine", "nächste Messung am {date}").format(date=t["next_due"])
    print(line)
    return 0


def run_due(args: argparse.Namespace) -> int:
    with open_workspace(args, start_backup=False) as ws:
        overdue = ws.impact.overdue()
    if args.json:
        print_json([{"indicator_id": o.indicator_id, "indicator": o.indicator, "cooperation_id": o.cooperation_id,
                     "cooperation": o.cooperation, "due": o.due.isoformat(), "responsible": o.responsible}
                    for o in overdue])
        return 0
    if not overdue:
        print(translate("CommandLine", "Keine Messung ist überfällig."))
        return 0
    print_table([
        translate("CommandLine", "fällig seit"),
        translate("CommandLine", "Kooperation"),
        translate("CommandLine", "Indikator"),
        translate("CommandLine", "Nr."),
        translate("CommandLine", "Zuständig"),
    ], [[format_date(o.due), o.cooperation, o.indicator, str(o.indicator_id), o.responsible] for o in overdue])
    return 0


def run_report(args: argparse.Namespace) -> int:
    target = Path(args.output).absolute()
    if not target.parent.is_dir():
        raise SicError(translate("CommandLine", "Den Ordner „{folder}“ gibt es nicht. Der Bericht wurde nicht erstellt.")
                       .format(folder=target.parent))
    with open_workspace(args, start_backup=False) as ws:
        if args.kooperation is not None:
            result = cooperation_report(ws, args.kooperation, target, year=args.jahr)
        else:
            if args.jahr is None:
                raise SicError(translate("CommandLine", "Für den Bericht eines Themenfelds bitte das Jahr angeben, "
                                         "z. B. --jahr 2026."))
            theme = args.themenfeld.strip()
            theme_id = int(theme) if theme.isdigit() else ws.themes.resolve([theme])[0]
            result = theme_report(ws, theme_id, args.jahr, target)
    pages = page_count_text(result.page_count) if result is not None else "Word"
    print(translate("CommandLine", "Wirkungsbericht gespeichert: {path} ({pages}).").format(path=target, pages=pages))
    return 0


def _status(text: str | None) -> str | None:
    if not text:
        return None
    key = COOPERATION_STATUSES.key_for(text)
    if key is None:
        labels = ", ".join(label for _, label in COOPERATION_STATUSES.labels())
        raise SicError(translate("CommandLine", "„{text}“ ist kein Status. Möglich: {known}.").format(text=text, known=labels))
    return key


